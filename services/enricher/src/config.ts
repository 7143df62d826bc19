import { z } from "zod";
import { baseConfigShape, env, loadConfig } from "@inkstream/runtime";

export const enricherConfigSchema = z.object({
  ...baseConfigShape,
  HTTP_PORT: env.int(9103, 0, 65535),
  INK_ENRICH_CONCURRENCY: env.int(2, 1, 64),
  /** comma-separated annotator names; empty runs them all */
  INK_ENRICH_ANNOTATORS: env.list(),
  /** learn keyword document frequencies from the stream in Redis (REDIS_URL); off uses the built-in background only */
  INK_ENRICH_LEARN_DF: env.bool(true),
  /** an article id counted into the learned frequencies is not counted again for this many days (redeliveries, re-fetches) */
  INK_ENRICH_DF_DEDUPE_DAYS: env.int(30, 1, 3650),
  /** stems kept per language in the learned frequencies; past it the rarest are dropped */
  INK_ENRICH_DF_MAX_STEMS: env.int(500_000, 1000, 50_000_000),
});
export type EnricherConfig = z.infer<typeof enricherConfigSchema>;

export const loadEnricherConfig = (source?: Record<string, string | undefined>) => loadConfig(enricherConfigSchema, source);
