import { watchEvents } from "@inkstream/bus";
import { EVENT_TYPES } from "@inkstream/contracts";
import { gauge } from "@inkstream/runtime";
import { parseInput, queryObject, type GatewayDeps } from "./deps.ts";
import { HttpProblem } from "./problem.ts";
import type { Route } from "./router.ts";
import { eventsQuerySchema } from "./schemas.ts";

const HEARTBEAT_MS = 15_000;
const STREAM_HEADERS = { "content-type": "text/event-stream", "cache-control": "no-cache", "x-accel-buffering": "no" } as const;
const streamsOpen = gauge("inkstream_gateway_event_streams", "open /v1/events streams", []);

/**
 * GET /v1/events: Server-Sent Events of `ink.article.indexed`, each with `id:` = its stream sequence, so a
 * client resumes with Last-Event-ID (or ?since=) and misses nothing the stream still holds. HEAD answers the
 * stream's status and headers and ends.
 */
export function eventsRoute(deps: GatewayDeps): Route {
  let open = 0;
  return {
    method: "GET",
    path: "/v1/events",
    name: "/v1/events",
    async handle({ req, res, url }) {
      const q = parseInput(eventsQuerySchema, queryObject(url), "query");
      const lastId = req.headers["last-event-id"];
      const since = lastId !== undefined ? parseInput(eventsQuerySchema.shape.since, lastId, "Last-Event-ID header", "Last-Event-ID") : q.since;
      if (open >= deps.config.INK_GATEWAY_MAX_STREAMS) throw new HttpProblem(503, "too-many-streams", "too many event streams are open; retry later", { headers: { "retry-after": "5" } });
      // HEAD has no body to stream into: the answer GET would start with, ended at once
      if (req.method === "HEAD") {
        res.writeHead(200, STREAM_HEADERS);
        res.end();
        return;
      }
      const watch = await watchEvents(deps.bus, ["articleIndexed"], since !== undefined ? { sequence: since + 1 } : {});
      open++;
      streamsOpen.inc();
      res.writeHead(200, { ...STREAM_HEADERS, connection: "keep-alive" });
      res.write("retry: 2000\n\n");
      const heartbeat = setInterval(() => {
        res.write(": keep-alive\n\n");
        if (deps.isDraining()) void watch.close();
      }, HEARTBEAT_MS);
      const close = () => void watch.close();
      req.on("close", close);
      try {
        for await (const ev of watch) {
          if (ev.key !== "articleIndexed") continue;
          res.write(`id: ${ev.streamSequence}\nevent: ${EVENT_TYPES.articleIndexed}\ndata: ${JSON.stringify(ev.payload)}\n\n`);
        }
      } finally {
        clearInterval(heartbeat);
        req.off("close", close);
        open--;
        streamsOpen.dec();
        res.end();
      }
    },
  };
}
