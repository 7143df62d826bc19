import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { pino, type Logger } from "pino";
import { connectBus, deleteNamespaceStreams, ensureStream, type Bus } from "@inkstream/bus";
import { deleteNamespaceKeys } from "@inkstream/store";
import { testServers } from "./servers.ts";

/** One test file's private corner of the shared servers. */
export interface TestEnv {
  namespace: string;
  natsUrl: string;
  redisUrl: string;
  bus: Bus;
  redis: Redis;
  logger: Logger;
  /** removes the namespace's streams, buckets and keys, and closes connections */
  cleanup(): Promise<void>;
}

/** A unique namespace per test file, so files run in parallel against one NATS and one Redis. */
export async function createTestEnv(label: string): Promise<TestEnv> {
  const servers = await testServers();
  const namespace = `t_${label.toLowerCase().replace(/[^a-z0-9]+/g, "_").slice(0, 16)}_${randomBytes(3).toString("hex")}`;
  const logger = pino({ level: "silent" });
  const bus = await connectBus({ servers: servers.natsUrl, namespace, name: `test-${label}`, logger });
  await ensureStream(bus);
  const redis = new Redis(servers.redisUrl, { maxRetriesPerRequest: 2 });
  return {
    namespace,
    natsUrl: servers.natsUrl,
    redisUrl: servers.redisUrl,
    bus,
    redis,
    logger,
    async cleanup() {
      await removeNamespace(bus, redis, namespace);
      await bus.nc.drain().catch(() => undefined);
      await redis.quit();
    },
  };
}

/** Deletes the namespace's streams (its consumers go with them), its object store and its Redis keys. */
export async function removeNamespace(bus: Bus, redis: Redis, namespace: string): Promise<void> {
  await deleteNamespaceStreams(bus, namespace);
  await deleteNamespaceKeys(redis, namespace);
}

/**
 * The environment a service started in a test reads: the test's servers and namespace, random health ports,
 * no logs, and only 127.0.0.1 opened to the fetcher (127.0.0.2, ::1 and localhost stand in for every forbidden range).
 */
export function serviceEnv(env: TestEnv, extra: Record<string, string> = {}): Record<string, string> {
  return {
    NATS_URL: env.natsUrl,
    REDIS_URL: env.redisUrl,
    INK_NAMESPACE: env.namespace,
    HTTP_PORT: "0",
    LOG_LEVEL: "silent",
    INK_FETCH_ALLOW_HOSTS: "127.0.0.1",
    ...extra,
  };
}
