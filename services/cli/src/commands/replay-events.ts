import { readEvents, republish, type Bus, type WatchedEvent } from "@inkstream/bus";
import type { EventKey } from "@inkstream/contracts";
import type { CliConfig } from "../config.ts";
import { printJson, say } from "../output.ts";
import { withBus } from "../with-bus.ts";

/** The event each stage consumes. */
export const STAGE_INPUTS = { fetcher: "ingestRequested", parser: "articleFetched", enricher: "articleParsed", indexer: "articleEnriched" } as const satisfies Record<string, EventKey>;
export type ReplayStage = keyof typeof STAGE_INPUTS;

/** Re-drives a stage: publishes again its input events stamped within [from, to]; returns how many. */
export async function replayStage(bus: Bus, stage: ReplayStage, from: number, to: number, opts: { dryRun: boolean; onEvent?: (ev: WatchedEvent) => void }): Promise<number> {
  let next: { sequence?: number; startTime?: Date } = { startTime: new Date(from) };
  let count = 0;
  for (;;) {
    const batch = await readEvents(bus, [STAGE_INPUTS[stage]], { ...next, limit: 500 });
    for (const ev of batch) {
      const t = Date.parse(ev.meta.time);
      if (t < from || t > to) continue;
      if (!opts.dryRun) await republish(bus, ev, "replay");
      opts.onEvent?.(ev);
      count++;
    }
    const last = batch.at(-1);
    if (batch.length < 500 || !last) return count;
    next = { sequence: last.streamSequence + 1 };
  }
}

/** `inkstream replay`: one JSON line per event re-driven (or, dry, that would be), then the count on stderr. */
export function replayCommand(config: CliConfig, stage: ReplayStage, from: number, to: number, dryRun: boolean): Promise<number> {
  return withBus(config, async (bus) => {
    const n = await replayStage(bus, stage, from, to, { dryRun, onEvent: (ev) => printJson({ seq: ev.streamSequence, type: ev.meta.type, subject: ev.meta.subject ?? null }) });
    say(`${dryRun ? "would replay" : "replayed"} ${n} ${STAGE_INPUTS[stage]} event(s) to the ${stage}`);
    return 0;
  });
}
