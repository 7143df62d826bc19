// The tagger's feature → row lookup as an open-addressing table of two 32-bit FNV-1a hashes per feature
// in typed arrays: ~20 bytes a feature instead of a string-keyed Map entry (~200 bytes), so 200k
// features cost a few MB. Two independent hashes make a false match practically impossible.

export interface FeatureTable {
  h1: Uint32Array;
  h2: Uint32Array;
  /** row + 1, 0 = empty slot */
  rows: Int32Array;
  mask: number;
}

/** Two FNV-1a hashes of a string's UTF-16 code units, with different offset bases. */
export function hashPair(text: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193) >>> 0;
  }
  // a zero first hash marks an empty slot
  return [a || 1, b];
}

export function buildFeatureTable(features: readonly string[]): FeatureTable {
  let size = 1;
  while (size < features.length * 2) size <<= 1;
  const table: FeatureTable = { h1: new Uint32Array(size), h2: new Uint32Array(size), rows: new Int32Array(size), mask: size - 1 };
  features.forEach((f, row) => {
    const [a, b] = hashPair(f);
    let slot = a & table.mask;
    while (table.rows[slot] !== 0) slot = (slot + 1) & table.mask;
    table.h1[slot] = a;
    table.h2[slot] = b;
    table.rows[slot] = row + 1;
  });
  return table;
}

/** The feature's row, or -1 when the model does not know it. */
export function featureRow(table: FeatureTable, feature: string): number {
  const [a, b] = hashPair(feature);
  let slot = a & table.mask;
  for (;;) {
    const row = table.rows[slot] ?? 0;
    if (row === 0) return -1;
    if (table.h1[slot] === a && table.h2[slot] === b) return row - 1;
    slot = (slot + 1) & table.mask;
  }
}
