/**
 * An article's indexed terms as columns (docs/redis-schema.md, "Full text"): a term list per article instead of an
 * array per term, so an indexer holding hundreds of analysed articles waiting for their write holds a few objects
 * each, and each term's bucket hash and UTF-8 length, which a segment needs, come with it.
 */

/**
 * Terms with integer impacts (title terms first, then by impact), each with its bucket hash and UTF-8 length. Each
 * column owns its ArrayBuffer (analysis threads hand them over by transfer).
 */
export interface TermList {
  readonly names: readonly string[];
  readonly impacts: Int32Array;
  /** termHash of each name */
  readonly hashes: Int32Array;
  /** UTF-8 bytes of each name */
  readonly bytes: Int32Array;
}

/** The polynomial hash (× 31, mod 1,000,003) of a term's UTF-8 bytes (segment-format.lua computes the same). */
export function termHash(term: string): number {
  let h = 0;
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    if (c < 0x80) {
      h = (h * 31 + c) % 1_000_003;
      continue;
    }
    // the UTF-8 bytes of the code point, hashed in order
    if (c < 0x800) {
      h = (h * 31 + (0xc0 | (c >> 6))) % 1_000_003;
      h = (h * 31 + (0x80 | (c & 63))) % 1_000_003;
      continue;
    }
    const cp = c >= 0xd800 && c <= 0xdbff && i + 1 < term.length ? 0x10000 + ((c - 0xd800) << 10) + (term.charCodeAt(++i) - 0xdc00) : c;
    if (cp < 0x10000) {
      h = (h * 31 + (0xe0 | (cp >> 12))) % 1_000_003;
    } else {
      h = (h * 31 + (0xf0 | (cp >> 18))) % 1_000_003;
      h = (h * 31 + (0x80 | ((cp >> 12) & 63))) % 1_000_003;
    }
    h = (h * 31 + (0x80 | ((cp >> 6) & 63))) % 1_000_003;
    h = (h * 31 + (0x80 | (cp & 63))) % 1_000_003;
  }
  return h;
}

/** A term list from name, impact pairs (its hashes and lengths computed here). */
export function termListOf(pairs: readonly (readonly [string, number])[]): TermList {
  const n = pairs.length;
  const impacts = new Int32Array(n);
  const hashes = new Int32Array(n);
  const bytes = new Int32Array(n);
  const names = pairs.map(([name, impact], i) => {
    impacts[i] = impact;
    hashes[i] = termHash(name);
    bytes[i] = Buffer.byteLength(name);
    return name;
  });
  return { names, impacts, hashes, bytes };
}

/** The name, impact pairs of a term list. */
export function termPairs(list: TermList): [string, number][] {
  return list.names.map((name, i) => [name, list.impacts[i] as number]);
}
