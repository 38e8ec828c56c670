// One folder for every temporary folder a run makes (the tests', the bench's): the workflow
// runner's job workspaces and the world's checkouts are handed back to their callers and never
// removed, thousands a test run. TMPDIR points at the folder, so this process and every process it
// starts (os.tmpdir() reads TMPDIR) make theirs inside it; the returned function removes it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function scratchTmpdir(prefix) {
  const scratch = mkdtempSync(join(tmpdir(), prefix));
  process.env.TMPDIR = scratch;
  return () => rmSync(scratch, { recursive: true, force: true });
}
