import { EVENT_KEYS, EVENT_TYPES, SCHEMA_VERSION } from "@inkstream/contracts";
import { publishEvent, type Bus } from "@inkstream/bus";
import { printJson, say } from "../output.ts";
import { readStored, republish } from "./replay-events.ts";

/** Prints failed events after a stream sequence, oldest first, one JSON line each (`id` = stream sequence). */
export async function failuresList(bus: Bus, after: number, limit: number): Promise<number> {
  const events = await readStored(bus, ["articleFailed"], after + 1, limit);
  for (const e of events) if (e.key === "articleFailed") printJson({ id: e.streamSequence, correlationId: e.meta.correlationId, ...e.payload });
  return 0;
}

/** Re-drives one failure: its original message when the stream still has it, else a forced ingest of its URL. */
export async function failuresReplay(bus: Bus, id: number): Promise<number> {
  const [failed] = await readStored(bus, ["articleFailed"], id, 1);
  if (failed?.key !== "articleFailed" || failed.streamSequence !== id) {
    say(`inkstream failures replay: no failure with stream sequence ${id}`);
    return 1;
  }
  const f = failed.payload;
  const key = EVENT_KEYS.find((k) => EVENT_TYPES[k] === f.original.type);
  if (key && key !== "articleFailed" && f.original.streamSequence !== undefined) {
    const [original] = await readStored(bus, [key], f.original.streamSequence, 1);
    if (original?.streamSequence === f.original.streamSequence) {
      await republish(bus, { ...original, meta: { ...original.meta, correlationId: failed.meta.correlationId } }, `replay-failure-${id}`);
      printJson({ id, status: "replayed", via: "original", eventType: f.original.type, correlationId: failed.meta.correlationId });
      return 0;
    }
  }
  if (!f.url) {
    say(`inkstream failures replay: the original message of ${id} is gone or invalid and names no URL`);
    return 1;
  }
  await publishEvent(bus, "ingestRequested", { schemaVersion: SCHEMA_VERSION, url: f.url, force: true, source: "replay" }, { correlationId: failed.meta.correlationId, ...(f.articleId ? { subject: f.articleId } : {}) });
  printJson({ id, status: "replayed", via: "ingest", eventType: EVENT_TYPES.ingestRequested, correlationId: failed.meta.correlationId });
  return 0;
}
