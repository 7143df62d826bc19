import { watchEvents, type Bus } from "@inkstream/bus";
import { printJson } from "../output.ts";

/** Follows `ink.article.indexed`, one JSON line per event with its stream sequence, until SIGINT or `count`. */
export async function tailCommand(bus: Bus, opts: { since?: number; count?: number }): Promise<number> {
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
}
