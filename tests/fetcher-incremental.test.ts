import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleIdFor } from "@inkstream/contracts";
import type { RunningService } from "@inkstream/runtime";
import { fetchKeysFor } from "@inkstream/store";
import { createTestEnv, type TestEnv } from "@inkstream/testkit";
import { fetchOutcome, html, startMisbehavingServer, startTestFetcher, verdict } from "./fetcher-harness.ts";

let env: TestEnv;
let fetcher: RunningService;
let server: Awaited<ReturnType<typeof startMisbehavingServer>>;
const ETAG = '"v1-abc"';
const LAST_MODIFIED = "Thu, 14 Mar 2024 09:41:12 GMT";

beforeAll(async () => {
  env = await createTestEnv("fetcher-incremental");
  server = await startMisbehavingServer({
    "/story": (req, res) => {
      if (req.headers["if-none-match"] === ETAG) return res.writeHead(304, { etag: ETAG }).end();
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", etag: ETAG, "last-modified": LAST_MODIFIED }).end(html("Story"));
    },
    "/dated": (req, res) => {
      if (req.headers["if-modified-since"] === LAST_MODIFIED) return res.writeHead(304).end();
      res.writeHead(200, { "content-type": "text/html", "last-modified": LAST_MODIFIED }).end(html("Dated"));
    },
    "/from-feed": (_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(html("From a feed")),
  });
  fetcher = await startTestFetcher(env, { INK_FETCH_FEEDS: "false", INK_FETCH_HOST_INTERVAL_MS: "0", INK_FETCH_RECRAWL_S: "3600" });
});

afterAll(async () => {
  await fetcher?.stop();
  await server?.close();
  await env?.cleanup();
});

describe("incremental fetching", () => {
  it("keeps ETag and Last-Modified in Redis and sends them back; a 304 ends as skipped not_modified", async () => {
    const url = server.url("/story");
    expect(verdict(await fetchOutcome(env, url))).toBe("fetched");
    const state = await env.redis.hgetall(fetchKeysFor(env.namespace).state(articleIdFor(url)));
    expect(state).toMatchObject({ etag: ETAG, lastModified: LAST_MODIFIED, finalUrl: url });

    const again = await fetchOutcome(env, url);
    expect(verdict(again)).toBe("skipped:not_modified");
    if (again.key === "articleSkipped") expect(again.payload.lastFetchedAt).toBeDefined();
    const hits = server.hitsOf("/story");
    expect(hits[1]?.headers["if-none-match"]).toBe(ETAG);
    expect(hits[1]?.headers["if-modified-since"]).toBe(LAST_MODIFIED);
  });

  it("revalidates with If-Modified-Since alone when there is no ETag", async () => {
    const url = server.url("/dated");
    expect(verdict(await fetchOutcome(env, url))).toBe("fetched");
    expect(verdict(await fetchOutcome(env, url))).toBe("skipped:not_modified");
  });

  it("force fetches unconditionally", async () => {
    const before = server.hitsOf("/story").length;
    expect(verdict(await fetchOutcome(env, server.url("/story"), { force: true }))).toBe("fetched");
    const hit = server.hitsOf("/story")[before];
    expect(hit?.headers["if-none-match"]).toBeUndefined();
  });

  it("skips a feed's request for an article fetched within the recrawl interval, without asking the server", async () => {
    const url = server.url("/from-feed");
    expect(verdict(await fetchOutcome(env, url, { source: "feed:https://news.example/rss" }))).toBe("fetched");
    const skipped = await fetchOutcome(env, url, { source: "feed:https://news.example/rss" });
    expect(verdict(skipped)).toBe("skipped:recently_fetched");
    expect(server.hitsOf("/from-feed")).toHaveLength(1);
    // unless forced
    expect(verdict(await fetchOutcome(env, url, { source: "feed:https://news.example/rss", force: true }))).toBe("fetched");
    expect(server.hitsOf("/from-feed")).toHaveLength(2);
  });
});
