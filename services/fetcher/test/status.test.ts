import { describe, expect, it } from "vitest";
import type { StageError } from "@inkstream/contracts";
import { classifyStatus, notHtmlReason, retryAfterMs } from "../src/index.ts";

const body = (s: string) => new TextEncoder().encode(s);

function reasonOf(status: number, headers: Record<string, string> = {}, html = "<html><body>error</body></html>"): StageError | undefined {
  try {
    classifyStatus(status, headers, body(html));
    return undefined;
  } catch (err) {
    return err as StageError;
  }
}

describe("classifyStatus", () => {
  it("passes 2xx and maps errors to coded reasons with the right retry verdict", () => {
    expect(reasonOf(200)).toBeUndefined();
    expect(reasonOf(404)).toMatchObject({ reason: "http_4xx", retryable: false });
    expect(reasonOf(410)).toMatchObject({ reason: "http_4xx", retryable: false });
    expect(reasonOf(502)).toMatchObject({ reason: "http_5xx", retryable: true });
    expect(reasonOf(429, { "retry-after": "120" })).toMatchObject({ reason: "rate_limited", retryable: true, retryAfterMs: 120_000 });
  });

  it("recognises bot walls on 403 and 503", () => {
    const challenge = "<html><head><title>Just a moment...</title></head><body><div id='cf-chl-widget'></div></body></html>";
    expect(reasonOf(403, {}, challenge)).toMatchObject({ reason: "blocked_by_bot_protection", retryable: false });
    expect(reasonOf(503, {}, challenge)).toMatchObject({ reason: "blocked_by_bot_protection" });
    expect(reasonOf(403)).toMatchObject({ reason: "http_4xx" });
    expect(reasonOf(403, { "cf-mitigated": "challenge" })).toMatchObject({ reason: "blocked_by_bot_protection" });
    expect(reasonOf(503, {}, "<title>Checking your browser before accessing news.example</title>")).toMatchObject({ reason: "blocked_by_bot_protection" });
  });
});

describe("retryAfterMs", () => {
  it("reads seconds and HTTP dates", () => {
    const now = Date.parse("2024-03-14T10:00:00Z");
    expect(retryAfterMs("30", now)).toBe(30_000);
    expect(retryAfterMs("Thu, 14 Mar 2024 10:02:00 GMT", now)).toBe(120_000);
    expect(retryAfterMs("soon", now)).toBeUndefined();
    expect(retryAfterMs(undefined, now)).toBeUndefined();
  });
});

describe("notHtmlReason", () => {
  it("accepts HTML and refuses binaries even when mislabelled", () => {
    expect(notHtmlReason("text/html; charset=utf-8", body("<!doctype html><html>"))).toBeUndefined();
    expect(notHtmlReason("", body("<html><body>hi"))).toBeUndefined();
    expect(notHtmlReason("application/pdf", body("%PDF-1.7"))).toMatch(/application\/pdf/);
    expect(notHtmlReason("text/html", body("%PDF-1.7 binary"))).toMatch(/pdf/);
    expect(notHtmlReason("text/html", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toMatch(/png/);
    expect(notHtmlReason("text/html", new Uint8Array([0x3c, 0x68, 0x00, 0x00, 0x41]))).toMatch(/NUL/);
  });
});
