import { spawn, spawnSync } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestEnv, type TestEnv } from "@inkstream/testkit";

const root = resolve(import.meta.dirname, "..");
let env: TestEnv;

beforeAll(async () => {
  env = await createTestEnv("lifecycle");
});
afterAll(async () => {
  await env?.cleanup();
});

function freePort(): Promise<number> {
  return new Promise((res) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as AddressInfo).port;
      s.close(() => res(port));
    });
  });
}

async function getJson(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const r = await fetch(url);
  return { status: r.status, body: (await r.json()) as Record<string, unknown> };
}

describe("a service process", () => {
  it("serves health, readiness and metrics, then drains on SIGTERM and exits 0", async () => {
    const port = await freePort();
    const child = spawn("node", ["--import", "tsx", "services/indexer/src/main.ts"], {
      cwd: root,
      env: { ...process.env, NATS_URL: env.natsUrl, REDIS_URL: env.redisUrl, INK_NAMESPACE: env.namespace, HTTP_PORT: String(port), LOG_LEVEL: "info" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((res) => child.once("exit", (code) => res(code)));
    try {
      let ready: { status: number; body: Record<string, unknown> } | undefined;
      for (let i = 0; i < 100 && ready?.status !== 200; i++) {
        await new Promise((r) => setTimeout(r, 100));
        ready = await getJson(`http://127.0.0.1:${port}/readyz`).catch(() => undefined);
      }
      expect(ready?.status).toBe(200);
      expect(ready?.body).toMatchObject({ status: "ready", checks: { nats: true, consumer: true, redis: true } });
      expect((await getJson(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
      expect(metrics).toContain("inkstream_process_cpu_seconds_total");
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
    // every log line is pino JSON, and the service said it drained
    const lines = out.trim().split("\n").map((l) => JSON.parse(l) as { msg: string; service: string });
    expect(lines.every((l) => l.service === "indexer")).toBe(true);
    expect(lines.map((l) => l.msg)).toEqual(expect.arrayContaining(["draining", "stopped"]));
  });

  it("refuses to start on a bad configuration value, naming the variable", () => {
    const r = spawnSync("node", ["--import", "tsx", "services/parser/src/main.ts"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, NATS_URL: env.natsUrl, INK_NAMESPACE: env.namespace, INK_PARSE_CONCURRENCY: "lots" },
      timeout: 20_000,
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("INK_PARSE_CONCURRENCY");
  });
});
