import { serverSettings } from "./test-config.ts";

export interface Servers {
  natsUrl: string;
  redisUrl: string;
  /** stops containers this process started (none when servers came from the environment) */
  stop(): Promise<void>;
}

let shared: Promise<Servers> | undefined;

/**
 * NATS and Redis for tests: NATS_URL/REDIS_URL when set; otherwise containers via testcontainers when a
 * Docker engine is there; otherwise the local standard ports (the project's machines run both).
 */
export function testServers(): Promise<Servers> {
  shared ??= resolveServers();
  return shared;
}

async function resolveServers(): Promise<Servers> {
  const s = serverSettings();
  if (s.natsUrl || s.redisUrl || !s.dockerAvailable) {
    return { natsUrl: s.natsUrl ?? "nats://127.0.0.1:4222", redisUrl: s.redisUrl ?? "redis://127.0.0.1:6379", stop: async () => {} };
  }
  const [{ NatsContainer }, { RedisContainer }] = await Promise.all([import("@testcontainers/nats"), import("@testcontainers/redis")]);
  const [nats, redis] = await Promise.all([new NatsContainer("nats:2.11").withJetStream().start(), new RedisContainer("redis:7").start()]);
  return {
    natsUrl: `nats://${nats.getHost()}:${nats.getMappedPort(4222)}`,
    redisUrl: redis.getConnectionUrl(),
    stop: async () => {
      await Promise.all([nats.stop(), redis.stop()]);
    },
  };
}
