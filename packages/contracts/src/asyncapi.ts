import { z } from "zod";
import { EVENT_SCHEMAS } from "./events.ts";
import { articleRecordSchema } from "./record.ts";
import { EVENT_KEYS, EVENT_TYPES, subjectFor } from "./subjects.ts";
import { HEADERS } from "./headers.ts";

const HEADER_DOCS: Record<string, string> = {
  [HEADERS.id]: "CloudEvents id (UUID)",
  [HEADERS.type]: "CloudEvents type, e.g. ink.article.indexed",
  [HEADERS.source]: "CloudEvents source, e.g. inkstream/indexer",
  [HEADERS.time]: "CloudEvents time (RFC 3339)",
  [HEADERS.specversion]: "CloudEvents spec version, 1.0",
  [HEADERS.subject]: "the article id",
  [HEADERS.correlationId]: "kept along the whole chain of one ingest request",
  [HEADERS.traceparent]: "W3C trace context, a child span per stage",
  [HEADERS.msgId]: "JetStream publish idempotency key",
};

/** An AsyncAPI 3 document of every event, generated from the zod contracts (JSON Schema draft-07 payloads). */
export function asyncApiDocument(namespace = "ink"): Record<string, unknown> {
  const channels: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const headers = {
    type: "object",
    properties: Object.fromEntries(Object.entries(HEADER_DOCS).map(([k, d]) => [k, { type: "string", description: d }])),
  };
  for (const key of EVENT_KEYS) {
    messages[key] = { name: EVENT_TYPES[key], contentType: "application/json", headers, payload: z.toJSONSchema(EVENT_SCHEMAS[key], { target: "draft-7", io: "input" }) };
    channels[key] = { address: subjectFor(namespace, key), messages: { [key]: { $ref: `#/components/messages/${key}` } } };
    operations[`receive_${key}`] = { action: "receive", channel: { $ref: `#/channels/${key}` } };
  }
  return {
    asyncapi: "3.0.0",
    info: {
      title: "inkstream events",
      version: "1.0.0",
      description: "Events on NATS JetStream (stream <namespace>_events, limits retention). Subjects shown for namespace " + JSON.stringify(namespace) + ".",
    },
    channels,
    operations,
    components: { messages, schemas: { ArticleRecord: z.toJSONSchema(articleRecordSchema, { target: "draft-7", io: "input" }) } },
  };
}
