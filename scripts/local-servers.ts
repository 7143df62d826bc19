import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createConnection, createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** True when something accepts TCP connections at host:port within the timeout. */
export function answers(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

export function onPath(bin: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${bin}`], { stdio: "ignore" }).status === 0;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

async function waitFor(host: string, port: number, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await answers(host, port, 300)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nothing answered on ${host}:${port} after ${ms} ms`);
}

export interface PrivateServers {
  natsUrl: string;
  redisUrl: string;
  stop(): void;
}

/** Starts a private nats-server (JetStream) and redis-server in a temporary directory on free ports. */
export async function startPrivateServers(need: { nats: boolean; redis: boolean }): Promise<PrivateServers> {
  const dir = mkdtempSync(join(tmpdir(), "inkstream-"));
  const children: ChildProcess[] = [];
  let natsUrl = "";
  let redisUrl = "";
  if (need.nats) {
    const port = await freePort();
    children.push(spawn("nats-server", ["-a", "127.0.0.1", "-p", String(port), "-js", "-sd", join(dir, "nats")], { stdio: "ignore" }));
    await waitFor("127.0.0.1", port, 10_000);
    natsUrl = `nats://127.0.0.1:${port}`;
  }
  if (need.redis) {
    const port = await freePort();
    children.push(spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir], { stdio: "ignore" }));
    await waitFor("127.0.0.1", port, 10_000);
    redisUrl = `redis://127.0.0.1:${port}`;
  }
  return {
    natsUrl,
    redisUrl,
    stop() {
      for (const c of children) c.kill("SIGTERM");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
