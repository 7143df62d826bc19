// pnpm --filter @inkstream/store bench:reads: what reading a search's hits costs, through ioredis's pipeline()
// against the same commands sent without one: each written on its own, or all in one write with the socket corked
// (sendTogether, what the store does). Each round reads 20 stored articles' title, url, language, date and text
// (HMGET, as a search loads its hits); each way runs READS_ROUNDS rounds in a fresh process of its own, the ways
// taking turns READS_TURNS times.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { resolve } from "node:path";
import { PerformanceObserver, constants, type PerformanceEntry } from "node:perf_hooks";
import { Redis } from "ioredis";
import { z } from "zod";
import { keysFor } from "../src/keys.ts";
import { sendTogether } from "../src/send-together.ts";
import { recordFields } from "../src/index-data.ts";
import { benchConfig } from "./config.ts";
import { generateArticle, loadVocabulary } from "./corpus.ts";

const config = benchConfig();
const settings = z
  .object({
    READS_ROUNDS: z.coerce.number().int().min(100).max(1_000_000).default(3000),
    READS_TURNS: z.coerce.number().int().min(1).max(20).default(2),
  })
  .parse(process.env);
const ARTICLES = 200;
const PER_ROUND = 20;
const FIELDS = ["title", "url", "language", "publishedAt", "text"] as const;
const WAYS = ["pipeline", "separate", "together"] as const;
type Way = (typeof WAYS)[number];

interface Measured {
  way: Way;
  msPerRound: number;
  cpuUsPerRound: number;
  minor: number;
  minorMs: number;
  minorMaxMs: number;
  major: number;
  majorMs: number;
}

/** One way, in this process: the rounds, with the collector's pauses as the process saw them. */
async function child(way: Way, ns: string): Promise<void> {
  const redis = new Redis(config.REDIS_URL);
  const keys = keysFor(ns);
  const pauses: { kind: number; ms: number }[] = [];
  const watch = new PerformanceObserver((list) => {
    // Node puts the collection's kind in the entry's detail
    for (const e of list.getEntries() as (PerformanceEntry & { detail?: { kind?: number } })[]) pauses.push({ kind: e.detail?.kind ?? 0, ms: e.duration });
  });
  const round = async (k: number): Promise<number> => {
    const ids = Array.from({ length: PER_ROUND }, (_, j) => keys.record(`a${(k * 7 + j) % ARTICLES}`));
    if (way === "pipeline") {
      const pipe = redis.pipeline();
      for (const id of ids) pipe.hmget(id, ...FIELDS);
      return ((await pipe.exec()) ?? []).length;
    }
    if (way === "together") return (await sendTogether(redis, ids, (id) => redis.hmget(id, ...FIELDS))).length;
    return (await Promise.all(ids.map((id) => redis.hmget(id, ...FIELDS)))).length;
  };
  // warm: the JIT and the connection
  for (let k = 0; k < 200; k++) await round(k);
  watch.observe({ entryTypes: ["gc"] });
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let rows = 0;
  for (let k = 0; k < settings.READS_ROUNDS; k++) rows += await round(k);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  // the observer reports on a later turn of the event loop
  await new Promise((r) => setTimeout(r, 50));
  watch.disconnect();
  if (rows !== settings.READS_ROUNDS * PER_ROUND) throw new Error(`read ${rows} rows, expected ${settings.READS_ROUNDS * PER_ROUND}`);
  const minor = pauses.filter((p) => p.kind === constants.NODE_PERFORMANCE_GC_MINOR);
  const major = pauses.filter((p) => p.kind === constants.NODE_PERFORMANCE_GC_MAJOR);
  const out: Measured = {
    way,
    msPerRound: ms / settings.READS_ROUNDS,
    cpuUsPerRound: (cpu.user + cpu.system) / settings.READS_ROUNDS,
    minor: minor.length,
    minorMs: minor.reduce((a, p) => a + p.ms, 0),
    minorMaxMs: Math.max(0, ...minor.map((p) => p.ms)),
    major: major.length,
    majorMs: major.reduce((a, p) => a + p.ms, 0),
  };
  process.stdout.write(JSON.stringify(out));
  await redis.quit();
}

async function main(): Promise<void> {
  const ns = `reads_${randomBytes(3).toString("hex")}`;
  const redis = new Redis(config.REDIS_URL);
  const keys = keysFor(ns);
  const vocab = loadVocabulary(resolve(import.meta.dirname, "../../../samples"), config.BENCH_PAGES_TARBALL);
  const langs = [...vocab.keys()];
  const sizes = langs.map((l) => vocab.get(l)?.length ?? 0);
  const sum = sizes.reduce((a, b) => a + b, 0);
  try {
    for (let i = 0; i < ARTICLES; i++) {
      const record = generateArticle(i, vocab, langs, sizes.map((s) => s / sum), Date.now());
      await redis.hset(keys.record(`a${i}`), ...recordFields(record));
    }
    const results: Measured[] = [];
    for (let turn = 0; turn < settings.READS_TURNS; turn++) {
      for (const way of WAYS) {
        const out = execFileSync(process.execPath, [...process.execArgv, import.meta.filename, way, ns], { encoding: "utf8", env: process.env });
        results.push(JSON.parse(out) as Measured);
      }
    }
    const per1000 = (n: number) => ((n / settings.READS_ROUNDS) * 1000).toFixed(1);
    console.log(`\n## reads bench (${new Date().toISOString().slice(0, 10)}): ${settings.READS_ROUNDS} rounds of ${PER_ROUND} HMGETs of stored articles, per way and turn\n`);
    console.log("| way | turn | ms per round | CPU µs per round | minor GCs per 1,000 rounds | their pauses: all / longest (ms) | major GCs | their pauses (ms) |");
    console.log("|---|---|---|---|---|---|---|---|");
    results.forEach((r, i) => {
      console.log(
        `| ${r.way} | ${Math.floor(i / WAYS.length) + 1} | ${r.msPerRound.toFixed(3)} | ${r.cpuUsPerRound.toFixed(0)} | ${per1000(r.minor)} | ${r.minorMs.toFixed(0)} / ${r.minorMaxMs.toFixed(1)} | ${r.major} | ${r.majorMs.toFixed(0)} |`,
      );
    });
    const total = (way: Way, f: (r: Measured) => number) => results.filter((r) => r.way === way).reduce((a, r) => a + f(r), 0);
    for (const way of ["separate", "together"] as const) {
      const cpu = total(way, (r) => r.cpuUsPerRound) / total("pipeline", (r) => r.cpuUsPerRound);
      const gc = total(way, (r) => r.minorMs + r.majorMs) / total("pipeline", (r) => r.minorMs + r.majorMs);
      console.log(`ratio ${way} / pipeline: CPU ${cpu.toFixed(2)}, collector pauses ${gc.toFixed(2)}`);
    }
  } finally {
    await redis.del(...Array.from({ length: ARTICLES }, (_, i) => keys.record(`a${i}`)));
    await redis.quit();
  }
}

const [way, ns] = process.argv.slice(2);
if (WAYS.includes(way as Way)) await child(way as Way, ns ?? "");
else await main();
