import { ASTRAL_WORD_CHAR, MAX_WORD, WORD_CHAR, foldWord, isStopword, stemUncached } from "./analyze.ts";
import { termHash } from "./term-list.ts";

/** entries a lexicon keeps before it starts afresh (bounds an indexer's memory; the vocabulary of news repeats a lot) */
const MAX_ENTRIES = 200_000;

/** A word's hash: FNV-1a over its UTF-16 units, from this seed, one unit at a time. */
const WORD_SEED = 0x811c9dc5 | 0;
const mix = (h: number, unit: number): number => Math.imul(h ^ unit, 0x0100_0193);

/** The hash the lexicon files a folded word under (the scanner computes it as it goes). */
export function wordHash(word: string): number {
  let h = WORD_SEED;
  for (let i = 0; i < word.length; i++) h = mix(h, word.charCodeAt(i));
  return h;
}

/**
 * ints per slot: the word's hash, 1 + its term id (0: a stopword), its length (0: an empty slot), where its units
 * past the first INLINE start in the pool, then its first INLINE units, two per int
 */
const SLOT = 8;
const INLINE = 8;

/**
 * The folded words one language has seen, each mapped to its index term (a small integer id) or to none (a
 * stopword). A word is found by a hash computed while the text is scanned and compared unit by unit against the
 * text itself, so a word seen before costs no string, no stemming and no Map look-up. A slot holds everything a
 * look-up needs, a short word's units included: one memory read for most look-ups (the table outgrows the caches).
 */
export class Lexicon {
  /**
   * open addressing, SLOT ints per slot; a power of two of slots, at most half of them used (small at first: a
   * process may meet many languages, most of them rarely)
   */
  private slots = new Int32Array(SLOT << 10);
  private pool = new Uint16Array(1 << 12);
  private poolUsed = 0;
  /** what lookUp's first pass read (kept, so those reads are not optimised away) */
  private touched = 0;
  private entries = 0;
  private readonly termIds = new Map<string, number>();
  /** term id -> the term */
  readonly terms: string[] = [];
  /** term id -> the term's bucket hash and UTF-8 length (term-list.ts), made once per term */
  readonly termHashes: number[] = [];
  readonly termBytes: number[] = [];

  constructor(
    private readonly lang: string,
    private readonly maxEntries = MAX_ENTRIES,
  ) {}

  /** words known */
  get size(): number {
    return this.entries;
  }

  /** Starts afresh when full: term ids change, so callers reset only between texts. Returns whether it did. */
  resetIfFull(): boolean {
    if (this.entries < this.maxEntries) return false;
    this.slots = new Int32Array(SLOT << 10);
    this.pool = new Uint16Array(1 << 12);
    this.poolUsed = 0;
    this.entries = 0;
    this.termIds.clear();
    this.terms.length = 0;
    this.termHashes.length = 0;
    this.termBytes.length = 0;
    return true;
  }

  /** The index terms of a text, in order (stopwords left out). */
  read(text: string): string[] {
    const out: string[] = [];
    for (const id of wordTerms(this, text)) if (id >= 0) out.push(this.terms[id] as string);
    return out;
  }

  /**
   * The term id (-1: a stopword) of each word text[starts[w], ends[w]) with hash hashes[w], for w < count, into
   * out. One loop over all words, not a call per word: first one read of each word's slot (reads that do not wait
   * for each other, so the processor has many cache misses in flight at once: the table outgrows the caches), then
   * the look-ups, which now mostly hit the cache. Words not seen before are added.
   */
  lookUp(units: Uint16Array, starts: Int32Array, ends: Int32Array, hashes: Int32Array, count: number, out: Int32Array): void {
    let slots = this.slots;
    let mask = (slots.length / SLOT - 1) | 0;
    let sink = 0;
    for (let w = 0; w < count; w++) sink ^= slots[((hashes[w] as number) & mask) * SLOT] as number;
    this.touched = sink;
    for (let w = 0; w < count; w++) {
      const start = starts[w] as number;
      const len = (ends[w] as number) - start;
      const h = hashes[w] as number;
      const inline = len < INLINE ? len : INLINE;
      let id = -2;
      for (let s = h & mask; id === -2; s = (s + 1) & mask) {
        const at = s * SLOT;
        const slotLen = slots[at + 2] as number;
        if (slotLen === 0) {
          id = this.add(units, start, start + len, h, at);
          // adding may have grown the table
          slots = this.slots;
          mask = (slots.length / SLOT - 1) | 0;
          break;
        }
        if (slots[at] !== h || slotLen !== len) continue;
        let k = 0;
        for (; k < inline; k++) {
          const pair = slots[at + 4 + (k >> 1)] as number;
          if (((k & 1) === 0 ? pair & 0xffff : pair >>> 16) !== units[start + k]) break;
        }
        if (k < inline) continue;
        const pool = this.pool;
        const from = (slots[at + 3] as number) - INLINE;
        while (k < len && pool[from + k] === units[start + k]) k++;
        if (k === len) id = (slots[at + 1] as number) - 1;
      }
      out[w] = id;
    }
  }

  private add(units: Uint16Array, start: number, end: number, h: number, at: number): number {
    const word = String.fromCharCode(...units.subarray(start, end));
    let id = -1;
    if (!isStopword(this.lang, word)) {
      const term = stemUncached(this.lang, word);
      const known = this.termIds.get(term);
      if (known !== undefined) id = known;
      else {
        id = this.terms.length;
        this.terms.push(term);
        this.termHashes.push(termHash(term));
        this.termBytes.push(Buffer.byteLength(term));
        this.termIds.set(term, id);
      }
    }
    const len = end - start;
    const slots = this.slots;
    slots[at] = h;
    slots[at + 1] = id + 1;
    slots[at + 2] = len;
    slots[at + 3] = this.poolUsed;
    for (let k = 0; k < INLINE; k += 2) {
      const lo = k < len ? (units[start + k] as number) : 0;
      const hi = k + 1 < len ? (units[start + k + 1] as number) : 0;
      slots[at + 4 + (k >> 1)] = lo | (hi << 16);
    }
    if (len > INLINE) {
      if (this.poolUsed + len > this.pool.length) {
        const pool = new Uint16Array(Math.max(this.pool.length * 2, this.poolUsed + len));
        pool.set(this.pool);
        this.pool = pool;
      }
      this.pool.set(units.subarray(start + INLINE, end), this.poolUsed);
      this.poolUsed += len - INLINE;
    }
    if (2 * ++this.entries > slots.length / SLOT) this.grow();
    return id;
  }

  /** doubles the slots, placing each used one again by its hash */
  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = slots.length / SLOT - 1;
    for (let at = 0; at < old.length; at += SLOT) {
      if (old[at + 2] === 0) continue;
      let s = (old[at] as number) & mask;
      while (slots[s * SLOT + 2] !== 0) s = (s + 1) & mask;
      slots.set(old.subarray(at, at + SLOT), s * SLOT);
    }
    this.slots = slots;
  }
}

const lexicons = new Map<string, Lexicon>();

/** The lexicon of a language (one per process, shared by every text analysed in it). */
export function lexiconOf(lang: string): Lexicon {
  let l = lexicons.get(lang);
  if (!l) {
    l = new Lexicon(lang);
    lexicons.set(lang, l);
  }
  return l;
}

/**
 * marks in FOLD: a unit of a block not yet filled in; a unit that folds to "ss" (ß, ẞ); a unit that does not fold
 * on its own (a text holding one is folded by foldWord)
 */
const FOLD_PENDING = 0xfffd;
const FOLD_SS = 0xfffe;
const FOLD_SLOW = 0xffff;

/**
 * What each UTF-16 unit folds to (foldWord: NFKC, lower case, ß → ss, ё → е) where a text made of such units folds
 * unit by unit: to one unit, to "ss", or, for a unit that is no letter or digit and folds to none (…, a no-break
 * space), to a space, which parts words as it does. FOLD_SLOW where folding depends on the neighbours or makes more
 * than that: surrogates, combining marks and Hangul jamo (NFKC composes them with the unit before), Σ (final ς or
 * σ depends on the next letter), and units that fold to several letters or digits (ﬁ, ™, ½). Filled in a block of
 * 256 units at a time, when a text first uses the block (the whole table takes 50–100 ms).
 */
const FOLD = new Uint16Array(0x10000).fill(FOLD_PENDING);
const MARK = /\p{M}/u;

/** a unit NFKC may compose with the one before it, or half of a surrogate pair */
function joins(c: number): boolean {
  if (c >= 0xd800 && c <= 0xdfff) return true;
  if ((c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f) || (c >= 0xa960 && c <= 0xa97f) || (c >= 0xd7b0 && c <= 0xd7ff) || (c >= 0xffa0 && c <= 0xffdf)) return true;
  return MARK.test(String.fromCharCode(c));
}

function foldOf(c: number): number {
  if (c >= FOLD_PENDING || joins(c)) return FOLD_SLOW;
  const s = String.fromCharCode(c);
  // Σ, or a unit that NFKC makes one: lower-cased by its neighbours
  if (s.normalize("NFKC").includes("\u03a3")) return FOLD_SLOW;
  const f = foldWord(s);
  for (let k = 0; k < f.length; k++) if (joins(f.charCodeAt(k))) return FOLD_SLOW;
  if (f === "ss") return FOLD_SS;
  if (f.length === 1) return f.charCodeAt(0);
  for (let k = 0; k < f.length; k++) if (WORD_CHAR[f.charCodeAt(k)] === 1) return FOLD_SLOW;
  return 0x20;
}

function fillFoldBlock(c: number): void {
  const from = c & 0xff00;
  for (let k = from; k < from + 0x100; k++) FOLD[k] = foldOf(k);
}

/** the term ids of the text scanned last (reused: a caller reads them before it scans again) */
let scanned = new Int32Array(4096);
/** per word of the text being scanned: where it starts and ends, and its hash */
let starts = new Int32Array(4096);
let ends = new Int32Array(4096);
let hashes = new Int32Array(4096);
/**
 * the UTF-16 units of the text being scanned as given (raw) and folded (units): typed-array reads, since string
 * reads cost more, and twice as much in a process where String.prototype is some object's prototype, as ioredis 6
 * makes it (docs/benchmarks.md)
 */
let rawBytes = Buffer.allocUnsafeSlow(1 << 15);
let raw = new Uint16Array(rawBytes.buffer, rawBytes.byteOffset, rawBytes.length >> 1);
let unitBytes = Buffer.allocUnsafeSlow(1 << 16);
let units = new Uint16Array(unitBytes.buffer, unitBytes.byteOffset, unitBytes.length >> 1);

/**
 * Folds a text into `units` (foldWord's result, ß as "ss"): unit by unit through FOLD when every unit allows it,
 * else by foldWord itself. Returns the folded length.
 */
function foldInto(text: string): number {
  const n = text.length;
  // "ss" for ß doubles a unit at most
  if (units.length < 2 * n + 1) {
    unitBytes = Buffer.allocUnsafeSlow(4 * n + 4096);
    units = new Uint16Array(unitBytes.buffer, unitBytes.byteOffset, unitBytes.length >> 1);
  }
  if (raw.length < n) {
    rawBytes = Buffer.allocUnsafeSlow(2 * n + 4096);
    raw = new Uint16Array(rawBytes.buffer, rawBytes.byteOffset, rawBytes.length >> 1);
  }
  rawBytes.write(text, 0, "utf16le");
  const r = raw;
  const u = units;
  let j = 0;
  for (let i = 0; i < n; i++) {
    let f = FOLD[r[i] as number] as number;
    if (f < FOLD_PENDING) {
      u[j++] = f;
      continue;
    }
    if (f === FOLD_PENDING) {
      fillFoldBlock(r[i] as number);
      f = FOLD[r[i] as number] as number;
      if (f < FOLD_PENDING) {
        u[j++] = f;
        continue;
      }
    }
    if (f === FOLD_SS) {
      u[j++] = 0x73;
      u[j++] = 0x73;
    } else {
      const folded = foldWord(text);
      if (units.length < folded.length + 1) {
        unitBytes = Buffer.allocUnsafeSlow(2 * folded.length + 4096);
        units = new Uint16Array(unitBytes.buffer, unitBytes.byteOffset, unitBytes.length >> 1);
      }
      unitBytes.write(folded, 0, "utf16le");
      return folded.length;
    }
  }
  return j;
}

/**
 * The words of a text as foldWord folds it (runs of letters and digits, 2–40 UTF-16 units; shorter and longer
 * runs are no words), each as its term id in the language's lexicon or -1 for a stopword; a word's index is its
 * position. The view is valid until the next call. The words and their hashes are found first, then looked up
 * together.
 */
export function wordTerms(lexicon: Lexicon, text: string): Int32Array {
  const n = foldInto(text);
  if (scanned.length < (n >> 1) + 1) {
    const cap = (n >> 1) + 1024;
    scanned = new Int32Array(cap);
    starts = new Int32Array(cap);
    ends = new Int32Array(cap);
    hashes = new Int32Array(cap);
  }
  // a space after the text ends its last word
  units[n] = 32;
  const u = units;
  let count = 0;
  let start = -1;
  let h = WORD_SEED;
  for (let i = 0; i <= n; i++) {
    const c = u[i] as number;
    if (WORD_CHAR[c] === 1) {
      if (start < 0) {
        start = i;
        h = WORD_SEED;
      }
      h = mix(h, c);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && ASTRAL_WORD_CHAR.test(String.fromCharCode(c, u[i + 1] as number))) {
      // a letter or digit outside the Basic Multilingual Plane: both halves belong to the word
      if (start < 0) {
        start = i;
        h = WORD_SEED;
      }
      h = mix(mix(h, c), u[i + 1] as number);
      i++;
      continue;
    }
    if (start >= 0) {
      const len = i - start;
      if (len >= 2 && len <= MAX_WORD) {
        starts[count] = start;
        ends[count] = i;
        hashes[count++] = h;
      }
      start = -1;
    }
  }
  lexicon.lookUp(u, starts, ends, hashes, count, scanned);
  return scanned.subarray(0, count);
}

/** Index terms of a text: stems of the words that are not stopwords (a lone digit or letter is no term). */
export function terms(text: string, lang: string): string[] {
  const lexicon = lexiconOf(lang);
  lexicon.resetIfFull();
  return lexicon.read(text);
}
