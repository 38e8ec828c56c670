/**
 * `npm run bench -- --write-readme`: the README's benchmark tables are the bench's own output. Each
 * table sits between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->` in README.md and is replaced
 * whole, so no figure there is typed by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function writeReadmeBlock(root, name, markdown) {
  const file = path.join(root, 'README.md');
  const text = readFileSync(file, 'utf8');
  const open = `<!-- bench:${name} -->\n`;
  const close = `<!-- /bench:${name} -->`;
  const a = text.indexOf(open);
  const b = text.indexOf(close, a);
  if (a < 0 || b < 0) throw new Error(`README.md has no ${open.trim()} … ${close} block to write`);
  writeFileSync(file, `${text.slice(0, a + open.length)}${markdown.trimEnd()}\n${text.slice(b)}`);
  console.log(`README.md: wrote the ${name} table`);
}

/** The table rows (not its head) of a block as README.md holds it; none when it is empty. */
export function readReadmeBlock(root, name) {
  const text = readFileSync(path.join(root, 'README.md'), 'utf8');
  const open = `<!-- bench:${name} -->\n`;
  const a = text.indexOf(open);
  const b = text.indexOf(`<!-- /bench:${name} -->`, a);
  if (a < 0 || b < 0) return [];
  return text
    .slice(a + open.length, b)
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| what |'));
}
