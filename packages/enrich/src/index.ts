export * from "./types.ts";
export { enrich } from "./enrich.ts";
