import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { register, type RunningService } from "@inkstream/runtime";
import { fetchKeysFor } from "@inkstream/store";
import { createTestEnv, type TestEnv } from "@inkstream/testkit";
import { fetchOutcome, html, startMisbehavingServer, startTestFetcher, verdict, type Hit } from "./fetcher-harness.ts";

let env: TestEnv;
let replicasEnv: TestEnv;
const fetchers: RunningService[] = [];
type Server = Awaited<ReturnType<typeof startMisbehavingServer>>;
let polite: Server;
let limited: Server;
let shared: Server;

const page = (title: string) => (_req: unknown, res: ServerResponse) => res.writeHead(200, { "content-type": "text/html" }).end(html(title));
function gaps(hits: Hit[]): number[] {
  const times = hits.map((h) => h.at).sort((a, b) => a - b);
  return times.slice(1).map((t, i) => t - times[i]!);
}

// answers 429 (or 503) with Retry-After the first time a path is asked, then the page
function onceLimited(status: number, retryAfter: () => string) {
  const seen = new Set<string>();
  return (req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? "";
    if (!seen.has(path)) {
      seen.add(path);
      res.writeHead(status, { "content-type": "text/html", "retry-after": retryAfter() }).end("<html><body>slow down</body></html>");
      return;
    }
    res.writeHead(200, { "content-type": "text/html" }).end(html(`Page ${path}`));
  };
}

beforeAll(async () => {
  env = await createTestEnv("fetcher-polite");
  replicasEnv = await createTestEnv("fetcher-replicas");
  polite = await startMisbehavingServer({
    "/robots.txt": (_req, res) => res.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nDisallow: /private/\nCrawl-delay: 1\n\nUser-agent: otherbot\nDisallow: /\n"),
    "/private/report": page("Private"),
    "/pub/1": page("One"),
    "/pub/2": page("Two"),
    "/pub/3": page("Three"),
  });
  limited = await startMisbehavingServer({
    "/seconds": onceLimited(429, () => "1"),
    "/date": onceLimited(429, () => new Date(Date.now() + 2000).toUTCString()),
    "/unavailable": onceLimited(503, () => "1"),
  });
  shared = await startMisbehavingServer(Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`/a/${i}`, page(`A${i}`)])));
  // a short inline wait, so most politeness waits go back to JetStream as nak(delay)
  fetchers.push(await startTestFetcher(env, { INK_FETCH_FEEDS: "false", INK_FETCH_HOST_INTERVAL_MS: "100", INK_FETCH_MAX_INLINE_WAIT_MS: "300" }));
  for (let i = 0; i < 2; i++) {
    fetchers.push(await startTestFetcher(replicasEnv, { INK_FETCH_FEEDS: "false", INK_FETCH_HOST_INTERVAL_MS: "400", INK_FETCH_MAX_INLINE_WAIT_MS: "300", INK_FETCH_CONCURRENCY: "4" }));
  }
});

afterAll(async () => {
  for (const f of fetchers) await f.stop();
  for (const s of [polite, limited, shared]) await s?.close();
  await env?.cleanup();
  await replicasEnv?.cleanup();
});

describe("robots.txt", () => {
  it("refuses a disallowed URL without requesting it, and reads robots.txt once per host", async () => {
    const o = await fetchOutcome(env, polite.url("/private/report"));
    expect(verdict(o)).toBe("failed:robots_disallowed");
    expect(polite.hitsOf("/private/report")).toHaveLength(0);
    expect(verdict(await fetchOutcome(env, polite.url("/pub/1")))).toBe("fetched");
    expect(polite.hitsOf("/robots.txt")).toHaveLength(1);
    expect(polite.hitsOf("/robots.txt")[0]?.headers["user-agent"]).toMatch(/^inkstream\//);
  });

  it("honours Crawl-delay: requests to the host are at least a second apart", async () => {
    const outcomes = await Promise.all(["/pub/2", "/pub/3"].map((p) => fetchOutcome(env, polite.url(p))));
    expect(outcomes.map(verdict)).toEqual(["fetched", "fetched"]);
    const pages = polite.hits.filter((h) => h.path.startsWith("/pub/"));
    expect(pages).toHaveLength(3);
    for (const gap of gaps(pages)) expect(gap).toBeGreaterThanOrEqual(950);
  });
});

describe("adaptive back-off", () => {
  it.each([
    ["/seconds", "429 with Retry-After in seconds", 950],
    ["/date", "429 with Retry-After as an HTTP date", 950],
    ["/unavailable", "503 with Retry-After", 950],
  ])("%s: %s closes the host, reschedules the message and then fetches it", async (path, _what, minGap) => {
    const o = await fetchOutcome(env, limited.url(path));
    expect(verdict(o)).toBe("fetched");
    const hits = limited.hitsOf(path);
    expect(hits).toHaveLength(2);
    expect(hits[1]!.at - hits[0]!.at).toBeGreaterThanOrEqual(minGap);
  });

  it("keeps the host's back-off window in Redis, shared by every replica", async () => {
    const key = fetchKeysFor(env.namespace).host(`127.0.0.1:${limited.port}`);
    expect(Number(await env.redis.hget(key, "blockedUntil"))).toBeGreaterThan(0);
  });
});

describe("politeness across replicas", () => {
  it("two fetchers sharing a namespace keep one host's requests an interval apart", async () => {
    const outcomes = await Promise.all(Array.from({ length: 5 }, (_, i) => fetchOutcome(replicasEnv, shared.url(`/a/${i}`))));
    expect(outcomes.map(verdict)).toEqual(Array(5).fill("fetched"));
    expect(shared.hits.filter((h) => h.path.startsWith("/a/"))).toHaveLength(5);
    for (const gap of gaps(shared.hits.filter((h) => h.path.startsWith("/a/")))) expect(gap).toBeGreaterThanOrEqual(380);
  });
});

describe("metrics", () => {
  it("count outcomes by reason and deferrals by cause, without URLs or ids", async () => {
    const text = await register.metrics();
    expect(text).toMatch(/inkstream_fetch_outcomes_total\{outcome="failed",reason="robots_disallowed"\} 1/);
    expect(text).toMatch(/inkstream_fetch_outcomes_total\{outcome="fetched",reason=""\} \d+/);
    expect(text).toMatch(/inkstream_fetch_deferrals_total\{cause="retry-after"\} \d+/);
    expect(text).not.toMatch(/127\.0\.0\.1/);
  });
});
