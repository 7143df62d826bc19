// Shared by tests/fetcher-*.test.ts: the fetcher alone in a test namespace, and a way to ask for one outcome.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { publishEvent, watchEvents, type WatchedEvent } from "@inkstream/bus";
import { SCHEMA_VERSION, type IngestRequested } from "@inkstream/contracts";
import { loadFetcherConfig, startFetcher } from "@inkstream/fetcher";
import type { RunningService } from "@inkstream/runtime";
import { serviceEnv, type TestEnv } from "@inkstream/testkit";

/** The fetcher's test environment (see serviceEnv). */
export const fetcherEnv = serviceEnv;

export const startTestFetcher = (env: TestEnv, extra: Record<string, string> = {}): Promise<RunningService> =>
  startFetcher(loadFetcherConfig(fetcherEnv(env, extra)), env.logger);

export type Outcome = Extract<WatchedEvent, { key: "articleFetched" | "articleSkipped" | "articleFailed" }>;

/** Publishes one ingest request and resolves with the fetcher's event for it (fetched, skipped or failed). */
export async function fetchOutcome(env: TestEnv, url: string, extra: Partial<IngestRequested> = {}, timeoutMs = 25_000): Promise<Outcome> {
  const watch = await watchEvents(env.bus, ["articleFetched", "articleSkipped", "articleFailed"]);
  const correlationId = randomUUID();
  await publishEvent(env.bus, "ingestRequested", { schemaVersion: SCHEMA_VERSION, url, source: "test", ...extra }, { correlationId });
  const timer = setTimeout(() => void watch.close(), timeoutMs);
  try {
    for await (const ev of watch) {
      if (ev.meta.correlationId !== correlationId) continue;
      if (ev.key === "articleFetched" || ev.key === "articleSkipped" || ev.key === "articleFailed") return ev;
    }
    throw new Error(`no fetcher outcome for ${url} within ${timeoutMs} ms`);
  } finally {
    clearTimeout(timer);
    await watch.close();
  }
}

/** The outcome in one word: fetched, skipped:<reason> or failed:<reason>. */
export const verdict = (o: Outcome) => (o.key === "articleFetched" ? "fetched" : o.key === "articleSkipped" ? `skipped:${o.payload.reason}` : `failed:${o.payload.reason}`);

export interface Hit {
  path: string;
  at: number;
  headers: IncomingMessage["headers"];
}

/** A misbehaving HTTP server on 127.0.0.1 that records every request it gets. */
export async function startMisbehavingServer(routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void>) {
  const hits: Hit[] = [];
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    hits.push({ path, at: Date.now(), headers: req.headers });
    const route = routes[path];
    if (route) return route(req, res);
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    hits,
    hitsOf: (path: string) => hits.filter((h) => h.path === path),
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const html = (title: string, body = "<p>Text.</p>") =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>${body}</article></body></html>`;
