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

/** A loaded model: feature → weight vector. */
export interface TaggerModel {
  weights: Map<string, ArrayLike<number>>;
}

/** Parses the compact JSON weights once. */
export function loadModel(json: string): TaggerModel {
  const raw = JSON.parse(json) as SerializedModel;
  if (raw.tags.join() !== BIO_TAGS.join()) throw new Error(`NER model for ${raw.lang} has an unexpected tag set`);
  const weights = new Map<string, ArrayLike<number>>();
  for (const [f, pairs] of Object.entries(raw.weights)) {
    const dense = new Float32Array(BIO_TAGS.length);
    for (let i = 0; i + 1 < pairs.length; i += 2) dense[pairs[i] ?? 0] = (pairs[i + 1] ?? 0) / raw.scale;
    weights.set(f, dense);
  }
  return { weights };
}

// I-X may only continue B-X or I-X.
export function allowed(prev: BioTag, next: BioTag): boolean {
  if (!next.startsWith("I-")) return true;
  return prev !== "O" && prev.slice(2) === next.slice(2);
}

function addFeatures(scores: Float64Array, weights: Map<string, ArrayLike<number>>, feats: readonly string[]): void {
  for (const f of feats) {
    const w = weights.get(f);
    if (!w) continue;
    for (let k = 0; k < scores.length; k++) scores[k] = (scores[k] ?? 0) + (w[k] ?? 0);
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
    addFeatures(scores, model.weights, feats[i] ?? []);
    addFeatures(scores, model.weights, historyFeatures(prev1, prev2, lowerWords[i] ?? ""));
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
