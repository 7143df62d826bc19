// The two evaluation metrics, as the shared score.py scripts count them.
import type { TextCase } from "./corpus.ts";

export interface TextScore {
  precision: number;
  recall: number;
  f: number;
}

export interface DateScore {
  accuracy: number;
  precision: number;
  recall: number;
  f: number;
}

const norm = (s: string): string => s.replace(/\s+/g, " ").trim();

/** Snippet metric of the extraction set: `with` found is a hit, `without` found is a leak. */
export function scoreText(cases: readonly TextCase[], texts: readonly string[]): TextScore {
  let tp = 0;
  let fn = 0;
  let fp = 0;
  cases.forEach((c, i) => {
    const text = norm(texts[i] ?? "");
    for (const s of c.with) {
      if (text.length > 0 && text.includes(norm(s))) tp++;
      else fn++;
    }
    for (const s of c.without) if (text.length > 0 && text.includes(norm(s))) fp++;
  });
  return { precision: tp / (tp + fp || 1), recall: tp / (tp + fn || 1), f: (2 * tp) / (2 * tp + fp + fn || 1) };
}

/** htmldate's metric: the first ten characters of the prediction against the labelled day. */
export function scoreDates(files: readonly string[], truth: ReadonlyMap<string, string | null>, predicted: ReadonlyArray<string | undefined>): DateScore {
  let correct = 0;
  let wrong = 0;
  let missing = 0;
  files.forEach((f, i) => {
    const got = predicted[i]?.slice(0, 10);
    if (got === undefined || got.length < 10) missing++;
    else if (got === truth.get(f)) correct++;
    else wrong++;
  });
  const precision = correct / (correct + wrong || 1);
  const recall = correct / (correct + missing || 1);
  const f = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { accuracy: correct / (files.length || 1), precision, recall, f };
}
