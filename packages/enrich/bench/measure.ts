// Timing helpers of the bench: per-annotator times for one article, and summary statistics.
import { ANNOTATORS, lazyMentions } from "../src/annotators.ts";
import type { AnnotatorContext } from "../src/annotators.ts";
import { enrich, prepareArticle } from "../src/index.ts";
import type { EnrichInput, Enrichment } from "../src/index.ts";
import { detectLanguage } from "../src/language.ts";
import { splitLines } from "../src/text/document.ts";

export type Timings = Record<string, number>;

/** Times one article stage by stage: preparation (lines, language, segmentation), then each annotator. */
export function timeStages(input: EnrichInput): Timings {
  const t: Timings = {};
  let t0 = performance.now();
  const content = splitLines(input.text).filter((l) => !l.boilerplate).map((l) => l.text);
  detectLanguage(content.join("\n"), content, input.declaredLanguage);
  t["language detection"] = performance.now() - t0;
  t0 = performance.now();
  const prepared = prepareArticle(input);
  t["prepare (lines+language+segmentation)"] = performance.now() - t0;
  const ctx: AnnotatorContext = { input, opts: {}, doc: prepared.doc, language: prepared.language, lang: prepared.lang, mentions: lazyMentions(prepared.doc, prepared.lang) };
  const out = { language: prepared.language, entities: [], keywords: [], topics: [], summary: [], stats: { words: 0, sentences: 0, paragraphs: 0, readingTimeMinutes: 0 }, fingerprints: { contentHash: "", simhash: "" }, tags: [] } as Enrichment;
  for (const a of ANNOTATORS) {
    t0 = performance.now();
    a.run(ctx, out);
    // the entities annotator pays for the shared mention pass (tagger + gazetteer)
    t[`annotator ${a.name}`] = performance.now() - t0;
  }
  t0 = performance.now();
  enrich(input);
  t["total enrich()"] = performance.now() - t0;
  return t;
}

export interface Stat {
  median: number;
  p99: number;
  mean: number;
}

export function stat(xs: readonly number[]): Stat {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return { median: at(0.5), p99: at(0.99), mean: s.reduce((a, b) => a + b, 0) / Math.max(1, s.length) };
}

export function row(cells: readonly (string | number)[], widths: readonly number[]): string {
  return cells.map((c, i) => (typeof c === "number" ? c.toFixed(2).padStart(widths[i] ?? 8) : c.padEnd(widths[i] ?? 8))).join("  ");
}
