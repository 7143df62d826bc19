import { ANNOTATORS, ANNOTATOR_NAMES, lazyMentions } from "./annotators.ts";
import type { AnnotatorContext, AnnotatorName } from "./annotators.ts";
import { EnrichError } from "./errors.ts";
import { detectLanguage } from "./language.ts";
import { buildDoc, splitLines } from "./text/document.ts";
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
  const text = input.text;
  // boilerplate lines are found first, so detection sees the article itself
  const lines = splitLines(text);
  const content = lines.filter((l) => !l.boilerplate).map((l) => l.text);
  const language = detectLanguage(content.join("\n"), content, input.declaredLanguage);
  const lang = language.code;
  const doc = buildDoc(text, lang, lines);
  const ctx: AnnotatorContext = { input, opts, doc, language, lang, mentions: lazyMentions(doc, lang) };
  const out = empty();
  for (const a of ANNOTATORS) if (run.has(a.name)) a.run(ctx, out);
  return out;
}
