import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SCHEMA_VERSION } from "@inkstream/contracts";
import { publishEvent, publishRaw, readEvents } from "@inkstream/bus";
import { createTestEnv, type TestEnv } from "@inkstream/testkit";

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv("bus-read");
});
afterAll(async () => {
  await env?.cleanup();
});

const ingest = (n: number) => ({ schemaVersion: SCHEMA_VERSION, url: `https://news.example/${n}` });

describe("readEvents", () => {
  it("returns nothing at once from an empty subject", async () => {
    expect(await readEvents(env.bus, ["articleFailed"])).toEqual([]);
  });

  it("reads exactly what is stored, in stream order, across kinds, skipping invalid messages", async () => {
    const t0 = new Date();
    for (let i = 1; i <= 5; i++) await publishEvent(env.bus, "ingestRequested", ingest(i));
    await publishRaw(env.bus, `${env.namespace}.ingest.requested`, "{broken");
    await publishEvent(env.bus, "articleSkipped", {
      schemaVersion: SCHEMA_VERSION,
      articleId: "0123456789abcdef0123",
      url: "https://news.example/3",
      reason: "recently_fetched",
      message: "fetched 10 s ago",
      skippedAt: new Date().toISOString(),
    });
    const all = await readEvents(env.bus, ["ingestRequested", "articleSkipped"]);
    expect(all.map((e) => e.key)).toEqual(["ingestRequested", "ingestRequested", "ingestRequested", "ingestRequested", "ingestRequested", "articleSkipped"]);
    const seqs = all.map((e) => e.streamSequence);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);

    const fromThird = await readEvents(env.bus, ["ingestRequested"], { sequence: seqs[2]!, limit: 2 });
    expect(fromThird.map((e) => (e.key === "ingestRequested" ? e.payload.url : ""))).toEqual(["https://news.example/3", "https://news.example/4"]);

    const sinceStart = await readEvents(env.bus, ["ingestRequested"], { startTime: t0 });
    expect(sinceStart).toHaveLength(5);
    expect(await readEvents(env.bus, ["ingestRequested"], { startTime: new Date(Date.now() + 60_000) })).toEqual([]);
  });
});
