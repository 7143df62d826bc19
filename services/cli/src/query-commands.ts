import { UsageError, cliConfig, intOption, parseCommandArgs, type Command } from "./command.ts";

/** Commands that read the store and the event stream (search, tail, failures, health, reindex, replay). */
export const queryCommands: Command[] = [
  {
    name: "search",
    usage: `search [words] [--lang de] [--tag t]... [--source host] [--section s] [--entity e] [--topic t]
         [--from time] [--to time] [--sort relevance|published] [--limit n] [--cursor c] [--all] [--no-facets]
      one JSON line per result page: hits (with snippets), total, facets, nextCursor; --all walks every page;
      as in /v1/search: words up to 500 characters, --lang a 2-3 letter code, --limit 1-100 (20), ISO 8601 times, --from not after --to`,
    async run(args) {
      const { values, positionals } = parseCommandArgs(args, {
        lang: { type: "string" }, tag: { type: "string", multiple: true }, source: { type: "string" }, section: { type: "string" },
        entity: { type: "string" }, topic: { type: "string" }, from: { type: "string" }, to: { type: "string" }, sort: { type: "string" },
        limit: { type: "string" }, cursor: { type: "string" }, all: { type: "boolean", default: false }, "no-facets": { type: "boolean", default: false },
      });
      const { tag, all, "no-facets": noFacets, ...rest } = values;
      const [{ searchOptions }, { searchCommand }] = await Promise.all([import("./search-args.ts"), import("./commands/search.ts")]);
      const options = searchOptions({ ...rest, ...(positionals.length > 0 ? { q: positionals.join(" ") } : {}), ...(tag ? { tags: tag } : {}), facets: !noFacets });
      return searchCommand(options, all, await cliConfig());
    },
  },
  {
    name: "tail",
    usage: `tail [--since <seq>] [--count n]
      follow ink.article.indexed as JSON lines (with the stream sequence); --since resumes after a sequence,
      --count stops after n events`,
    async run(args) {
      const { values } = parseCommandArgs(args, { since: { type: "string" }, count: { type: "string" } });
      const since = intOption(values.since, "since");
      const count = intOption(values.count, "count", 1);
      const { tailCommand } = await import("./commands/tail.ts");
      return tailCommand(await cliConfig(), { ...(since !== undefined ? { since } : {}), ...(count !== undefined ? { count } : {}) });
    },
  },
  {
    name: "failures",
    usage: `failures list [--after <seq>] [--limit n] | failures replay <id>
      failed events (id = stream sequence), oldest first, 100 unless --limit; replay re-drives one`,
    async run(args) {
      const [sub, ...rest] = args;
      if (sub === "list") {
        const { values, positionals } = parseCommandArgs(rest, { after: { type: "string" }, limit: { type: "string" } });
        if (positionals.length > 0) throw new UsageError("failures list takes no arguments, only --after and --limit");
        const after = intOption(values.after, "after") ?? 0;
        const limit = intOption(values.limit, "limit", 1) ?? 100;
        const { failuresList } = await import("./commands/failures.ts");
        return failuresList(await cliConfig(), after, limit);
      }
      if (sub === "replay") {
        const { positionals } = parseCommandArgs(rest, {});
        const id = Number(positionals[0]);
        if (positionals.length !== 1 || !Number.isInteger(id) || id < 1) {
          throw new UsageError("failures replay takes one failure id: the id of a failures list line (its stream sequence, an integer >= 1)");
        }
        const { failuresReplay } = await import("./commands/failures.ts");
        return failuresReplay(await cliConfig(), id);
      }
      throw new UsageError("failures list | failures replay <id>");
    },
  },
  {
    name: "health",
    usage: `health [source] [--limit n]
      extraction health per source (a host; www. and letter case ignored): share of articles with each field today
      against the week before; exit 1 when a field fell by 0.3 or more (a layout change the extractor no longer reads)`,
    async run(args) {
      const { positionals, values } = parseCommandArgs(args, { limit: { type: "string" } });
      if (positionals.length > 1) throw new UsageError("health takes at most one source");
      const limit = intOption(values.limit, "limit", 1);
      const { healthCommand } = await import("./commands/health.ts");
      return healthCommand(await cliConfig(), positionals[0], limit);
    },
  },
  {
    name: "reindex",
    usage: `reindex
      rebuild every article's index entries (full text, tags, duplicates) from the stored records`,
    async run(args) {
      parseCommandArgs(args, {});
      const { reindexCommand } = await import("./commands/reindex.ts");
      return reindexCommand(await cliConfig());
    },
  },
  {
    name: "compact",
    usage: `compact [--all]
      merge full-text segments now: by size tier (what indexers do as they write), or --all into as few as possible;
      for INK_INDEX_MERGES=off, run it from a timer or a process of its own`,
    async run(args) {
      const { values } = parseCommandArgs(args, { all: { type: "boolean", default: false } });
      const { compactCommand } = await import("./commands/reindex.ts");
      return compactCommand(await cliConfig(), values.all);
    },
  },
  {
    name: "replay",
    usage: `replay --from <time> [--to <time>] [--stage fetcher|parser|enricher|indexer] [--dry-run]
      re-drive a stage (default indexer) with its input events from the stream, stamped in [from, to] (to: now);
      --dry-run lists them without publishing`,
    async run(args) {
      const { values } = parseCommandArgs(args, { from: { type: "string" }, to: { type: "string" }, stage: { type: "string", default: "indexer" }, "dry-run": { type: "boolean", default: false } });
      const from = Date.parse(values.from ?? "");
      const to = values.to !== undefined ? Date.parse(values.to) : Date.now();
      if (!Number.isFinite(from) || !Number.isFinite(to)) throw new UsageError("--from (and --to) take an ISO 8601 time");
      const { STAGE_INPUTS, replayCommand } = await import("./commands/replay-events.ts");
      if (!Object.hasOwn(STAGE_INPUTS, values.stage)) throw new UsageError(`--stage is one of ${Object.keys(STAGE_INPUTS).join(", ")}`);
      return replayCommand(await cliConfig(), values.stage as keyof typeof STAGE_INPUTS, from, to, values["dry-run"]);
    },
  },
];
