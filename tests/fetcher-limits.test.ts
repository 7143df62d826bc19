import { gzipSync } from "node:zlib";
import type { ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningService } from "@inkstream/runtime";
import { createTestEnv, type TestEnv } from "@inkstream/testkit";
import { fetchOutcome, html, startMisbehavingServer, startTestFetcher, verdict } from "./fetcher-harness.ts";

let env: TestEnv;
let fetcher: RunningService;
let server: Awaited<ReturnType<typeof startMisbehavingServer>>;

// 8 MiB of one letter packs into a few KB: a decompression bomb for a 1 MiB decoded limit
const bomb = gzipSync(Buffer.alloc(8 * 1024 * 1024, "a"));

function endless(res: ServerResponse) {
  res.writeHead(200, { "content-type": "text/html" });
  const chunk = Buffer.alloc(16 * 1024, "<p>more</p>");
  let open = true;
  res.on("close", () => (open = false));
  const pump = () => {
    while (open && res.write(chunk));
    if (open) res.once("drain", pump);
  };
  pump();
}

beforeAll(async () => {
  env = await createTestEnv("fetcher-limits");
  server = await startMisbehavingServer({
    "/ok": (_req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html("Fine")),
    "/slow-headers": () => undefined, // never answers
    "/slow-body": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.write("<!doctype html><html><body><p>");
      const t = setInterval(() => res.write("."), 200);
      res.on("close", () => clearInterval(t));
    },
    "/endless": (_req, res) => endless(res),
    "/big-declared": (_req, res) => res.writeHead(200, { "content-type": "text/html", "content-length": String(50 * 1024 * 1024) }).end(),
    "/bomb": (_req, res) => res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(bomb),
    "/loop-a": (_req, res) => res.writeHead(302, { location: "/loop-b" }).end(),
    "/loop-b": (_req, res) => res.writeHead(301, { location: "/loop-a" }).end(),
    ...Object.fromEntries(
      Array.from({ length: 7 }, (_, i) => [`/chain/${i}`, (_req: unknown, res: ServerResponse) => res.writeHead(302, { location: `/chain/${i + 1}` }).end()]),
    ),
    "/chain/7": (_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(html("End of the chain")),
    "/short-chain": (_req, res) => res.writeHead(302, { location: "/chain/3" }).end(),
    "/report.html": (_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "latin1")),
    "/image": (_req, res) => res.writeHead(200, { "content-type": "image/png" }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  });
  fetcher = await startTestFetcher(env, {
    INK_FETCH_TIMEOUT_MS: "1500",
    INK_FETCH_CONNECT_TIMEOUT_MS: "1000",
    INK_FETCH_MAX_BYTES: String(256 * 1024),
    INK_FETCH_MAX_DECODED_BYTES: String(1024 * 1024),
    INK_FETCH_MAX_ATTEMPTS: "1",
    INK_FETCH_HOST_INTERVAL_MS: "0",
    INK_FETCH_FEEDS: "false",
  });
});

afterAll(async () => {
  await fetcher?.stop();
  await server?.close();
  await env?.cleanup();
});

describe("fetch limits against a misbehaving local server", () => {
  it("fetches a well-behaved page", async () => {
    const o = await fetchOutcome(env, server.url("/ok"));
    expect(verdict(o)).toBe("fetched");
  });

  it.each([
    ["/slow-headers", "failed:timeout"],
    ["/slow-body", "failed:timeout"],
    ["/endless", "failed:too_large"],
    ["/big-declared", "failed:too_large"],
    ["/bomb", "failed:too_large"],
    ["/loop-a", "failed:redirect_loop"],
    ["/chain/0", "failed:too_many_redirects"],
    ["/report.html", "failed:not_html"],
    ["/image", "failed:not_html"],
  ])("%s ends as %s", async (path, expected) => {
    const o = await fetchOutcome(env, server.url(path));
    expect(verdict(o)).toBe(expected);
    if (o.key === "articleFailed") {
      expect(o.payload.stage).toBe("fetcher");
      expect(o.payload.url).toBe(server.url(path));
    }
  });

  it("follows up to five redirects and records the final URL", async () => {
    const o = await fetchOutcome(env, server.url("/short-chain"));
    expect(o.key).toBe("articleFetched");
    if (o.key === "articleFetched") {
      expect(o.payload.finalUrl).toBe(server.url("/chain/7"));
      expect(o.payload.url).toBe(server.url("/short-chain"));
    }
  });

  it("stops reading an endless body near the limit instead of downloading it", async () => {
    // the server writes as fast as the socket takes it; the fetcher must hang up, not drain it
    const before = server.hitsOf("/endless").length;
    const o = await fetchOutcome(env, server.url("/endless"));
    expect(verdict(o)).toBe("failed:too_large");
    expect(server.hitsOf("/endless").length).toBe(before + 1);
  });
});
