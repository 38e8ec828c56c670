/**
 * Is a local events file JSONL text at all? An export that is empty, compressed, UTF-16 or binary
 * reads as zero lines (or lines without a timestamp), which would look like "nothing happened":
 * the windows must be missing instead. The first bytes say which, before anything is counted.
 */
import { open } from 'node:fs/promises';

const HEAD_BYTES = 1 << 16;

/** Why a file is not JSONL text (`is …`), and what to do about it. */
export interface Unreadable {
  why: string;
  fix: string;
}

const UTF16_FIX = 'convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8';
const MAGIC: { bytes: number[]; why: string; fix: string }[] = [
  { bytes: [0x1f, 0x8b], why: 'is gzip-compressed (magic bytes 1f 8b)', fix: 'gunzip it first' },
  {
    bytes: [0x28, 0xb5, 0x2f, 0xfd],
    why: 'is zstd-compressed (magic bytes 28 b5 2f fd)',
    fix: 'unzstd it first',
  },
  {
    bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a],
    why: 'is xz-compressed (magic bytes fd 37 7a)',
    fix: 'unxz it first',
  },
  { bytes: [0x42, 0x5a, 0x68], why: 'is bzip2-compressed (magic bytes "BZh")', fix: 'bunzip2 it first' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], why: 'is a zip archive (magic bytes "PK")', fix: 'unzip it first' },
  { bytes: [0xff, 0xfe], why: 'is UTF-16 (byte-order mark ff fe)', fix: UTF16_FIX },
  { bytes: [0xfe, 0xff], why: 'is UTF-16 (byte-order mark fe ff)', fix: UTF16_FIX },
];

/** Why the bytes are not JSONL text, or undefined when they may be (`whole`: the file is all here). */
export function unreadableReason(head: Uint8Array, whole: boolean): Unreadable | undefined {
  const fix = 'give the JSONL export that holds the events';
  if (head.length === 0) return { why: 'is empty (0 bytes)', fix };
  for (const m of MAGIC) {
    if (head.length >= m.bytes.length && m.bytes.every((b, i) => head[i] === b)) return m;
  }
  const nul = head.indexOf(0);
  if (nul >= 0) {
    return {
      why: `is binary, not JSONL text (a NUL byte at offset ${nul})`,
      fix: `${fix} (UTF-16 without a byte-order mark looks like this too: ${UTF16_FIX})`,
    };
  }
  if (whole) {
    let blank = true;
    for (let i = 0; i < head.length && blank; i++) blank = head[i]! <= 0x20;
    if (blank) return { why: 'holds only blank lines', fix };
  }
  return undefined;
}

/** Why a local events file is not JSONL text (empty, compressed, UTF-16, binary), or undefined. */
export async function sniffEventsFile(file: string): Promise<Unreadable | undefined> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await fh.read(buf, 0, HEAD_BYTES, 0);
    return unreadableReason(buf.subarray(0, bytesRead), bytesRead < HEAD_BYTES);
  } finally {
    await fh.close();
  }
}
