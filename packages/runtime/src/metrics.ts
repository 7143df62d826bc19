import { Counter, Histogram, Gauge, register, collectDefaultMetrics } from "prom-client";

export { register };

let defaultsStarted = false;
/** Process metrics (CPU, memory, event loop) once per process. */
export function startDefaultMetrics(): void {
  if (defaultsStarted) return;
  defaultsStarted = true;
  collectDefaultMetrics({ prefix: "inkstream_" });
}

// Several services may share one process (local runs, tests): reuse a metric registered before.
export function counter(name: string, help: string, labelNames: readonly string[]): Counter {
  return (register.getSingleMetric(name) as Counter | undefined) ?? new Counter({ name, help, labelNames });
}

export function histogram(name: string, help: string, labelNames: readonly string[], buckets?: number[]): Histogram {
  return (
    (register.getSingleMetric(name) as Histogram | undefined) ??
    new Histogram({ name, help, labelNames, ...(buckets ? { buckets } : {}) })
  );
}

export function gauge(name: string, help: string, labelNames: readonly string[]): Gauge {
  return (register.getSingleMetric(name) as Gauge | undefined) ?? new Gauge({ name, help, labelNames });
}
