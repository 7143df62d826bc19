import { existsSync } from "node:fs";

/** What the test environment says about servers; the only place in testkit that reads process.env. */
export function serverSettings() {
  return {
    natsUrl: process.env["NATS_URL"],
    redisUrl: process.env["REDIS_URL"],
    dockerAvailable: Boolean(process.env["DOCKER_HOST"]) || existsSync("/var/run/docker.sock"),
  };
}
