import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SCHEMA_VERSION } from "@inkstream/contracts";
import { newEventMeta, publishEvent, readEvents } from "@inkstream/bus";
import { createTestEnv, type TestEnv } from "@inkstream/testkit";

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv("bus-publish");
});
afterAll(async () => {
  await env?.cleanup();
});

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-01$/;
const parts = (traceparent: string | undefined) => TRACEPARENT.exec(traceparent ?? "")?.slice(1) ?? [];

describe("event metadata", () => {
  it("starts a trace for an event without a cause and continues the cause's trace with a new span", () => {
    const root = newEventMeta(env.bus, "ingestRequested");
    const [traceId, spanId] = parts(root.traceparent);
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);
    const child = newEventMeta(env.bus, "articleFetched", { causedBy: root });
    expect(parts(child.traceparent)[0]).toBe(traceId);
    expect(parts(child.traceparent)[1]).not.toBe(spanId);
    expect(child.correlationId).toBe(root.correlationId);
  });

  it("gives every event its own span id, also across many thousands (the random bytes come in blocks)", () => {
    const root = newEventMeta(env.bus, "ingestRequested");
    const spans = Array.from({ length: 5000 }, () => parts(newEventMeta(env.bus, "articleFetched", { causedBy: root }).traceparent)[1]);
    expect(spans.every((s) => s !== undefined && /^[0-9a-f]{16}$/.test(s))).toBe(true);
    expect(new Set(spans).size).toBe(5000);
    // bytes spread over every hex digit, not a counter or a constant
    const digits = new Set(spans.join(""));
    expect(digits.size).toBe(16);
  });

  it("carries the trace through the stream", async () => {
    const cause = newEventMeta(env.bus, "ingestRequested");
    await publishEvent(env.bus, "ingestRequested", { schemaVersion: SCHEMA_VERSION, url: "https://news.example/traced" }, { causedBy: cause });
    const [read] = await readEvents(env.bus, ["ingestRequested"]);
    expect(parts(read?.meta.traceparent)[0]).toBe(parts(cause.traceparent)[0]);
    expect(read?.meta.correlationId).toBe(cause.correlationId);
  });
});
