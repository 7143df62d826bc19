import { spawnSync } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");
const installed = (bin: string) => spawnSync("sh", ["-c", `command -v ${bin}`]).status === 0;

function unusedPort(): Promise<number> {
  return new Promise((res) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as AddressInfo).port;
      s.close(() => res(port));
    });
  });
}

describe("pnpm start", () => {
  it.skipIf(!installed("nats-server") || !installed("redis-server"))(
    "starts private servers when nothing answers, indexes every sample page and says how to query them",
    async () => {
      // nothing listens on these ports, so the script must bring its own servers and remove them after
      const [natsPort, redisPort] = [await unusedPort(), await unusedPort()];
      const r = spawnSync("node", ["--import", "tsx", "scripts/start.ts", "--once"], {
        cwd: root,
        encoding: "utf8",
        timeout: 90_000,
        env: { ...process.env, NATS_URL: `nats://127.0.0.1:${natsPort}`, REDIS_URL: `redis://127.0.0.1:${redisPort}`, INK_NAMESPACE: "t_start" },
      });
      expect(r.stderr).toMatch(/started private servers for this run/);
      expect(r.status, r.stderr).toBe(0);
      const indexed = r.stdout.split("\n").filter((l) => /^\s+(indexed|unchanged)\s+[0-9a-f]{20}\s+\[(de|en|fr|ru)\]/.test(l));
      expect(indexed).toHaveLength(4);
      expect(r.stdout).toContain("Baerbock: Keine Einigung über Waffenruhe ohne die Ukraine");
      expect(r.stdout).toMatch(/pnpm inkstream get [0-9a-f]{20}/);
      expect(r.stdout).not.toMatch(/FAILED/);
    },
  );
});
