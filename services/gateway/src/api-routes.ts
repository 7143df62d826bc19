import { ingestUrls, type IngestOutcome } from "@inkstream/bus";
import { articleIdFor } from "@inkstream/contracts";
import { SearchInputError } from "@inkstream/store";
import { parseInput, queryObject, type GatewayDeps } from "./deps.ts";
import { listFailures, replayFailure } from "@inkstream/bus";
import { readJsonBody } from "./limits.ts";
import { HttpProblem } from "./problem.ts";
import { sendJson, type Route } from "./router.ts";
import {
  articleByUrlQuerySchema,
  articleIdParam,
  failureIdParam,
  failuresQuerySchema,
  ingestBodySchema,
  searchQuerySchema,
  similarQuerySchema,
  sourceHealthQuerySchema,
  tagsQuerySchema,
} from "./schemas.ts";

const notFound = (what: string) => new HttpProblem(404, "not-found", `no ${what}`);

function safeId(url: string): string | null {
  try {
    return articleIdFor(url);
  } catch {
    return null;
  }
}

function outcomeSummary(o: IngestOutcome) {
  if (o.outcome === "failed") return { url: o.url, id: o.id, outcome: o.outcome, reason: o.reason, message: o.message, ...(o.stage ? { stage: o.stage } : {}) };
  if ("indexed" in o) return { url: o.url, id: o.id, outcome: o.outcome, change: o.indexed.change, version: o.indexed.version, ...(o.indexed.duplicateOf ? { duplicateOf: o.indexed.duplicateOf } : {}) };
  return { url: o.url, id: o.id, outcome: o.outcome, reason: o.skipped.reason, message: o.skipped.message };
}

/** The /v1 routes: ingest, articles, search, tags, source health, failures. */
export function apiRoutes(deps: GatewayDeps): Route[] {
  const { store, bus, config } = deps;
  return [
    {
      method: "POST",
      path: "/v1/ingest",
      name: "/v1/ingest",
      async handle({ req, res }) {
        const body = parseInput(ingestBodySchema, await readJsonBody(req, config.INK_GATEWAY_MAX_BODY_BYTES), "body");
        if (body.urls.length > config.INK_GATEWAY_MAX_INGEST_URLS) {
          throw new HttpProblem(413, "too-many-urls", `at most ${config.INK_GATEWAY_MAX_INGEST_URLS} URLs per request`);
        }
        const timeoutMs = Math.min(body.timeoutSeconds ?? config.INK_GATEWAY_MAX_WAIT_S, config.INK_GATEWAY_MAX_WAIT_S) * 1000;
        const outcomes = await ingestUrls(bus, body.urls, { source: "gateway", force: body.force, wait: body.wait, timeoutMs });
        if (!body.wait) return sendJson(res, 202, { requested: body.urls.map((url) => ({ url, id: safeId(url) })) });
        sendJson(res, 200, { outcomes: outcomes.map(outcomeSummary) });
      },
    },
    {
      method: "GET",
      path: "/v1/articles",
      name: "/v1/articles",
      async handle({ res, url }) {
        const q = parseInput(articleByUrlQuerySchema, queryObject(url), "query");
        const id = await store.idForUrl(q.url);
        const record = id ? await store.get(id) : null;
        if (!record) throw notFound(`article stored for ${q.url}`);
        sendJson(res, 200, record);
      },
    },
    {
      method: "GET",
      path: "/v1/articles/:id",
      name: "/v1/articles/:id",
      async handle({ res, params }) {
        const id = parseInput(articleIdParam, params["id"], "article id", "id");
        const record = await store.get(id);
        if (!record) throw notFound(`article ${id}`);
        sendJson(res, 200, record);
      },
    },
    {
      method: "GET",
      path: "/v1/articles/:id/similar",
      name: "/v1/articles/:id/similar",
      async handle({ res, params, url }) {
        const id = parseInput(articleIdParam, params["id"], "article id", "id");
        const q = parseInput(similarQuerySchema, queryObject(url), "query");
        if (!(await store.get(id))) throw notFound(`article ${id}`);
        sendJson(res, 200, { similar: await store.similar(id, q.limit) });
      },
    },
    {
      method: "GET",
      path: "/v1/search",
      name: "/v1/search",
      async handle({ res, url }) {
        const q = parseInput(searchQuerySchema, queryObject(url), "query");
        try {
          sendJson(res, 200, await store.search(q));
        } catch (err) {
          if (err instanceof SearchInputError) throw new HttpProblem(400, "invalid-search", err.message, { cause: err });
          throw err;
        }
      },
    },
    {
      method: "GET",
      path: "/v1/tags",
      name: "/v1/tags",
      async handle({ res, url }) {
        const q = parseInput(tagsQuerySchema, queryObject(url), "query");
        sendJson(res, 200, { tags: await store.tags(q.prefix, q.limit) });
      },
    },
    {
      method: "GET",
      path: "/v1/sources/health",
      name: "/v1/sources/health",
      async handle({ res, url }) {
        const q = parseInput(sourceHealthQuerySchema, queryObject(url), "query");
        sendJson(res, 200, { sources: await store.sourceHealth(q.source, { limit: q.limit }) });
      },
    },
    {
      method: "GET",
      path: "/v1/failures",
      name: "/v1/failures",
      async handle({ res, url }) {
        const q = parseInput(failuresQuerySchema, queryObject(url), "query");
        sendJson(res, 200, await listFailures(bus, q.after, q.limit));
      },
    },
    {
      method: "POST",
      path: "/v1/failures/:id/replay",
      name: "/v1/failures/:id/replay",
      async handle({ res, params }) {
        const id = parseInput(failureIdParam, params["id"], "failure id", "id");
        const r = await replayFailure(bus, id);
        if (r.status === "not_found") throw notFound(`failure with stream sequence ${id}`);
        if (r.status === "not_replayable") throw new HttpProblem(409, "not-replayable", r.reason);
        sendJson(res, 202, r);
      },
    },
  ];
}
