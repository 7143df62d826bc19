import type { ParsedArticle } from "@inkstream/contracts";
import type { ExtractedArticle } from "@inkstream/extract";

/** The extractor's result in the shape of the `ink.article.parsed` contract. */
export function toParsedArticle(a: ExtractedArticle): ParsedArticle {
  return {
    title: a.title?.value ?? "",
    ...(a.title ? { titleSource: a.title.source } : {}),
    text: a.text,
    markdown: a.markdown,
    ...(a.description ? { description: a.description.value } : {}),
    ...(a.siteName ? { siteName: a.siteName.value } : {}),
    ...(a.canonicalUrl ? { canonicalUrl: a.canonicalUrl.value } : {}),
    ...(a.language ? { declaredLanguage: a.language.value } : {}),
    authors: a.authors,
    ...(a.publishedAt ? { publishedAt: a.publishedAt } : {}),
    ...(a.modifiedAt ? { modifiedAt: a.modifiedAt } : {}),
    ...(a.section ? { section: a.section.value } : {}),
    breadcrumbs: a.breadcrumbs,
    publisherTags: a.tags,
    ...(a.image ? { image: a.image } : {}),
    ...(a.isAccessibleForFree ? { isAccessibleForFree: a.isAccessibleForFree.value } : {}),
    isArticle: a.isArticle,
    articleScore: Math.min(1, Math.max(0, a.articleScore)),
  };
}
