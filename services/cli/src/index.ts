export { expandInputs, toIngestUrl, looksLikeUrl } from "./inputs.ts";
export { extractionLine } from "./commands/extract.ts";
