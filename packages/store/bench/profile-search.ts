// pnpm --filter @inkstream/store bench:profile-search: search latency split into the Lua script and the rest
// (Node, record loads, snippets). Loads PROFILE_N articles into namespace profs_<N>; PROFILE_KEEP=1 keeps them
// for a rerun (which then skips the load), otherwise they are removed at the end.
import { resolve } from "node:path";
import { Redis } from "ioredis";
import { openStore, terms, type SearchOptions } from "../src/index.ts";
import { keysFor } from "../src/keys.ts";
import { searchArticles } from "../src/search.ts";
import { benchConfig } from "./config.ts";
import { generateArticle, loadVocabulary, rng } from "./corpus.ts";
import { timedSearchScripts } from "./timed-search.ts";

const config = benchConfig();
const N = Number(process.env["PROFILE_N"] ?? 30000);
const ns = `profs_${N}`;
const redis = new Redis(config.REDIS_URL);
const store = openStore(config.REDIS_URL, ns, { redis });
const keys = keysFor(ns);
const vocab = loadVocabulary(resolve(import.meta.dirname, "../../../samples"), config.BENCH_PAGES_TARBALL);
const langs = [...vocab.keys()];
const sizes = langs.map((l) => vocab.get(l)?.length ?? 0);
const sum = sizes.reduce((a, b) => a + b, 0);
const now = Date.UTC(2026, 10, 1);
if ((await redis.hlen(keys.docs)) < N) {
  for (let n = 0; n < N; n += 250) await store.upsertMany(Array.from({ length: Math.min(250, N - n) }, (_, i) => generateArticle(n + i, vocab, langs, sizes.map((s) => s / sum), now)));
}
console.log("segments", await store.compact());
const timed = timedSearchScripts(redis);
const r = rng(42);
const pickWords = (k: number) => {
  for (;;) {
    const lang = langs[Math.floor(r() * langs.length)] ?? "de";
    const pool = vocab.get(lang) ?? [];
    const words = (pool[Math.floor(r() * pool.length)] ?? "").split(/\s+/).filter((w) => /^\p{L}{4,}$/u.test(w) && ["de", "en", "ru", lang].every((l) => terms(w, l).length > 0));
    if (words.length >= k) { const s = Math.floor(r() * (words.length - k + 1)); return { lang, q: words.slice(s, s + k).join(" ") }; }
  }
};
const DAY = 86_400_000;
const topics = ["politics", "economy", "sports", "culture", "science"];
const shapes: [string, () => SearchOptions][] = [
  ["one word", () => ({ q: pickWords(1).q })],
  ["three words", () => ({ q: pickWords(3).q })],
  ["tag + date", () => { const from = now - Math.floor(r() * 300) * DAY; return { tags: [`topic:${topics[Math.floor(r() * 5)] ?? "politics"}`], from, to: from + 30 * DAY }; }],
  ["word + lang + topic", () => { const p = pickWords(1); return { q: p.q, lang: p.lang, topic: topics[Math.floor(r() * 4)] ?? "politics" }; }],
];
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
const Q = Number(process.env["PROFILE_Q"] ?? 300);
// made before any is timed: making a query leaves garbage whose collection would land in the next search
const planned = shapes.map(([name, make]) => [name, Array.from({ length: Q + 20 }, make)] as const);
for (const [name, queries] of planned) {
  const all: number[] = [], script: number[] = [], worst: [number, SearchOptions][] = [];
  for (const [i, o] of queries.entries()) {
    const t = performance.now();
    await searchArticles(redis, timed.scripts, keys, o);
    const ms = performance.now() - t;
    const scriptMs = timed.lastMs();
    if (i < 20) continue;
    all.push(ms); script.push(scriptMs); worst.push([scriptMs, o]);
  }
  worst.sort((a, b) => b[0] - a[0]);
  console.log(`${name}: all p50 ${pct(all, 50).toFixed(2)} p99 ${pct(all, 99).toFixed(2)} | script p50 ${pct(script, 50).toFixed(2)} p99 ${pct(script, 99).toFixed(2)} | worst ${worst.slice(0, 2).map(([ms, o]) => `${ms.toFixed(1)} ${JSON.stringify(o)}`).join("; ")}`);
}
if (!process.env["PROFILE_KEEP"]) {
  let cursor = "0";
  do { const [n, k] = await redis.scan(cursor, "MATCH", `{${ns}}:*`, "COUNT", 2000); cursor = n; if (k.length) await redis.unlink(...k); } while (cursor !== "0");
}
await redis.quit();
