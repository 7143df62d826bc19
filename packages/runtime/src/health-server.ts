import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "pino";
import { register, startDefaultMetrics } from "./metrics.ts";

export type ReadinessCheck = () => Promise<boolean> | boolean;

export interface HealthServerOptions {
  port: number;
  host?: string;
  logger: Logger;
  /** named checks that must all pass for /readyz */
  checks: Record<string, ReadinessCheck>;
  isDraining: () => boolean;
}

export interface HealthServer {
  server: Server;
  port: number;
  close(): Promise<void>;
}

async function runChecks(checks: Record<string, ReadinessCheck>): Promise<Record<string, boolean>> {
  const out: Record<string, boolean> = {};
  for (const [name, check] of Object.entries(checks)) {
    try {
      out[name] = await check();
    } catch {
      out[name] = false;
    }
  }
  return out;
}

/** /healthz (alive), /readyz (dependencies answer and not draining), /metrics (Prometheus). */
export async function startHealthServer(opts: HealthServerOptions): Promise<HealthServer> {
  startDefaultMetrics();
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    const send = (status: number, body: string, type = "application/json") => {
      res.writeHead(status, { "content-type": type });
      res.end(body);
    };
    if (path === "/healthz") return send(200, JSON.stringify({ status: "ok" }));
    if (path === "/readyz") {
      void runChecks(opts.checks).then((checks) => {
        const draining = opts.isDraining();
        const ready = !draining && Object.values(checks).every(Boolean);
        send(ready ? 200 : 503, JSON.stringify({ status: ready ? "ready" : "not_ready", draining, checks }));
      });
      return;
    }
    if (path === "/metrics") {
      void register.metrics().then((m) => send(200, m, register.contentType));
      return;
    }
    send(404, JSON.stringify({ status: 404, title: "not found" }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host ?? "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  opts.logger.info({ port }, "health server listening");
  return {
    server,
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
