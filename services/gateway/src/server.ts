import { createServer as createHttpServer, type Server } from "node:http";
import { register } from "@inkstream/runtime";
import { apiRoutes } from "./api-routes.ts";
import { answerClientErrors } from "./client-error.ts";
import type { GatewayDeps } from "./deps.ts";
import { eventsRoute } from "./events-route.ts";
import { authenticate, rateLimiter } from "./limits.ts";
import { latency, requests } from "./metrics.ts";
import { openApiDocument } from "./openapi.ts";
import { HttpProblem, sendProblem } from "./problem.ts";
import { compileRoutes, matchRoute, sendJson, type Route } from "./router.ts";

function opsRoutes(deps: GatewayDeps): Route[] {
  const doc = JSON.stringify(openApiDocument());
  return [
    { method: "GET", path: "/healthz", name: "/healthz", open: true, handle: ({ res }) => sendJson(res, 200, { status: "ok" }) },
    {
      method: "GET",
      path: "/readyz",
      name: "/readyz",
      open: true,
      async handle({ res }) {
        const checks = { redis: await deps.store.ping().catch(() => false), nats: !deps.bus.nc.isClosed() };
        const ready = !deps.isDraining() && checks.redis && checks.nats;
        sendJson(res, ready ? 200 : 503, { status: ready ? "ready" : "not_ready", draining: deps.isDraining(), checks });
      },
    },
    {
      method: "GET",
      path: "/metrics",
      name: "/metrics",
      open: true,
      async handle({ res }) {
        res.writeHead(200, { "content-type": register.contentType });
        res.end(await register.metrics());
      },
    },
    { method: "GET", path: "/openapi.json", name: "/openapi.json", open: true, handle: ({ res }) => sendJson(res, 200, JSON.parse(doc)) },
  ];
}

/** The gateway's HTTP server, not yet listening (tests use it in-process on a random port). */
export function createServer(deps: GatewayDeps): Server {
  const routes = compileRoutes([...opsRoutes(deps), ...apiRoutes(deps), eventsRoute(deps)]);
  const limiter = rateLimiter(deps.config.INK_GATEWAY_RATE_LIMIT);
  const server = createHttpServer((req, res) => {
    const started = process.hrtime.bigint();
    const url = new URL(req.url ?? "/", "http://gateway");
    const method = req.method ?? "GET";
    track(res);
    const { route, params, allowed } = matchRoute(routes, method, url.pathname);
    const name = route?.name ?? "unmatched";
    res.on("finish", () => {
      requests.inc({ route: name, method, status: String(res.statusCode) });
      latency.observe({ route: name }, Number(process.hrtime.bigint() - started) / 1e9);
    });
    void (async () => {
      try {
        if (!route) {
          if (allowed.length > 0) throw new HttpProblem(405, "method-not-allowed", `use ${allowed.join(" or ")}`, { headers: { allow: allowed.join(", ") } });
          throw new HttpProblem(404, "not-found", `no route ${url.pathname}`);
        }
        let client = req.socket.remoteAddress ?? "unknown";
        if (!route.open) {
          const tokenId = authenticate(req, deps.config.INK_GATEWAY_TOKENS);
          if (tokenId) client = `token:${tokenId}`;
          limiter.check(client);
        }
        await route.handle({ req, res, url, params, client });
      } catch (err) {
        const problem =
          err instanceof HttpProblem ? err : new HttpProblem(500, "internal-error", "the request could not be completed", { cause: err });
        if (problem.status >= 500) deps.logger.error({ err, route: name }, "request failed");
        sendProblem(res, problem, url.pathname);
      }
    })();
  });
  const track = answerClientErrors(server, deps.logger);
  server.requestTimeout = 0; // event streams and ingest waits are long; idle sockets are bounded below
  server.headersTimeout = 10_000;
  server.keepAliveTimeout = 5_000;
  return server;
}
