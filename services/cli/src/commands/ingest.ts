import { ensureStream, hasConsumer, ingestUrls, type IngestOutcome } from "@inkstream/bus";
import { openStore, type ArticleStore } from "@inkstream/store";
import type { CliConfig } from "../config.ts";
import { expandInputs, toIngestUrl } from "../inputs.ts";
import { printJson, say } from "../output.ts";
import { withBus } from "../with-bus.ts";

export interface IngestFlags {
  wait: boolean;
  force: boolean;
  timeoutMs: number;
}

/** The JSON line printed for one outcome, with the stored record when it was indexed. */
export async function outcomeLine(o: IngestOutcome, store: ArticleStore | undefined) {
  if (o.outcome === "failed") return { url: o.url, id: o.id, outcome: o.outcome, reason: o.reason, message: o.message, ...(o.stage ? { stage: o.stage } : {}) };
  const record = store ? await store.get(o.id) : null;
  const detail = "indexed" in o ? { change: o.indexed.change, version: o.indexed.version } : { reason: o.skipped.reason, message: o.skipped.message };
  return { url: o.url, id: o.id, outcome: o.outcome, ...detail, ...(record ? { record } : {}) };
}

/** Publishes ingest requests; with --wait prints each final outcome and exits 1 if any failed. */
export async function ingestCommand(inputs: readonly string[], flags: IngestFlags, config: CliConfig): Promise<number> {
  const urls = expandInputs(inputs).map(toIngestUrl);
  if (urls.length === 0) {
    say("inkstream ingest: give at least one URL, file or directory");
    return 2;
  }
  return withBus(config, async (bus) => {
    const store = flags.wait ? openStore(config.REDIS_URL, config.INK_NAMESPACE) : undefined;
    try {
      // requests are kept in the stream until a fetcher takes them, even when none runs yet
      await ensureStream(bus);
      if (!(await hasConsumer(bus, "fetcher"))) {
        say(`inkstream ingest: no fetcher has consumed namespace "${config.INK_NAMESPACE}" yet; the requests wait in the stream until the pipeline runs (pnpm start)`);
      }
      const lines: Promise<void>[] = [];
      const outcomes = await ingestUrls(bus, urls, {
        source: "cli",
        force: flags.force,
        wait: flags.wait,
        timeoutMs: flags.timeoutMs,
        onOutcome: (o) => lines.push(outcomeLine(o, store).then(printJson)),
      });
      await Promise.all(lines);
      if (!flags.wait) {
        for (const url of urls) printJson({ url, outcome: "requested" });
        return 0;
      }
      return outcomes.some((o) => o.outcome === "failed") ? 1 : 0;
    } finally {
      await store?.close();
    }
  });
}

