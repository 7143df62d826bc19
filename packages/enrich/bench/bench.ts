// pnpm bench:enrich — per-annotator and total ms per article (median, p99), memory and start-up of the
// enrich package over realistic article texts, with peers measured in the same run.
// usage: tsx bench/bench.ts [--pages FILE.tar.gz] [--limit N] [--seconds S]
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { enrich } from "../src/index.ts";
import { archiveArticles, localArticles } from "./corpus.ts";
import type { BenchArticle } from "./corpus.ts";
import { row, stat, timeStages } from "./measure.ts";
import type { Timings } from "./measure.ts";
import { entityPeer, languagePeer } from "./peers.ts";

const out = (line = ""): void => void process.stdout.write(`${line}\n`);
const arg = (name: string, def: string): string => {
  const i = process.argv.indexOf(name);
  return i > 0 ? (process.argv[i + 1] ?? def) : def;
};
const root = join(import.meta.dirname, "..", "..", "..");
const pages = arg("--pages", "/work/shared/data/extraction-eval/pages.tar.gz");
const limit = Number(arg("--limit", "400"));
const budgetMs = Number(arg("--seconds", "90")) * 1000;
const began = performance.now();

// start-up in a fresh process, as the enricher starts
const startup = JSON.parse(execFileSync(process.execPath, ["--import", "tsx", join(import.meta.dirname, "startup.ts")], { cwd: root }).toString()) as Record<string, number>;

const articles: BenchArticle[] = [...localArticles(root), ...archiveArticles(pages, limit)];
const headlines = readFileSync(join(import.meta.dirname, "..", "test", "fixtures", "eu-headlines.tsv"), "utf8")
  .split("\n")
  .filter((l) => l.trim() && !l.startsWith("#"))
  .map((l) => l.split("\t") as [string, string]);

// warm the models and the JIT on the first articles before measuring
for (const a of articles.slice(0, 20)) enrich(a.input);
const series = new Map<string, number[]>();
const langs = new Map<string, number>();
let measured = 0;
for (const a of articles) {
  if (performance.now() - began > budgetMs) break;
  const t: Timings = timeStages(a.input);
  for (const [k, v] of Object.entries(t)) series.set(k, [...(series.get(k) ?? []), v]);
  const lang = enrich(a.input, { annotators: ["language"] }).language.code;
  langs.set(lang, (langs.get(lang) ?? 0) + 1);
  measured++;
}
const mem = process.memoryUsage();
const chars = articles.slice(0, measured).map((a) => a.input.text.length);

out(`enrich bench: ${measured} articles (${articles.length - measured} skipped by the ${budgetMs / 1000} s budget), median ${stat(chars).median} chars`);
out(`languages: ${[...langs].sort((a, b) => b[1] - a[1]).map(([l, n]) => `${l} ${n}`).join(", ")}`);
out();
const w = [46, 9, 9, 9];
out(row(["stage (ms per article)", "median", "p99", "mean"], w));
for (const [k, xs] of series) {
  const s = stat(xs);
  out(row([k, s.median, s.p99, s.mean], w));
}
out();
out(row(["memory / start-up", "value"], [46, 9]));
out(row(["bench process RSS, corpus+peers loaded (MB)", mem.rss / 2 ** 20], [46, 9]));
out(row(["bench process peak RSS (MB)", process.resourceUsage().maxRSS / 1024], [46, 9]));
out(row(["heap used (MB)", mem.heapUsed / 2 ** 20], [46, 9]));
out(row(["start-up: process start to import done (ms)", startup["importMs"] ?? 0], [46, 9]));
out(row(["start-up: model warm-up (ms)", startup["warmUpMs"] ?? 0], [46, 9]));
out(row(["start-up: ready, total (ms)", startup["readyMs"] ?? 0], [46, 9]));
out(row(["fresh process RSS when ready (MB)", startup["rssMb"] ?? 0], [46, 9]));
out();
const lp = languagePeer(articles.slice(0, measured), headlines);
const ep = entityPeer(articles.slice(0, measured));
out(row(["peer comparison (same run)", "ours", "peer", "ours/peer"], [46, 9, 9, 9]));
out(row([`language ms/article vs tinyld`, lp.oursMs, lp.peerMs, lp.oursMs / lp.peerMs], [46, 9, 9, 9]));
out(row([`language headline accuracy vs tinyld (${headlines.length})`, lp.oursAccuracy, lp.peerAccuracy, lp.oursAccuracy / lp.peerAccuracy], [46, 9, 9, 9]));
out(row([`entities ms/article vs compromise (${ep.articles} en)`, ep.oursMs, ep.peerMs, ep.oursMs / ep.peerMs], [46, 9, 9, 9]));
out(row([`entities found/article vs compromise`, ep.oursEntities, ep.peerEntities, ep.oursEntities / Math.max(ep.peerEntities, 1e-9)], [46, 9, 9, 9]));
out(`total bench time ${((performance.now() - began) / 1000).toFixed(1)} s`);
