import { openPageStore, type Bus } from "@inkstream/bus";
import { startStageService, type Logger, type RunningService } from "@inkstream/runtime";
import { parseAllowList } from "./address-policy.ts";
import type { FetcherConfig } from "./config.ts";
import { fetchFile } from "./file-fetch.ts";
import { handleIngest, type FetchDeps } from "./handle.ts";
import { fetchHttp } from "./http-fetch.ts";

/** Wires the fetcher: ingest requests in, pages into the object store, fetched events out. */
export function startFetcher(config: FetcherConfig, logger: Logger, opts: { bus?: Bus } = {}): Promise<RunningService> {
  const allow = parseAllowList(config.INK_FETCH_ALLOW_HOSTS);
  const limits = {
    connectTimeoutMs: config.INK_FETCH_CONNECT_TIMEOUT_MS,
    totalTimeoutMs: config.INK_FETCH_TIMEOUT_MS,
    maxBodyBytes: config.INK_FETCH_MAX_BYTES,
    maxDecodedBytes: config.INK_FETCH_MAX_DECODED_BYTES,
    maxRedirects: config.INK_FETCH_MAX_REDIRECTS,
    userAgent: config.INK_FETCH_USER_AGENT,
  };
  return startStageService<"ingestRequested">({
    name: "fetcher",
    natsUrl: config.NATS_URL,
    namespace: config.INK_NAMESPACE,
    httpPort: config.HTTP_PORT,
    logger,
    ...(opts.bus ? { bus: opts.bus } : {}),
    stage: async (bus) => {
      const pages = await openPageStore(bus);
      const deps: FetchDeps = {
        allowFile: config.INK_FETCH_ALLOW_FILE,
        fetchHttp: (url, signal) => fetchHttp(url, limits, allow, signal),
        fetchFile: (url) => fetchFile(url, limits.maxBodyBytes),
        putPage: (name, bytes) => pages.put(name, bytes),
        now: () => new Date(),
      };
      return {
        stage: "fetcher",
        consumes: "ingestRequested",
        concurrency: config.INK_FETCH_CONCURRENCY,
        handle: async (event, ctx) => ({ key: "articleFetched", payload: await handleIngest(event, deps, ctx.signal) }),
      };
    },
  });
}
