export * from "./types.ts";
export { enrich, warmUp } from "./enrich.ts";
export { ANNOTATOR_NAMES } from "./annotators.ts";
export type { AnnotatorName } from "./annotators.ts";
export { ENRICH_ERROR_CODES, EnrichError } from "./errors.ts";
export type { EnrichErrorCode } from "./errors.ts";
export { prepareArticle, keywordStems } from "./prepare.ts";
export type { PreparedArticle } from "./prepare.ts";
