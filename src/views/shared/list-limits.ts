/**
 * How many roles a ladder may have for every role to be listed where every page repeats it (the
 * sidebar) or where the whole ladder is one page (the home page). Past it, those list each
 * track's overview, which lists the track's roles: listed everywhere, the site would grow with
 * the square of the ladder, and the home page of 205 roles was 35,000 px tall.
 */
export const ROLES_LISTED = 60;
