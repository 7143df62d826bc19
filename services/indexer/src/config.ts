import { z } from "zod";
import { baseConfigShape, env, loadConfig } from "@inkstream/runtime";

export const indexerConfigSchema = z.object({
  ...baseConfigShape,
  HTTP_PORT: env.int(9104, 0, 65535),
  INK_INDEX_CONCURRENCY: env.int(8, 1, 256),
});
export type IndexerConfig = z.infer<typeof indexerConfigSchema>;

export const loadIndexerConfig = (source?: Record<string, string | undefined>) => loadConfig(indexerConfigSchema, source);
