// Runs extractors over pages in this process and records per-page time and peak memory. By default each runner
// goes through all its pages in turn, starting from a collected heap. With a chunk size the runners take turns
// in chunks instead, so that changing load from other processes on a shared machine falls on all of them alike
// (at the price of each one working in a heap holding the others' garbage).
import { performance } from "node:perf_hooks";
import type { Page } from "./corpus.ts";

export interface Run<T> {
  name: string;
  outputs: T[];
  pages: number;
  bytes: number;
  seconds: number;
  msPerPage: number[];
  peakRssMb: number;
  peakHeapMb: number;
}

export interface Runner<T> {
  name: string;
  pages: readonly Page[];
  extract: (p: Page) => T | Promise<T>;
}

const gc = (globalThis as { gc?: () => void }).gc;

/** Times every runner page by page, in turns of `chunk` pages each, sampling RSS and heap after each page. */
export async function measureAll<T>(runners: ReadonlyArray<Runner<T>>, chunk = Infinity): Promise<Array<Run<T>>> {
  const runs: Array<Run<T>> = runners.map((r) => ({
    name: r.name, outputs: [], pages: r.pages.length, bytes: 0, seconds: 0, msPerPage: [], peakRssMb: 0, peakHeapMb: 0,
  }));
  const longest = Math.max(0, ...runners.map((r) => r.pages.length));
  for (let start = 0; start < longest; start += chunk) {
    for (const [i, r] of runners.entries()) {
      const run = runs[i];
      if (run === undefined || start >= r.pages.length) continue;
      // a forced collection shrinks the heap, which slows what follows: only between whole runs
      if (chunk === Infinity) gc?.();
      for (const p of r.pages.slice(start, start + chunk)) {
        const t = performance.now();
        run.outputs.push(await r.extract(p));
        const ms = performance.now() - t;
        run.msPerPage.push(ms);
        run.seconds += ms / 1000;
        run.bytes += p.bytes.length;
        const m = process.memoryUsage();
        run.peakRssMb = Math.max(run.peakRssMb, m.rss / 2 ** 20);
        run.peakHeapMb = Math.max(run.peakHeapMb, m.heapUsed / 2 ** 20);
      }
    }
  }
  return runs;
}

/** The q-quantile (0..1) of a list of numbers, nearest rank. */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}
