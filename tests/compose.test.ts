import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");
const hasComposeV1 = spawnSync("sh", ["-c", "command -v docker-compose"]).status === 0;

describe("docker-compose.yml", () => {
  // .ci/run installs Debian's docker-compose; elsewhere the check needs it too
  it.skipIf(!hasComposeV1 && !process.env["CI"])("is a valid compose file (docker-compose config -q)", () => {
    const r = spawnSync("docker-compose", ["-f", "docker-compose.yml", "config", "-q"], { cwd: root, encoding: "utf8" });
    expect(r.error).toBeUndefined();
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it.skipIf(!hasComposeV1 && !process.env["CI"])("runs the four services and the gateway from the one Dockerfile, with NATS and Redis", () => {
    const r = spawnSync("docker-compose", ["-f", "docker-compose.yml", "config", "--services"], { cwd: root, encoding: "utf8" });
    expect(r.stdout.trim().split("\n").sort()).toEqual(["cli", "enricher", "fetcher", "gateway", "indexer", "nats", "parser", "redis"]);
  });
});
