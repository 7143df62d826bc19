import { SCHEMA_VERSION, type ArticleEnriched, type ArticleParsed } from "@inkstream/contracts";
import { enrich, type EnrichInput } from "@inkstream/enrich";

/** Annotates a parsed article: language, entities, keywords, topics, summary, stats, fingerprints, tags. */
export function handleParsed(event: ArticleParsed, opts: { annotators?: readonly string[] } = {}): ArticleEnriched {
  const a = event.article;
  const input: EnrichInput = {
    text: a.text,
    title: a.title,
    url: event.finalUrl,
    breadcrumbs: a.breadcrumbs,
    categories: a.publisherTags,
    ...(a.declaredLanguage ? { declaredLanguage: a.declaredLanguage } : {}),
    ...(a.section ? { section: a.section } : {}),
  };
  const e = enrich(input, opts.annotators ? { annotators: opts.annotators } : {});
  return {
    schemaVersion: SCHEMA_VERSION,
    articleId: event.articleId,
    url: event.url,
    finalUrl: event.finalUrl,
    fetchedAt: event.fetchedAt,
    encoding: event.encoding,
    article: a,
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
