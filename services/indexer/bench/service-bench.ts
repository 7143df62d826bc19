// pnpm --filter @inkstream/indexer bench: the indexer service itself, through NATS JetStream: enriched events already
// in the stream, the service started in this process (as in production: consume, validate, upsert, publish the
// public event, ack), timed until every article is indexed and again until the merges it left are finished. Runs of
// each INK_INDEX_CONCURRENCY take turns, each in a namespace of its own that is deleted afterwards.
import { availableParallelism, loadavg } from "node:os";
import { z } from "zod";
import type { ArticleEnriched } from "@inkstream/contracts";
import { openStore } from "@inkstream/store";
import { createTestEnv, serviceEnv } from "@inkstream/testkit";
import { loadIndexerConfig, startIndexer } from "../src/index.ts";
import { generateEvents, natsPortOf, numberList, pagesTarball, natsServerCpuSeconds, publishAll, redisCpuSeconds } from "./bench-feed.ts";

const config = z
  .object({
    /** enriched events per run */
    BENCH_INDEX_EVENTS: z.coerce.number().int().min(500).max(200_000).default(10_000),
    /** the INK_INDEX_CONCURRENCY values compared, each run this many times (taking turns) */
    BENCH_INDEX_CONCURRENCY: numberList("50,200", 256),
    BENCH_INDEX_ROUNDS: z.coerce.number().int().min(1).max(10).default(2),
    /** the indexer's INK_INDEX_ANALYSIS_THREADS in every run */
    BENCH_INDEX_ANALYSIS_THREADS: z.coerce.number().int().min(0).max(16).default(0),
    BENCH_PAGES_TARBALL: pagesTarball,
  })
  .parse(process.env);

const log = (line: string) => process.stderr.write(`${line}\n`);

interface Run {
  concurrency: number;
  perSecond: number;
  /** counting the time until the merges left behind were finished too */
  settledPerSecond: number;
  nodeUs: number;
  redisUs: number;
  /** the local nats-server's CPU per record while the service ran (delivery, acks, the indexed events); NaN: none */
  natsUs: number;
}

async function run(events: readonly ArticleEnriched[], concurrency: number): Promise<Run> {
  const env = await createTestEnv("indexer-bench");
  try {
    // the stream holds every event before the service starts
    await publishAll(env, events);
    const store = openStore(env.redisUrl, env.namespace, { redis: env.redis });
    const cpu0 = process.cpuUsage();
    const redis0 = await redisCpuSeconds(env);
    const natsPort = natsPortOf(env.natsUrl);
    const nats0 = natsServerCpuSeconds(natsPort);
    const t0 = performance.now();
    const service = await startIndexer(loadIndexerConfig(serviceEnv(env, { INK_INDEX_CONCURRENCY: String(concurrency), INK_INDEX_ANALYSIS_THREADS: String(config.BENCH_INDEX_ANALYSIS_THREADS) })), env.logger, { bus: env.bus });
    while ((await env.redis.zcard(store.keys.byIndexed)) < events.length) await new Promise((r) => setTimeout(r, 20));
    const ms = performance.now() - t0;
    const natsUs = ((natsServerCpuSeconds(natsPort) - nats0) * 1e6) / events.length;
    // every article is indexed; the merges its segments still wait for are the same work, done later: stopping the
    // service finishes the one running, and compaction under the same policy the rest
    await service.stop();
    while ((await store.compact()).merges > 0);
    await store.close();
    const settledMs = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const redisUs = (((await redisCpuSeconds(env)) - redis0) * 1e6) / events.length;
    return { concurrency, perSecond: events.length / (ms / 1000), settledPerSecond: events.length / (settledMs / 1000), nodeUs: (cpu.user + cpu.system) / events.length, redisUs, natsUs };
  } finally {
    await env.cleanup();
  }
}

const events = generateEvents(config.BENCH_INDEX_EVENTS, config.BENCH_PAGES_TARBALL);
const bytes = events.reduce((n, e) => n + JSON.stringify(e).length, 0) / events.length;
// one run first, not reported: the JIT and the per-language lexicons of this process warm up, as in an indexer that
// has been running (the lexicons are the process's; every run after it finds them warm)
log(`  warm-up: ${(await run(events, Math.max(...config.BENCH_INDEX_CONCURRENCY))).perSecond.toFixed(0)} records/s`);
const load0 = loadavg()[0] ?? 0;
const runs: Run[] = [];
for (let round = 0; round < config.BENCH_INDEX_ROUNDS; round++) {
  for (const c of config.BENCH_INDEX_CONCURRENCY) {
    const r = await run(events, c);
    runs.push(r);
    log(`  concurrency ${c}: ${r.perSecond.toFixed(0)} records/s (${r.settledPerSecond.toFixed(0)} with merges finished)`);
  }
}
const out = (s = "") => process.stdout.write(`${s}\n`);
out(`## indexer service bench (${new Date().toISOString().slice(0, 10)}, ${events.length} enriched events of ${(bytes / 1024).toFixed(1)} KiB per run, ${config.BENCH_INDEX_ANALYSIS_THREADS} analysis thread(s))`);
out();
out(`Load average (1 min) ${load0.toFixed(1)} before, ${(loadavg()[0] ?? 0).toFixed(1)} after. Node CPU is this process: the service (consume, zod, upsert, publish, ack) and the bench's polling.`);
out();
out(`The ceiling is what this machine's ${availableParallelism()} cores could index if Node, Redis and the NATS server used them fully: cores × 10⁶ / their CPU µs per record.`);
out();
out("| INK_INDEX_CONCURRENCY | run | indexed records/s | the same, merges finished | Node CPU µs per record | Redis CPU µs per record | NATS server CPU µs per record | ceiling records/s |");
out("|---|---|---|---|---|---|---|---|");
for (const c of config.BENCH_INDEX_CONCURRENCY) {
  runs
    .filter((r) => r.concurrency === c)
    .forEach((r, i) => {
      const ceiling = Number.isFinite(r.natsUs) ? ((availableParallelism() * 1e6) / (r.nodeUs + r.redisUs + r.natsUs)).toFixed(0) : "n/a";
      out(`| ${c} | ${i + 1} | ${r.perSecond.toFixed(0)} | ${r.settledPerSecond.toFixed(0)} | ${r.nodeUs.toFixed(0)} | ${r.redisUs.toFixed(0)} | ${Number.isFinite(r.natsUs) ? r.natsUs.toFixed(0) : "n/a"} | ${ceiling} |`);
    });
}
const best = (c: number) => Math.max(...runs.filter((r) => r.concurrency === c).map((r) => r.settledPerSecond));
const [first, ...rest] = config.BENCH_INDEX_CONCURRENCY;
if (first !== undefined) for (const c of rest) out(`\nratio best of concurrency ${c} / best of ${first}, merges finished: ${(best(c) / best(first)).toFixed(2)}`);
