import { watchEvents } from "@inkstream/bus";
import type { CliConfig } from "../config.ts";
import { printJson } from "../output.ts";
import { withBus } from "../with-bus.ts";

/** Follows `ink.article.indexed`, one JSON line per event with its stream sequence, until SIGINT or `count`. */
export function tailCommand(config: CliConfig, opts: { since?: number; count?: number }): Promise<number> {
  return withBus(config, async (bus) => {
    const watch = await watchEvents(bus, ["articleIndexed"], opts.since !== undefined ? { sequence: opts.since + 1 } : {});
    const stop = () => void watch.close();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    let n = 0;
    for await (const ev of watch) {
      printJson({ seq: ev.streamSequence, ...ev.payload });
      if (opts.count !== undefined && ++n >= opts.count) break;
    }
    await watch.close();
    return 0;
  });
}
