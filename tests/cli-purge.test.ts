import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureConsumer, openPageStore, publishEvent, type Bus } from "@inkstream/bus";
import { SCHEMA_VERSION } from "@inkstream/contracts";
import { countNamespaceKeys, openStore } from "@inkstream/store";
import { createTestEnv, type TestEnv } from "@inkstream/testkit";
import { cliEnv, cliTestTimeout, runCli } from "./cli-harness.ts";
import { article } from "./store-fixtures.ts";

// `inkstream purge` against real NATS and Redis: a namespace with events, a consumer, a stored page, an article and
// a fetcher key; a second namespace that must come through untouched.

let env: TestEnv;
let other: TestEnv;

async function populate(e: TestEnv): Promise<void> {
  await publishEvent(e.bus, "ingestRequested", { schemaVersion: SCHEMA_VERSION, url: `https://news.example/${e.namespace}` });
  await ensureConsumer(e.bus, { stage: "parser", consumes: "articleFetched", maxDeliver: 3, ackWaitMs: 30_000 });
  await (await openPageStore(e.bus)).put("0123456789abcdef0123.html", new TextEncoder().encode("<html><p>page</p></html>"));
  const store = openStore(e.redisUrl, e.namespace);
  try {
    await store.upsert(article("f0000000000000000001", { title: "Waffenruhe gefordert", text: "Die Ministerin forderte eine Waffenruhe." }));
  } finally {
    await store.close();
  }
  await e.redis.set(`{${e.namespace}}:fetch:probe`, "1");
}

const streamsOf = (bus: Bus) => [bus.names.stream, `OBJ_${bus.names.pageBucket}`];

beforeAll(async () => {
  env = await createTestEnv("cli-purge");
  other = await createTestEnv("cli-purge-other");
  await populate(env);
  await populate(other);
});
afterAll(async () => {
  await env?.cleanup();
  await other?.cleanup();
});

describe("inkstream purge", () => {
  it("without --yes says what it would delete, deletes nothing and exits 2; with --yes deletes only its namespace", { timeout: cliTestTimeout(2) }, async () => {
    const keys = await countNamespaceKeys(env.redis, env.namespace);
    expect(keys).toBeGreaterThan(3);
    const otherKeys = await countNamespaceKeys(other.redis, other.namespace);

    const refused = await runCli(["purge"], { env: cliEnv(env) });
    expect({ code: refused.code, stdout: refused.stdout }).toEqual({ code: 2, stdout: "" });
    expect(refused.stderr).toContain(`would delete namespace ${env.namespace}: 2 streams (${streamsOf(env.bus).join(", ")})`);
    expect(refused.stderr).toContain(`${keys} Redis keys; nothing deleted`);
    expect(refused.stderr).toMatch(/stop the namespace's services/);
    expect(await countNamespaceKeys(env.redis, env.namespace)).toBe(keys);
    for (const stream of streamsOf(env.bus)) await expect(env.bus.jsm.streams.info(stream)).resolves.toBeDefined();

    const purged = await runCli(["purge", "--yes"], { env: cliEnv(env) });
    expect(purged.code).toBe(0);
    expect(purged.lines).toEqual([{ namespace: env.namespace, streams: streamsOf(env.bus), keys }]);
    for (const stream of streamsOf(env.bus)) await expect(env.bus.jsm.streams.info(stream)).rejects.toThrow(/not found/i);
    await expect(env.bus.jsm.consumers.info(env.bus.names.stream, env.bus.names.consumer("parser"))).rejects.toThrow(/not found/i);
    expect(await countNamespaceKeys(env.redis, env.namespace)).toBe(0);

    // the other namespace keeps its streams, consumer and keys
    for (const stream of streamsOf(other.bus)) await expect(other.bus.jsm.streams.info(stream)).resolves.toBeDefined();
    await expect(other.bus.jsm.consumers.info(other.bus.names.stream, other.bus.names.consumer("parser"))).resolves.toBeDefined();
    expect(await countNamespaceKeys(other.redis, other.namespace)).toBe(otherKeys);
    expect(await other.redis.get(`{${other.namespace}}:fetch:probe`)).toBe("1");
  });

  it("purges an empty namespace to nothing, and refuses arguments", { timeout: cliTestTimeout(2) }, async () => {
    const again = await runCli(["purge", "--yes"], { env: cliEnv(env) });
    expect(again.code).toBe(0);
    expect(again.lines).toEqual([{ namespace: env.namespace, streams: [], keys: 0 }]);
    const wrong = await runCli(["purge", other.namespace, "--yes"], { env: cliEnv(env) });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/purge takes no arguments/);
    for (const stream of streamsOf(other.bus)) await expect(other.bus.jsm.streams.info(stream)).resolves.toBeDefined();
  });
});
