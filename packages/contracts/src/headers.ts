/** Event metadata travels in NATS headers: CloudEvents binary-mode names plus correlation and trace context. */
export const HEADERS = {
  id: "ce-id",
  type: "ce-type",
  source: "ce-source",
  time: "ce-time",
  specversion: "ce-specversion",
  subject: "ce-subject",
  dataschema: "ce-dataschema",
  correlationId: "ink-correlation-id",
  traceparent: "traceparent",
  msgId: "Nats-Msg-Id",
  contentType: "content-type",
} as const;

export const CE_SPECVERSION = "1.0";

/** Metadata of one event, as read from or written to headers. */
export interface EventMeta {
  id: string;
  type: string;
  source: string;
  time: string;
  correlationId: string;
  traceparent: string;
  /** the article the event is about, as `ce-subject` */
  subject?: string;
}

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/** A child `traceparent`: same trace id, new span id; a fresh trace when the parent is missing or malformed. */
export function childTraceparent(parent: string | undefined, randomHex: (bytes: number) => string): string {
  const m = parent ? TRACEPARENT.exec(parent) : null;
  const traceId = m?.[1] ?? randomHex(16);
  return `00-${traceId}-${randomHex(8)}-01`;
}
