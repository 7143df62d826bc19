import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishEvent } from "@inkstream/bus";
import { SCHEMA_VERSION } from "@inkstream/contracts";
import { openStore, type ArticleStore } from "@inkstream/store";
import { createTestEnv, type TestEnv } from "@inkstream/testkit";
import { cliEnv, cliTestTimeout, runCli } from "./cli-harness.ts";
import { article, dropTerm, posting } from "./store-fixtures.ts";

let env: TestEnv;
let store: ArticleStore;

const cli = (args: string[]) => runCli(args, { env: cliEnv(env) });

beforeAll(async () => {
  env = await createTestEnv("store-cli");
  store = openStore(env.redisUrl, env.namespace);
  await store.upsertMany([
    article("f0000000000000000001", { title: "Waffenruhe gefordert", text: "Die Ministerin forderte eine Waffenruhe.", tags: ["lang:de", "topic:politics"] }),
    article("f0000000000000000002", { title: "Biber zurück", text: "Biber bauen wieder Dämme am Fluss.", tags: ["lang:de", "topic:environment"] }),
  ]);
});
afterAll(async () => {
  await store?.close();
  await env?.cleanup();
});

describe("inkstream query commands", () => {
  it("search prints a result page with hits and facets; --all walks every page", { timeout: cliTestTimeout(3) }, async () => {
    const r = await cli(["search", "Waffenruhe", "--lang", "de"]);
    expect(r.code).toBe(0);
    expect(r.lines[0]).toMatchObject({ total: 1, hits: [{ id: "f0000000000000000001" }] });
    const all = await cli(["search", "--tag", "lang:de", "--limit", "1", "--all", "--no-facets"]);
    expect(all.lines.flatMap((l) => (l["hits"] as { id: string }[]).map((h) => h.id)).sort()).toEqual(["f0000000000000000001", "f0000000000000000002"]);
    expect((await cli(["search", "--sort", "size"])).code).toBe(2);
  });

  it("search refuses a language that is not a language code, as the gateway does, with exit 2", async () => {
    const lang = await cli(["search", "Waffenruhe", "--lang", "German"]);
    expect({ code: lang.code, stdout: lang.stdout }).toEqual({ code: 2, stdout: "" });
    expect(lang.stderr).toMatch(/--lang takes a language code of two or three lower-case letters/);
  });

  it("search refuses a query longer than the gateway takes (500 characters) saying so, with exit 2", { timeout: cliTestTimeout(2) }, async () => {
    // 50 words that would otherwise be searched, and one 600-character word the store would call "no searchable words"
    for (const words of [Array<string>(50).fill("Waffenruhe"), ["Waffenruhe".repeat(60)]]) {
      const long = await cli(["search", ...words]);
      expect({ code: long.code, stdout: long.stdout }).toEqual({ code: 2, stdout: "" });
      expect(long.stderr).toMatch(/the query is longer than 500 characters/);
      expect(long.stderr).not.toMatch(/no searchable words/);
    }
  });

  it("health prints each source's field shares and exits 1 when a field fell", { timeout: cliTestTimeout(2) }, async () => {
    const DAY = 86_400_000;
    const page = (n: number, byline: boolean) =>
      article(`e${String(n).padStart(19, "0")}`, {
        url: `https://kreisbote.example/lokales/${n}`,
        title: `Meldung ${n}`,
        text: "Der Kreistag tagte am Montag.",
        ...(byline ? { authors: [{ name: "Jana Voss", kind: "person" as const }] } : {}),
      });
    for (let n = 0; n < 10; n++) await store.observeSource(page(n, true), new Date(Date.now() - 2 * DAY));
    for (let n = 10; n < 20; n++) await store.observeSource(page(n, false), new Date());
    const r = await cli(["health", "kreisbote.example"]);
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatchObject({ source: "kreisbote.example", recent: { articles: 10 }, baseline: { articles: 10 }, alerts: [{ field: "authors", recent: 0, baseline: 1 }] });
    const none = await cli(["health", "unbekannt.example"]);
    expect({ code: none.code, lines: none.lines }).toEqual({ code: 0, lines: [] });
  });

  it("health reads its source as the gateway does: www. and letter case do not matter, a URL is a usage error", { timeout: cliTestTimeout(2) }, async () => {
    await store.observeSource(article("e1000000000000000000", { url: "https://www.landbote.example/1", title: "Meldung", text: "Der Kreistag tagte." }));
    const www = await cli(["health", "WWW.Landbote.example"]);
    expect(www.code).toBe(0);
    expect(www.lines.map((l) => l["source"])).toEqual(["landbote.example"]);
    const url = await cli(["health", "https://landbote.example/1"]);
    expect({ code: url.code, stdout: url.stdout }).toEqual({ code: 2, stdout: "" });
    expect(url.stderr).toMatch(/health takes a source's host name, without scheme, port or path/);
  });

  it("compact --all merges the full-text segments into one, and searches find the same", async () => {
    const extra = article("f0000000000000000003", { title: "Waffenruhe hält", text: "Die Waffenruhe hält seit Montag.", tags: ["lang:de"] });
    await store.upsert(extra);
    expect(await env.redis.hlen(store.keys.segments)).toBe(2);
    const before = await store.search({ q: "Waffenruhe", facets: false });
    const r = await cli(["compact", "--all"]);
    expect(r.code).toBe(0);
    expect(r.lines[0]).toEqual({ merges: 1, conflicts: 0, swept: 0, segments: 1 });
    expect(await env.redis.hlen(store.keys.segments)).toBe(1);
    expect(await store.search({ q: "Waffenruhe", facets: false })).toEqual(before);
    expect(before.hits.map((h) => h.id).sort()).toEqual(["f0000000000000000001", "f0000000000000000003"]);
    await store.delete(extra.id);
  });

  it("reindex rebuilds lost entries", async () => {
    await dropTerm(env.redis, store, "waffenruh");
    const r = await cli(["reindex"]);
    expect(r.lines[0]).toEqual({ scanned: 2, reindexed: 2, skipped: 0, refused: 0 });
    expect(await posting(env.redis, store, "waffenruh", "f0000000000000000001")).not.toBeNull();
  });

  it("tail, failures list and replay --dry-run read the event stream", { timeout: cliTestTimeout(3) }, async () => {
    const start = new Date(Date.now() - 1000).toISOString();
    await publishEvent(env.bus, "articleIndexed", {
      schemaVersion: SCHEMA_VERSION, articleId: "f0000000000000000001", url: "https://x.example/1", change: "created", version: 1,
      indexedAt: new Date().toISOString(), title: "Waffenruhe gefordert", language: "de", tags: [], recordKey: store.keys.record("f0000000000000000001"),
    });
    await publishEvent(env.bus, "articleFailed", {
      schemaVersion: SCHEMA_VERSION, stage: "parser", reason: "no_content", message: "empty", retryable: false, url: "https://x.example/2",
      deliveryCount: 1, failedAt: new Date().toISOString(), original: { type: "ink.article.fetched", subject: "x" },
    });
    const tail = await cli(["tail", "--since", "0", "--count", "1"]);
    expect(tail.lines[0]).toMatchObject({ articleId: "f0000000000000000001", seq: expect.any(Number) as number });
    const failures = await cli(["failures", "list"]);
    expect(failures.lines).toHaveLength(1);
    expect(failures.lines[0]).toMatchObject({ stage: "parser", reason: "no_content", id: expect.any(Number) as number });
    const replay = await cli(["replay", "--from", start, "--stage", "indexer", "--dry-run"]);
    expect(replay.code).toBe(0);
    expect(replay.stderr).toMatch(/would replay 0 articleEnriched/);
  });
});
