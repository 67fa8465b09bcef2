import { describe, expect, test } from 'vitest';
import { policyFirst } from './csp-first.ts';

const policy = `<meta http-equiv="content-security-policy" content="default-src 'self'">`;

describe('policyFirst', () => {
	test('moves the policy to just after the character set', () => {
		const page = `<html><head><meta charset="utf-8"/><title>T</title><script>x()</script>${policy}<link rel="stylesheet" href="/a.css"></head></html>`;

		expect(policyFirst(page)).toBe(
			`<html><head><meta charset="utf-8"/>${policy}<title>T</title><script>x()</script><link rel="stylesheet" href="/a.css"></head></html>`,
		);
	});

	test('leaves a page without a policy, or with the policy already first, as it is', () => {
		const without = '<html><head><meta charset="utf-8"/><title>T</title></head></html>';
		const first = `<html><head><meta charset="utf-8"/>${policy}<title>T</title></head></html>`;

		expect(policyFirst(without)).toBe(without);
		expect(policyFirst(first)).toBe(first);
	});
});
