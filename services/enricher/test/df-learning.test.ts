import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SCHEMA_VERSION, articleIdFor, type ArticleParsed } from "@inkstream/contracts";
import { createTestEnv, type TestEnv } from "@inkstream/testkit";
import { DOCS_FIELD, dfKeys, openDfStore, type DfStore } from "../src/df-store.ts";
import { handleParsed } from "../src/handle.ts";

let env: TestEnv;
let df: DfStore;
const DAY = 86_400_000;
const WINDOW = 30 * DAY;
// the clock the store reads; tests move it past the dedupe window
let clock = Date.parse("2024-03-14T10:00:00Z");

beforeAll(async () => {
  env = await createTestEnv("enricher-df");
  df = openDfStore(env.redisUrl, env.namespace, { dedupeWindowMs: WINDOW, now: () => clock, maxStems: 1_000_000 });
});

afterAll(async () => {
  await df?.close();
  await env?.cleanup();
});

function parsed(url: string, title: string, text: string): ArticleParsed {
  return {
    schemaVersion: SCHEMA_VERSION,
    articleId: articleIdFor(url),
    url,
    finalUrl: url,
    fetchedAt: "2024-03-14T10:00:00.000Z",
    encoding: "utf-8",
    article: { title, text, markdown: text, authors: [], breadcrumbs: [], publisherTags: [], isArticle: true, articleScore: 0.9 },
  };
}

const TARGET = parsed(
  "https://news.example/politik/waermepumpen-gesetz",
  "Bundestag beschließt Förderung",
  `Der Bundestag hat am Donnerstag in Berlin ein neues Gesetz zur Förderung von Wärmepumpen beschlossen. Die Koalition stimmte dafür, die Opposition dagegen.

Kritiker bemängeln hohe Kosten für Hausbesitzer und Mieter. Die Förderung für Wärmepumpen soll ab Januar beantragt werden können, teilte das Ministerium mit.

Verbände der Heizungsindustrie begrüßten die Entscheidung, Mieterverbände warnten vor steigenden Mieten.`,
);

// a stream of local stories that all mention heat pumps, each otherwise about something else
const TOWNS = ["Kassel", "Bremen", "Dresden", "Erfurt", "Rostock", "Ulm", "Trier", "Passau", "Kiel", "Jena"];
const ANGLES = [
  "Die Stadtwerke in {t} bieten seit Montag eine Beratung zu Wärmepumpen an. Das Angebot ist kostenlos.",
  "In {t} hat ein Handwerksbetrieb seine Ausbildung auf Wärmepumpen umgestellt. Lehrlinge lernen dort Montage und Wartung.",
  "Eine Schule in {t} wird künftig mit Wärmepumpen beheizt. Die Eltern hatten lange auf die Sanierung gewartet.",
  "Der Stadtrat von {t} streitet über Lärm von Wärmepumpen in dicht bebauten Straßen. Anwohner klagen über nächtliches Brummen.",
  "Ein Neubaugebiet in {t} setzt ganz auf Wärmepumpen und Solardächer. Die ersten Familien ziehen im Sommer ein.",
  "Die Verbraucherzentrale in {t} meldet viele Fragen zu Wärmepumpen. Besonders ältere Hausbesitzer suchen Rat.",
];

const rankOf = (keywords: readonly { stem: string }[], stem: string): number => {
  const i = keywords.findIndex((k) => k.stem === stem);
  return i < 0 ? keywords.length : i;
};

describe("keyword document frequencies learned in Redis", () => {
  it("demotes a topic's common word once many articles about the topic were seen", async () => {
    const before = (await handleParsed(TARGET, {})).enrichment.keywords;
    const stem = before.find((k) => k.term === "Wärmepumpen")?.stem ?? "";
    expect(stem).not.toBe("");
    let n = 0;
    for (const town of TOWNS) {
      for (const angle of ANGLES) {
        const text = `${angle.replaceAll("{t}", town)}\n\n${ANGLES[(n + 2) % ANGLES.length]?.replaceAll("{t}", "der Region") ?? ""}`;
        await handleParsed(parsed(`https://news.example/lokal/${n++}`, `Wärmepumpen in ${town}`, text), { df });
      }
    }
    const stream = await df.read("de", [stem]);
    expect(stream.docs).toBe(TOWNS.length * ANGLES.length);
    expect(stream.df.get(stem)).toBe(TOWNS.length * ANGLES.length);
    const after = (await handleParsed(TARGET, { df })).enrichment.keywords;
    expect(rankOf(after, stem)).toBeGreaterThan(rankOf(before, stem));
    expect(after[0]?.stem).not.toBe(stem);
  });

  it("counts an article once however often it is delivered", async () => {
    const event = parsed("https://news.example/wirtschaft/redelivered", "Einmal gezählt", "Die Glasfaserbranche in Bayern meldet Rekordumsätze. Der Ausbau schreitet schneller voran als erwartet.");
    const key = dfKeys(env.namespace).language("de");
    const docsBefore = Number((await env.redis.hget(key, DOCS_FIELD)) ?? 0);
    await handleParsed(event, { df });
    await handleParsed(event, { df });
    await handleParsed(event, { df });
    expect(Number(await env.redis.hget(key, DOCS_FIELD))).toBe(docsBefore + 1);
    const stems = (await env.redis.hkeys(key)).filter((s) => s.startsWith("glasfaserbranch"));
    expect(stems).toHaveLength(1);
    expect(await env.redis.hget(key, stems[0] ?? "")).toBe("1");
    expect(await env.redis.zscore(dfKeys(env.namespace).seen, event.articleId)).toBe(String(clock));
  });

  it("forgets ids after the dedupe window, so the set holds the window's articles, not every article ever", async () => {
    const seen = dfKeys(env.namespace).seen;
    const key = dfKeys(env.namespace).language("de");
    const old = parsed("https://news.example/wirtschaft/fruehjahr", "Frühjahrsprognose", "Die Institute senken ihre Prognose für das Wachstum. Die Exporte schwächeln, der Konsum bleibt verhalten.");
    await handleParsed(old, { df });
    const countedBefore = await env.redis.zcard(seen);
    expect(countedBefore).toBeGreaterThan(1);
    // the day before the window closes it is still a duplicate
    clock += WINDOW - DAY;
    await handleParsed(old, { df });
    const docs = Number(await env.redis.hget(key, DOCS_FIELD));
    expect(await env.redis.zcard(seen)).toBe(countedBefore);
    // past the window: every id counted so far is gone; the same article counts again, as a new one would
    clock += 2 * DAY;
    const fresh = parsed("https://news.example/wirtschaft/herbst", "Herbstprognose", "Die Institute heben ihre Prognose an. Der Konsum zieht wieder an, die Exporte erholen sich.");
    await handleParsed(fresh, { df });
    expect(await env.redis.zrange(seen, "0", "-1")).toEqual([fresh.articleId]);
    await handleParsed(old, { df });
    expect(Number(await env.redis.hget(key, DOCS_FIELD))).toBe(docs + 2);
    expect((await env.redis.zrange(seen, "0", "-1")).sort()).toEqual([fresh.articleId, old.articleId].sort());
  });

  it("drops the rarest stems once a language holds more than the cap, keeping the common ones and the article count", async () => {
    // a store of its own with a small cap, checked after every article, on a language of its own
    const capped = openDfStore(env.redisUrl, env.namespace, { dedupeWindowMs: WINDOW, now: () => clock, maxStems: 60, pruneEvery: 1 });
    try {
      const key = dfKeys(env.namespace).language("nl");
      for (let i = 0; i < 12; i++) {
        // every article shares "gemeente" and "raad", and brings five stems of its own
        await capped.count(`nl-${i}`, "nl", ["gemeent", "raad", ...Array.from({ length: 5 }, (_, k) => `woord${i}x${k}`)]);
        expect(await env.redis.hlen(key)).toBeLessThanOrEqual(60 + 1 + 7);
      }
      const after = await capped.read("nl", ["gemeent", "raad"]);
      expect(after.docs).toBe(12);
      expect(after.df.get("gemeent")).toBe(12);
      expect(after.df.get("raad")).toBe(12);
      // rare stems went: fewer than the 62 a store without a cap would hold
      expect(await env.redis.hlen(key)).toBeLessThan(1 + 2 + 12 * 5);
      expect(await env.redis.exists(dfKeys(env.namespace).pruneLease("nl"))).toBe(0);
    } finally {
      await capped.close();
      await env.redis.del(dfKeys(env.namespace).language("nl"));
    }
  });

  it("deletes the unbounded set of counted ids that earlier versions kept", async () => {
    const legacy = dfKeys(env.namespace).legacyCounted;
    await env.redis.sadd(legacy, "0123456789abcdef0123", "0123456789abcdef0124");
    const reopened = openDfStore(env.redisUrl, env.namespace, { dedupeWindowMs: WINDOW, now: () => clock, maxStems: 1_000_000 });
    try {
      await reopened.ping();
      expect(await env.redis.exists(legacy)).toBe(0);
    } finally {
      await reopened.close();
    }
  });

  it("keeps its keys under the namespace's hash tag", async () => {
    const keys = await env.redis.keys(`{${env.namespace}}:df:*`);
    expect(keys.sort()).toEqual([`{${env.namespace}}:df:de`, `{${env.namespace}}:df:seen`]);
  });
});
