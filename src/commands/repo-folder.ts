import { isAbsolute, normalize } from 'node:path';
import { InputError } from '../input.js';

/** A folder inside the repository as the workflows name it: `phases`, not `./phases/`. */
export function repoFolder(given: string, flag: string): string {
  const p = normalize(given.trim()).replace(/\\/g, '/').replace(/\/+$/, '');
  if (!p || p === '.' || isAbsolute(p) || p === '..' || p.startsWith('../')) {
    throw new InputError(
      `${flag}: "${given}" is not a folder inside the repository; give a relative path such as phases`,
    );
  }
  return p;
}
