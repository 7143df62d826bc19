import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");
const works = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: "ignore" }).status === 0;

/** Compose v2 (the `docker compose` plugin) when it answers, else v1 (`docker-compose`), else nothing. */
function composeCommand(): string[] | undefined {
  if (works("docker", ["compose", "version"])) return ["docker", "compose"];
  if (spawnSync("sh", ["-c", "command -v docker-compose"]).status === 0) return ["docker-compose"];
  return undefined;
}

const found = composeCommand();
// .ci/run installs Debian's docker-compose; in CI a missing one fails the test instead of skipping it
const [cmd = "docker-compose", ...pre] = found ?? ["docker-compose"];
const compose = (...args: string[]) => spawnSync(cmd, [...pre, "-f", "docker-compose.yml", ...args], { cwd: root, encoding: "utf8" });

describe("docker-compose.yml", () => {
  it.skipIf(!found && !process.env["CI"])(`is a valid compose file (${[cmd, ...pre].join(" ")} config -q)`, () => {
    const r = compose("config", "-q");
    expect(r.error).toBeUndefined();
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it.skipIf(!found && !process.env["CI"])("runs the four services and the gateway from the one Dockerfile, with NATS and Redis", () => {
    const r = compose("config", "--services");
    expect(r.stdout.trim().split("\n").sort()).toEqual(["cli", "enricher", "fetcher", "gateway", "indexer", "nats", "parser", "redis"]);
  });
});
