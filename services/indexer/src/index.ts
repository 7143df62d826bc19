export { startIndexer } from "./start.ts";
export { loadIndexerConfig, indexerConfigSchema, type IndexerConfig } from "./config.ts";
export { handleEnriched } from "./handle.ts";
export { toRecord } from "./to-record.ts";
