import { namesFor } from "@inkstream/contracts";
import type { Bus } from "./connect.ts";
import { isNotFound } from "./provision.ts";

/**
 * The JetStream streams a namespace creates: its event stream (every consumer lives on it) and the stream behind its
 * page object store (`OBJ_<bucket>`, the object store's own naming). It creates no KV bucket.
 */
export function namespaceStreams(namespace: string): string[] {
  const names = namesFor(namespace);
  return [names.stream, `OBJ_${names.pageBucket}`];
}

/** The namespace's streams that exist now (by default the bus's own namespace). */
export async function existingNamespaceStreams(bus: Bus, namespace = bus.namespace): Promise<string[]> {
  const existing: string[] = [];
  for (const stream of namespaceStreams(namespace)) {
    try {
      await bus.jsm.streams.info(stream);
      existing.push(stream);
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
  }
  return existing;
}

/**
 * Deletes the namespace's streams with everything in them: events, stored pages and every durable consumer on them
 * (the stages' and any other service's). Returns the streams that existed; a missing one is skipped.
 */
export async function deleteNamespaceStreams(bus: Bus, namespace = bus.namespace): Promise<string[]> {
  const deleted: string[] = [];
  for (const stream of namespaceStreams(namespace)) {
    try {
      if (await bus.jsm.streams.delete(stream)) deleted.push(stream);
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
  }
  return deleted;
}
