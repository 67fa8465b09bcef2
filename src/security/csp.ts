/**
 * The site's Content Security Policy, as Astro's `security.csp` option. Astro adds the hashes of
 * the scripts and styles it bundles; Starlight's few `is:inline` scripts are not bundled, so their
 * hashes are listed here. `tests/build/csp.test.ts` hashes every inline script of the built pages
 * and fails, naming the hash, when a Starlight upgrade changes one.
 *
 * Nothing is allowed inline by default: a script that escaped escaping in a ladder file would not
 * run. Style attributes are the one exception, because Starlight writes them from its components
 * (icon sizes, the table of contents' depth) and a style attribute cannot run script.
 */
import type { AstroUserConfig } from 'astro';

type ContentSecurityPolicy = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

export const STARLIGHT_INLINE_SCRIPT_HASHES = [
	// ThemeProvider: applies the stored theme before the first paint.
	'sha256-VWo5Wp4aqSj6nSgMpeAp9cKieaoIfwFUAunAVugI5gA=',
	// ThemeSelect: syncs the theme pickers.
	'sha256-GkZBRnvSuhtx/cvzvukVkX2JJZW+DdPlVr7BX8Tefqo=',
	// Search: opens the search dialog before its module loads.
	'sha256-f/zAUE74ucc3JYp4r4QQvkJofoQdkOIhHYK+jeZ6eko=',
	// SidebarPersister: restores the sidebar's scroll position and open groups.
	'sha256-wX2yOADeV+NMngflD5uYi3vl50SHC4sfM1EmylVjlX4=',
	'sha256-7eCV4jtsr4t4knb3c4FCRPeu7GGZeOUGE3XvWix0XOQ=',
] as const;

export const CONTENT_SECURITY_POLICY: ContentSecurityPolicy = {
	algorithm: 'SHA-256',
	directives: [
		"default-src 'self'",
		// Starlight's icons and Pagefind's result thumbnails may be data: URLs.
		"img-src 'self' data:",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	],
	// Pagefind compiles its WebAssembly in a worker, which a <meta> policy does not reach, so
	// 'wasm-unsafe-eval' is not needed here. A host that sends this policy as a header on every
	// file must add it for /pagefind/pagefind-worker.js.
	scriptDirective: {
		hashes: [...STARLIGHT_INLINE_SCRIPT_HASHES],
	},
	styleDirective: {
		resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }],
	},
};
