/**
 * Telemetry sources given as globs ("logs/**\/events-*.jsonl"). Node 20 has no fs.glob, so we
 * use tinyglobby (fdir + picomatch, the matcher Vite uses) rather than a matcher of our own.
 * Dot files match only when the pattern says so. Results are absolute and sorted, so several
 * files are always read in the same order.
 */
import { isDynamicPattern, glob as tinyglob } from 'tinyglobby';

export function hasMagic(pattern: string): boolean {
  return isDynamicPattern(pattern);
}

export async function glob(pattern: string, cwd: string = process.cwd()): Promise<string[]> {
  const files = await tinyglob([pattern], { cwd, absolute: true, onlyFiles: true, expandDirectories: false });
  return files.sort();
}
