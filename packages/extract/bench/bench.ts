// Speed and quality of inkstream's extractor against Mozilla Readability (over linkedom and over jsdom) on the
// extraction set, and of its date finder against metascraper-date on the date set, all in one process.
// usage: pnpm bench:extract [XEVAL_DIR] [--deval DIR] [--pages N] [--jsdom-pages N] [--interleave N] [--no-jsdom] [--no-dates]
// Runners go one after the other (inkstream first); --interleave N makes them take turns every N pages instead.
// env: BENCH_XEVAL, BENCH_DEVAL, BENCH_JSDOM_PAGES. Missing folders are unpacked from the shared archives.
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { ensureUnpacked, loadDateSet, loadTextSet, sharedDir } from "./corpus.ts";
import { measureAll, type Run, type Runner } from "./measure.ts";
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
const interleave = Number(flag("--interleave") ?? Infinity);
const WARMUP = 10;

const shared = sharedDir();
ensureUnpacked(xeval, join(shared, "data", "extraction-eval", "pages.tar.gz"), "cases.jsonl");

console.log(`# inkstream extraction benchmark`);
const load = (): string => loadavg().map((l) => l.toFixed(2)).join(" ");
console.log(`node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? "?"}), load at start ${load()}`);
console.log(`runners ${interleave === Infinity ? "one after the other" : `taking turns every ${interleave} pages`}\n`);

async function timed<T>(runners: ReadonlyArray<Runner<T>>): Promise<Array<Run<T>>> {
  for (const r of runners) for (const p of r.pages.slice(0, WARMUP)) await r.extract(p);
  const runs = await measureAll(runners, interleave);
  for (const run of runs) console.error(`  ${run.name}: ${run.pages} pages in ${run.seconds.toFixed(1)} s`);
  console.log(`(load after these runs: ${load()})\n`);
  return runs;
}

// main text
const { cases, pages } = loadTextSet(xeval, pageCap);
console.error(`extraction set: ${pages.length} pages from ${xeval}`);
const jsdomPages = args.includes("--no-jsdom") ? [] : pages.slice(0, jsdomCap);
const [ink, lin, jsd] = await timed<string>([
  { name: "inkstream", pages, extract: inkstreamText },
  { name: "Readability + linkedom", pages, extract: readabilityLinkedom },
  ...(jsdomPages.length > 0 ? [{ name: "Readability + jsdom", pages: jsdomPages, extract: readabilityJsdom }] : []),
]);
if (ink === undefined || lin === undefined) throw new Error("no pages to measure");

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
  const [inkD, msD] = await timed<string | undefined>([
    { name: "inkstream metadata", pages: datePages, extract: inkstreamDate },
    { name: "metascraper + metascraper-date", pages: datePages, extract: metascraperDateOf },
  ]);
  if (inkD === undefined || msD === undefined) throw new Error("no date pages to measure");
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
