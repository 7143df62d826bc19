import { Objm, StorageType, type ObjectStore } from "@nats-io/obj";
import { nanos } from "@nats-io/transport-node";
import type { Bus } from "./connect.ts";

/** Raw pages by reference (claim-check): events carry the name, the bytes live in a JetStream object store. */
export interface PageStore {
  readonly bucket: string;
  /**
   * Stores a page as UTF-8 HTML. The object's metadata says so (`content-type`) and, when given, which charset
   * the page arrived in (`original-charset`), for readers of the bucket who do not have the event.
   */
  put(name: string, bytes: Uint8Array, meta?: { originalCharset?: string }): Promise<{ bucket: string; name: string; size: number }>;
  /** null when the page is gone (expired or never stored) */
  get(name: string): Promise<Uint8Array | null>;
  /** the object's metadata (see put), null when the page is gone */
  metadata(name: string): Promise<Record<string, string> | null>;
}

export async function openPageStore(bus: Bus, opts: { ttlMs?: number } = {}): Promise<PageStore> {
  const bucket = bus.names.pageBucket;
  const objm = new Objm(bus.js);
  const store: ObjectStore = await objm.create(bucket, {
    storage: StorageType.File,
    ttl: nanos(opts.ttlMs ?? 7 * 24 * 3600 * 1000),
  });
  return {
    bucket,
    async put(name, bytes, meta = {}) {
      const metadata: Record<string, string> = { "content-type": "text/html; charset=utf-8" };
      if (meta.originalCharset) metadata["original-charset"] = meta.originalCharset;
      const info = await store.putBlob({ name, metadata }, bytes);
      return { bucket, name, size: info.size };
    },
    get: (name) => store.getBlob(name),
    async metadata(name) {
      const info = await store.info(name);
      return info && !info.deleted ? (info.metadata ?? {}) : null;
    },
  };
}
