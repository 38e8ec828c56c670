/**
 * File-system errors in words, with the path the user gave (not the one Node resolved, nor a
 * symlink's target) and the fix, instead of a raw "ENOTDIR: not a directory, scandir '…'".
 */

const WORDS: Record<string, (kind: 'file' | 'folder') => string> = {
  ENOENT: (kind) =>
    kind === 'folder'
      ? 'cannot be created here (the file system refuses new entries, as /proc does); give a folder in your checkout'
      : 'does not exist; check the path',
  ENOTDIR: () => 'is not a folder, or a part of its path is a file',
  EISDIR: () => 'is a folder, not a file',
  EEXIST: (kind) => (kind === 'folder' ? 'is a file, not a folder; give a folder path' : 'already exists'),
  EACCES: () => 'is not allowed (permission denied); pick a path you can write, or fix its permissions',
  EPERM: () => 'is not allowed (operation not permitted); pick another path',
  EROFS: () => 'is on a read-only file system; give a path on a writable one',
  ENAMETOOLONG: () => 'is too long a path; shorten it',
  ELOOP: () => 'is a symlink loop; fix the symlink',
  ENOSPC: () => 'cannot be written: the disk is full',
};

/** The words for a Node file-system error, or undefined when it is not one we know. */
export function fsProblem(e: unknown, kind: 'file' | 'folder' = 'file'): string | undefined {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return code && code in WORDS ? `${WORDS[code]!(kind)} (${code})` : undefined;
}

/** `<given> <words>` for a known file-system error, else undefined. */
export function describeFsError(
  e: unknown,
  given: string,
  kind: 'file' | 'folder' = 'file',
): string | undefined {
  const words = fsProblem(e, kind);
  return words ? `${given} ${words}` : undefined;
}
