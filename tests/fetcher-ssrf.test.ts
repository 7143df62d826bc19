import { lookup } from "node:dns/promises";
import { hostname } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningService } from "@inkstream/runtime";
import { createTestEnv, type TestEnv } from "@inkstream/testkit";
import { fetchOutcome, html, startMisbehavingServer, startTestFetcher, verdict } from "./fetcher-harness.ts";

// Every address below is on this machine, so a broken guard would still send nothing off it. Only
// 127.0.0.1 is allow-listed; the real forbidden ranges (metadata, private, CGNAT…) are unit-tested on the
// pure address check in services/fetcher/test/address-policy.test.ts.
let env: TestEnv;
let strictEnv: TestEnv;
let fetcher: RunningService;
let strictFetcher: RunningService;
let server: Awaited<ReturnType<typeof startMisbehavingServer>>;

beforeAll(async () => {
  env = await createTestEnv("fetcher-ssrf");
  strictEnv = await createTestEnv("fetcher-ssrf-strict");
  server = await startMisbehavingServer({
    "/ok": (_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(html("Allowed")),
    "/to-loopback": (_req, res) => res.writeHead(302, { location: `http://127.0.0.2:${server.port}/ok` }).end(),
    "/to-v6": (_req, res) => res.writeHead(307, { location: `http://[::1]:${server.port}/ok` }).end(),
    "/to-file": (_req, res) => res.writeHead(302, { location: "file:///etc/passwd" }).end(),
  });
  const quiet = { INK_FETCH_FEEDS: "false", INK_FETCH_HOST_INTERVAL_MS: "0", INK_FETCH_MAX_ATTEMPTS: "1" };
  fetcher = await startTestFetcher(env, quiet);
  // no allow-list at all: even 127.0.0.1 is refused
  strictFetcher = await startTestFetcher(strictEnv, { ...quiet, INK_FETCH_ALLOW_HOSTS: "" });
});

afterAll(async () => {
  await fetcher?.stop();
  await strictFetcher?.stop();
  await server?.close();
  await env?.cleanup();
  await strictEnv?.cleanup();
});

describe("SSRF protection, end to end", () => {
  it("reaches the allow-listed 127.0.0.1", async () => {
    expect(verdict(await fetchOutcome(env, server.url("/ok")))).toBe("fetched");
  });

  it.each([
    (p: number) => `http://127.0.0.2:${p}/latest/meta-data/`,
    (p: number) => `http://[::1]:${p}/`,
    (p: number) => `http://localhost:${p}/`,
    (p: number) => `http://[::ffff:127.0.0.2]:${p}/`,
    (p: number) => `http://[::ffff:7f00:2]:${p}/`,
    (p: number) => `http://2130706434:${p}/`,
    (p: number) => `http://0177.0.0.2:${p}/`,
    (p: number) => `http://0x7f.0.0.2:${p}/`,
  ])("refuses %s", async (make) => {
    const url = make(server.port);
    const before = server.hits.length;
    const o = await fetchOutcome(env, url);
    expect(verdict(o)).toBe("failed:ssrf_blocked");
    expect(server.hits.length).toBe(before);
  });

  it("refuses a redirect from the allowed host to a forbidden one, checking every hop", async () => {
    expect(verdict(await fetchOutcome(env, server.url("/to-loopback")))).toBe("failed:ssrf_blocked");
    expect(verdict(await fetchOutcome(env, server.url("/to-v6")))).toBe("failed:ssrf_blocked");
    expect(verdict(await fetchOutcome(env, server.url("/to-file")))).toBe("failed:unsupported_scheme");
    expect(server.hitsOf("/ok")).toHaveLength(1);
  });

  it("refuses loopback when nothing is allow-listed, also for a host name that resolves to it (checked at connect time)", async () => {
    expect(verdict(await fetchOutcome(strictEnv, server.url("/ok")))).toBe("failed:ssrf_blocked");
    const name = hostname();
    const resolved = await lookup(name).catch(() => undefined);
    if (!resolved || !/^127\.|^::1$/.test(resolved.address)) return; // this machine's name is not a loopback alias
    const before = server.hits.length;
    const o = await fetchOutcome(strictEnv, `http://${name}:${server.port}/ok`);
    expect(verdict(o)).toBe("failed:ssrf_blocked");
    if (o.key === "articleFailed") expect(o.payload.message).toMatch(/loopback/);
    expect(server.hits.length).toBe(before);
  });
});
