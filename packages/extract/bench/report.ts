// Formats benchmark runs as Markdown tables.
import { quantile, type Run } from "./measure.ts";

export interface Row {
  run: Run<unknown>;
  quality: string[];
}

const f1 = (x: number): string => x.toFixed(1);
const f3 = (x: number): string => x.toFixed(3);

/** One Markdown table: speed and memory columns, then the quality columns named in `qualityHeads`. */
export function table(rows: readonly Row[], qualityHeads: readonly string[]): string {
  const head = ["extractor", "pages", "pages/s", "MB/s", "median ms", "p99 ms", "max ms", "peak RSS MB", "peak heap MB", ...qualityHeads];
  const out = [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`];
  for (const { run, quality } of rows) {
    const mb = run.bytes / 2 ** 20;
    out.push(
      `| ${[
        run.name, String(run.pages), f1(run.pages / run.seconds), f1(mb / run.seconds), f1(quantile(run.msPerPage, 0.5)),
        f1(quantile(run.msPerPage, 0.99)), f1(Math.max(0, ...run.msPerPage)), f1(run.peakRssMb), f1(run.peakHeapMb), ...quality,
      ].join(" | ")} |`,
    );
  }
  return out.join("\n");
}

export { f3 };
