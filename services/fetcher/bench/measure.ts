import { loadavg } from "node:os";

export const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
export const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
export const load = () => loadavg().map((l) => l.toFixed(2)).join(" ");

// with --expose-gc (the bench script passes it) heap figures are what survives a full collection
const gc = (globalThis as { gc?: () => void }).gc;
const settled = () => {
  gc?.();
  return process.memoryUsage();
};

export interface RunResult {
  runner: string;
  pages: number;
  ok: number;
  seconds: number;
  latenciesMs: number[];
  rss: { start: number; atTenth: number; peak: number; end: number; heapAtTenth: number; heapEnd: number };
}

/**
 * Runs `one(i)` for i in [0, n) with `concurrency` in flight (a closed loop), timing each, sampling RSS,
 * and starting nothing new after `maxMs`.
 */
export async function closedLoop(runner: string, n: number, concurrency: number, maxMs: number, one: (i: number) => Promise<boolean>): Promise<RunResult> {
  const latenciesMs: number[] = [];
  const start = settled().rss;
  let peak = start;
  let atTenth = start;
  let heapAtTenth = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const t0 = performance.now();
  let next = 0;
  let ok = 0;
  const worker = async () => {
    while (next < n && performance.now() - t0 < maxMs) {
      const i = next++;
      const t = performance.now();
      if (await one(i)) ok++;
      latenciesMs.push(performance.now() - t);
      if (latenciesMs.length === Math.ceil(n / 10)) {
        ({ rss: atTenth, heapUsed: heapAtTenth } = settled());
        peak = Math.max(peak, atTenth);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  const mem = settled();
  peak = Math.max(peak, mem.rss);
  latenciesMs.sort((a, b) => a - b);
  return { runner, pages: latenciesMs.length, ok, seconds, latenciesMs, rss: { start, atTenth, peak, end: mem.rss, heapAtTenth, heapEnd: mem.heapUsed } };
}
