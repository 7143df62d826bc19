// Runs one extractor over pages in this process and records per-page time and peak memory.
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

const gc = (globalThis as { gc?: () => void }).gc;

/** Times `extract` page by page (sync or async), sampling RSS and heap after each page. */
export async function measure<T>(name: string, pages: readonly Page[], extract: (p: Page) => T | Promise<T>): Promise<Run<T>> {
  gc?.();
  const outputs: T[] = [];
  const msPerPage: number[] = [];
  let bytes = 0;
  let peakRss = 0;
  let peakHeap = 0;
  const t0 = performance.now();
  for (const p of pages) {
    const t = performance.now();
    outputs.push(await extract(p));
    msPerPage.push(performance.now() - t);
    bytes += p.bytes.length;
    const m = process.memoryUsage();
    if (m.rss > peakRss) peakRss = m.rss;
    if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
  }
  const seconds = (performance.now() - t0) / 1000;
  return { name, outputs, pages: pages.length, bytes, seconds, msPerPage, peakRssMb: peakRss / 2 ** 20, peakHeapMb: peakHeap / 2 ** 20 };
}

/** The q-quantile (0..1) of a list of numbers, nearest rank. */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}
