/** A release's name: an id such as `2026-h1` or `v3`, also its anchor on /changes/ and its file's name. */
export const RELEASE_NAME = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

/** What `/ladder.json` says in place of a release's name when the ladder changed since the last one. */
export const UNRELEASED = 'unreleased';
