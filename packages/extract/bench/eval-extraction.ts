// Scores the extractor on a folder of pages with cases.jsonl (the extraction-eval metric) and reports pages/s.
// usage: tsx packages/extract/bench/eval-extraction.ts DIR [--predictions OUT.jsonl] [--misses]
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { decodeHtml, extractArticle } from "../src/index.ts";

interface Case {
  file: string;
  url: string;
  with: string[];
  without: string[];
}

const args = process.argv.slice(2);
const dir = args[0];
if (dir === undefined) throw new Error("usage: eval-extraction.ts DIR [--predictions OUT.jsonl] [--misses]");
const predIdx = args.indexOf("--predictions");
const predOut = predIdx >= 0 ? args[predIdx + 1] : undefined;
const showMisses = args.includes("--misses");

const norm = (s: string): string => s.replace(/\s+/g, " ").trim();
const cases = readFileSync(join(dir, "cases.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim().length > 0)
  .map((l) => JSON.parse(l) as Case);
const pages = cases.map((c) => readFileSync(join(dir, "html", c.file)));

let tp = 0, fn = 0, fp = 0, tn = 0;
let articles = 0;
const lines: string[] = [];
const t0 = performance.now();
const texts: string[] = [];
for (let i = 0; i < cases.length; i++) {
  const c = cases[i];
  const bytes = pages[i];
  if (c === undefined || bytes === undefined) continue;
  const { html } = decodeHtml(bytes);
  const art = extractArticle(html, { url: c.url });
  if (art.isArticle) articles++;
  texts.push(art.text);
}
const seconds = (performance.now() - t0) / 1000;
for (let i = 0; i < cases.length; i++) {
  const c = cases[i];
  if (c === undefined) continue;
  const raw = texts[i] ?? "";
  const text = norm(raw);
  if (predOut !== undefined) lines.push(JSON.stringify({ input: join(dir, "html", c.file), text: raw }));
  for (const s of c.with) {
    if (text.length > 0 && text.includes(norm(s))) tp++;
    else {
      fn++;
      if (showMisses) console.log(`MISS ${c.file}: ${s}`);
    }
  }
  for (const s of c.without) {
    if (text.length > 0 && text.includes(norm(s))) {
      fp++;
      if (showMisses) console.log(`LEAK ${c.file}: ${s}`);
    } else tn++;
  }
}
if (predOut !== undefined) writeFileSync(predOut, lines.join("\n") + "\n");
const p = tp / (tp + fp || 1);
const r = tp / (tp + fn || 1);
const f = (2 * tp) / (2 * tp + fp + fn || 1);
console.log(
  `pages ${cases.length}: precision ${p.toFixed(3)}  recall ${r.toFixed(3)}  F ${f.toFixed(3)}  accuracy ${((tp + tn) / (tp + tn + fp + fn)).toFixed(3)}`,
);
console.log(`articles ${articles}/${cases.length}  time ${seconds.toFixed(2)} s  ${(cases.length / seconds).toFixed(1)} pages/s (decode + parse + extract)`);
