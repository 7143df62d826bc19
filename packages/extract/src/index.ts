export * from "./types.ts";
export { extractArticle } from "./extract.ts";
export { decodeHtml } from "./charset.ts";
