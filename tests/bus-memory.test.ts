import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SCHEMA_VERSION } from "@inkstream/contracts";
import { publishEvent, runStage } from "@inkstream/bus";
import { createTestEnv, type TestEnv } from "@inkstream/testkit";

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv("bus-memory");
});
afterAll(async () => {
  await env?.cleanup();
});

// a full collection on demand: the flag takes effect for contexts made after it is set
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

describe("runStage and in-flight messages", () => {
  it("holds no message's event while its handler awaits, so the collector can free what the handler let go", async () => {
    // an indexer keeps hundreds of messages in flight; were their events held until each write is done, the
    // collector would copy every article's text again and again. The handler here keeps nothing either.
    const urls = ["https://news.example/held-1", "https://news.example/held-2", "https://news.example/held-3"];
    const freed = new Set<string>();
    const registry = new FinalizationRegistry<string>((url) => freed.add(url));
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started = 0;
    const stage = await runStage(env.bus, {
      stage: "fetcher",
      consumes: "ingestRequested",
      concurrency: 8,
      handle: (event) => {
        registry.register(event, event.url);
        started++;
        return gate.then(() => undefined);
      },
    });
    try {
      for (const url of urls) await publishEvent(env.bus, "ingestRequested", { schemaVersion: SCHEMA_VERSION, url });
      for (let i = 0; i < 200 && started < urls.length; i++) await new Promise((r) => setTimeout(r, 25));
      expect(started).toBe(urls.length);
      // every handler is still waiting at the gate; finalisers run in a task after a collection
      for (let i = 0; i < 20 && freed.size < urls.length; i++) {
        collectGarbage();
        await new Promise((r) => setTimeout(r, 10));
      }
      expect([...freed].sort()).toEqual(urls);
    } finally {
      release();
      await stage.stop();
    }
  });
});
