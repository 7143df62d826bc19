// pnpm --filter @inkstream/indexer bench: the indexer service itself, through NATS JetStream: enriched events already
// in the stream, the service started in this process (as in production: consume, validate, upsert, publish the
// public event, ack). Each run times the service in its steady state: the first half of the events warms it up (the
// JIT, and the lexicons of the thread or threads that analyse, which a new analysis thread starts without), the
// second half is timed until every article is indexed and again until the merges it left are finished. Runs of each
// INK_INDEX_CONCURRENCY and INK_INDEX_ANALYSIS_THREADS take turns, each in a namespace of its own that is deleted
// afterwards.
import { availableParallelism, loadavg } from "node:os";
import { z } from "zod";
import type { ArticleEnriched } from "@inkstream/contracts";
import { openStore } from "@inkstream/store";
import { createTestEnv, serviceEnv } from "@inkstream/testkit";
import { loadIndexerConfig, startIndexer } from "../src/index.ts";
import { generateEvents, natsPortOf, numberList, pagesTarball, natsServerCpuSeconds, publishAll, redisCpuSeconds } from "./bench-feed.ts";

const config = z
  .object({
    /** enriched events per run: the first half warms the service up, the second half is timed */
    BENCH_INDEX_EVENTS: z.coerce.number().int().min(1000).max(200_000).default(20_000),
    /** the INK_INDEX_CONCURRENCY values compared */
    BENCH_INDEX_CONCURRENCY: numberList("200", 256),
    /** the INK_INDEX_ANALYSIS_THREADS values compared (0: analysed in the thread that writes) */
    BENCH_INDEX_ANALYSIS_THREADS: numberList("0,1", 16, 0),
    /** each combination of the two lists is run this many times, taking turns */
    BENCH_INDEX_ROUNDS: z.coerce.number().int().min(1).max(10).default(2),
    BENCH_PAGES_TARBALL: pagesTarball,
  })
  .parse(process.env);

const log = (line: string) => process.stderr.write(`${line}\n`);

interface Run {
  concurrency: number;
  threads: number;
  perSecond: number;
  /** counting the time until the merges left behind were finished too */
  settledPerSecond: number;
  /** this process's CPU (every thread: the service, its analysis threads, the bench's polling) */
  nodeUs: number;
  redisUs: number;
  /** the local nats-server's CPU per record while the service ran (delivery, acks, the indexed events); NaN: none */
  natsUs: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function run(events: readonly ArticleEnriched[], concurrency: number, threads: number): Promise<Run> {
  const env = await createTestEnv("indexer-bench");
  try {
    // the stream holds every event before the service starts
    await publishAll(env, events);
    const store = openStore(env.redisUrl, env.namespace, { redis: env.redis });
    const indexed = () => env.redis.zcard(store.keys.byIndexed);
    const service = await startIndexer(loadIndexerConfig(serviceEnv(env, { INK_INDEX_CONCURRENCY: String(concurrency), INK_INDEX_ANALYSIS_THREADS: String(threads) })), env.logger, { bus: env.bus });
    const deadline = Date.now() + 600_000;
    const waitFor = async (n: number) => {
      while ((await indexed()) < n) {
        if (Date.now() > deadline) {
          await service.stop();
          throw new Error(`the indexer did not index ${n} of ${events.length} events in 10 minutes`);
        }
        await sleep(5);
      }
    };
    // the first half warms the service up; the clocks start at the first poll that finds it indexed
    await waitFor(events.length / 2);
    const n0 = await indexed();
    const cpu0 = process.cpuUsage();
    const redis0 = await redisCpuSeconds(env);
    const natsPort = natsPortOf(env.natsUrl);
    const nats0 = natsServerCpuSeconds(natsPort);
    const t0 = performance.now();
    await waitFor(events.length);
    const ms = performance.now() - t0;
    const n = events.length - n0;
    const natsUs = ((natsServerCpuSeconds(natsPort) - nats0) * 1e6) / n;
    // every article is indexed; the merges its segments still wait for are the same work, done later: stopping the
    // service finishes the one running, and compaction under the same policy the rest
    await service.stop();
    while ((await store.compact()).merges > 0);
    await store.close();
    const settledMs = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const redisUs = (((await redisCpuSeconds(env)) - redis0) * 1e6) / n;
    return { concurrency, threads, perSecond: n / (ms / 1000), settledPerSecond: n / (settledMs / 1000), nodeUs: (cpu.user + cpu.system) / n, redisUs, natsUs };
  } finally {
    await env.cleanup();
  }
}

const events = generateEvents(config.BENCH_INDEX_EVENTS, config.BENCH_PAGES_TARBALL);
const bytes = events.reduce((n, e) => n + JSON.stringify(e).length, 0) / events.length;
const combos = config.BENCH_INDEX_CONCURRENCY.flatMap((concurrency) => config.BENCH_INDEX_ANALYSIS_THREADS.map((threads) => ({ concurrency, threads })));
const load0 = loadavg()[0] ?? 0;
const runs: Run[] = [];
for (let round = 0; round < config.BENCH_INDEX_ROUNDS; round++) {
  for (const { concurrency, threads } of combos) {
    const r = await run(events, concurrency, threads);
    runs.push(r);
    log(`  concurrency ${concurrency}, ${threads} analysis thread(s): ${r.perSecond.toFixed(0)} records/s (${r.settledPerSecond.toFixed(0)} with merges finished)`);
  }
}
const out = (s = "") => process.stdout.write(`${s}\n`);
out(`## indexer service bench (${new Date().toISOString().slice(0, 10)}, ${events.length} enriched events of ${(bytes / 1024).toFixed(1)} KiB per run, the second half timed)`);
out();
out(`Load average (1 min) ${load0.toFixed(1)} before, ${(loadavg()[0] ?? 0).toFixed(1)} after. Node CPU is this process, every thread: the service (consume, zod, analysis, upsert, publish, ack) and the bench's polling.`);
out();
out(`The ceiling is what this machine's ${availableParallelism()} cores could index if Node, Redis and the NATS server used them fully: cores × 10⁶ / their CPU µs per record.`);
out();
out("| INK_INDEX_CONCURRENCY | INK_INDEX_ANALYSIS_THREADS | run | indexed records/s | the same, merges finished | Node CPU µs per record | Redis CPU µs per record | NATS server CPU µs per record | ceiling records/s |");
out("|---|---|---|---|---|---|---|---|---|");
for (const { concurrency, threads } of combos) {
  runs
    .filter((r) => r.concurrency === concurrency && r.threads === threads)
    .forEach((r, i) => {
      const ceiling = Number.isFinite(r.natsUs) ? ((availableParallelism() * 1e6) / (r.nodeUs + r.redisUs + r.natsUs)).toFixed(0) : "n/a";
      out(`| ${concurrency} | ${threads} | ${i + 1} | ${r.perSecond.toFixed(0)} | ${r.settledPerSecond.toFixed(0)} | ${r.nodeUs.toFixed(0)} | ${r.redisUs.toFixed(0)} | ${Number.isFinite(r.natsUs) ? r.natsUs.toFixed(0) : "n/a"} | ${ceiling} |`);
    });
}
const best = (c: { concurrency: number; threads: number }) => Math.max(...runs.filter((r) => r.concurrency === c.concurrency && r.threads === c.threads).map((r) => r.settledPerSecond));
const [first, ...rest] = combos;
if (first) for (const c of rest) out(`\nratio best of (concurrency ${c.concurrency}, ${c.threads} thread(s)) / best of (${first.concurrency}, ${first.threads}), merges finished: ${(best(c) / best(first)).toFixed(2)}`);
