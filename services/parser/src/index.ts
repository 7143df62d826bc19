export { startParser } from "./start.ts";
export { loadParserConfig, parserConfigSchema, type ParserConfig } from "./config.ts";
export { handleFetched } from "./handle.ts";
export { toParsedArticle } from "./to-parsed.ts";
