import type { z } from "zod";
import type { ArticleFailed, EventMeta, FailureReason, Stage } from "@inkstream/contracts";
import { SCHEMA_VERSION } from "@inkstream/contracts";

export interface FailureInput {
  stage: Stage;
  reason: FailureReason;
  message: string;
  retryable: boolean;
  deliveryCount: number;
  meta: EventMeta;
  subject: string;
  streamSequence?: number;
  /** the message body, parsed as far as it parses: used to carry the article id and URL along */
  body?: unknown;
  issues?: z.core.$ZodIssue[];
}

function pick(body: unknown, key: string): string | undefined {
  if (body && typeof body === "object" && key in body) {
    const v = (body as Record<string, unknown>)[key];
    return typeof v === "string" ? v : undefined;
  }
  return undefined;
}

/** The `ink.article.failed` payload for a message a stage gives up on. */
export function failedEventFor(f: FailureInput): ArticleFailed {
  const articleId = pick(f.body, "articleId") ?? f.meta.subject;
  const url = pick(f.body, "url");
  return {
    schemaVersion: SCHEMA_VERSION,
    stage: f.stage,
    reason: f.reason,
    message: f.message.slice(0, 2000),
    retryable: f.retryable,
    ...(articleId && /^[0-9a-f]{20}$/.test(articleId) ? { articleId } : {}),
    ...(url ? { url: url.slice(0, 8192) } : {}),
    deliveryCount: f.deliveryCount,
    failedAt: new Date().toISOString(),
    original: {
      type: f.meta.type,
      subject: f.subject,
      ...(f.streamSequence !== undefined ? { streamSequence: f.streamSequence } : {}),
      eventId: f.meta.id,
    },
    ...(f.issues ? { issues: f.issues.slice(0, 50).map((i) => ({ path: i.path.join("."), message: i.message })) } : {}),
  };
}
