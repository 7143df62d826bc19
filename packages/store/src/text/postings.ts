/**
 * Full-text segments (docs/redis-schema.md, "Full text"). A segment is a hash of `buckets` fields; a term lives in
 * bucket `termBucket(term, buckets)`. A bucket's value is
 *
 *   8 hex digits: the directory's length D | directory | postings
 *
 * The directory is plain text: per term `\0<term>\1` then 8 hex digits (offset of its list in the postings part)
 * and 6 hex digits (postings in the list). A posting is 6 bytes — doc number (uint32, big-endian) and integer impact
 * (uint16) — and a list is ordered by impact, then doc number, both descending: the order a search reads. A posting
 * taken out (update, delete) is overwritten with six zero bytes, so offsets stay; merges drop those. The field `n`
 * lists the segment's doc numbers (uint32 each; a doc taken out is zeroed there too).
 */
export const POSTING_BYTES = 6;
const MAX_DOC = 0xffff_ffff;
const MAX_IMPACT = 0xffff;
/** about this many bytes per bucket: a search reads one bucket per term and segment */
const BUCKET_BYTES = 32 * 1024;
/** at most this many buckets per segment (a merge writes one field per bucket) */
const MAX_BUCKETS = 4096;

/** One article's postings: its doc number and its terms with integer impacts. */
export interface DocPostings {
  num: number;
  terms: readonly (readonly [term: string, impact: number])[];
}

/** A segment ready to write: how many buckets, and the hash fields (bucket number, value, …, then `n`). */
export interface SegmentData {
  buckets: number;
  fields: (string | Buffer)[];
  /** the doc numbers it holds */
  nums: number[];
}

/** A segment as read for a merge: its bucket values, its `n` field, and whether anything was ever taken out. */
export interface SegmentSource {
  buckets: Buffer[];
  nums: Buffer;
  /** generation 0: no posting was taken out, every posting is live */
  clean: boolean;
}

/** The bucket of a term: a polynomial hash of its UTF-8 bytes (search-text.lua computes the same). */
export function termBucket(term: string, buckets: number): number {
  if (buckets <= 1) return 0;
  let h = 0;
  const bytes = Buffer.from(term, "utf8");
  for (const b of bytes) h = (h * 31 + b) % 1_000_003;
  return h % buckets;
}

/** impact × 2³² + doc number: one number whose descending order is the posting order (exact below 2⁵³). */
const sortKey = (num: number, impact: number) => impact * 0x1_0000_0000 + num;

function checkPosting(num: number, impact: number): void {
  if (!Number.isInteger(num) || num < 1 || num > MAX_DOC) throw new RangeError(`doc number out of range: ${num}`);
  if (!Number.isInteger(impact) || impact < 0 || impact > MAX_IMPACT) throw new RangeError(`impact out of range: ${impact}`);
}

function encodeList(keys: Float64Array): Buffer {
  keys.sort().reverse();
  const out = Buffer.allocUnsafe(keys.length * POSTING_BYTES);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as number;
    const impact = Math.floor(k / 0x1_0000_0000);
    out.writeUInt32BE(k - impact * 0x1_0000_0000, i * POSTING_BYTES);
    out.writeUInt16BE(impact, i * POSTING_BYTES + 4);
  }
  return out;
}

const hex = (n: number, width: number) => n.toString(16).padStart(width, "0");

/** Lays sorted posting lists out in buckets. */
function encodeSegment(lists: Map<string, Buffer>, nums: number[]): SegmentData {
  if (nums.length === 0) return { buckets: 1, fields: [], nums };
  let bytes = 0;
  for (const [term, list] of lists) bytes += list.length + Buffer.byteLength(term) + 16;
  const buckets = Math.min(MAX_BUCKETS, Math.max(1, Math.ceil(bytes / BUCKET_BYTES)));
  const byBucket: [string, Buffer][][] = Array.from({ length: buckets }, () => []);
  for (const [term, list] of lists) byBucket[termBucket(term, buckets)]?.push([term, list]);
  const fields: (string | Buffer)[] = [];
  byBucket.forEach((entries, b) => {
    if (entries.length === 0) return;
    let dir = "";
    let offset = 0;
    for (const [term, list] of entries) {
      dir += `\0${term}\x01${hex(offset, 8)}${hex(list.length / POSTING_BYTES, 6)}`;
      offset += list.length;
    }
    dir += "\0";
    const dirBytes = Buffer.from(dir, "utf8");
    fields.push(String(b), Buffer.concat([Buffer.from(hex(dirBytes.length, 8), "latin1"), dirBytes, ...entries.map(([, l]) => l)]));
  });
  const packedNums = Buffer.allocUnsafe(nums.length * 4);
  nums.forEach((n, i) => packedNums.writeUInt32BE(n, i * 4));
  fields.push("n", packedNums);
  return { buckets, fields, nums };
}

/** A new segment from the postings of the articles written together. */
export function buildSegment(docs: readonly DocPostings[]): SegmentData {
  const byTerm = new Map<string, number[]>();
  for (const d of docs) {
    for (const [term, impact] of d.terms) {
      checkPosting(d.num, impact);
      const list = byTerm.get(term);
      if (list) list.push(sortKey(d.num, impact));
      else byTerm.set(term, [sortKey(d.num, impact)]);
    }
  }
  const lists = new Map<string, Buffer>();
  for (const [term, keys] of byTerm) lists.set(term, encodeList(Float64Array.from(keys)));
  return encodeSegment(lists, docs.map((d) => d.num));
}

/** The posting lists of one segment (its bucket values), term -> packed postings (taken-out postings included). */
export function decodeSegment(buckets: Iterable<Buffer>): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const value of buckets) {
    const dirLength = parseInt(value.toString("latin1", 0, 8), 16);
    const dir = value.toString("utf8", 8, 8 + dirLength);
    const base = 8 + dirLength;
    for (const entry of dir.split("\0")) {
      if (entry === "") continue;
      const cut = entry.lastIndexOf("\x01");
      const term = entry.slice(0, cut);
      const offset = parseInt(entry.slice(cut + 1, cut + 9), 16);
      const count = parseInt(entry.slice(cut + 9, cut + 15), 16);
      out.set(term, value.subarray(base + offset, base + offset + count * POSTING_BYTES));
    }
  }
  return out;
}

/**
 * One segment holding every live posting of the given segments. A list found in one clean source is taken over
 * as it is; others are decoded, stripped of taken-out postings and sorted again.
 */
export function mergeSegments(sources: readonly SegmentSource[]): SegmentData {
  const byTerm = new Map<string, { parts: Buffer[]; clean: boolean }>();
  for (const s of sources) {
    for (const [term, packed] of decodeSegment(s.buckets)) {
      const e = byTerm.get(term);
      if (e) {
        e.parts.push(packed);
        e.clean = false;
      } else byTerm.set(term, { parts: [packed], clean: s.clean });
    }
  }
  const lists = new Map<string, Buffer>();
  for (const [term, { parts, clean }] of byTerm) {
    if (clean) {
      lists.set(term, parts[0] as Buffer);
      continue;
    }
    let n = 0;
    for (const p of parts) n += Math.floor(p.length / POSTING_BYTES);
    const keys = new Float64Array(n);
    let k = 0;
    for (const p of parts) {
      for (let i = 0; i + POSTING_BYTES <= p.length; i += POSTING_BYTES) {
        const num = p.readUInt32BE(i);
        if (num !== 0) keys[k++] = sortKey(num, p.readUInt16BE(i + 4));
      }
    }
    if (k > 0) lists.set(term, encodeList(keys.subarray(0, k)));
  }
  const nums: number[] = [];
  for (const s of sources) {
    for (let i = 0; i + 4 <= s.nums.length; i += 4) {
      const num = s.nums.readUInt32BE(i);
      if (num !== 0) nums.push(num);
    }
  }
  return encodeSegment(lists, nums);
}

/** The live postings of one packed list, in stored order (for tests and tools). */
export function decodePostings(packed: Buffer): { num: number; impact: number }[] {
  const out: { num: number; impact: number }[] = [];
  for (let i = 0; i + POSTING_BYTES <= packed.length; i += POSTING_BYTES) {
    const num = packed.readUInt32BE(i);
    if (num !== 0) out.push({ num, impact: packed.readUInt16BE(i + 4) });
  }
  return out;
}

/** The forward entry of an article: ` term=impact term=impact ` (a search checks a candidate's other words in it). */
export function forwardEntry(terms: readonly (readonly [string, number])[]): string {
  if (terms.length === 0) return "";
  let s = " ";
  for (const [t, i] of terms) s += `${t}=${i} `;
  return s;
}
