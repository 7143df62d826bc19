// pnpm --filter @inkstream/fetcher bench: fetch throughput, per-page latency and memory against a local server.
import { fork } from "node:child_process";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { benchConfig } from "./bench-config.ts";
import { load, mb, percentile, type RunResult } from "./measure.ts";
import { runFetchHttp, runFetcher, runPlainFetch } from "./runners.ts";

const RUNNERS = { fetcher: runFetcher, "fetch-http": runFetchHttp, fetch: runPlainFetch } as const;

async function startServer(kb: number) {
  const child = fork(fileURLToPath(new URL("./page-server.ts", import.meta.url)), [String(kb)], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("message", (m) => resolve((m as { port: number }).port));
    child.once("exit", (code) => reject(new Error(`page server exited with ${code}`)));
  });
  return { url: (path: string) => `http://127.0.0.1:${port}${path}`, stop: () => child.disconnect() };
}

function row(r: RunResult, peer: RunResult | undefined): string {
  const rate = r.pages / r.seconds;
  const ratio = peer ? (rate / (peer.pages / peer.seconds)).toFixed(2) : "";
  const p = (q: number) => percentile(r.latenciesMs, q).toFixed(2);
  return `| ${r.runner} | ${r.pages} | ${r.ok} | ${rate.toFixed(0)} | ${ratio} | ${p(50)} | ${p(99)} | ${mb(r.rss.start)} | ${mb(r.rss.atTenth)} | ${mb(r.rss.peak)} | ${mb(r.rss.end)} | ${mb(r.rss.heapAtTenth)} | ${mb(r.rss.heapEnd)} |`;
}

async function main() {
  const c = benchConfig();
  const names = c.BENCH_RUNNERS.split(",").map((s) => s.trim()).filter((s): s is keyof typeof RUNNERS => s in RUNNERS);
  const server = await startServer(c.BENCH_PAGE_KB);
  const loadBefore = load();
  const results: RunResult[] = [];
  try {
    // the fetcher runs first, so its RSS is not inflated by the other runners' leftovers
    for (const name of names) {
      results.push(await RUNNERS[name](c, server.url));
      console.error(`${name}: ${results.at(-1)?.pages} pages`);
    }
  } finally {
    server.stop();
  }
  const peer = results.find((r) => r.runner.startsWith("fetch()"));
  console.log(`\n## fetch bench (${new Date().toISOString().slice(0, 10)}; ${c.BENCH_PAGES} pages of ${c.BENCH_PAGE_KB} KB, concurrency ${c.BENCH_CONCURRENCY}, politeness off)`);
  console.log(`\nNode ${process.version}, ${cpus().length} CPUs, load before ${loadBefore}, after ${load()}\n`);
  console.log("| runner | pages | ok | pages/s | ÷ fetch() | p50 ms | p99 ms | RSS start MB | RSS at 10% MB | RSS peak MB | RSS end MB | heap at 10% MB | heap end MB |");
  console.log("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
  for (const r of results) console.log(row(r, peer));
  process.exit(0);
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
