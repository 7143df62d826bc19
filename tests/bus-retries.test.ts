import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SCHEMA_VERSION, StageError, type ArticleFailed } from "@inkstream/contracts";
import { backoffDelay, publishEvent, runStage, watchEvents } from "@inkstream/bus";
import { createTestEnv, type TestEnv } from "@inkstream/testkit";

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv("bus-retries");
});
afterAll(async () => {
  await env?.cleanup();
});

const ingest = (url: string) => ({ schemaVersion: SCHEMA_VERSION, url });

describe("backoffDelay", () => {
  it("grows exponentially within ±20% jitter and stays under the cap", () => {
    expect(backoffDelay(1, 1000, 60_000, () => 0.5)).toBe(1000);
    expect(backoffDelay(3, 1000, 60_000, () => 0.5)).toBe(4000);
    expect(backoffDelay(3, 1000, 60_000, () => 0)).toBe(3200);
    expect(backoffDelay(20, 1000, 60_000, () => 1)).toBe(60_000);
  });
});

describe("runStage over real JetStream", () => {
  it("retries transient errors with nak(delay), then succeeds; gives up after maxDeliver with one failed event", async () => {
    const attempts = new Map<string, number>();
    const watch = await watchEvents(env.bus, ["articleFailed"]);
    const stage = await runStage(env.bus, {
      stage: "fetcher",
      consumes: "ingestRequested",
      maxDeliver: 3,
      backoffBaseMs: 50,
      backoffMaxMs: 200,
      handle: (event) => {
        const n = (attempts.get(event.url) ?? 0) + 1;
        attempts.set(event.url, n);
        if (event.url.includes("flaky") && n < 2) throw new StageError("timeout", "slow host", { retryable: true });
        if (event.url.includes("down")) throw new StageError("http_5xx", "HTTP 503", { retryable: true });
        if (event.url.includes("gone")) throw new StageError("http_4xx", "HTTP 410");
        return Promise.resolve(undefined);
      },
    });
    await publishEvent(env.bus, "ingestRequested", ingest("https://news.example/flaky"));
    await publishEvent(env.bus, "ingestRequested", ingest("https://news.example/down"));
    await publishEvent(env.bus, "ingestRequested", ingest("https://news.example/gone"));

    const failed: ArticleFailed[] = [];
    const timer = setTimeout(() => void watch.close(), 15_000);
    for await (const ev of watch) {
      if (ev.key === "articleFailed") failed.push(ev.payload);
      if (failed.length === 2) break;
    }
    clearTimeout(timer);
    await watch.close();
    await stage.stop();

    expect(attempts.get("https://news.example/flaky")).toBe(2);
    expect(attempts.get("https://news.example/down")).toBe(3);
    expect(attempts.get("https://news.example/gone")).toBe(1);
    const byUrl: Record<string, ArticleFailed> = Object.fromEntries(failed.map((f) => [f.url ?? "", f]));
    expect(byUrl["https://news.example/down"]).toMatchObject({ reason: "http_5xx", retryable: true, deliveryCount: 3, stage: "fetcher" });
    expect(byUrl["https://news.example/down"]?.message).toMatch(/gave up after 3 deliveries/);
    expect(byUrl["https://news.example/gone"]).toMatchObject({ reason: "http_4xx", retryable: false, deliveryCount: 1 });
    expect(byUrl["https://news.example/flaky"]).toBeUndefined();
  });
});
