import { z } from "zod";
import { baseConfigShape, env, loadConfig } from "@inkstream/runtime";

export const fetcherConfigSchema = z.object({
  ...baseConfigShape,
  HTTP_PORT: env.int(9101, 0, 65535),
  INK_FETCH_ALLOW_FILE: env.bool(false),
  INK_FETCH_ALLOW_HOSTS: env.list(),
  INK_FETCH_CONNECT_TIMEOUT_MS: env.int(10_000, 100),
  INK_FETCH_TIMEOUT_MS: env.int(30_000, 100),
  INK_FETCH_MAX_BYTES: env.int(20 * 1024 * 1024, 1024),
  INK_FETCH_MAX_DECODED_BYTES: env.int(50 * 1024 * 1024, 1024),
  INK_FETCH_MAX_REDIRECTS: env.int(5, 0, 20),
  INK_FETCH_CONCURRENCY: env.int(8, 1, 256),
  INK_FETCH_USER_AGENT: z.string().min(1).default("inkstream/0.1 (+https://github.com/inkstream/inkstream)"),
});
export type FetcherConfig = z.infer<typeof fetcherConfigSchema>;

export const loadFetcherConfig = (source?: Record<string, string | undefined>) => loadConfig(fetcherConfigSchema, source);
