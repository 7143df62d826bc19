import { z } from "zod";
import { articleIndexedSchema, articleRecordSchema } from "@inkstream/contracts";
import {
  articleByUrlQuerySchema,
  eventsQuerySchema,
  failuresQuerySchema,
  ingestBodySchema,
  problemSchema,
  searchQuerySchema,
  searchResultSchema,
  similarQuerySchema,
  tagsQuerySchema,
  tagsResultSchema,
  sourceHealthQuerySchema,
  sourceHealthResultSchema,
} from "./schemas.ts";

type Json = Record<string, unknown>;
const schema = (s: z.ZodType): Json => z.toJSONSchema(s, { io: "input", unrepresentable: "any" });

function queryParams(s: z.ZodObject): Json[] {
  const required = new Set((schema(s)["required"] as string[] | undefined) ?? []);
  return Object.entries(s.shape as Record<string, z.ZodType>).map(([name, field]) => {
    const js = schema(field);
    const { description, ...rest } = js;
    return { name, in: "query", required: required.has(name), schema: rest, ...(description ? { description } : {}) };
  });
}

const json = (s: z.ZodType, description: string) => ({ description, content: { "application/json": { schema: schema(s) } } });
const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: schema(problemSchema) } } });
const idParam = { name: "id", in: "path", required: true, schema: { type: "string", pattern: "^[0-9a-f]{20}$" } };
const errors = { "400": problem("invalid input"), "401": problem("missing or wrong bearer token"), "429": problem("rate limit") };
const methodNotAllowed = {
  ...problem("the path has no operation for the method used (answered before authentication); Allow lists the ones it has"),
  headers: { Allow: { description: "the methods this path has, comma-separated; HEAD wherever GET is", schema: { type: "string" } } },
};

/** What any request may get, whatever its route: answered by the router, the HTTP parser, or the catch-all. */
const everywhere: Record<string, { description: string }> = {
  "400": problem("malformed-request: the request is not valid HTTP/1.1; answered before any route"),
  "405": methodNotAllowed,
  "408": problem("request-timeout: the request line and headers did not arrive in time; answered before any route"),
  "413": problem("body-too-large: the chunk extensions of a chunked body are too large; answered before any route"),
  "431": problem("the request line and headers are too large (a long query string counts); answered before any route"),
  "500": problem("the request could not be completed (logged by the gateway)"),
};

type Operation = Json & { responses: Json };
/** Adds the answers every path can give to each of the path's operations; a status the operation has already gets both descriptions. */
function withEverywhere(paths: Record<string, Record<string, Operation>>): Record<string, Record<string, Operation>> {
  const add = (responses: Json): Json => {
    const out = { ...responses };
    for (const [status, answer] of Object.entries(everywhere)) {
      const own = out[status] as { description: string } | undefined;
      out[status] = own ? { ...answer, ...own, description: `${own.description}; or ${answer.description}` } : answer;
    }
    return out;
  };
  return Object.fromEntries(
    Object.entries(paths).map(([path, item]) => [path, Object.fromEntries(Object.entries(item).map(([method, op]) => [method, { ...op, responses: add(op.responses) }]))]),
  );
}

/** The OpenAPI 3.1 document, generated from the same zod schemas the routes validate with. */
export function openApiDocument(): Json {
  return {
    openapi: "3.1.0",
    info: { title: "inkstream gateway", version: "1.0.0", description: "Search and read indexed articles, request ingestion, follow indexed events." },
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
    security: [{ bearer: [] }, {}],
    paths: withEverywhere({
      "/v1/ingest": {
        post: {
          summary: "Request ingestion of URLs; with wait, answer with each final outcome",
          requestBody: { required: true, content: { "application/json": { schema: schema(ingestBodySchema) } } },
          responses: {
            "200": { description: "outcomes (wait)" },
            "202": { description: "requests stored" },
            "413": problem("body too large or too many URLs"),
            "415": problem("the body is not application/json"),
            ...errors,
          },
        },
      },
      "/v1/articles": {
        get: { summary: "The article stored for a URL", parameters: queryParams(articleByUrlQuerySchema), responses: { "200": json(articleRecordSchema, "the record"), "404": problem("none"), ...errors } },
      },
      "/v1/articles/{id}": {
        get: { summary: "An article by id", parameters: [idParam], responses: { "200": json(articleRecordSchema, "the record"), "404": problem("none"), ...errors } },
      },
      "/v1/articles/{id}/similar": {
        get: { summary: "Near-duplicates and articles sharing entities", parameters: [idParam, ...queryParams(similarQuerySchema)], responses: { "200": { description: "similar articles" }, "404": problem("none"), ...errors } },
      },
      "/v1/search": {
        get: { summary: "Full-text search with filters, facets and cursor pagination", parameters: queryParams(searchQuerySchema), responses: { "200": json(searchResultSchema, "a page of hits"), ...errors } },
      },
      "/v1/tags": { get: { summary: "Tags by prefix, most used first", parameters: queryParams(tagsQuerySchema), responses: { "200": json(tagsResultSchema, "tags"), ...errors } } },
      "/v1/sources/health": {
        get: {
          summary: "Extraction health per source: field shares today against the week before, and the fields that fell",
          parameters: queryParams(sourceHealthQuerySchema),
          responses: { "200": json(sourceHealthResultSchema, "sources"), ...errors },
        },
      },
      "/v1/events": {
        get: {
          summary: "Server-Sent Events of ink.article.indexed; id = stream sequence, resume with Last-Event-ID",
          parameters: [...queryParams(eventsQuerySchema), { name: "Last-Event-ID", in: "header", required: false, schema: { type: "string" } }],
          responses: { "200": { description: "event stream", content: { "text/event-stream": { schema: schema(articleIndexedSchema) } } }, "503": problem("too many streams"), ...errors },
        },
      },
      "/v1/failures": { get: { summary: "Failed events, oldest first (id = stream sequence)", parameters: queryParams(failuresQuerySchema), responses: { "200": { description: "failures" }, ...errors } } },
      "/v1/failures/{id}/replay": {
        post: {
          summary: "Re-drive a failure: its original message, else a forced ingest of its URL",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer", minimum: 1 } }],
          responses: { "202": { description: "replayed" }, "404": problem("no such failure"), "409": problem("nothing to replay"), ...errors },
        },
      },
      "/healthz": { get: { summary: "Alive", security: [], responses: { "200": { description: "ok" } } } },
      "/readyz": { get: { summary: "Redis and NATS answer", security: [], responses: { "200": { description: "ready" }, "503": { description: "not ready" } } } },
      "/metrics": { get: { summary: "Prometheus metrics", security: [], responses: { "200": { description: "metrics" } } } },
      "/openapi.json": { get: { summary: "This document", security: [], responses: { "200": { description: "OpenAPI 3.1 document" } } } },
    }),
  };
}
