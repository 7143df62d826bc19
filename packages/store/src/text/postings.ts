/**
 * Full-text segments (docs/redis-schema.md, "Full text"). A segment is a hash of `buckets` fields; a term lives in
 * bucket `termBucket(term, buckets)`. A bucket's value is
 *
 *   8 hex digits: the directory's length D | directory | postings
 *
 * The directory is plain text: per term `\0<term>\1` then 8 hex digits (offset of its list in the postings part)
 * and 6 hex digits (postings in the list). A posting is 6 bytes — doc number (uint32, big-endian) and integer impact
 * (uint16) — and a list is ordered by impact, then doc number, both descending: the order a search reads. A posting
 * taken out (update, delete) is overwritten with six zero bytes, so offsets stay; merges drop those. The fields
 * `n0`, `n1`, … list the segment's doc numbers, up to 1,024 each (uint32 each; a doc taken out is zeroed there too).
 */
import { termHash, type TermList } from "./term-list.ts";
import { widened } from "./typed-arrays.ts";

export const POSTING_BYTES = 6;
const MAX_DOC = 0xffff_ffff;
const MAX_IMPACT = 0xffff;
/** about this many bytes per bucket: a search reads one bucket per term and segment, an update rewrites one per term */
const BUCKET_BYTES = 4 * 1024;
/** at most this many buckets per segment (a merge writes one field per bucket) */
const MAX_BUCKETS = 16_384;
/** doc numbers per `n<k>` field: an update rewrites one such field */
export const NUMS_PER_FIELD = 1024;

/** One article's postings: its doc number and its terms with integer impacts. */
export interface DocPostings {
  num: number;
  terms: TermList;
}

/** A segment ready to write: how many buckets, and the hash fields (bucket number, value, …, then `n0`, `n1`, …). */
export interface SegmentData {
  buckets: number;
  fields: (string | Buffer)[];
  /** the doc numbers it holds */
  nums: number[];
}

/** A segment as read for a merge: its bucket values, its doc numbers (`n0`, `n1`, … joined), and whether anything was ever taken out. */
export interface SegmentSource {
  buckets: Buffer[];
  nums: Buffer;
  /** generation 0: no posting was taken out, every posting is live */
  clean: boolean;
}

/** The bucket of a term: a polynomial hash of its UTF-8 bytes (segment-format.lua computes the same). */
export function termBucket(term: string, buckets: number): number {
  return buckets <= 1 ? 0 : termHash(term) % buckets;
}

/** impact × 2³² + doc number: one number whose descending order is the posting order (exact below 2⁵³). */
const sortKey = (num: number, impact: number) => impact * 0x1_0000_0000 + num;

function checkPosting(num: number, impact: number): void {
  if (!Number.isInteger(num) || num < 1 || num > MAX_DOC) throw new RangeError(`doc number out of range: ${num}`);
  if (!Number.isInteger(impact) || impact < 0 || impact > MAX_IMPACT) throw new RangeError(`impact out of range: ${impact}`);
}

/** Sorts keys[from, to) ascending in place: by insertion for the short lists most are, natively otherwise. */
function sortRange(keys: Float64Array, from: number, to: number): void {
  if (to - from > 16) {
    keys.subarray(from, to).sort();
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const k = keys[i] as number;
    let j = i - 1;
    while (j >= from && (keys[j] as number) > k) {
      keys[j + 1] = keys[j] as number;
      j--;
    }
    keys[j + 1] = k;
  }
}

/**
 * Writes the sort keys keys[from, to) as a packed list at `at`, in posting order: any order (they get sorted), or
 * already ascending (`sorted`).
 */
function writeList(keys: Float64Array, from: number, to: number, out: Buffer, at: number, sorted = false): void {
  if (!sorted) sortRange(keys, from, to);
  // ascending keys, written from the last: the list's order is descending
  for (let i = to - 1, p = at; i >= from; i--, p += POSTING_BYTES) {
    const k = keys[i] as number;
    const impact = Math.floor(k / 0x1_0000_0000);
    const num = k - impact * 0x1_0000_0000;
    out[p] = num >>> 24;
    out[p + 1] = (num >>> 16) & 0xff;
    out[p + 2] = (num >>> 8) & 0xff;
    out[p + 3] = num & 0xff;
    out[p + 4] = impact >>> 8;
    out[p + 5] = impact & 0xff;
  }
}

/** the other half of mergeRuns's ping-pong (grown to the longest list merged, reused) */
let spare = new Float64Array(1024);

/**
 * Merges the ascending runs of keys between bounds[0] < bounds[1] < … < bounds[count] into one ascending run in
 * place: pairs of runs, then pairs of pairs (a term's lists from several sources are each in order already, so
 * this beats sorting them again).
 */
function mergeRuns(keys: Float64Array, bounds: Int32Array, count: number): void {
  const base = bounds[0] as number;
  const len = (bounds[count] as number) - base;
  if (spare.length < len) spare = new Float64Array(2 * len);
  // positions in `keys` are base + x, in `spare` x
  let src: Float64Array = keys;
  let srcBase = base;
  let dst: Float64Array = spare;
  let dstBase = 0;
  for (let width = 1; width < count; width *= 2) {
    for (let r = 0; r < count; r += 2 * width) {
      const lo = (bounds[r] as number) - base;
      const mid = (bounds[Math.min(r + width, count)] as number) - base;
      const hi = (bounds[Math.min(r + 2 * width, count)] as number) - base;
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        const a = src[srcBase + i] as number;
        const b = src[srcBase + j] as number;
        if (a <= b) {
          dst[dstBase + k++] = a;
          i++;
        } else {
          dst[dstBase + k++] = b;
          j++;
        }
      }
      while (i < mid) dst[dstBase + k++] = src[srcBase + i++] as number;
      while (j < hi) dst[dstBase + k++] = src[srcBase + j++] as number;
    }
    [src, dst] = [dst, src];
    [srcBase, dstBase] = [dstBase, srcBase];
  }
  if (src !== keys) keys.set(src.subarray(srcBase, srcBase + len), base);
}

const HEX_DIGITS = Buffer.from("0123456789abcdef", "latin1");

/** Writes n as `width` lowercase hex digits at `at`. */
function writeHex(out: Buffer, at: number, n: number, width: number): void {
  // n < 2³²: unsigned shifts are exact
  for (let i = width - 1; i >= 0; i--) {
    out[at + i] = HEX_DIGITS[n & 15] as number;
    n >>>= 4;
  }
}

/** The terms of a segment being laid out, however they are held (strings when built, byte ranges when merged). */
interface TermSet {
  n: number;
  /** termHash of each term */
  hash: Int32Array;
  /** UTF-8 length of each term */
  termBytes: Int32Array;
  /** bytes of each term's posting list (0: the term is left out) */
  listBytes: ArrayLike<number>;
  writeTerm(i: number, out: Buffer, at: number): void;
  writeList(i: number, out: Buffer, at: number): void;
}

/** Runs a step generator to its end in one go. */
function runSync<T>(steps: Generator<void, T, void>): T {
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

/** terms (or buckets) between two pauses of a step generator: about a millisecond of work */
const STEP = 4096;

/** Lays out a segment: each bucket sized first, then written in one buffer: header, directory, lists. */
function layOut(t: TermSet, nums: readonly number[]): SegmentData {
  return runSync(layOutSteps(t, nums));
}

/** layOut as steps: it pauses every STEP terms, so a big merge can let other work run in between. */
function* layOutSteps(t: TermSet, nums: readonly number[]): Generator<void, SegmentData, void> {
  if (nums.length === 0) return { buckets: 1, fields: [], nums: [] };
  const { n, hash, termBytes, listBytes } = t;
  let total = 0;
  for (let i = 0; i < n; i++) total += (listBytes[i] as number) + (termBytes[i] as number) + 16;
  const buckets = Math.min(MAX_BUCKETS, Math.max(1, Math.ceil(total / BUCKET_BYTES)));
  const bucketOf = new Int32Array(n);
  const dirSize = new Float64Array(buckets).fill(1);
  const listSize = new Float64Array(buckets);
  for (let i = 0; i < n; i++) {
    if (listBytes[i] === 0) continue;
    const b = buckets <= 1 ? 0 : (hash[i] as number) % buckets;
    bucketOf[i] = b;
    dirSize[b] = (dirSize[b] as number) + (termBytes[i] as number) + 16;
    listSize[b] = (listSize[b] as number) + (listBytes[i] as number);
  }
  const outs: (Buffer | undefined)[] = [];
  const dirAt = new Float64Array(buckets);
  const listAt = new Float64Array(buckets);
  for (let b = 0; b < buckets; b++) {
    if (listSize[b] === 0) continue;
    const out = Buffer.allocUnsafe(8 + (dirSize[b] as number) + (listSize[b] as number));
    writeHex(out, 0, dirSize[b] as number, 8);
    outs[b] = out;
    dirAt[b] = 8;
    listAt[b] = 8 + (dirSize[b] as number);
  }
  for (let i = 0; i < n; i++) {
    if (i % STEP === STEP - 1) yield;
    const len = listBytes[i] as number;
    if (len === 0) continue;
    const b = bucketOf[i] as number;
    const out = outs[b] as Buffer;
    let d = dirAt[b] as number;
    const l = listAt[b] as number;
    out[d++] = 0;
    t.writeTerm(i, out, d);
    d += termBytes[i] as number;
    out[d++] = 1;
    writeHex(out, d, l - 8 - (dirSize[b] as number), 8);
    writeHex(out, d + 8, len / POSTING_BYTES, 6);
    dirAt[b] = d + 14;
    t.writeList(i, out, l);
    listAt[b] = l + len;
  }
  const fields: (string | Buffer)[] = [];
  outs.forEach((out, b) => {
    if (!out) return;
    out[dirAt[b] as number] = 0;
    fields.push(String(b), out);
  });
  for (let k = 0; k * NUMS_PER_FIELD < nums.length; k++) {
    const part = nums.slice(k * NUMS_PER_FIELD, (k + 1) * NUMS_PER_FIELD);
    const packed = Buffer.allocUnsafe(part.length * 4);
    part.forEach((num, i) => packed.writeUInt32BE(num, i * 4));
    fields.push(`n${k}`, packed);
  }
  return { buckets, fields, nums: [...nums] };
}

/** Copies bytes [a, b) of src to out at `at`: a byte loop for the short runs most are, a native copy otherwise. */
function copyBytes(src: Buffer, a: number, b: number, out: Buffer, at: number): void {
  if (b - a <= 48) for (let k = a; k < b; k++) out[at + k - a] = src[k] as number;
  else src.copy(out, at, a, b);
}

/** ints per entry of a merge table: next, hash, name length, buffer, name start, name bytes 0–3, 4–7, first run */
const ENTRY = 8;
const E_NEXT = 0;
const E_HASH = 1;
const E_LEN = 2;
const E_BUF = 3;
const E_NAME = 4;
const E_HEAD0 = 5;
const E_HEAD1 = 6;
const E_RUN = 7;

/**
 * The posting lists of several segments being merged, read straight from their bucket values: per term the byte
 * range of its name and of its list in a source buffer, and the further list ranges when several sources hold it;
 * `dirty` when the term must be decoded (several lists, or a list that may hold taken-out postings). Terms are
 * found again by their bucket hash and compared byte for byte: no term is ever decoded to a string.
 */
class MergeTable {
  readonly bufs: Buffer[] = [];
  /**
   * per slot (a term hash's low bits), 1 + the first entry whose hash falls there, 0 for none; entries with one slot
   * are chained. Sized to the entries (rebuilt twice as large when they outnumber the slots), so a small merge's
   * table stays in the caches.
   */
  private heads = new Int32Array(1 << 12);
  /** entries so far */
  private size = 0;
  /**
   * ENTRY ints per entry, side by side, so a step along a chain reads one cache line: 1 + the next entry of its
   * slot (0: last), the hash, the name's length, source buffer and start, its first 8 bytes (little-endian, zero
   * padded: a name that short is compared without reading its buffer), 1 + its first further list (a run; 0: none)
   */
  private entries = new Int32Array(ENTRY * 4096);
  /** per entry (read in order when encoding): its list's byte range in its buffer, whether it must be decoded */
  private start = new Int32Array(4096);
  private end = new Int32Array(4096);
  private dirty = new Uint8Array(4096);
  /** where a decoded (dirty) entry's keys start in `rebuilt` */
  private rebuiltAt = new Int32Array(4096);
  /** postings in the lists of dirty entries, counted as they are added: `rebuilt` is allocated once, at this size */
  private dirtyPostings = 0;
  /** further lists of terms held by several sources: source, byte range, 1 + the term's next run (0: last) */
  private runs = 0;
  private runBuf = new Int32Array(1024);
  private runStart = new Int32Array(1024);
  private runEnd = new Int32Array(1024);
  private runNext = new Int32Array(1024);
  /** the decoded lists of dirty terms, one after the other, each ascending */
  private rebuilt = new Float64Array(0);
  /** where each of the lists of the term being decoded starts in `rebuilt` (and where the last ends) */
  private bounds = new Int32Array(64);
  private rebuiltUsed = 0;

  private grow(): void {
    const cap = this.start.length * 2;
    const e = new Int32Array(ENTRY * cap);
    e.set(this.entries);
    this.entries = e;
    this.start = widened(this.start, cap);
    this.end = widened(this.end, cap);
    this.rebuiltAt = widened(this.rebuiltAt, cap);
    const d = new Uint8Array(cap);
    d.set(this.dirty);
    this.dirty = d;
  }

  private growRuns(): void {
    const cap = this.runBuf.length * 2;
    const g32 = (a: Int32Array) => widened(a, cap);
    this.runBuf = g32(this.runBuf);
    this.runStart = g32(this.runStart);
    this.runEnd = g32(this.runEnd);
    this.runNext = g32(this.runNext);
  }

  /** every list of one bucket value */
  addBucket(value: Buffer, bi: number, clean: boolean): void {
    walkDirectory(value, (nameStart, nameEnd, start, end) => {
      let h = 0;
      let head0 = 0;
      let head1 = 0;
      for (let k = nameStart; k < nameEnd; k++) {
        const c = value[k] as number;
        h = (h * 31 + c) % 1_000_003;
        const at = k - nameStart;
        if (at < 4) head0 |= c << (8 * at);
        else if (at < 8) head1 |= c << (8 * (at - 4));
      }
      this.addRun(h, head0, head1, bi, nameStart, nameEnd - nameStart, start, end, clean);
    });
  }

  private addRun(h: number, head0: number, head1: number, bi: number, nameStart: number, nameLen: number, start: number, end: number, clean: boolean): void {
    const value = this.bufs[bi] as Buffer;
    const e = this.entries;
    const slot = h & (this.heads.length - 1);
    for (let j = (this.heads[slot] as number) - 1; j >= 0; j = (e[j * ENTRY + E_NEXT] as number) - 1) {
      const at = j * ENTRY;
      if (e[at + E_HASH] !== h || e[at + E_LEN] !== nameLen || e[at + E_HEAD0] !== head0 || e[at + E_HEAD1] !== head1) continue;
      if (nameLen > 8) {
        const other = this.bufs[e[at + E_BUF] as number] as Buffer;
        const os = e[at + E_NAME] as number;
        let k = 8;
        while (k < nameLen && value[nameStart + k] === other[os + k]) k++;
        if (k < nameLen) continue;
      }
      if (this.dirty[j] === 0) {
        this.dirty[j] = 1;
        this.dirtyPostings += ((this.end[j] as number) - (this.start[j] as number)) / POSTING_BYTES;
      }
      this.dirtyPostings += (end - start) / POSTING_BYTES;
      if (this.runs === this.runBuf.length) this.growRuns();
      const r = this.runs++;
      this.runBuf[r] = bi;
      this.runStart[r] = start;
      this.runEnd[r] = end;
      this.runNext[r] = e[at + E_RUN] as number;
      e[at + E_RUN] = r + 1;
      return;
    }
    if (this.size === this.start.length) this.grow();
    const i = this.size++;
    const at = i * ENTRY;
    const ent = this.entries;
    ent[at + E_NEXT] = this.heads[slot] as number;
    ent[at + E_HASH] = h;
    ent[at + E_LEN] = nameLen;
    ent[at + E_BUF] = bi;
    ent[at + E_NAME] = nameStart;
    ent[at + E_HEAD0] = head0;
    ent[at + E_HEAD1] = head1;
    ent[at + E_RUN] = 0;
    this.heads[slot] = i + 1;
    this.start[i] = start;
    this.end[i] = end;
    this.dirty[i] = clean ? 0 : 1;
    if (!clean) this.dirtyPostings += (end - start) / POSTING_BYTES;
    if (this.size > this.heads.length) this.rehash();
  }

  /** twice the slots, every entry chained again under its hash's slot */
  private rehash(): void {
    const heads = new Int32Array(this.heads.length * 2);
    const mask = heads.length - 1;
    const e = this.entries;
    for (let i = 0; i < this.size; i++) {
      const slot = (e[i * ENTRY + E_HASH] as number) & mask;
      e[i * ENTRY + E_NEXT] = heads[slot] as number;
      heads[slot] = i + 1;
    }
    this.heads = heads;
  }

  /** decodes a dirty term's live postings into `rebuilt`, ascending, and returns how many */
  private decode(i: number): number {
    const from = this.rebuiltUsed;
    const bi = this.entries[i * ENTRY + E_BUF] as number;
    this.take(bi, this.start[i] as number, this.end[i] as number);
    let count = 1;
    for (let r = (this.entries[i * ENTRY + E_RUN] as number) - 1; r >= 0; r = (this.runNext[r] as number) - 1) {
      if (count + 1 >= this.bounds.length) this.bounds = widened(this.bounds, 2 * this.bounds.length);
      this.bounds[count++] = this.rebuiltUsed;
      this.take(this.runBuf[r] as number, this.runStart[r] as number, this.runEnd[r] as number);
    }
    if (count > 1) {
      this.bounds[0] = from;
      this.bounds[count] = this.rebuiltUsed;
      mergeRuns(this.rebuilt, this.bounds, count);
    }
    this.rebuiltAt[i] = from;
    return this.rebuiltUsed - from;
  }

  /** appends the live postings of bufs[bi][a, b) to `rebuilt` as sort keys, ascending (the list's order reversed) */
  private take(bi: number, a: number, b: number): void {
    const buf = this.bufs[bi] as Buffer;
    const keys = this.rebuilt;
    let k = this.rebuiltUsed;
    // from the last whole posting (a list is whole postings; a torn one's tail is no posting)
    for (let p = a + Math.floor((b - a) / POSTING_BYTES - 1) * POSTING_BYTES; p >= a; p -= POSTING_BYTES) {
      const num = ((buf[p] as number) * 0x100_0000) + (((buf[p + 1] as number) << 16) | ((buf[p + 2] as number) << 8) | (buf[p + 3] as number));
      if (num !== 0) keys[k++] = sortKey(num, ((buf[p + 4] as number) << 8) | (buf[p + 5] as number));
    }
    this.rebuiltUsed = k;
  }

  *encodeSteps(nums: readonly number[]): Generator<void, SegmentData, void> {
    const n = this.size;
    const listBytes = new Float64Array(n);
    // every dirty list fits: the postings counted as they were added bound the live ones
    this.rebuilt = new Float64Array(this.dirtyPostings);
    this.rebuiltUsed = 0;
    for (let i = 0; i < n; i++) {
      if (i % STEP === STEP - 1) yield;
      listBytes[i] = this.dirty[i] ? this.decode(i) * POSTING_BYTES : (this.end[i] as number) - (this.start[i] as number);
    }
    const e = this.entries;
    const hash = new Int32Array(n);
    const termBytes = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      hash[i] = e[i * ENTRY + E_HASH] as number;
      termBytes[i] = e[i * ENTRY + E_LEN] as number;
    }
    return yield* layOutSteps(
      {
        n,
        hash,
        termBytes,
        listBytes,
        writeTerm: (i, out, at) => {
          const name = e[i * ENTRY + E_NAME] as number;
          copyBytes(this.bufs[e[i * ENTRY + E_BUF] as number] as Buffer, name, name + (e[i * ENTRY + E_LEN] as number), out, at);
        },
        writeList: (i, out, at) => {
          if (this.dirty[i]) {
            const from = this.rebuiltAt[i] as number;
            writeList(this.rebuilt, from, from + (listBytes[i] as number) / POSTING_BYTES, out, at, true);
          } else copyBytes(this.bufs[e[i * ENTRY + E_BUF] as number] as Buffer, this.start[i] as number, this.end[i] as number, out, at);
        },
      },
      nums,
    );
  }
}

/** A hex number written as ASCII at buf[pos, pos + len). */
function hexBytes(buf: Buffer, pos: number, len: number): number {
  let n = 0;
  for (let i = pos; i < pos + len; i++) {
    const c = buf[i] as number;
    n = n * 16 + (c <= 57 ? c - 48 : (c | 32) - 87);
  }
  return n;
}

/**
 * Calls `each` for every directory entry of a bucket value with the byte ranges of its term and of its list: the
 * one reading of the directory, for merges (bytes, never decoded) and decodeSegment (terms decoded) alike.
 */
function walkDirectory(value: Buffer, each: (nameStart: number, nameEnd: number, start: number, end: number) => void): void {
  const dirEnd = 8 + hexBytes(value, 0, 8);
  let p = 8;
  while (p < dirEnd - 1 && value[p] === 0) {
    // the name's end (names are short: a loop beats a native call)
    let cut = p + 1;
    while (cut < dirEnd && value[cut] !== 1) cut++;
    if (cut >= dirEnd) break;
    const start = dirEnd + hexBytes(value, cut + 1, 8);
    each(p + 1, cut, start, start + hexBytes(value, cut + 9, 6) * POSTING_BYTES);
    p = cut + 15;
  }
}

/**
 * The terms of the segment being built, found by their bucket hash: open addressing, 1 + the term's index in the
 * segment per slot (0: empty) and the hash beside it. Sized to the build (twice its postings), so it stays in the
 * caches; reused from build to build.
 */
let slotTerm = new Int32Array(1 << 14);
let slotHash = new Int32Array(1 << 14);

/** A new segment from the postings of the articles written together. */
export function buildSegment(docs: readonly DocPostings[]): SegmentData {
  // each posting's term (numbered in order of first appearance in this segment) and sort key
  const terms: string[] = [];
  const termHashes: number[] = [];
  const termLengths: number[] = [];
  let total = 0;
  for (const d of docs) total += d.terms.names.length;
  let size = 1024;
  while (size < 2 * total) size *= 2;
  if (slotTerm.length < size) {
    slotTerm = new Int32Array(size);
    slotHash = new Int32Array(size);
  } else slotTerm.fill(0, 0, size);
  const mask = size - 1;
  const termOf = new Int32Array(total);
  const keyOf = new Float64Array(total);
  let p = 0;
  for (let di = 0; di < docs.length; di++) {
    const d = docs[di] as DocPostings;
    const { names, impacts, hashes, bytes } = d.terms;
    for (let ti = 0; ti < names.length; ti++) {
      const term = names[ti] as string;
      const impact = impacts[ti] as number;
      checkPosting(d.num, impact);
      // the term list carries each term's hash (the analysis made it once per term of its lexicon)
      const h = hashes[ti] as number;
      let i = -1;
      for (let at = h & mask; i < 0; at = (at + 1) & mask) {
        const v = slotTerm[at] as number;
        if (v === 0) {
          i = terms.length;
          slotTerm[at] = i + 1;
          slotHash[at] = h;
          terms.push(term);
          termHashes.push(h);
          termLengths.push(bytes[ti] as number);
        } else if (slotHash[at] === h && terms[v - 1] === term) i = v - 1;
      }
      termOf[p] = i;
      keyOf[p++] = sortKey(d.num, impact);
    }
  }
  // the keys grouped by term (a counting sort): term i's are keys[first[i], first[i + 1])
  const n = terms.length;
  const first = new Int32Array(n + 1);
  for (let q = 0; q < total; q++) {
    const t = (termOf[q] as number) + 1;
    first[t] = (first[t] as number) + 1;
  }
  for (let i = 0; i < n; i++) first[i + 1] = (first[i + 1] as number) + (first[i] as number);
  const fill = first.slice(0, n);
  const keys = new Float64Array(total);
  for (let q = 0; q < total; q++) {
    const t = termOf[q] as number;
    const at = fill[t] as number;
    keys[at] = keyOf[q] as number;
    fill[t] = at + 1;
  }
  const hash = Int32Array.from(termHashes);
  const termBytes = Int32Array.from(termLengths);
  const listBytes = new Int32Array(n);
  for (let i = 0; i < n; i++) listBytes[i] = ((first[i + 1] as number) - (first[i] as number)) * POSTING_BYTES;
  return layOut(
    {
      n,
      hash,
      termBytes,
      listBytes,
      writeTerm: (i, out, at) => {
        const term = terms[i] as string;
        if (term.length === termBytes[i]) for (let k = 0; k < term.length; k++) out[at + k] = term.charCodeAt(k);
        else out.write(term, at, "utf8");
      },
      writeList: (i, out, at) => writeList(keys, first[i] as number, first[i + 1] as number, out, at),
    },
    docs.map((d) => d.num),
  );
}

/** The posting lists of one segment (its bucket values), term -> packed postings (taken-out postings included). */
export function decodeSegment(buckets: Iterable<Buffer>): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const value of buckets) walkDirectory(value, (nameStart, nameEnd, start, end) => out.set(value.toString("utf8", nameStart, nameEnd), value.subarray(start, end)));
  return out;
}

/**
 * One segment holding every live posting of the given segments. A list found in one clean source is copied over
 * as it is; others are decoded, stripped of taken-out postings and sorted again.
 */
export function mergeSegments(sources: readonly SegmentSource[]): SegmentData {
  return runSync(mergeSteps(sources));
}

/** the merge running now in this process (merges take turns: each holds its sources and its result in memory) */
let mergeTurn: Promise<unknown> = Promise.resolve();

/**
 * mergeSegments in slices of about `sliceMs` of work, giving the event loop back in between: a merge of 50,000
 * articles takes seconds, which an indexer must not spend deaf to its messages and health checks.
 */
export function mergeSegmentsAsync(sources: readonly SegmentSource[], sliceMs = 10): Promise<SegmentData> {
  const run = mergeTurn.then(async () => {
    const steps = mergeSteps(sources);
    let since = performance.now();
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      if (performance.now() - since >= sliceMs) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        since = performance.now();
      }
    }
  });
  mergeTurn = run.catch(() => undefined);
  return run;
}

function* mergeSteps(sources: readonly SegmentSource[]): Generator<void, SegmentData, void> {
  const table = new MergeTable();
  let read = 0;
  for (const s of sources) {
    for (const value of s.buckets) {
      const bi = table.bufs.length;
      table.bufs.push(value);
      table.addBucket(value, bi, s.clean);
      if (++read % 64 === 0) yield;
    }
  }
  const nums: number[] = [];
  for (const s of sources) {
    for (let i = 0; i + 4 <= s.nums.length; i += 4) {
      const num = s.nums.readUInt32BE(i);
      if (num !== 0) nums.push(num);
    }
  }
  return yield* table.encodeSteps(nums);
}

/** A segment's hash (as read) or fields (as built) as a merge source: bucket values apart from the doc numbers. */
export function segmentSource(fields: Readonly<Record<string, Buffer>> | readonly (string | Buffer)[], clean: boolean): SegmentSource {
  const entries: [string, Buffer][] = [];
  if (Array.isArray(fields)) for (let i = 0; i + 1 < fields.length; i += 2) entries.push([String(fields[i]), fields[i + 1] as Buffer]);
  else entries.push(...Object.entries(fields as Record<string, Buffer>));
  const buckets: Buffer[] = [];
  const numParts: [number, Buffer][] = [];
  for (const [name, value] of entries) {
    if (name.startsWith("n")) numParts.push([Number(name.slice(1)), value]);
    else buckets.push(value);
  }
  numParts.sort((a, b) => a[0] - b[0]);
  return { buckets, nums: Buffer.concat(numParts.map(([, v]) => v)), clean };
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
export function forwardEntry(terms: TermList): string {
  const { names, impacts } = terms;
  if (names.length === 0) return "";
  const parts = new Array<string>(names.length);
  for (let i = 0; i < names.length; i++) parts[i] = `${names[i] as string}=${impacts[i] as number}`;
  // joined, not concatenated: a flat string, which the Redis client writes without flattening it first
  return ` ${parts.join(" ")} `;
}
