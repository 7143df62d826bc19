import type { IncomingHttpHeaders } from "node:http";
import { StageError } from "@inkstream/contracts";

// Phrases of bot walls and challenge pages (Cloudflare, Akamai, DataDome, PerimeterX, generic captchas).
const CHALLENGE = /cf-chl|challenge-platform|just a moment|checking your browser|attention required|captcha|datadome|perimeterx|px-captcha|access denied|are you a robot|bot protection|verify you are human/i;

/** Retry-After as seconds or an HTTP date, in ms from now; undefined when absent or unreadable. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const s = Number(value.trim());
  if (Number.isFinite(s)) return Math.max(0, s * 1000);
  const t = Date.parse(value);
  return Number.isFinite(t) ? Math.max(0, t - now) : undefined;
}

/** Throws the StageError an HTTP status means; returns for 2xx. */
export function classifyStatus(status: number, headers: IncomingHttpHeaders, body: Uint8Array): void {
  if (status >= 200 && status < 300) return;
  const head = Buffer.from(body.subarray(0, 4096)).toString("latin1");
  const wait = retryAfterMs(typeof headers["retry-after"] === "string" ? headers["retry-after"] : undefined);
  // Cloudflare marks its challenge answers with a header, whatever the page says
  const challenged = headers["cf-mitigated"] === "challenge" || CHALLENGE.test(head);
  if ((status === 403 || status === 503 || status === 429) && challenged) {
    throw new StageError("blocked_by_bot_protection", `HTTP ${status} challenge page`);
  }
  if (status === 429) {
    throw new StageError("rate_limited", "HTTP 429 Too Many Requests", { retryable: true, ...(wait !== undefined ? { retryAfterMs: Math.min(wait, 3_600_000) } : {}) });
  }
  if (status >= 500) {
    throw new StageError("http_5xx", `HTTP ${status}`, { retryable: true, ...(wait !== undefined ? { retryAfterMs: Math.min(wait, 3_600_000) } : {}) });
  }
  if (status >= 400) throw new StageError("http_4xx", `HTTP ${status}`);
  throw new StageError("http_4xx", `unexpected HTTP ${status}`);
}
