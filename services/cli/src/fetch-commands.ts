import { UsageError, cliConfig, parseCommandArgs, type Command } from "./command.ts";

// the fetcher's poll interval when `feeds add` is given none (commands/feeds.ts registers it)
const DEFAULT_FEED_INTERVAL_S = 900;

/** Commands of the fetcher's inputs (feeds and sitemaps). */
export const fetchCommands: Command[] = [
  {
    name: "feeds",
    usage: `feeds add <url>... [--interval <s>] | feeds list | feeds remove <url>
      register RSS/Atom/JSON feeds, sitemaps (index, gzip'd, news) or robots.txt files (their sitemaps)
      for the fetcher to poll (default every ${DEFAULT_FEED_INTERVAL_S} s); list shows each one's last poll`,
    async run(args) {
      const { values, positionals } = parseCommandArgs(args, { interval: { type: "string", default: String(DEFAULT_FEED_INTERVAL_S) } });
      const [action, ...rest] = positionals;
      if (action === "list") {
        if (rest.length > 0) throw new UsageError("feeds list takes no arguments");
        const { feedsList } = await import("./commands/feeds.ts");
        return feedsList(await cliConfig());
      }
      if (action === "remove") {
        if (rest.length !== 1) throw new UsageError("feeds remove takes one URL");
        const { feedsRemove } = await import("./commands/feeds.ts");
        return feedsRemove(rest[0] as string, await cliConfig());
      }
      if (action === "add") {
        if (rest.length === 0) throw new UsageError("feeds add takes one or more URLs");
        const interval = Number(values.interval);
        if (!Number.isInteger(interval) || interval < 1) throw new UsageError("--interval takes whole seconds >= 1");
        const { feedsAdd } = await import("./commands/feeds.ts");
        return feedsAdd(rest, interval, await cliConfig());
      }
      throw new UsageError("feeds takes add <url>... [--interval <s>], list, or remove <url>");
    },
  },
];
