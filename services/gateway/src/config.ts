import { z } from "zod";
import { baseConfigShape, env, loadConfig } from "@inkstream/runtime";

export const gatewayConfigSchema = z.object({
  ...baseConfigShape,
  HTTP_PORT: env.int(9100, 0, 65535),
  /** address to listen on; 0.0.0.0 to serve beyond this machine */
  INK_GATEWAY_HOST: z.string().default("127.0.0.1"),
  /** comma-separated bearer tokens; empty: no authentication */
  INK_GATEWAY_TOKENS: env.list(),
  /** request bodies larger than this are refused (413) */
  INK_GATEWAY_MAX_BODY_BYTES: env.int(1_048_576, 1024, 104_857_600),
  /** URLs one ingest request may carry */
  INK_GATEWAY_MAX_INGEST_URLS: env.int(100, 1, 10_000),
  /** longest `wait` an ingest request may ask for, in seconds */
  INK_GATEWAY_MAX_WAIT_S: env.int(120, 1, 3600),
  /** requests per minute per client (a digest of its token, else its address); 0: unlimited */
  INK_GATEWAY_RATE_LIMIT: env.int(600, 0, 1_000_000),
  /** concurrent /v1/events streams */
  INK_GATEWAY_MAX_STREAMS: env.int(100, 1, 100_000),
});
export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;

export const loadGatewayConfig = (source?: Record<string, string | undefined>) => loadConfig(gatewayConfigSchema, source);
