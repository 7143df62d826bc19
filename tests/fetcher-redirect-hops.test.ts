import type { ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { register, type RunningService } from "@inkstream/runtime";
import { fetchKeysFor } from "@inkstream/store";
import { createTestEnv, type TestEnv } from "@inkstream/testkit";
import { fetchOutcome, html, startMisbehavingServer, startTestFetcher, verdict } from "./fetcher-harness.ts";

// Three origins on 127.0.0.1 (one per port): a redirect from `first` to `second` or `busy` is a hop to a new host,
// which must pass that host's robots.txt and take that host's politeness slot like a first request would.
type Server = Awaited<ReturnType<typeof startMisbehavingServer>>;
let env: TestEnv;
let fetcher: RunningService;
let first: Server;
let second: Server;
let busy: Server;

const page = (title: string) => (_req: unknown, res: ServerResponse) => res.writeHead(200, { "content-type": "text/html" }).end(html(title));
const redirect = (to: () => string) => (_req: unknown, res: ServerResponse) => res.writeHead(302, { location: to() }).end();
const robots = (text: string) => (_req: unknown, res: ServerResponse) => res.writeHead(200, { "content-type": "text/plain" }).end(text);
let limitedOnce = false;

async function deferralsOf(cause: string): Promise<number> {
  const m = new RegExp(`inkstream_fetch_deferrals_total\\{cause="${cause}"\\} (\\d+)`).exec(await register.metrics());
  return Number(m?.[1] ?? 0);
}

beforeAll(async () => {
  env = await createTestEnv("fetcher-hops");
  second = await startMisbehavingServer({
    "/robots.txt": robots("User-agent: *\nDisallow: /private/\n"),
    "/private/page": page("Private"),
    "/dest": page("Destination"),
    "/limited": (_req, res) => {
      if (limitedOnce) return page("Limited, then fine")(_req, res);
      limitedOnce = true;
      res.writeHead(429, { "content-type": "text/html", "retry-after": "1" }).end("<html><body>slow down</body></html>");
    },
  });
  busy = await startMisbehavingServer({ "/first": page("Busy one"), "/second": page("Busy two") });
  first = await startMisbehavingServer({
    "/robots.txt": robots("User-agent: *\nDisallow: /hidden/\n"),
    "/to-dest": redirect(() => second.url("/dest")),
    "/to-private": redirect(() => second.url("/private/page")),
    "/to-hidden": redirect(() => "/hidden/page"),
    "/hidden/page": page("Hidden"),
    "/to-limited": redirect(() => second.url("/limited")),
    "/to-busy": redirect(() => busy.url("/second")),
  });
  fetcher = await startTestFetcher(env, {
    INK_FETCH_FEEDS: "false",
    INK_FETCH_HOST_INTERVAL_MS: "0",
    // one request a minute for `busy`: its second request must wait, whether asked directly or through a redirect
    INK_FETCH_HOST_INTERVALS: `127.0.0.1:${busy.port}=60000`,
    INK_FETCH_MAX_INLINE_WAIT_MS: "300",
  });
});

afterAll(async () => {
  await fetcher?.stop();
  for (const s of [first, second, busy]) await s?.close();
  await env?.cleanup();
});

describe("robots.txt and politeness for every redirect hop", () => {
  it("a hop to a new host reads that host's robots.txt and takes its politeness slot", async () => {
    const o = await fetchOutcome(env, first.url("/to-dest"));
    expect(verdict(o)).toBe("fetched");
    if (o.key === "articleFetched") expect(o.payload.finalUrl).toBe(second.url("/dest"));
    expect(second.hitsOf("/robots.txt")).toHaveLength(1);
    expect(second.hitsOf("/robots.txt")[0]!.at).toBeLessThanOrEqual(second.hitsOf("/dest")[0]!.at);
    const keys = fetchKeysFor(env.namespace);
    expect(await env.redis.hget(keys.host(`127.0.0.1:${second.port}`), "next")).not.toBeNull();
    expect(await env.redis.exists(keys.robots(`http://127.0.0.1:${second.port}`))).toBe(1);
  });

  it("a hop that the new host's robots.txt disallows ends as robots_disallowed, without requesting it", async () => {
    const o = await fetchOutcome(env, first.url("/to-private"));
    expect(verdict(o)).toBe("failed:robots_disallowed");
    expect(first.hitsOf("/to-private")).toHaveLength(1);
    expect(second.hitsOf("/private/page")).toHaveLength(0);
  });

  it("a same-host hop into a disallowed path is refused too", async () => {
    const o = await fetchOutcome(env, first.url("/to-hidden"));
    expect(verdict(o)).toBe("failed:robots_disallowed");
    expect(first.hitsOf("/hidden/page")).toHaveLength(0);
  });

  it("a 429 from the hop's host closes that host, not the first one, then the page is fetched", async () => {
    const o = await fetchOutcome(env, first.url("/to-limited"));
    expect(verdict(o)).toBe("fetched");
    expect(second.hitsOf("/limited")).toHaveLength(2);
    const keys = fetchKeysFor(env.namespace);
    expect(Number(await env.redis.hget(keys.host(`127.0.0.1:${second.port}`), "blockedUntil"))).toBeGreaterThan(0);
    expect(await env.redis.hget(keys.host(`127.0.0.1:${first.port}`), "blockedUntil")).toBeNull();
  });

  it("a hop to a host in its politeness window defers the request instead of asking that host", async () => {
    expect(verdict(await fetchOutcome(env, busy.url("/first")))).toBe("fetched");
    const before = await deferralsOf("interval");
    void fetchOutcome(env, first.url("/to-busy"), {}, 5_000).catch(() => undefined);
    for (let i = 0; i < 150 && (await deferralsOf("interval")) === before; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await deferralsOf("interval")).toBeGreaterThan(before);
    expect(first.hitsOf("/to-busy").length).toBeGreaterThanOrEqual(1);
    expect(busy.hitsOf("/second")).toHaveLength(0);
  });
});
