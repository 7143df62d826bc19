import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishEvent, publishRaw, watchEvents } from "@inkstream/bus";
import { SCHEMA_VERSION, subjectFor, type ArticleIndexed } from "@inkstream/contracts";
import { createTestEnv, type TestEnv } from "@inkstream/testkit";
import { startTestGateway } from "./gateway-harness.ts";

let env: TestEnv;
let gw: Awaited<ReturnType<typeof startTestGateway>>;
const TOKEN = "s3cret-token";
const auth = { authorization: `Bearer ${TOKEN}` };

beforeAll(async () => {
  env = await createTestEnv("gateway-events");
  gw = await startTestGateway(env, { INK_GATEWAY_TOKENS: `other,${TOKEN}`, INK_GATEWAY_RATE_LIMIT: "40", INK_GATEWAY_MAX_BODY_BYTES: "2048", INK_GATEWAY_MAX_INGEST_URLS: "3" });
});
afterAll(async () => {
  await gw?.close();
  await env?.cleanup();
});

const indexed = (n: number): ArticleIndexed => ({
  schemaVersion: SCHEMA_VERSION,
  articleId: `e00000000000000000${String(n).padStart(2, "0")}`,
  url: `https://news.example/${n}`,
  change: "created",
  version: 1,
  indexedAt: new Date().toISOString(),
  title: `Article ${n}`,
  language: "en",
  tags: [],
  recordKey: `{x}:article:${n}`,
});

/** Reads SSE frames until `count` events arrived. */
async function readEvents(res: Response, count: number): Promise<{ id: string; data: ArticleIndexed }[]> {
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const out: { id: string; data: ArticleIndexed }[] = [];
  let buf = "";
  while (out.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    buf += new TextDecoder().decode(value);
    let end;
    while ((end = buf.indexOf("\n\n")) >= 0) {
      const frame = buf.slice(0, end);
      buf = buf.slice(end + 2);
      const id = /^id: (.*)$/m.exec(frame)?.[1];
      const data = /^data: (.*)$/m.exec(frame)?.[1];
      if (id && data) out.push({ id, data: JSON.parse(data) as ArticleIndexed });
    }
  }
  await reader.cancel();
  return out.slice(0, count);
}

describe("authentication and limits", () => {
  it("requires a bearer token on /v1 but not on health", async () => {
    const r = await gw.get("/v1/tags");
    expect(r.status).toBe(401);
    expect(r.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect((await gw.get("/v1/tags", { authorization: "Bearer wrong" })).status).toBe(401);
    expect((await gw.get("/v1/tags", auth)).status).toBe(200);
    expect((await gw.get("/healthz")).status).toBe(200);
  });

  it("refuses large bodies, other content types, too many URLs and non-http URLs", async () => {
    expect((await gw.post("/v1/ingest", { urls: ["https://a.example/" + "x".repeat(3000)] }, auth)).status).toBe(413);
    expect((await gw.post("/v1/ingest", "urls=x", { ...auth, "content-type": "text/plain" })).status).toBe(415);
    const many = await gw.post("/v1/ingest", { urls: ["https://a.example/1", "https://a.example/2", "https://a.example/3", "https://a.example/4"] }, auth);
    expect(many.status).toBe(413);
    const file = await gw.post("/v1/ingest", { urls: ["file:///etc/passwd"] }, auth);
    expect(file.status).toBe(400);
    expect(((await file.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe("urls.0");
  });
});

describe("ingest, events and failures", () => {
  it("publishes ingest requests, and with wait reports what happened within the time", async () => {
    const watch = await watchEvents(env.bus, ["ingestRequested"]);
    const r = await gw.post("/v1/ingest", { urls: ["https://news.example/story"] }, auth);
    expect(r.status).toBe(202);
    expect(((await r.json()) as { requested: { id: string }[] }).requested[0]?.id).toMatch(/^[0-9a-f]{20}$/);
    for await (const ev of watch) {
      expect(ev.payload).toMatchObject({ url: "https://news.example/story", source: "gateway" });
      break;
    }
    await watch.close();
    // no services run here: the wait ends at its timeout with a failed outcome
    const waited = await gw.post("/v1/ingest", { urls: ["https://news.example/other"], wait: true, timeoutSeconds: 1 }, auth);
    expect(await waited.json()).toMatchObject({ outcomes: [{ outcome: "failed", reason: "timeout" }] });
  });

  it("streams indexed events with their stream sequence and resumes after Last-Event-ID", async () => {
    for (const n of [1, 2, 3]) await publishEvent(env.bus, "articleIndexed", indexed(n));
    const first = await readEvents(await gw.get("/v1/events?since=0", auth), 2);
    expect(first.map((e) => e.data.title)).toEqual(["Article 1", "Article 2"]);
    const resumed = await readEvents(await gw.get("/v1/events", { ...auth, "last-event-id": first[1]?.id ?? "" }), 1);
    expect(resumed[0]?.data.title).toBe("Article 3");
    expect(Number(resumed[0]?.id)).toBeGreaterThan(Number(first[1]?.id));
  });

  it("answers HEAD on the events route with the stream's headers and ends the response at once", async () => {
    const r = await fetch(gw.base + "/v1/events", { method: "HEAD", headers: auth, signal: AbortSignal.timeout(5_000) });
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toBe("text/event-stream");
    // a response is counted when it ends; a stream left open never is
    const counted = 'inkstream_gateway_requests_total{route="/v1/events",method="HEAD",status="200"} 1';
    await expect.poll(async () => (await gw.get("/metrics")).text(), { timeout: 2_000 }).toContain(counted);
    expect(await (await gw.get("/metrics")).text()).toMatch(/^inkstream_gateway_event_streams 0$/m);
  });

  it("lists failures and replays one by re-publishing its original message", async () => {
    const requestSubject = subjectFor(env.namespace, "ingestRequested");
    const seq = await publishRaw(env.bus, requestSubject, JSON.stringify({ schemaVersion: 1, url: "https://gone.example/page" }), {
      "ce-id": "orig-1",
      "ce-type": "ink.ingest.requested",
      "ink-correlation-id": "corr-replay",
      "Nats-Msg-Id": "orig-1",
    });
    await publishEvent(
      env.bus,
      "articleFailed",
      {
        schemaVersion: SCHEMA_VERSION,
        stage: "fetcher",
        reason: "timeout",
        message: "no answer",
        retryable: true,
        url: "https://gone.example/page",
        deliveryCount: 5,
        failedAt: new Date().toISOString(),
        original: { type: "ink.ingest.requested", subject: requestSubject, streamSequence: seq, eventId: "orig-1" },
      },
      { correlationId: "corr-replay" },
    );
    const list = (await (await gw.get("/v1/failures", auth)).json()) as { failures: { id: number; reason: string; correlationId: string }[] };
    const failure = list.failures.find((f) => f.correlationId === "corr-replay");
    expect(failure?.reason).toBe("timeout");

    const watch = await watchEvents(env.bus, ["ingestRequested"]);
    const replay = await gw.post(`/v1/failures/${failure?.id}/replay`, {}, auth);
    expect(replay.status).toBe(202);
    expect(await replay.json()).toMatchObject({ status: "replayed", via: "original", correlationId: "corr-replay" });
    for await (const ev of watch) {
      expect(ev.payload.url).toBe("https://gone.example/page");
      expect(ev.meta.correlationId).toBe("corr-replay");
      break;
    }
    await watch.close();
    expect((await gw.post("/v1/failures/999999/replay", {}, auth)).status).toBe(404);
  });

  it("limits requests per client per minute", async () => {
    let status = 200;
    for (let i = 0; i < 45 && status !== 429; i++) status = (await gw.get("/v1/tags", auth)).status;
    expect(status).toBe(429);
    const r = await gw.get("/v1/tags", auth);
    expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("limits each token on its own, also tokens that begin alike", async () => {
    const own = await startTestGateway(env, { INK_GATEWAY_TOKENS: "prefix00-first,prefix00-second", INK_GATEWAY_RATE_LIMIT: "3" });
    try {
      const first = { authorization: "Bearer prefix00-first" };
      let status = 200;
      for (let i = 0; i < 7 && status !== 429; i++) status = (await own.get("/v1/tags", first)).status;
      expect(status).toBe(429);
      expect((await own.get("/v1/tags", { authorization: "Bearer prefix00-second" })).status).toBe(200);
    } finally {
      await own.close();
    }
  });
});
