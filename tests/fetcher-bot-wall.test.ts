import type { ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { register, type RunningService } from "@inkstream/runtime";
import { createTestEnv, type TestEnv } from "@inkstream/testkit";
import { fetchOutcome, startMisbehavingServer, startTestFetcher, verdict } from "./fetcher-harness.ts";

// Challenge pages written to look like what a CDN bot wall serves: an interstitial title, a challenge script
// and a noscript plea, with and without the CDN's marker header.
const interstitial = (ray: string) => `<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="robots" content="noindex,nofollow">
<meta name="viewport" content="width=device-width,initial-scale=1"><style>*{box-sizing:border-box}body{font-family:system-ui}</style></head>
<body><div class="main-wrapper" role="main"><div class="main-content"><h1 class="zone-name-title">news.example</h1>
<h2 class="h2" id="challenge-running">Verify you are human by completing the action below.</h2>
<div id="challenge-stage"></div><noscript><div class="h2">Enable JavaScript and cookies to continue</div></noscript></div></div>
<script>(function(){window._cf_chl_opt={cvId:'3',cType:'managed',cRay:'${ray}'};var s=document.createElement('script');
s.src='/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1?ray=${ray}';document.head.appendChild(s);})();</script></body></html>`;

const legacy = `<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>
<table width="100%" height="100%"><tr><td align="center"><h1>Checking your browser before accessing news.example.</h1>
<p>This process is automatic. Your browser will redirect to your requested content shortly.</p><p>Please allow up to 5 seconds…</p>
<form id="challenge-form" action="/?__cf_chl_jschl_tk__=abc" method="POST"><input type="hidden" name="jschl_vc" value="1"></form></td></tr></table></body></html>`;

const send = (status: number, body: string, headers: Record<string, string> = {}) => (_req: unknown, res: ServerResponse) =>
  res.writeHead(status, { "content-type": "text/html; charset=UTF-8", ...headers }).end(body);

let env: TestEnv;
let fetcher: RunningService;
let server: Awaited<ReturnType<typeof startMisbehavingServer>>;

beforeAll(async () => {
  env = await createTestEnv("fetcher-botwall");
  server = await startMisbehavingServer({
    "/wall-403": send(403, interstitial("8a1b2c3d4e5f6a7b"), { server: "cloudflare", "cf-mitigated": "challenge", "cache-control": "private, max-age=0, no-store" }),
    "/wall-503": send(503, legacy, { server: "cloudflare", "retry-after": "8" }),
    "/wall-403-no-header": send(403, interstitial("9f8e7d6c5b4a3f2e")),
    "/forbidden": send(403, "<!doctype html><title>403 Forbidden</title><h1>Forbidden</h1><p>You don't have permission to view this page.</p>"),
    "/down": send(503, "<!doctype html><title>503 Service Unavailable</title><h1>Service Unavailable</h1><p>Back soon.</p>"),
  });
  fetcher = await startTestFetcher(env, { INK_FETCH_FEEDS: "false", INK_FETCH_HOST_INTERVAL_MS: "0", INK_FETCH_MAX_ATTEMPTS: "1" });
});

afterAll(async () => {
  await fetcher?.stop();
  await server?.close();
  await env?.cleanup();
});

describe("bot walls", () => {
  it.each([
    ["/wall-403", "a 403 challenge with the CDN's header"],
    ["/wall-503", "a 503 'Checking your browser' interstitial with Retry-After"],
    ["/wall-403-no-header", "a 403 challenge known by its markup alone"],
  ])("%s (%s) ends as failed{blocked_by_bot_protection}, asked once", async (path) => {
    const o = await fetchOutcome(env, server.url(path));
    expect(verdict(o)).toBe("failed:blocked_by_bot_protection");
    if (o.key === "articleFailed") expect(o.payload.stage).toBe("fetcher");
    // a bot wall is final: no retries, no back-off loop
    expect(server.hitsOf(path)).toHaveLength(1);
  });

  it("plain 403 and 503 pages keep their own reasons", async () => {
    expect(verdict(await fetchOutcome(env, server.url("/forbidden")))).toBe("failed:http_4xx");
    expect(verdict(await fetchOutcome(env, server.url("/down")))).toBe("failed:http_5xx");
  });

  it("counts bot walls in the outcome metric", async () => {
    expect(await register.metrics()).toMatch(/inkstream_fetch_outcomes_total\{outcome="failed",reason="blocked_by_bot_protection"\} 3/);
  });
});
