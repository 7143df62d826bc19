import { buildFeatureTable, featureRow } from "./feature-table.ts";
import type { FeatureTable } from "./feature-table.ts";
import { historyFeatures } from "./features.ts";
import { BIO_TAGS } from "./tags.ts";
import type { BioTag } from "./tags.ts";

/** Serialised model: per feature, sparse pairs [tagIndex, weight×scale, …] over BIO_TAGS. */
export interface SerializedModel {
  lang: string;
  scale: number;
  tags: readonly string[];
  weights: Record<string, number[]>;
}

/** A loaded model: feature → row, and one flat array of BIO_TAGS.length weights per row. */
export interface TaggerModel {
  rows: FeatureTable;
  weights: Float32Array;
}

const T = BIO_TAGS.length;

/** Turns the serialised weights into a hashed feature table and one flat weight array. */
export function loadModel(raw: SerializedModel): TaggerModel {
  if (raw.tags.join() !== BIO_TAGS.join()) throw new Error(`NER model for ${raw.lang} has an unexpected tag set`);
  const entries = Object.entries(raw.weights);
  const rows = buildFeatureTable(entries.map(([f]) => f));
  const weights = new Float32Array(entries.length * T);
  entries.forEach(([, pairs], row) => {
    for (let i = 0; i + 1 < pairs.length; i += 2) weights[row * T + (pairs[i] ?? 0)] = (pairs[i + 1] ?? 0) / raw.scale;
  });
  return { rows, weights };
}

// I-X may only continue B-X or I-X.
export function allowed(prev: BioTag, next: BioTag): boolean {
  if (!next.startsWith("I-")) return true;
  return prev !== "O" && prev.slice(2) === next.slice(2);
}

function addFeatures(scores: Float64Array, model: TaggerModel, feats: readonly string[]): void {
  const w = model.weights;
  for (const f of feats) {
    const row = featureRow(model.rows, f);
    if (row < 0) continue;
    const base = row * T;
    for (let k = 0; k < T; k++) scores[k] = (scores[k] ?? 0) + (w[base + k] ?? 0);
  }
}

/** Greedy left-to-right BIO decoding over precomputed static features. */
export function decode(model: TaggerModel, feats: readonly (readonly string[])[], lowerWords: readonly string[]): BioTag[] {
  const out: BioTag[] = [];
  const scores = new Float64Array(BIO_TAGS.length);
  let prev1: BioTag = "O";
  let prev2: BioTag = "O";
  for (let i = 0; i < feats.length; i++) {
    scores.fill(0);
    addFeatures(scores, model, feats[i] ?? []);
    addFeatures(scores, model, historyFeatures(prev1, prev2, lowerWords[i] ?? ""));
    let best: BioTag = "O";
    let bestScore = -Infinity;
    for (let k = 0; k < BIO_TAGS.length; k++) {
      const tag = BIO_TAGS[k] ?? "O";
      const s = scores[k] ?? 0;
      if (s > bestScore && allowed(prev1, tag)) {
        best = tag;
        bestScore = s;
      }
    }
    out.push(best);
    prev2 = prev1;
    prev1 = best;
  }
  return out;
}
