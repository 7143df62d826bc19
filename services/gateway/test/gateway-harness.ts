import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { openStore, type ArticleStore } from "@inkstream/store";
import type { TestEnv } from "@inkstream/testkit";
import { createServer, loadGatewayConfig } from "../src/index.ts";

/** The gateway's server in this process on a random port, over the test's namespace. */
export async function startTestGateway(env: TestEnv, extra: Record<string, string> = {}) {
  const config = loadGatewayConfig({ REDIS_URL: env.redisUrl, NATS_URL: env.natsUrl, INK_NAMESPACE: env.namespace, ...extra });
  const store: ArticleStore = openStore(env.redisUrl, env.namespace);
  const server: Server = createServer({ bus: env.bus, store, config, logger: env.logger, isDraining: () => false });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    store,
    base,
    get: (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers }),
    post: (path: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(base + path, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) }),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}
