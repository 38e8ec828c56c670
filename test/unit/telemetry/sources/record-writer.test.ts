/**
 * Many window records are written on a thread of their own (record-writer.ts): the files are the
 * same bytes as those written one by one on the calling thread, nothing temporary is left, and a
 * write that fails is raised with the file system's error after the writes before it are done.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioRecords } from '../../../../src/demo/scenario.js';
import { WRITER_THREAD_FROM, writeRecords } from '../../../../src/telemetry/sources/record-files.js';
import { RecordWriter } from '../../../../src/telemetry/sources/record-writer.js';
import { referencePolicy } from '../../../support/traces.js';

const policy = referencePolicy();
const FROM = Date.parse('2026-11-01T00:00:00Z');

const folder = () => mkdtempSync(join(tmpdir(), 'phasegate-writer-'));

describe('writing many window records', () => {
  it('writes on the writer thread exactly the bytes written one record at a time', async () => {
    const n = WRITER_THREAD_FROM + 37; // not a whole number of batches
    const records = scenarioRecords(policy, { from: FROM, to: FROM + n * policy.windowMs, scale: 0.01 });
    expect(records).toHaveLength(n);
    const many = folder();
    const written = await writeRecords(many, records);
    expect(written.every((w) => w.changed)).toBe(true);
    const single = folder();
    for (const r of records) await writeRecords(single, [r]); // below the threshold: this thread
    const names = readdirSync(many).sort();
    expect(names).toHaveLength(n); // no temporary file left beside them
    expect(readdirSync(single).sort()).toEqual(names);
    for (const name of names)
      expect(readFileSync(join(many, name), 'utf8')).toBe(readFileSync(join(single, name), 'utf8'));
    expect(written.map((w) => w.path)).toEqual(names.map((name) => join(many, name)));
    // again: every file read and compared, none rewritten
    expect((await writeRecords(many, records)).some((w) => w.changed)).toBe(false);
  });

  it('raises the first failed write once the writes before it are done, leaving no temporary file', async () => {
    const dir = folder();
    const writer = new RecordWriter();
    await writer.write(join(dir, 'a.jsonl'), 'first\n');
    await writer.write(join(dir, 'missing', 'b.jsonl'), 'no folder for it\n');
    await writer.write(join(dir, 'c.jsonl'), 'after the failure\n');
    await expect(writer.close()).rejects.toMatchObject({ code: 'ENOENT' });
    expect(writer.failed).toBe(true);
    expect(readdirSync(dir)).toEqual(['a.jsonl']); // c is not written after the failure
    expect(readFileSync(join(dir, 'a.jsonl'), 'utf8')).toBe('first\n');
  });
});
