export { startEnricher } from "./start.ts";
export { loadEnricherConfig, enricherConfigSchema, type EnricherConfig } from "./config.ts";
export { handleParsed, type HandleDeps } from "./handle.ts";
export { openDfStore, dfKeys, type DfStore } from "./df-store.ts";
