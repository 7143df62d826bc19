// Speed and quality of inkstream's extractor against Mozilla Readability (over linkedom and over jsdom) on the
// extraction set, and of its date finder against metascraper-date on the date set, all in one process.
// usage: pnpm bench:extract [XEVAL_DIR] [--deval DIR] [--pages N] [--jsdom-pages N] [--no-jsdom] [--no-dates]
// env: BENCH_XEVAL, BENCH_DEVAL, BENCH_JSDOM_PAGES. Missing folders are unpacked from the shared archives.
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { ensureUnpacked, loadDateSet, loadTextSet, sharedDir, type Page } from "./corpus.ts";
import { measure, type Run } from "./measure.ts";
import { f3, table } from "./report.ts";
import { inkstreamDate, inkstreamText, metascraperDateOf, readabilityJsdom, readabilityLinkedom } from "./runners.ts";
import { scoreDates, scoreText } from "./score.ts";

const args = process.argv.slice(2).filter((a) => a !== "--");
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const positional = args.find((a, i) => !a.startsWith("--") && (i === 0 || !(args[i - 1] ?? "").startsWith("--")));
const xeval = positional ?? process.env["BENCH_XEVAL"] ?? "/tmp/xeval";
const deval = flag("--deval") ?? process.env["BENCH_DEVAL"] ?? "/tmp/deval";
const pageCap = Number(flag("--pages") ?? Infinity);
const jsdomCap = Number(flag("--jsdom-pages") ?? process.env["BENCH_JSDOM_PAGES"] ?? 200);
const WARMUP = 10;

const shared = sharedDir();
ensureUnpacked(xeval, join(shared, "data", "extraction-eval", "pages.tar.gz"), "cases.jsonl");

console.log(`# inkstream extraction benchmark`);
console.log(`node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? "?"}), load ${loadavg().map((l) => l.toFixed(2)).join(" ")}\n`);

async function timed<T>(name: string, pages: readonly Page[], fn: (p: Page) => T | Promise<T>): Promise<Run<T>> {
  for (const p of pages.slice(0, WARMUP)) await fn(p);
  const run = await measure(name, pages, fn);
  console.error(`  ${name}: ${run.pages} pages in ${run.seconds.toFixed(1)} s`);
  return run;
}

// main text
const { cases, pages } = loadTextSet(xeval, pageCap);
console.error(`extraction set: ${pages.length} pages from ${xeval}`);
const ink = await timed("inkstream", pages, inkstreamText);
const lin = await timed("Readability + linkedom", pages, readabilityLinkedom);
const jsdomPages = args.includes("--no-jsdom") ? [] : pages.slice(0, jsdomCap);
const jsd = jsdomPages.length > 0 ? await timed("Readability + jsdom", jsdomPages, readabilityJsdom) : undefined;

const textRow = (run: Run<string>): { run: Run<unknown>; quality: string[] } => {
  const s = scoreText(cases.slice(0, run.pages), run.outputs);
  return { run, quality: [f3(s.precision), f3(s.recall), f3(s.f)] };
};
console.log(`## Main text: ${xeval} (snippet metric of extraction-eval/score.py)\n`);
console.log(table([ink, lin, ...(jsd !== undefined ? [jsd] : [])].map(textRow), ["precision", "recall", "F"]));
if (jsd !== undefined && jsd.pages < pages.length) {
  const sub = cases.slice(0, jsd.pages);
  const [a, b, c] = [ink, lin, jsd].map((r) => scoreText(sub, r.outputs.slice(0, jsd.pages)).f);
  console.log(`\nOn the first ${jsd.pages} pages, the ones jsdom ran: F inkstream ${f3(a ?? 0)}, Readability + linkedom ${f3(b ?? 0)}, Readability + jsdom ${f3(c ?? 0)}.`);
}
const ratio = ink.pages / ink.seconds / (lin.pages / lin.seconds);
console.log(`\ninkstream pages/s ÷ Readability + linkedom pages/s = **${ratio.toFixed(1)}×**\n`);

// dates
if (!args.includes("--no-dates")) {
  ensureUnpacked(deval, join(shared, "data", "date-eval", "pages.tar.gz"), "truth.jsonl");
  const { truth, pages: datePages } = loadDateSet(deval, pageCap);
  console.error(`date set: ${datePages.length} pages from ${deval}`);
  const inkD = await timed("inkstream metadata", datePages, inkstreamDate);
  const msD = await timed("metascraper + metascraper-date", datePages, metascraperDateOf);
  const files = datePages.map((p) => p.file);
  const dateRow = (run: Run<string | undefined>): { run: Run<unknown>; quality: string[] } => {
    const s = scoreDates(files, truth, run.outputs);
    return { run, quality: [f3(s.accuracy), f3(s.precision), f3(s.recall), f3(s.f)] };
  };
  console.log(`## Publication date: ${deval} (htmldate metric of date-eval/score.py, HTML alone)\n`);
  console.log(table([inkD, msD].map(dateRow), ["accuracy", "precision", "recall", "F"]));
  const dratio = inkD.pages / inkD.seconds / (msD.pages / msD.seconds);
  console.log(`\ninkstream pages/s ÷ metascraper-date pages/s = **${dratio.toFixed(1)}×**`);
}
