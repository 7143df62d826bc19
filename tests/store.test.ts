import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SCHEMA_VERSION } from "@inkstream/contracts";
import { createTestEnv, type TestEnv } from "@inkstream/testkit";
import { MAX_TAGS, decodeRecord, encodeRecord, openStore, type ArticleStore, type RecordInput } from "@inkstream/store";
import { tagged } from "./store-fixtures.ts";

let env: TestEnv;
let store: ArticleStore;
beforeAll(async () => {
  env = await createTestEnv("store");
  store = openStore(env.redisUrl, env.namespace);
});
afterAll(async () => {
  await store?.close();
  await env?.cleanup();
});

const base: RecordInput = {
  schemaVersion: SCHEMA_VERSION,
  id: "0123456789abcdef0123",
  url: "https://news.example/politik/lawrow",
  finalUrl: "https://news.example/politik/lawrow",
  canonicalUrl: "https://news.example/politik/lawrow-kanonisch",
  title: "Lawrow: Keine einseitigen Zugeständnisse",
  text: "Russland werde bei den Gesprächen seine Interessen durchsetzen.\n\nDas Datum steht noch nicht fest.",
  markdown: "Russland werde …",
  language: "de",
  languageConfidence: 0.97,
  publishedAt: "2021-12-28T09:41:12+01:00",
  dates: { published: { value: "2021-12-28T09:41:12+01:00", source: "json-ld", raw: "2021-12-28T09:41:12+01:00" } },
  authors: [{ name: "Katrin Mehlhorn", kind: "person" }],
  breadcrumbs: ["Politik"],
  publisherTags: [],
  isArticle: true,
  articleScore: 0.9,
  tags: ["lang:de", "org:nato", "person:sergej-lawrow"],
  entities: [{ type: "person", name: "Sergej Lawrow", slug: "sergej-lawrow", count: 3, firstOffset: 0, surfaceForms: ["Lawrow"], aliases: [] }],
  keywords: [{ term: "Sicherheitsgarantien", stem: "sicherheitsgarantien", score: 0.8 }],
  topics: [{ id: "politics", label: "Politics", score: 0.9 }],
  summary: ["Russland werde bei den Gesprächen seine Interessen durchsetzen."],
  stats: { words: 14, sentences: 2, paragraphs: 2, readingTimeMinutes: 0.1 },
  contentHash: "hash-1",
  simhash: "00ff00ff00ff00ff",
  encoding: "utf-8",
  fetchedAt: "2024-03-14T09:41:12.000Z",
};

describe("record codec", () => {
  it("round-trips a full record, keeping strings readable in the hash", () => {
    const rec = { ...base, version: 2, createdAt: "2024-03-14T09:41:12.000Z", updatedAt: "2024-03-15T09:41:12.000Z" };
    const flat = encodeRecord(rec);
    const hash = Object.fromEntries(flat.flatMap((v, i) => (i % 2 === 0 ? [[v, flat[i + 1] as string]] : [])));
    expect(hash["title"]).toBe(base.title);
    expect(hash["version"]).toBe("2");
    expect(decodeRecord(hash)).toEqual(rec);
  });
});

describe("versioned upsert", () => {
  it("creates, leaves a replay unchanged, bumps the version on new content and swaps tag memberships", async () => {
    expect(await store.upsert(base)).toEqual({ change: "created", version: 1 });
    expect(await store.upsert(base)).toEqual({ change: "unchanged", version: 1 });
    expect(await tagged(env.redis, store, "org:nato", base.id)).toBe(true);

    const edited = { ...base, contentHash: "hash-2", title: "Lawrow: Keine Zugeständnisse", tags: ["lang:de", "person:sergej-lawrow", "place:moskau"] };
    expect(await store.upsert(edited)).toEqual({ change: "updated", version: 2 });
    const got = await store.get(base.id);
    expect(got?.title).toBe("Lawrow: Keine Zugeständnisse");
    expect(got?.version).toBe(2);
    expect(got?.createdAt).not.toBe(got?.updatedAt);
    expect(await tagged(env.redis, store, "org:nato", base.id)).toBe(false);
    expect(await tagged(env.redis, store, "place:moskau", base.id)).toBe(true);
    expect(await env.redis.zscore(store.keys.byPublished, base.id)).toBe(String(Date.parse(base.publishedAt!)));
  });

  it("writes every value exactly through the packed argument block: astral, combining, empty, multi-line, a thousand tags", async () => {
    // the script unpacks each article's arguments from one length-prefixed value (arg-block.ts): lengths are UTF-8
    // bytes, so any miscount would cut or shift a value
    const tags = ["lang:de", "person:zoë-‍wörner", "topic:𝔘nicode 🗞️", "keyword:zwei\nzeilen", ...Array.from({ length: MAX_TAGS - 4 }, (_, i) => `keyword:k${i}`)];
    const odd = {
      ...base,
      id: "0123456789abcdef0999",
      url: "https://news.example/politik/𝔘nicode",
      finalUrl: "https://news.example/politik/%F0%9D%94%98nicode",
      canonicalUrl: "",
      title: "Zoë und 🗞️ 𝔘nicode — e\u0301 ist nicht é",
      text: "Erster Absatz mit ß, ё und 𝔘.\n\nЗвезда 🌟 second paragraph.\n\n",
      markdown: "",
      publisherTags: [],
      tags,
      contentHash: "hash-odd",
    };
    expect(await store.upsert(odd)).toEqual({ change: "created", version: 1 });
    const got = await store.get(odd.id);
    expect(got).toMatchObject({ title: odd.title, text: odd.text, markdown: "", url: odd.url, tags });
    expect(await tagged(env.redis, store, "topic:𝔘nicode 🗞️", odd.id)).toBe(true);
    expect(await tagged(env.redis, store, "keyword:zwei\nzeilen", odd.id)).toBe(true);
    expect(await tagged(env.redis, store, `keyword:k${MAX_TAGS - 5}`, odd.id)).toBe(true);
    expect((await store.search({ q: "звезда", limit: 5 })).hits.map((h) => h.id)).toEqual([odd.id]);
    expect(await store.upsert(odd)).toEqual({ change: "unchanged", version: 1 });
  });

  it("finds the id by requested, final and canonical URL", async () => {
    await store.upsert(base);
    expect(await store.idForUrl("https://NEWS.example/politik/lawrow?utm_source=x")).toBe(base.id);
    expect(await store.idForUrl("https://news.example/politik/lawrow-kanonisch")).toBe(base.id);
    expect(await store.idForUrl("https://news.example/other")).toBeNull();
    expect(await store.get("ffffffffffffffffffff")).toBeNull();
  });
});

describe("markdown kept as a delta against the text", () => {
  const long = (s: string) => `${s} `.repeat(8).trim();
  const paras = [long("Erster Absatz mit einer Zeile."), "Zwischentitel", long("Zweiter Absatz, länger als der erste."), long("Erster Absatz mit einer Zeile."), "Letzter Absatz."];
  const text = paras.join("\n\n");
  const markdown = [paras[0], "## Zwischentitel", paras[2], paras[3], "> Letzter Absatz.", "- Punkt eins\n- Punkt zwei"].join("\n\n");

  it("stores the delta instead of the markdown and gives the markdown back on read", async () => {
    const rec = { ...base, id: "md00000000000000001", text: [text, text, text].join("\n\n"), markdown: [markdown, markdown, markdown].join("\n\n"), contentHash: "md-1" };
    await store.upsert(rec);
    const hash = await env.redis.hgetall(store.keys.record(rec.id));
    expect(hash["markdown"]).toBeUndefined();
    expect(hash["markdownDelta"]?.length).toBeLessThan(rec.markdown.length / 2);
    expect((await store.get(rec.id))?.markdown).toBe(rec.markdown);
  });

  it("gives back markdown whose blocks come out of order, repeat, or are parts of a paragraph", async () => {
    const blocks = [paras[2], paras[0], "Zwischen", paras[0], "> Zweiter Absatz", paras[4], paras[1], paras[2], paras[3], paras[4]];
    const rec = { ...base, id: "md00000000000000003", text: [text, text].join("\n\n"), markdown: [...blocks, ...blocks].join("\n\n"), contentHash: "md-4" };
    await store.upsert(rec);
    const delta = await env.redis.hget(store.keys.record(rec.id), "markdownDelta");
    // paragraph runs, not the blocks themselves: the long paragraphs are referred to
    expect(delta?.length).toBeLessThan(rec.markdown.length / 4);
    expect((await store.get(rec.id))?.markdown).toBe(rec.markdown);
  });

  it("keeps markdown that shares little with the text as it is, and swaps the two fields on update", async () => {
    const id = "md00000000000000002";
    await store.upsert({ ...base, id, text, markdown, contentHash: "md-2" });
    expect(await env.redis.hexists(store.keys.record(id), "markdownDelta")).toBe(1);
    const other = "# Ganz anderer Text\n\nohne gemeinsame Absätze";
    await store.upsert({ ...base, id, text, markdown: other, contentHash: "md-3" });
    expect(await env.redis.hexists(store.keys.record(id), "markdownDelta")).toBe(0);
    expect((await store.get(id))?.markdown).toBe(other);
  });
});
