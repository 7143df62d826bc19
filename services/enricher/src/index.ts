export { startEnricher } from "./start.ts";
export { loadEnricherConfig, enricherConfigSchema, type EnricherConfig } from "./config.ts";
export { handleParsed } from "./handle.ts";
