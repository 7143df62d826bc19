import { UsageError, parseCommandArgs, type Command } from "./command.ts";
import { DEFAULT_FEED_INTERVAL_S, feedsAdd, feedsList, feedsRemove } from "./commands/feeds.ts";
import { loadCliConfig } from "./config.ts";

/** Commands of the fetcher's inputs (feeds and sitemaps). */
export const fetchCommands: Command[] = [
  {
    name: "feeds",
    usage: `feeds add <url> [--interval <s>] | feeds list | feeds remove <url>
      register an RSS/Atom/JSON feed, a sitemap (index, gzip'd, news) or a robots.txt (its sitemaps)
      for the fetcher to poll (default every ${DEFAULT_FEED_INTERVAL_S} s); list shows each one's last poll`,
    run(args) {
      const { values, positionals } = parseCommandArgs(args, { interval: { type: "string", default: String(DEFAULT_FEED_INTERVAL_S) } });
      const [action, ...rest] = positionals;
      if (action === "list") {
        if (rest.length > 0) throw new UsageError("feeds list takes no arguments");
        return feedsList(loadCliConfig());
      }
      if (action === "add" || action === "remove") {
        if (rest.length !== 1) throw new UsageError(`feeds ${action} takes one URL`);
        const url = rest[0] as string;
        if (action === "remove") return feedsRemove(url, loadCliConfig());
        const interval = Number(values.interval);
        if (!Number.isInteger(interval) || interval < 1) throw new UsageError("--interval takes whole seconds >= 1");
        return feedsAdd(url, interval, loadCliConfig());
      }
      throw new UsageError("feeds takes add <url> [--interval <s>], list, or remove <url>");
    },
  },
];
