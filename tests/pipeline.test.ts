import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestUrls, publishEvent, publishRaw, watchEvents } from "@inkstream/bus";
import { SCHEMA_VERSION, articleIdFor, subjectFor } from "@inkstream/contracts";
import { openStore, type ArticleStore } from "@inkstream/store";
import { createTestEnv, startPageServer, type TestEnv } from "@inkstream/testkit";
import { samplePage, startPipeline } from "./pipeline-harness.ts";

let env: TestEnv;
let store: ArticleStore;
let pipeline: { stop(): Promise<void> };
let pages: Awaited<ReturnType<typeof startPageServer>>;

beforeAll(async () => {
  env = await createTestEnv("pipeline");
  store = openStore(env.redisUrl, env.namespace);
  pages = await startPageServer({
    "/politik/baerbock.html": { body: samplePage("de-baerbock-waffenruhe.html") },
    "/environment/beavers": { body: samplePage("en-river-restoration.html") },
    "/sport/zenit": { body: samplePage("ru-zenit-spartak.html"), type: "text/html" },
    "/report.pdf": { body: "%PDF-1.7\n%âãÏÓ\n1 0 obj", type: "application/pdf" },
  });
  pipeline = await startPipeline(env);
});

afterAll(async () => {
  await pipeline?.stop();
  await pages?.close();
  await store?.close();
  await env?.cleanup();
});

describe("the pipeline, end to end over real NATS and Redis", () => {
  it("indexes article pages into Redis records with title, text and language", async () => {
    const urls = [pages.url("/politik/baerbock.html"), pages.url("/environment/beavers"), pages.url("/sport/zenit")];
    const outcomes = await ingestUrls(env.bus, urls, { source: "test", wait: true, timeoutMs: 30_000 });
    expect(outcomes.map((o) => o.outcome)).toEqual(["indexed", "indexed", "indexed"]);

    const de = await store.get(articleIdFor(urls[0]!));
    expect(de?.title).toBe("Baerbock: Keine Einigung über Waffenruhe ohne die Ukraine");
    expect(de?.language).toBe("de");
    expect(de?.text).toContain("Es gibt keine Entscheidung über die Ukraine ohne die Ukraine");
    expect(de?.text).toContain("Moskau weist Vorschläge zurück");
    for (const boiler of ["Empfohlene Artikel", "Advertisment", "Translate »", "Newsletter", "Cookies"]) expect(de?.text).not.toContain(boiler);
    expect(de?.publishedAt?.slice(0, 10)).toBe("2024-03-14");
    expect(de?.version).toBe(1);
    expect(de?.tags).toContain("lang:de");

    const ru = await store.get(articleIdFor(urls[2]!));
    expect(ru?.language).toBe("ru");
    expect(ru?.title).toContain("«Зенит» обыграл «Спартак»");
    expect(ru?.text).toContain("Петербургский «Зенит» в воскресенье обыграл");
    expect(ru?.encoding).toBe("windows-1251");

    expect(await store.idForUrl(urls[1]!)).toBe(articleIdFor(urls[1]!));
  });

  it("reports the same page again as unchanged, keeping the version", async () => {
    const url = pages.url("/environment/beavers");
    const [again] = await ingestUrls(env.bus, [url], { source: "test", wait: true, timeoutMs: 30_000 });
    expect(again?.outcome).toBe("unchanged");
    expect((await store.get(articleIdFor(url)))?.version).toBe(1);
    // the indexer counted the three new records into the source's extraction health, and not the unchanged one
    const [health] = await store.sourceHealth(new URL(url).hostname);
    expect(health?.recent.articles).toBe(3);
    expect(health?.recent.fields.title).toBe(1);
  });

  it("ends a page the fetcher cannot get in exactly one failed event with its reason", async () => {
    const url = pages.url("/does-not-exist");
    const watch = await watchEvents(env.bus, ["articleFailed"]);
    const [outcome] = await ingestUrls(env.bus, [url], { source: "test", wait: true, timeoutMs: 30_000 });
    expect(outcome).toMatchObject({ outcome: "failed", reason: "http_4xx", stage: "fetcher" });
    // let any duplicate arrive before counting
    await new Promise((r) => setTimeout(r, 1500));
    await watch.close();
    const failures = [];
    for await (const ev of watch) if (ev.key === "articleFailed" && ev.payload.url === url) failures.push(ev);
    expect(failures).toHaveLength(1);
    expect(await store.get(articleIdFor(url))).toBeNull();
  });

  it("refuses binary pages, file:// URLs (flag off) and hostile addresses with coded failures", async () => {
    // only 127.0.0.1 is allowed here; other loopback addresses stand in for every forbidden range
    // (the ranges themselves are tested on the pure address check, without traffic)
    const expected: Record<string, string> = {
      [pages.url("/report.pdf")]: "not_html",
      "file:///etc/passwd": "file_not_allowed",
      "http://127.0.0.2:9/latest/meta-data/": "ssrf_blocked",
      "http://[::1]:9/admin": "ssrf_blocked",
      "not a url": "invalid_url",
    };
    const outcomes = await ingestUrls(env.bus, Object.keys(expected), { source: "test", wait: true, timeoutMs: 30_000 });
    expect(Object.fromEntries(outcomes.map((o) => [o.url, o.outcome === "failed" ? o.reason : o.outcome]))).toEqual(expected);
  });

  it("dead-letters an invalid message published straight onto the fetched subject, and the next valid one still flows", async () => {
    const watch = await watchEvents(env.bus, ["articleFailed", "articleIndexed"]);
    const fetched = subjectFor(env.namespace, "articleFetched");
    await publishRaw(env.bus, fetched, JSON.stringify({ schemaVersion: 1, articleId: "nope", page: 42 }), { "ce-id": "bogus-1", "ce-type": "ink.article.fetched" });
    await publishRaw(env.bus, fetched, "{not json", { "Nats-Msg-Id": "bogus-2" });
    const url = pages.url("/politik/baerbock.html?utm_source=test");
    await publishEvent(env.bus, "ingestRequested", { schemaVersion: SCHEMA_VERSION, url, force: true }, { correlationId: "valid-after-invalid" });

    const seen: string[] = [];
    const timeout = setTimeout(() => void watch.close(), 30_000);
    for await (const ev of watch) {
      if (ev.key === "articleFailed" && ev.payload.stage === "parser") {
        expect(ev.payload.reason).toBe("invalid_message");
        seen.push(`failed:${ev.payload.original.eventId ?? ""}`);
      }
      if (ev.key === "articleIndexed" && ev.meta.correlationId === "valid-after-invalid") seen.push(`indexed:${ev.payload.articleId}`);
      if (seen.length === 3) break;
    }
    clearTimeout(timeout);
    await watch.close();
    // tracking parameters do not change the id
    expect(seen).toContain(`indexed:${articleIdFor(pages.url("/politik/baerbock.html"))}`);
    expect(seen).toContain("failed:bogus-1");
    expect(seen.filter((s) => s.startsWith("failed:"))).toHaveLength(2);
  });
});
