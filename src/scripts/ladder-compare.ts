/**
 * <ladder-compare>: compares 2 to 4 roles chosen in its form, from the ladder data embedded in it,
 * competency by competency. What each level asks for, and the roles' notes, come from
 * `/picker-texts.json`, fetched once: when the page opens with roles to show, or when the reader
 * first reaches the form.
 * The choice is kept in the URL (?roles=a,b,c), so a comparison can be shared and survives a
 * reload. Everything is built with DOM methods and textContent: ladder text is never parsed as HTML.
 */
import { say, sayInParts } from '../messages/say.ts';
import { changeMessage } from '../views/shared/change-labels.ts';
import type { PickerData, PickerRole, PickerTexts } from '../views/pages/picker-data.ts';
import { element } from './dom.ts';
import { profileFigure } from './profile-figure.ts';
import { PER_COMPETENCY_LIMIT } from '../charts/profile-geometry.ts';

const MAX_ROLES = 4;

class LadderCompare extends HTMLElement {
	#data!: PickerData;
	#roles = new Map<string, PickerRole>();
	#selects: HTMLSelectElement[] = [];
	#differences!: HTMLInputElement;
	#texts: Promise<PickerTexts> | undefined;
	/** Counts renders, so that a slow fetch cannot draw an older choice over a newer one. */
	#renders = 0;

	connectedCallback() {
		this.#data = JSON.parse(this.querySelector('script[type="application/json"]')?.textContent ?? '{}');
		for (const track of this.#data.tracks) for (const role of track.roles) this.#roles.set(role.id, role);
		const form = this.querySelector('form')!;
		this.#selects = [...form.querySelectorAll('select')];
		this.#differences = form.querySelector('input[name="differences"]')!;
		form.addEventListener('submit', (event) => event.preventDefault());
		form.addEventListener('change', () => this.#choose());
		// Fetched as soon as the reader reaches the form, so the words are there when two roles are.
		const prefetch = () => void this.#loadTexts().catch(() => {});
		for (const event of ['focusin', 'pointerover']) form.addEventListener(event, prefetch, { once: true });
		window.addEventListener('popstate', () => this.#showFromUrl());
		this.#showFromUrl();
	}

	/** Reads ?roles= and shows it, explaining any id that is not a role of this ladder. */
	#showFromUrl() {
		const asked = (new URLSearchParams(location.search).get('roles') ?? '').split(',').map((id) => id.trim()).filter(Boolean);
		const unknown = asked.filter((id) => !this.#roles.has(id));
		const ids = [...new Set(asked.filter((id) => this.#roles.has(id)))];
		const problems = [];
		const { words } = this.#data;
		if (unknown.length > 0) problems.push(say(words, 'picker.unknown-ids', { ids: unknown.map((id) => `“${id}”`).join(', ') }));
		if (ids.length > MAX_ROLES) problems.push(say(words, 'picker.too-many', { max: MAX_ROLES }));
		if (problems.length > 0) problems.push(words['picker.choose-from-lists']);
		this.#showMessage(problems.join(' '));
		this.#selects.forEach((select, index) => (select.value = ids[index] ?? ''));
		void this.#render(ids.slice(0, MAX_ROLES));
	}

	/** Takes the roles from the form, puts them in the URL and shows them. */
	#choose() {
		const ids = [...new Set(this.#selects.map((select) => select.value).filter(Boolean))];
		const url = new URL(location.href);
		if (ids.length > 0) url.searchParams.set('roles', ids.join(','));
		else url.searchParams.delete('roles');
		// Commas stay readable in the shared address.
		history.pushState(null, '', url.href.replaceAll('%2C', ','));
		this.#showMessage('');
		void this.#render(ids);
	}

	#showMessage(text: string) {
		const message = this.querySelector<HTMLElement>('.picker-message')!;
		message.textContent = text;
		message.hidden = text === '';
	}

	/** The words of every level and note, fetched once; a failed fetch is tried again on the next choice. */
	#loadTexts(): Promise<PickerTexts> {
		if (!this.#texts) {
			this.#texts = fetch(this.dataset['texts'] ?? '/picker-texts.json').then((response) => {
				if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
				return response.json() as Promise<PickerTexts>;
			});
			this.#texts.catch(() => (this.#texts = undefined));
		}
		return this.#texts;
	}

	async #render(ids: string[]) {
		const output = this.querySelector<HTMLElement>('.picker-output')!;
		const status = this.querySelector('.picker-status')!;
		const roles = ids.map((id) => this.#roles.get(id)!);
		const render = ++this.#renders;
		if (roles.length < 2) {
			// A fetch still running for an earlier choice is dropped when it ends (`render` is older).
			output.removeAttribute('aria-busy');
			output.replaceChildren(element('p', {}, this.#data.words['picker.choose-two']));
			status.textContent = '';
			output.dataset['shown'] = ids.join(',');
			return;
		}
		output.setAttribute('aria-busy', 'true');
		const texts = await this.#loadTexts().catch(() => undefined);
		if (render !== this.#renders) return;
		output.removeAttribute('aria-busy');
		// Without the words, the levels still compare: say what is missing rather than show nothing.
		const { words } = this.#data;
		if (!texts) this.#showMessage(words['picker.texts-failed']);
		const sections = this.#sections(roles, texts ?? { descriptors: {}, notes: {} });
		const differing = sections.reduce((sum, section) => sum + section.querySelectorAll('[data-differs]').length, 0);
		status.textContent = say(words, 'picker.comparing', { roles: roles.map((r) => r.title).join(', '), count: differing });
		const compared = element('p', { class: 'picker-roles' });
		for (const piece of sayInParts(words, 'picker.expected-levels')) {
			if (typeof piece === 'string') compared.append(piece);
			else roles.forEach((role, index) => compared.append(index === 0 ? '' : index === roles.length - 1 ? words['picker.and'] : ', ', link(`/roles/${role.id}/`, role.title)));
		}
		const none = words[this.#differences.checked ? 'picker.all-same' : 'picker.expect-none'];
		const profile = this.#profile(roles);
		output.replaceChildren(...this.#staticLink(roles), ...(profile ? [profile] : []), compared, ...(sections.length > 0 ? sections : [element('p', {}, none)]));
		output.dataset['shown'] = ids.join(',');
	}

	/** The chosen roles' profiles on one chart, drawn as the build draws a role page's. */
	#profile(roles: PickerRole[]): HTMLElement | undefined {
		// A ladder of one area (skills a framework does not group): a bar per competency the roles
		// expect, as a role page draws it, while they stay few enough to read; past that, none.
		if (this.#data.areas.length === 1) {
			// Own keys only: a competency may be called `constructor`.
			const expected = (role: PickerRole, id: string) => (Object.hasOwn(role.expects, id) ? role.expects[id] : undefined);
			const competencies = this.#data.areas[0]!.competencies.filter((competency) => roles.some((role) => expected(role, competency.id) !== undefined));
			if (competencies.length > PER_COMPETENCY_LIMIT) return undefined;
			return profileFigure(
				{
					per: 'competency',
					areas: competencies.map((competency) => competency.name),
					levels: this.#data.levels,
					// Levels travel as indexes into the scale; a bar is its rank, 1 for the lowest.
					series: roles.map((role) => ({ title: role.title, scores: competencies.map((competency) => (expected(role, competency.id) ?? -1) + 1) })),
				},
				{ idPrefix: 'profile', explanation: this.#data.words['chart.each'], words: this.#data.words },
			);
		}
		// The areas any of the roles expects something of: an engineer and a designer share no topics.
		const shown = this.#data.areas.flatMap((_, index) => (roles.some((role) => (role.profile[index] ?? 0) > 0) ? [index] : []));
		return profileFigure(
			{
				areas: shown.map((index) => this.#data.areas[index]!.name),
				levels: this.#data.levels,
				series: roles.map((role) => ({ title: role.title, scores: shown.map((index) => role.profile[index] ?? 0) })),
			},
			{ idPrefix: 'profile', explanation: this.#data.words['chart.mean'], words: this.#data.words },
		);
	}

	/**
	 * One section per area, one entry per competency: its change (between two roles), then each
	 * role's level and what that level asks for. Read down the page at any width, as a comparison
	 * page reads: four columns of criteria side by side fit neither a phone nor a desktop's column.
	 */
	#sections(roles: PickerRole[], texts: PickerTexts): HTMLElement[] {
		const hideSame = this.#differences.checked;
		const pair = roles.length === 2;
		return this.#data.areas.flatMap((area) => {
			const entries = area.competencies
				.filter((c) => roles.some((role) => Object.hasOwn(role.expects, c.id)))
				.map((c) => this.#entry(c, roles, pair, texts))
				.filter((entry) => !hideSame || entry.hasAttribute('data-differs'));
			if (entries.length === 0) return [];
			const headingId = `picker-area-${area.id}`;
			return [element('section', { class: 'picker-area', 'aria-labelledby': headingId }, element('h3', { id: headingId }, area.name), ...entries)];
		});
	}

	#entry(competency: PickerData['areas'][number]['competencies'][number], roles: PickerRole[], pair: boolean, texts: PickerTexts) {
		// Own keys only: a competency id may also be the name of an Object.prototype property.
		const levels = roles.map((role) => (Object.hasOwn(role.expects, competency.id) ? role.expects[competency.id] : undefined));
		const heading = element('h4', {}, link(`/competencies/${competency.id}/`, competency.name));
		const { words } = this.#data;
		if (pair) heading.append(' ', element('span', {}, words[changeMessage(changeKind(levels[0], levels[1]))]));
		const entry = element('article', { class: 'change picker-entry', 'data-competency': competency.id }, heading);
		if (new Set(levels).size > 1) entry.setAttribute('data-differs', '');
		const list = element('dl', {});
		const descriptors = Object.hasOwn(texts.descriptors, competency.id) ? texts.descriptors[competency.id]! : [];
		roles.forEach((role, index) => {
			const level = levels[index];
			const notes = Object.hasOwn(texts.notes, role.id) ? texts.notes[role.id]! : {};
			const note = Object.hasOwn(notes, competency.id) ? notes[competency.id] : undefined;
			const name = Object.hasOwn(role.levelNames, competency.id) ? role.levelNames[competency.id] : undefined;
			const said =
				level === undefined
					? [words['picker.not-expected']]
					: [
							element('strong', {}, name ?? this.#data.levels[level] ?? ''),
							say(words, 'picker.level', { rank: level + 1, count: this.#data.levels.length }),
							...(note ? [element('p', { class: 'role-note' }, element('strong', {}, say(words, 'picker.for-role', { role: role.title })), note)] : []),
							descriptorElement(descriptors[level] ?? ''),
						];
			list.append(element('div', { 'data-role': role.id }, element('dt', {}, role.title), element('dd', {}, ...said)));
		});
		entry.append(list);
		return entry;
	}

	/** A link to the static page of this step, when two roles that have one are compared. */
	#staticLink(roles: PickerRole[]): HTMLElement[] {
		const [a, b] = roles;
		const step = roles.length === 2 && this.#data.steps.find(([from, to]) => (from === a?.id && to === b?.id) || (from === b?.id && to === a?.id));
		return step ? [element('p', {}, link(`/compare/${step[0]}/${step[1]}/`, this.#data.words['picker.full-page']))] : [];
	}
}

function changeKind(from: number | undefined, to: number | undefined): Parameters<typeof changeMessage>[0] {
	if (from === undefined) return 'added';
	if (to === undefined) return 'removed';
	return to > from ? 'raised' : to < from ? 'lowered' : 'same';
}

function link(path: string, text: string): HTMLAnchorElement {
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	return element('a', { href: `${base}${path}` }, text);
}

/** A single descriptor as a paragraph; a list of criteria as a list. */
function descriptorElement(descriptor: string | string[]): HTMLElement {
	if (typeof descriptor === 'string') return element('p', { class: 'change-descriptor' }, descriptor);
	return element('ul', { class: 'change-descriptor criteria' }, ...descriptor.map((text) => element('li', {}, text)));
}

customElements.define('ladder-compare', LadderCompare);
