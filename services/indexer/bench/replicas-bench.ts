// pnpm --filter @inkstream/indexer bench:replicas: one indexer process against several, on one machine. The enriched
// events are in the stream first; then BENCH_REPLICAS processes of the indexer's own entry point (src/main.ts, as an
// operator runs it) share its durable consumer, each started cold. Timed from the first article indexed to the last
// (startup left out), with the CPU of every replica, of Redis and of the local NATS server. Counts take turns, each
// run in a namespace of its own that is deleted afterwards.
import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";
import { availableParallelism, loadavg } from "node:os";
import { z } from "zod";
import { openStore } from "@inkstream/store";
import { createTestEnv, serviceEnv } from "@inkstream/testkit";
import { generateEvents, natsPortOf, numberList, pagesTarball, natsServerCpuSeconds, processCpuSeconds, publishAll, redisCpuSeconds } from "./bench-feed.ts";

const config = z
  .object({
    /** enriched events per run */
    BENCH_REPLICA_EVENTS: z.coerce.number().int().min(1000).max(200_000).default(20_000),
    /** the replica counts compared, each run this many times (taking turns) */
    BENCH_REPLICAS: numberList("1,2", 8),
    BENCH_REPLICA_ROUNDS: z.coerce.number().int().min(1).max(10).default(2),
    BENCH_PAGES_TARBALL: pagesTarball,
    /** passed on to the replicas (their analysis threads); unset: the indexer's default */
    INK_INDEX_ANALYSIS_THREADS: z.string().optional(),
  })
  .parse(process.env);

const log = (line: string) => process.stderr.write(`${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Run {
  replicas: number;
  perSecond: number;
  nodeUs: number;
  redisUs: number;
  natsUs: number;
}

async function run(events: Parameters<typeof publishAll>[1], replicas: number): Promise<Run> {
  const env = await createTestEnv("indexer-replicas");
  const children: ChildProcess[] = [];
  try {
    await publishAll(env, events);
    const store = openStore(env.redisUrl, env.namespace, { redis: env.redis });
    // their logs are silent (serviceEnv); a crash still prints to this stderr
    for (let i = 0; i < replicas; i++) {
      children.push(spawn(process.execPath, ["--import", "tsx", resolve(import.meta.dirname, "../src/main.ts")], { env: { ...process.env, ...serviceEnv(env) }, stdio: ["ignore", "ignore", "inherit"] }));
    }
    const deadline = Date.now() + 600_000;
    while ((await env.redis.zcard(store.keys.byIndexed)) === 0) {
      if (Date.now() > deadline || children.some((c) => c.exitCode !== null || c.signalCode !== null)) throw new Error("the indexer processes did not start indexing");
      await sleep(5);
    }
    const natsPort = natsPortOf(env.natsUrl);
    const [n0, redis0, nats0] = [await env.redis.zcard(store.keys.byIndexed), await redisCpuSeconds(env), natsServerCpuSeconds(natsPort)];
    const node0 = children.map((c) => processCpuSeconds(c.pid ?? 0));
    const t0 = performance.now();
    while ((await env.redis.zcard(store.keys.byIndexed)) < events.length) {
      if (Date.now() > deadline) throw new Error("the indexer processes did not index every event in time");
      await sleep(20);
    }
    const seconds = (performance.now() - t0) / 1000;
    const n = events.length - n0;
    const nodeSeconds = children.reduce((sum, c, i) => sum + processCpuSeconds(c.pid ?? 0) - (node0[i] ?? NaN), 0);
    const result: Run = {
      replicas,
      perSecond: n / seconds,
      nodeUs: (nodeSeconds * 1e6) / n,
      redisUs: (((await redisCpuSeconds(env)) - redis0) * 1e6) / n,
      natsUs: ((natsServerCpuSeconds(natsPort) - nats0) * 1e6) / n,
    };
    await store.close();
    return result;
  } finally {
    const running = children.filter((c) => c.exitCode === null && c.signalCode === null);
    // attached in this turn: the exit event cannot come before
    const exits = running.map((c) => new Promise((r) => c.once("exit", r)));
    for (const c of running) c.kill("SIGTERM");
    await Promise.all(exits);
    await env.cleanup();
  }
}

const events = generateEvents(config.BENCH_REPLICA_EVENTS, config.BENCH_PAGES_TARBALL);
const load0 = loadavg()[0] ?? 0;
const runs: Run[] = [];
for (let round = 0; round < config.BENCH_REPLICA_ROUNDS; round++) {
  for (const replicas of config.BENCH_REPLICAS) {
    const r = await run(events, replicas);
    runs.push(r);
    log(`  ${replicas} replica(s): ${r.perSecond.toFixed(0)} records/s`);
  }
}
const us = (x: number) => (Number.isFinite(x) ? x.toFixed(0) : "n/a");
const out = (s = "") => process.stdout.write(`${s}\n`);
out(`## indexer replicas bench (${new Date().toISOString().slice(0, 10)}, ${events.length} enriched events per run, ${availableParallelism()} cores)`);
out();
out(`Load average (1 min) ${load0.toFixed(1)} before, ${(loadavg()[0] ?? 0).toFixed(1)} after. Each replica is a process of its own with INK_INDEX_ANALYSIS_THREADS=${config.INK_INDEX_ANALYSIS_THREADS ?? "1 (the default)"}, started cold (its lexicons fill as it goes); records/s from the first article indexed to the last.`);
out();
out("| replicas | run | indexed records/s | Node CPU µs per record (all replicas) | Redis CPU µs per record | NATS server CPU µs per record |");
out("|---|---|---|---|---|---|");
for (const c of config.BENCH_REPLICAS) {
  runs.filter((r) => r.replicas === c).forEach((r, i) => out(`| ${c} | ${i + 1} | ${r.perSecond.toFixed(0)} | ${us(r.nodeUs)} | ${us(r.redisUs)} | ${us(r.natsUs)} |`));
}
const best = (c: number) => Math.max(...runs.filter((r) => r.replicas === c).map((r) => r.perSecond));
const [first, ...rest] = config.BENCH_REPLICAS;
if (first !== undefined) for (const c of rest) out(`\nratio best of ${c} replicas / best of ${first}: ${(best(c) / best(first)).toFixed(2)}`);
