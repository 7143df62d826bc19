import { listFailures, replayFailure } from "@inkstream/bus";
import type { CliConfig } from "../config.ts";
import { printJson, say } from "../output.ts";
import { withBus } from "../with-bus.ts";

/** Prints failed events after a stream sequence, oldest first, one JSON line each (`id` = stream sequence). */
export function failuresList(config: CliConfig, after: number, limit: number): Promise<number> {
  return withBus(config, async (bus) => {
    const { failures } = await listFailures(bus, after, limit);
    for (const f of failures) printJson(f);
    return 0;
  });
}

/** Re-drives one failure: its original message when the stream still has it, else a forced ingest of its URL. */
export function failuresReplay(config: CliConfig, id: number): Promise<number> {
  return withBus(config, async (bus) => {
    const outcome = await replayFailure(bus, id);
    switch (outcome.status) {
      case "not_found":
        say(`inkstream failures replay: no failure with stream sequence ${id}`);
        return 1;
      case "not_replayable":
        say(`inkstream failures replay: ${id}: ${outcome.reason}`);
        return 1;
      case "replayed":
        printJson({ id, ...outcome });
        return 0;
    }
  });
}
