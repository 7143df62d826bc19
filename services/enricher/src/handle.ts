import { carriedRef, type ArticleEnriched, type ArticleParsed } from "@inkstream/contracts";
import { enrich, keywordStems, prepareArticle, type EnrichInput, type EnrichOptions } from "@inkstream/enrich";
import type { DfStore } from "./df-store.ts";

export interface HandleDeps {
  /** annotator names; all when absent */
  annotators?: readonly string[];
  /** learned keyword document frequencies; the built-in background alone when absent */
  df?: Pick<DfStore, "read" | "count">;
}

function inputOf(event: ArticleParsed): EnrichInput {
  const a = event.article;
  return {
    text: a.text,
    title: a.title,
    url: event.finalUrl,
    breadcrumbs: a.breadcrumbs,
    categories: a.publisherTags,
    ...(a.declaredLanguage ? { declaredLanguage: a.declaredLanguage } : {}),
    ...(a.section ? { section: a.section } : {}),
  };
}

/**
 * Annotates a parsed article: language, entities, keywords, topics, summary, stats, fingerprints, tags.
 * With a DF store, keywords are weighted by the stream's document frequencies, and the article's stems
 * are then counted (once per article id).
 */
export async function handleParsed(event: ArticleParsed, deps: HandleDeps = {}): Promise<ArticleEnriched> {
  const input = inputOf(event);
  const prepared = prepareArticle(input);
  const opts: EnrichOptions = { prepared, ...(deps.annotators ? { annotators: deps.annotators } : {}) };
  const learn = deps.df && prepared.lang !== "und" && (!deps.annotators || deps.annotators.includes("keywords"));
  const stems = learn ? keywordStems(prepared) : [];
  if (learn && deps.df) opts.documentFrequencies = await deps.df.read(prepared.lang, stems);
  const e = enrich(input, opts);
  if (learn && deps.df) await deps.df.count(event.articleId, prepared.lang, stems);
  return {
    ...carriedRef(event),
    article: event.article,
    enrichment: {
      language: e.language,
      entities: e.entities,
      keywords: e.keywords,
      topics: e.topics,
      summary: e.summary,
      stats: e.stats,
      fingerprints: e.fingerprints,
      tags: e.tags,
    },
  };
}
