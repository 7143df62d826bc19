import { Counter, Histogram, register } from "prom-client";

// Several stages may share one process (local runs, tests): reuse metrics registered before.
function getOrCreate<T>(name: string, make: () => T): T {
  return (register.getSingleMetric(name) as T | undefined) ?? make();
}

export function stageMetrics() {
  return {
    messages: getOrCreate(
      "inkstream_stage_messages_total",
      () => new Counter({ name: "inkstream_stage_messages_total", help: "Messages a stage finished, by outcome and failure reason", labelNames: ["stage", "outcome", "reason"] }),
    ),
    seconds: getOrCreate(
      "inkstream_stage_handle_seconds",
      () => new Histogram({ name: "inkstream_stage_handle_seconds", help: "Time to handle one message", labelNames: ["stage"], buckets: [0.005, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] }),
    ),
  };
}
