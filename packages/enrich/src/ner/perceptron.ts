import { buildFeatureTable, featureRow } from "./feature-table.ts";
import type { FeatureTable } from "./feature-table.ts";
import { historyFeatures } from "./features.ts";
import { BIO_TAGS } from "./tags.ts";

/**
 * Serialised model: per feature, sparse pairs [tagIndex, weight×scale, …] over `tags`, which are BIO_TAGS
 * possibly followed by tags of further classes ("B-OTH") that the tagger learns to keep apart from the
 * entity types but that no caller sees as a mention.
 */
export interface SerializedModel {
  lang: string;
  scale: number;
  tags: readonly string[];
  /** beam width the model was trained for (absent: 1, greedy) */
  beam?: number;
  weights: Record<string, number[]>;
}

/** A loaded model: its tags, feature → row, and one flat array of tags.length weights per row. */
export interface TaggerModel {
  tags: readonly string[];
  beam: number;
  rows: FeatureTable;
  weights: Float32Array;
}

const EXTRA_TAG = /^[BI]-[A-Z]+$/;

/** Turns the serialised weights into a hashed feature table and one flat weight array. */
export function loadModel(raw: SerializedModel): TaggerModel {
  const tags = raw.tags;
  if (BIO_TAGS.some((t, k) => tags[k] !== t) || !tags.slice(BIO_TAGS.length).every((t) => EXTRA_TAG.test(t))) {
    throw new Error(`NER model for ${raw.lang} has an unexpected tag set`);
  }
  const T = tags.length;
  const entries = Object.entries(raw.weights);
  const rows = buildFeatureTable(entries.map(([f]) => f));
  const weights = new Float32Array(entries.length * T);
  entries.forEach(([, pairs], row) => {
    for (let i = 0; i + 1 < pairs.length; i += 2) weights[row * T + (pairs[i] ?? 0)] = (pairs[i + 1] ?? 0) / raw.scale;
  });
  return { tags, beam: Math.max(1, raw.beam ?? 1), rows, weights };
}

// I-X may only continue B-X or I-X.
export function allowed(prev: string, next: string): boolean {
  if (!next.startsWith("I-")) return true;
  return prev !== "O" && prev.slice(2) === next.slice(2);
}

function addFeatures(scores: Float64Array, model: TaggerModel, feats: readonly string[]): void {
  const w = model.weights;
  const T = model.tags.length;
  for (const f of feats) {
    const row = featureRow(model.rows, f);
    if (row < 0) continue;
    const base = row * T;
    for (let k = 0; k < T; k++) scores[k] = (scores[k] ?? 0) + (w[base + k] ?? 0);
  }
}

interface Hypothesis {
  tags: number[];
  score: number;
}

/**
 * Left-to-right BIO decoding over precomputed static features, keeping the model's beam width of best partial
 * tag sequences (1 = greedy). Returns one of model.tags per token.
 */
export function decode(model: TaggerModel, feats: readonly (readonly string[])[], lowerWords: readonly string[]): string[] {
  const T = model.tags.length;
  const stat = new Float64Array(T);
  const scores = new Float64Array(T);
  let beam: Hypothesis[] = [{ tags: [], score: 0 }];
  for (let i = 0; i < feats.length; i++) {
    stat.fill(0);
    addFeatures(stat, model, feats[i] ?? []);
    const next: Hypothesis[] = [];
    for (const h of beam) {
      const prev1 = i > 0 ? (model.tags[h.tags[i - 1] ?? 0] ?? "O") : "O";
      const prev2 = i > 1 ? (model.tags[h.tags[i - 2] ?? 0] ?? "O") : "O";
      scores.set(stat);
      addFeatures(scores, model, historyFeatures(prev1, prev2, lowerWords[i] ?? ""));
      for (let k = 0; k < T; k++) if (allowed(prev1, model.tags[k] ?? "O")) next.push({ tags: [...h.tags, k], score: h.score + (scores[k] ?? 0) });
    }
    // a stable sort: among equal scores the earlier tag wins, as in greedy decoding
    next.sort((a, b) => b.score - a.score);
    beam = next.slice(0, model.beam);
  }
  return (beam[0]?.tags ?? []).map((k) => model.tags[k] ?? "O");
}
