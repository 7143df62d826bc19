import { ANNOTATORS, ANNOTATOR_NAMES, lazyMentions } from "./annotators.ts";
import type { AnnotatorContext, AnnotatorName } from "./annotators.ts";
import { EnrichError } from "./errors.ts";
import { prepareArticle } from "./prepare.ts";
import type { EnrichInput, EnrichOptions, Enrichment } from "./types.ts";

function selected(opts: EnrichOptions): Set<AnnotatorName> {
  if (!opts.annotators) return new Set(ANNOTATOR_NAMES);
  const known = new Set<string>(ANNOTATOR_NAMES);
  for (const a of opts.annotators) {
    if (!known.has(a)) throw new EnrichError("UNKNOWN_ANNOTATOR", `unknown annotator "${a}"; known: ${ANNOTATOR_NAMES.join(", ")}`);
  }
  return new Set(opts.annotators as readonly AnnotatorName[]);
}

function empty(): Enrichment {
  return {
    language: { code: "und", confidence: 0 },
    entities: [],
    keywords: [],
    topics: [],
    summary: [],
    stats: { words: 0, sentences: 0, paragraphs: 0, readingTimeMinutes: 0 },
    fingerprints: { contentHash: "", simhash: "" },
    tags: [],
  };
}

/**
 * Annotates one article: language, entities (and mentions on request), keywords, topics, summary,
 * text statistics, fingerprints and filter tags. Pure and synchronous; models load on first use.
 */
export function enrich(input: EnrichInput, opts: EnrichOptions = {}): Enrichment {
  const run = selected(opts);
  const prepared = opts.prepared?.text === input.text ? opts.prepared : prepareArticle(input);
  const { doc, language, lang } = prepared;
  const ctx: AnnotatorContext = { input, opts, doc, language, lang, mentions: lazyMentions(doc, lang) };
  const out = empty();
  for (const a of ANNOTATORS) if (run.has(a.name)) a.run(ctx, out);
  return out;
}

// one short sentence per language with a trained tagger loads its model, gazetteer, stemmer and segmenter
const WARM_UP_TEXTS = [
  "Außenminister Sergej Lawrow traf am Montag in Berlin Vertreter der Nato.",
  "Foreign Minister Sergei Lavrov met NATO representatives in London on Monday.",
  "Министр иностранных дел Сергей Лавров встретился в понедельник в Москве с представителями НАТО.",
];

/** Loads models and data now, so a service's first article is not slow; returns the time it took in ms. */
export function warmUp(): number {
  const t0 = performance.now();
  for (const text of WARM_UP_TEXTS) enrich({ text });
  return performance.now() - t0;
}
