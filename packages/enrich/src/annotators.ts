import { groupEntities, toMentions } from "./ner/entities.ts";
import { recognize } from "./ner/recognize.ts";
import type { RawMention } from "./ner/recognize.ts";
import { extractKeywords } from "./keywords.ts";
import { classifyTopics } from "./topics.ts";
import { summarize } from "./summary.ts";
import { textStats } from "./stats.ts";
import { fingerprints } from "./fingerprints.ts";
import { filterTags } from "./tags.ts";
import type { Doc } from "./text/document.ts";
import type { EnrichInput, EnrichOptions, Enrichment, LanguageGuess } from "./types.ts";

/** Annotator names, in the order they run. */
export const ANNOTATOR_NAMES = ["language", "entities", "keywords", "topics", "summary", "stats", "fingerprints", "tags"] as const;
export type AnnotatorName = (typeof ANNOTATOR_NAMES)[number];

/** What every annotator sees: the input, the segmented document and shared, lazily computed results. */
export interface AnnotatorContext {
  input: EnrichInput;
  opts: EnrichOptions;
  doc: Doc;
  language: LanguageGuess;
  /** language used for stemming and tagging: the detected one, or "und" */
  lang: string;
  mentions(): RawMention[];
}

/** One annotator: reads the context, writes its fields into the result. */
export interface Annotator {
  name: AnnotatorName;
  run(ctx: AnnotatorContext, out: Enrichment): void;
}

export const ANNOTATORS: readonly Annotator[] = [
  { name: "language", run: (ctx, out) => void (out.language = ctx.language) },
  {
    name: "entities",
    run: (ctx, out) => {
      out.entities = groupEntities(ctx.lang, ctx.mentions());
      if (ctx.opts.mentions) out.mentions = toMentions(ctx.mentions());
    },
  },
  { name: "keywords", run: (ctx, out) => void (out.keywords = extractKeywords(ctx.doc, ctx.lang, ctx.mentions(), ctx.opts)) },
  { name: "topics", run: (ctx, out) => void (out.topics = classifyTopics(ctx.doc, ctx.lang, ctx.input)) },
  { name: "summary", run: (ctx, out) => void (out.summary = summarize(ctx.doc, ctx.lang)) },
  { name: "stats", run: (ctx, out) => void (out.stats = textStats(ctx.doc)) },
  { name: "fingerprints", run: (ctx, out) => void (out.fingerprints = fingerprints(ctx.doc)) },
  { name: "tags", run: (ctx, out) => void (out.tags = filterTags(out, ctx.input)) },
];

/** Memoises the mention pass, which entities and keywords share. */
export function lazyMentions(doc: Doc, lang: string): () => RawMention[] {
  let cached: RawMention[] | undefined;
  return () => (cached ??= recognize(doc, lang));
}
