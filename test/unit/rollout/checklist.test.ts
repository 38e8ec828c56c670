import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkTicked, itemsFor, parseChecklist, renderTaskList } from '../../../src/rollout/checklist.js';
import { REPO_ROOT } from '../../support/policy.js';

const SAMPLE = `# QA checklist

Intro text with a task that belongs to no phase:
- [ ] not an item

## How to use this

Just prose here.

## A-1: QA canary

- [ ] QA ran the restore scenarios on dev builds
* [x] Rollback   rehearsed on staging
  - [ ] nested items count too

### Notes for A-1

+ [ ] a third marker style

\`\`\`markdown
- [ ] inside a fence: an example, not an item
\`\`\`

## B-0 merge beta ##
- [ ] merge conflict corpus replayed
# Appendix
- [ ] after a top heading: not in B-0
`;

describe('parseChecklist', () => {
  const list = parseChecklist(SAMPLE, { phases: ['A-0', 'A-1', 'B-0'] });

  it('reads the items of each phase section, with lines, ignoring fences and other sections', () => {
    expect(list.problems).toEqual([]);
    expect(itemsFor(list, 'A-1')).toEqual([
      { phase: 'A-1', text: 'QA ran the restore scenarios on dev builds', line: 12 },
      { phase: 'A-1', text: 'Rollback rehearsed on staging', line: 13 },
      { phase: 'A-1', text: 'nested items count too', line: 14 },
      { phase: 'A-1', text: 'a third marker style', line: 18 },
    ]);
    expect(itemsFor(list, 'B-0').map((i) => i.text)).toEqual(['merge conflict corpus replayed']);
  });

  it('gives a phase without a section no items', () => {
    expect(itemsFor(list, 'A-0')).toEqual([]);
    expect(itemsFor(list, 'Z-9')).toEqual([]);
    expect([...list.sections.keys()]).toEqual(['A-1', 'B-0']);
  });

  it('reports a section whose heading is not a phase, a duplicate section and a duplicate item', () => {
    const bad = parseChecklist(
      [
        '## A1 typo',
        '- [ ] lost item',
        '## A-1',
        '- [ ] one',
        '- [ ]  ONE',
        '## A-1 again',
        '- [ ] two',
      ].join('\n'),
      { file: 'docs/CHECKLIST.md', phases: ['A-0', 'A-1'] },
    );
    expect(bad.problems).toEqual([
      'docs/CHECKLIST.md:5: "ONE" is listed twice for A-1; remove one',
      'docs/CHECKLIST.md:6: a second section for A-1 (the first is on line 3); merge them',
      'docs/CHECKLIST.md:1: section "## A1 typo" has items but A1 is not a phase; start the heading with one of: A-0, A-1',
    ]);
    // The duplicate section's items are merged into the first.
    expect(itemsFor(bad, 'A-1').map((i) => i.text)).toEqual(['one', 'two']);
  });

  it('does not judge headings when no phase list is given', () => {
    expect(parseChecklist('## X-1\n- [ ] item\n').problems).toEqual([]);
  });

  it('handles CRLF and items hidden in HTML comments', () => {
    const crlf = parseChecklist(
      '## A-1\r\n- [ ] one\r\n<!--\r\n- [ ] hidden\r\n-->\r\n- [ ] two <!-- note -->\r\n',
    );
    expect(itemsFor(crlf, 'A-1').map((i) => i.text)).toEqual(['one', 'two']);
  });

  it('parses the shipped docs/CHECKLIST.md against the reference phases without problems', () => {
    const rollout = parse(readFileSync(join(REPO_ROOT, 'phases', 'rollout.yaml'), 'utf8'));
    const ids: string[] = rollout.phases;
    expect(ids).toEqual(['A-0', 'A-1', 'A-2', 'B-0', 'B-1']);
    const shipped = parseChecklist(readFileSync(join(REPO_ROOT, 'docs', 'CHECKLIST.md'), 'utf8'), {
      phases: ids,
    });
    expect(shipped.problems).toEqual([]);
    expect([...shipped.sections.keys()]).toEqual(ids);
    for (const id of ids) expect(itemsFor(shipped, id).length).toBeGreaterThanOrEqual(3);
    expect(itemsFor(shipped, 'A-1').map((i) => i.text)).toContain(
      'QA ran the restore scenarios on dev builds',
    );
    expect(itemsFor(shipped, 'B-0').map((i) => i.text)).toContain('Merge conflict corpus replayed');
  });
});

describe('renderTaskList', () => {
  it('renders one unticked task box per item', () => {
    expect(renderTaskList(['one', { text: '  two   words ' }])).toBe('- [ ] one\n- [ ] two words');
    expect(renderTaskList([])).toBe('');
  });

  it('keeps earlier ticks when a PR body is re-rendered', () => {
    const items = ['one', 'two', 'three'];
    const old = '- [x] ONE\n- [ ] two\n- [X] three';
    const body = renderTaskList(items, { ticked: checkTicked(old, items).ticked });
    expect(body).toBe('- [x] one\n- [ ] two\n- [x] three');
  });

  it('round-trips through checkTicked', () => {
    const items = ['alpha', 'beta'];
    expect(checkTicked(renderTaskList(items), items)).toEqual({ ticked: [], unticked: ['alpha', 'beta'] });
    expect(checkTicked(renderTaskList(items, { ticked: ['beta'] }), items)).toEqual({
      ticked: ['beta'],
      unticked: ['alpha'],
    });
  });
});

describe('checkTicked', () => {
  const items = [
    'QA ran the restore scenarios on dev builds',
    'Merge conflict corpus replayed',
    'Third item',
  ];

  it('accepts - [x], - [X] and * [x], ignoring case and spacing', () => {
    const body = [
      'Verdict table…',
      '- [x] qa ran the   restore scenarios on dev builds',
      '  * [X]   MERGE conflict corpus replayed  ',
      '- [ ] Third item',
    ].join('\n');
    expect(checkTicked(body, items)).toEqual({
      ticked: ['QA ran the restore scenarios on dev builds', 'Merge conflict corpus replayed'],
      unticked: ['Third item'],
    });
  });

  it('counts an item missing from the body, or a null body, as unticked', () => {
    expect(checkTicked('- [x] QA ran the restore scenarios on dev builds', items).unticked).toEqual([
      'Merge conflict corpus replayed',
      'Third item',
    ]);
    expect(checkTicked(null, items)).toEqual({ ticked: [], unticked: items });
    expect(checkTicked('', [])).toEqual({ ticked: [], unticked: [] });
  });

  it('does not accept ticks that GitHub would not render as task boxes', () => {
    const body = [
      '```',
      '- [x] Third item',
      '```',
      '<!-- - [x] Merge conflict corpus replayed -->',
      '<!--',
      '- [x] QA ran the restore scenarios on dev builds',
      '-->',
      '[x] Third item', // no list marker
      '-[x] Third item', // no space after the marker
      '- [x]Third item', // no space after the box
    ].join('\n');
    expect(checkTicked(body, items).ticked).toEqual([]);
  });

  it('keeps an item unticked while any copy of it is unticked', () => {
    const body = '- [x] Third item\n\n(pasted again)\n- [ ] Third item';
    expect(checkTicked(body, ['Third item'])).toEqual({ ticked: [], unticked: ['Third item'] });
  });

  it('matches whole item texts only', () => {
    expect(checkTicked('- [x] Third item and more', ['Third item']).unticked).toEqual(['Third item']);
  });

  it('accepts checklist items as objects and returns their texts in checklist order', () => {
    const list = parseChecklist('## A-1\n- [ ] b\n- [ ] a\n');
    expect(checkTicked('- [x] a\n- [x] b', itemsFor(list, 'A-1'))).toEqual({
      ticked: ['b', 'a'],
      unticked: [],
    });
  });
});
