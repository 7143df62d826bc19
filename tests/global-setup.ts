// Before any test file: make sure NATS (JetStream) and Redis answer. When NATS_URL/REDIS_URL are unset and
// nothing listens on the standard ports, start private servers (if installed) for this run only.
import { answers, onPath, startPrivateServers, type PrivateServers } from "../scripts/local-servers.ts";

let servers: PrivateServers | undefined;

export async function setup(): Promise<void> {
  if (process.env["NATS_URL"] || process.env["REDIS_URL"]) return;
  const natsUp = await answers("127.0.0.1", 4222);
  const redisUp = await answers("127.0.0.1", 6379);
  if (natsUp && redisUp) return;
  const missing = [!natsUp && !onPath("nats-server") && "nats-server", !redisUp && !onPath("redis-server") && "redis-server"].filter(Boolean);
  if (missing.length > 0) {
    // testcontainers may still provide them (packages/testkit) when a Docker engine runs
    return;
  }
  servers = await startPrivateServers({ nats: !natsUp, redis: !redisUp });
  process.env["NATS_URL"] = servers.natsUrl || "nats://127.0.0.1:4222";
  process.env["REDIS_URL"] = servers.redisUrl || "redis://127.0.0.1:6379";
}

export function teardown(): void {
  servers?.stop();
}
