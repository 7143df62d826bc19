import { randomBytes, randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { connectBus, deleteNamespaceStreams, ensureStream, publishEvent, watchEvents } from "@inkstream/bus";
import { SCHEMA_VERSION } from "@inkstream/contracts";
import { decodeHtml } from "@inkstream/extract";
import { createLogger } from "@inkstream/runtime";
import { deleteNamespaceKeys } from "@inkstream/store";
import { parseAllowList } from "../src/address-policy.ts";
import { loadFetcherConfig } from "../src/config.ts";
import { fetchHttp } from "../src/http-fetch.ts";
import { startFetcher } from "../src/start.ts";
import type { BenchConfig } from "./bench-config.ts";
import { closedLoop, type RunResult } from "./measure.ts";

const WARM_UP = 100;
type PageUrl = (path: string) => string;

/** The fetcher service itself: ingest requests over NATS in, pages into the object store, fetched events out. */
export async function runFetcher(c: BenchConfig, url: PageUrl): Promise<RunResult> {
  const logger = createLogger("fetch-bench", "silent");
  const namespace = `bench_fetch_${randomBytes(3).toString("hex")}`;
  const bus = await connectBus({ servers: c.NATS_URL, namespace, name: "fetch-bench", logger });
  await ensureStream(bus);
  const fetcher = await startFetcher(
    loadFetcherConfig({
      NATS_URL: c.NATS_URL, REDIS_URL: c.REDIS_URL, INK_NAMESPACE: namespace, HTTP_PORT: "0", LOG_LEVEL: "silent",
      INK_FETCH_ALLOW_HOSTS: "127.0.0.1", INK_FETCH_HOST_INTERVAL_MS: "0", INK_FETCH_FEEDS: "false",
      INK_FETCH_CONCURRENCY: String(c.BENCH_CONCURRENCY), INK_FETCH_RECRAWL_S: "0",
    }),
    logger,
  );
  const watch = await watchEvents(bus, ["articleFetched", "articleSkipped", "articleFailed"]);
  const waiting = new Map<string, (ok: boolean) => void>();
  const following = (async () => {
    for await (const ev of watch) waiting.get(ev.meta.correlationId)?.(ev.key === "articleFetched");
  })();
  const one = (path: string) =>
    new Promise<boolean>((resolve) => {
      const id = randomUUID();
      const timer = setTimeout(() => done(false), 60_000);
      function done(ok: boolean) {
        clearTimeout(timer);
        waiting.delete(id);
        resolve(ok);
      }
      waiting.set(id, done);
      publishEvent(bus, "ingestRequested", { schemaVersion: SCHEMA_VERSION, url: url(path), source: "bench" }, { correlationId: id }).catch(() => done(false));
    });
  try {
    await closedLoop("warm-up", WARM_UP, c.BENCH_CONCURRENCY, 60_000, (i) => one(`/w/${i}`));
    return await closedLoop("inkstream fetcher (NATS in, object store + event out)", c.BENCH_PAGES, c.BENCH_CONCURRENCY, c.BENCH_MAX_S * 1000, (i) => one(`/p/${i}`));
  } finally {
    await fetcher.stop();
    await watch.close();
    await following;
    await cleanup(bus, c.REDIS_URL, namespace);
  }
}

async function cleanup(bus: Awaited<ReturnType<typeof connectBus>>, redisUrl: string, namespace: string) {
  await deleteNamespaceStreams(bus);
  await bus.nc.drain().catch(() => undefined);
  const redis = new Redis(redisUrl);
  await deleteNamespaceKeys(redis, namespace);
  await redis.quit();
}

/** The fetcher's HTTP layer alone, in process: guarded GET, limits, decompression, then charset decoding. */
export async function runFetchHttp(c: BenchConfig, url: PageUrl): Promise<RunResult> {
  const allow = parseAllowList(["127.0.0.1"]);
  const limits = { connectTimeoutMs: 10_000, totalTimeoutMs: 30_000, maxBodyBytes: 20 << 20, maxDecodedBytes: 50 << 20, maxRedirects: 5, userAgent: "inkstream-bench" };
  const one = async (path: string) => {
    const body = await fetchHttp(url(path), limits, allow);
    return body.status === 200 && decodeHtml(body.bytes, body.contentType).html.length > 0;
  };
  await closedLoop("warm-up", WARM_UP, c.BENCH_CONCURRENCY, 60_000, (i) => one(`/w/${i}`));
  return closedLoop("inkstream fetchHttp + decodeHtml (in process)", c.BENCH_PAGES, c.BENCH_CONCURRENCY, c.BENCH_MAX_S * 1000, (i) => one(`/p/${i}`));
}

/** The peer: Node's built-in fetch() (undici) and a UTF-8 TextDecoder. */
export async function runPlainFetch(c: BenchConfig, url: PageUrl): Promise<RunResult> {
  const decoder = new TextDecoder();
  const one = async (path: string) => {
    const res = await fetch(url(path));
    const text = decoder.decode(await res.arrayBuffer());
    return res.status === 200 && text.length > 0;
  };
  await closedLoop("warm-up", WARM_UP, c.BENCH_CONCURRENCY, 60_000, (i) => one(`/w/${i}`));
  return closedLoop("fetch() (undici) + TextDecoder", c.BENCH_PAGES, c.BENCH_CONCURRENCY, c.BENCH_MAX_S * 1000, (i) => one(`/p/${i}`));
}
