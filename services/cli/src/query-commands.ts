import { connectBus, type Bus } from "@inkstream/bus";
import { createLogger } from "@inkstream/runtime";
import { UsageError, parseCommandArgs, type Command } from "./command.ts";
import { failuresList, failuresReplay } from "./commands/failures.ts";
import { healthCommand } from "./commands/health.ts";
import { compactCommand, reindexCommand } from "./commands/reindex.ts";
import { STAGE_INPUTS, replayStage, type ReplayStage } from "./commands/replay-events.ts";
import { searchCommand } from "./commands/search.ts";
import { tailCommand } from "./commands/tail.ts";
import { loadCliConfig } from "./config.ts";
import { printJson, say } from "./output.ts";

const int = (v: string | undefined, name: string, min = 0): number | undefined => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} takes an integer >= ${min}`);
  return n;
};

async function withBus(run: (bus: Bus) => Promise<number>): Promise<number> {
  const config = loadCliConfig();
  const logger = createLogger("cli", config.LOG_LEVEL, { stderr: true });
  const bus = await connectBus({ servers: config.NATS_URL, namespace: config.INK_NAMESPACE, name: "cli", logger });
  try {
    return await run(bus);
  } finally {
    await bus.nc.drain();
  }
}

/** Commands that read the store and the event stream (search, tail, failures, health, reindex, replay). */
export const queryCommands: Command[] = [
  {
    name: "search",
    usage: `search [words] [--lang de] [--tag t]... [--source host] [--section s] [--entity e] [--topic t]
         [--from time] [--to time] [--sort relevance|published] [--limit n] [--cursor c] [--all] [--no-facets]
      one JSON line per result page: hits (with snippets), total, facets, nextCursor`,
    run(args) {
      const { values, positionals } = parseCommandArgs(args, {
        lang: { type: "string" }, tag: { type: "string", multiple: true }, source: { type: "string" }, section: { type: "string" },
        entity: { type: "string" }, topic: { type: "string" }, from: { type: "string" }, to: { type: "string" }, sort: { type: "string" },
        limit: { type: "string" }, cursor: { type: "string" }, all: { type: "boolean", default: false }, "no-facets": { type: "boolean", default: false },
      });
      if (values.sort !== undefined && values.sort !== "relevance" && values.sort !== "published") throw new UsageError("--sort is relevance or published");
      const { tag, all, "no-facets": noFacets, limit, sort, ...rest } = values;
      return searchCommand(
        { ...rest, ...(positionals.length > 0 ? { q: positionals.join(" ") } : {}), ...(tag ? { tags: tag } : {}), ...(sort ? { sort } : {}), limit: int(limit, "limit", 1) ?? 20, facets: !noFacets },
        all,
        loadCliConfig(),
      );
    },
  },
  {
    name: "tail",
    usage: `tail [--since <seq>] [--count n]
      follow ink.article.indexed as JSON lines (with the stream sequence); --since resumes after a sequence`,
    run(args) {
      const { values } = parseCommandArgs(args, { since: { type: "string" }, count: { type: "string" } });
      const since = int(values.since, "since");
      const count = int(values.count, "count", 1);
      return withBus((bus) => tailCommand(bus, { ...(since !== undefined ? { since } : {}), ...(count !== undefined ? { count } : {}) }));
    },
  },
  {
    name: "failures",
    usage: `failures list [--after <seq>] [--limit n] | failures replay <id>
      failed events (id = stream sequence), oldest first; replay re-drives one`,
    run(args) {
      const [sub, ...rest] = args;
      if (sub === "list") {
        const { values } = parseCommandArgs(rest, { after: { type: "string" }, limit: { type: "string" } });
        return withBus((bus) => failuresList(bus, int(values.after, "after") ?? 0, int(values.limit, "limit", 1) ?? 100));
      }
      if (sub === "replay") {
        const { positionals } = parseCommandArgs(rest, {});
        const id = int(positionals[0], "id", 1);
        if (positionals.length !== 1 || id === undefined) throw new UsageError("failures replay takes one failure id");
        return withBus((bus) => failuresReplay(bus, id));
      }
      throw new UsageError("failures list | failures replay <id>");
    },
  },
  {
    name: "health",
    usage: `health [source] [--limit n]
      extraction health per source (host): share of articles with each field today against the week before;
      exit 1 when a field fell by 0.3 or more (a layout change the extractor no longer reads)`,
    run(args) {
      const { positionals, values } = parseCommandArgs(args, { limit: { type: "string" } });
      if (positionals.length > 1) throw new UsageError("health takes at most one source");
      return healthCommand(loadCliConfig(), positionals[0], int(values.limit, "limit", 1));
    },
  },
  {
    name: "reindex",
    usage: `reindex
      rebuild every article's index entries (full text, tags, duplicates) from the stored records`,
    run(args) {
      parseCommandArgs(args, {});
      return reindexCommand(loadCliConfig());
    },
  },
  {
    name: "compact",
    usage: `compact [--all]
      merge full-text segments now: by size tier (what indexers do as they write), or --all into as few as possible;
      for INK_INDEX_MERGES=off, run it from a timer or a process of its own`,
    run(args) {
      const { values } = parseCommandArgs(args, { all: { type: "boolean", default: false } });
      return compactCommand(loadCliConfig(), values.all ?? false);
    },
  },
  {
    name: "replay",
    usage: `replay --from <time> [--to <time>] [--stage fetcher|parser|enricher|indexer] [--dry-run]
      re-drive a stage (default indexer) with its input events from the stream, stamped in [from, to]`,
    async run(args) {
      const { values } = parseCommandArgs(args, { from: { type: "string" }, to: { type: "string" }, stage: { type: "string", default: "indexer" }, "dry-run": { type: "boolean", default: false } });
      const from = Date.parse(values.from ?? "");
      const to = values.to !== undefined ? Date.parse(values.to) : Date.now();
      if (!Number.isFinite(from) || !Number.isFinite(to)) throw new UsageError("--from (and --to) take an ISO 8601 time");
      if (!(values.stage in STAGE_INPUTS)) throw new UsageError(`--stage is one of ${Object.keys(STAGE_INPUTS).join(", ")}`);
      const stage = values.stage as ReplayStage;
      const n = await withBus((bus) =>
        replayStage(bus, stage, from, to, { dryRun: values["dry-run"], onEvent: (ev) => printJson({ seq: ev.streamSequence, type: ev.meta.type, subject: ev.meta.subject ?? null }) }),
      );
      say(`${values["dry-run"] ? "would replay" : "replayed"} ${n} ${STAGE_INPUTS[stage]} event(s) to the ${stage}`);
      return 0;
    },
  },
];
