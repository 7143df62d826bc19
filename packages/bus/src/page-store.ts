import { Objm, StorageType, type ObjectStore } from "@nats-io/obj";
import { nanos } from "@nats-io/transport-node";
import type { Bus } from "./connect.ts";

/** Raw pages by reference (claim-check): events carry the name, the bytes live in a JetStream object store. */
export interface PageStore {
  readonly bucket: string;
  put(name: string, bytes: Uint8Array): Promise<{ bucket: string; name: string; size: number }>;
  /** null when the page is gone (expired or never stored) */
  get(name: string): Promise<Uint8Array | null>;
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
    async put(name, bytes) {
      const info = await store.putBlob({ name }, bytes);
      return { bucket, name, size: info.size };
    },
    get: (name) => store.getBlob(name),
  };
}
