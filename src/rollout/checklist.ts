/**
 * The QA checklist (`docs/CHECKLIST.md`): one `## <phase id> …` section per phase holding
 * `- [ ] item` lines. phasegate copies the target phase's items into the phase PR as task boxes;
 * QA ticks them in the PR body, and the gate reads the ticks back.
 *
 * Items are matched by text, ignoring case and runs of whitespace, so an edited PR body still
 * matches. A phase with no section has no items. An item missing from the PR body is unticked,
 * and so is one that appears both ticked and unticked (a pasted second copy left unticked).
 * Lines in code fences and HTML comments are not task boxes (GitHub does not render them as
 * such), so a box cannot be ticked invisibly.
 */

export interface ChecklistItem {
  phase: string;
  text: string;
  /** 1-based line in the checklist file. */
  line: number;
}

export interface ChecklistSection {
  phase: string;
  heading: string;
  line: number;
  items: ChecklistItem[];
}

export interface Checklist {
  file: string;
  sections: Map<string, ChecklistSection>;
  /** Problems found, each naming file:line and the fix; the caller decides how loud to be. */
  problems: string[];
}

export interface ParseChecklistOptions {
  file?: string;
  /** The policy's phase ids: a section with items under another id is reported. */
  phases?: readonly string[];
}

const TASK = /^\s*[-*+]\s+\[([ xX])\]\s+(.*?)\s*$/;
const SECTION = /^##\s+(.*?)\s*#*\s*$/;
const TOP_HEADING = /^#{1,2}(?:\s|$)/;

export function parseChecklist(text: string, options: ParseChecklistOptions = {}): Checklist {
  const file = options.file ?? 'docs/CHECKLIST.md';
  const known = options.phases ? new Set(options.phases) : undefined;
  const sections = new Map<string, ChecklistSection>();
  const problems: string[] = [];
  let current: ChecklistSection | undefined;
  for (const { line, text: raw } of visibleLines(text)) {
    if (TOP_HEADING.test(raw)) {
      current = undefined;
      const heading = SECTION.exec(raw)?.[1];
      if (heading === undefined) continue; // a `#` title ends any section
      const phase = phaseIdOf(heading);
      const section: ChecklistSection = { phase, heading, line, items: [] };
      const earlier = sections.get(phase);
      if (earlier) {
        problems.push(
          `${file}:${line}: a second section for ${phase} (the first is on line ${earlier.line}); merge them`,
        );
        current = earlier;
      } else {
        sections.set(phase, section);
        current = section;
      }
      continue;
    }
    const task = TASK.exec(raw);
    if (!task || !current) continue;
    const itemText = task[2]!.replace(/\s+/g, ' ');
    if (!itemText) continue;
    if (current.items.some((i) => normalize(i.text) === normalize(itemText))) {
      problems.push(`${file}:${line}: "${itemText}" is listed twice for ${current.phase}; remove one`);
      continue;
    }
    current.items.push({ phase: current.phase, text: itemText, line });
  }
  if (known) {
    for (const s of sections.values()) {
      if (s.items.length > 0 && !known.has(s.phase)) {
        problems.push(
          `${file}:${s.line}: section "## ${s.heading}" has items but ${s.phase} is not a phase; ` +
            `start the heading with one of: ${[...known].join(', ')}`,
        );
      }
    }
  }
  // Sections without items (an intro, "## How to use this") are not phases.
  for (const [phase, s] of sections) if (s.items.length === 0) sections.delete(phase);
  return { file, sections, problems };
}

/** The items of a phase, in file order; [] when the phase has no section. */
export function itemsFor(checklist: Checklist, phase: string): ChecklistItem[] {
  return checklist.sections.get(phase)?.items ?? [];
}

type ItemLike = string | { text: string };

/**
 * Task boxes for a PR body, one per item. Items in `ticked` (texts, e.g. checkTicked's result
 * on the body being replaced) stay ticked, so re-rendering a PR body keeps QA's ticks.
 */
export function renderTaskList(
  items: readonly ItemLike[],
  options: { ticked?: readonly string[] } = {},
): string {
  const ticked = new Set((options.ticked ?? []).map(normalize));
  return items
    .map(textOf)
    .map((t) => `- [${ticked.has(normalize(t)) ? 'x' : ' '}] ${t.trim().replace(/\s+/g, ' ')}`)
    .join('\n');
}

export interface TickResult {
  /** Item texts as the checklist writes them, in checklist order. */
  ticked: string[];
  unticked: string[];
}

/** Which items the PR body has ticked (GitHub gives a null body when empty). Absent = unticked. */
export function checkTicked(prBody: string | null | undefined, items: readonly ItemLike[]): TickResult {
  const seen = new Map<string, { ticked: boolean; unticked: boolean }>();
  for (const { text } of visibleLines(prBody ?? '')) {
    const task = TASK.exec(text);
    if (!task) continue;
    const key = normalize(task[2]!);
    const mark = seen.get(key) ?? { ticked: false, unticked: false };
    if (task[1] === ' ') mark.unticked = true;
    else mark.ticked = true;
    seen.set(key, mark);
  }
  const result: TickResult = { ticked: [], unticked: [] };
  for (const item of items) {
    const t = textOf(item);
    const mark = seen.get(normalize(t));
    (mark?.ticked && !mark.unticked ? result.ticked : result.unticked).push(t);
  }
  return result;
}

function textOf(item: ItemLike): string {
  return typeof item === 'string' ? item : item.text;
}

function normalize(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Heading text up to the first space, without trailing punctuation: "A-1: QA canary" → "A-1". */
function phaseIdOf(heading: string): string {
  const first = heading.split(/\s+/)[0] ?? '';
  return first.replace(/[:.,;)—–]+$/, '') || heading;
}

/** Lines outside fenced code blocks and HTML comments, with their 1-based numbers. */
function visibleLines(text: string): Array<{ line: number; text: string }> {
  const out: Array<{ line: number; text: string }> = [];
  let fence: string | undefined;
  let inComment = false;
  text.split(/\r?\n/).forEach((raw, i) => {
    let rest = raw;
    if (inComment) {
      const end = rest.indexOf('-->');
      if (end < 0) return;
      rest = rest.slice(end + 3);
      inComment = false;
    }
    if (fence) {
      if (rest.trim().startsWith(fence)) fence = undefined;
      return;
    }
    const open = /^\s{0,3}(`{3,}|~{3,})/.exec(rest);
    if (open) {
      fence = open[1]!;
      return;
    }
    // Drop complete comments on the line, then note one left open.
    rest = rest.replace(/<!--[\s\S]*?-->/g, '');
    const start = rest.indexOf('<!--');
    if (start >= 0) {
      rest = rest.slice(0, start);
      inComment = true;
    }
    out.push({ line: i + 1, text: rest });
  });
  return out;
}
