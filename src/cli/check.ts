/**
 * `npm run check`'s first step: validates the ladder (the `content/` folder, or the one named) and
 * exits 1 when it has any problem. Lint warnings fail it only when the ladder asks for strict lint.
 */
import { contentDir } from '../model/content-dir.ts';
import { validate } from './validate.ts';

process.exitCode = validate(process.argv[2] ?? contentDir());
