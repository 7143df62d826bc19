import { timingSafeEqual, createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { HttpProblem } from "./problem.ts";

/**
 * Who a request is when its bearer token is one of `tokens`: the first 32 hex digits of the token's SHA-256, so
 * tokens alike in part stay apart and the token itself is never kept. Undefined without `tokens`; throws 401 otherwise.
 */
export function authenticate(req: IncomingMessage, tokens: readonly string[]): string | undefined {
  if (tokens.length === 0) return undefined;
  const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "");
  const given = m?.[1] ? digest(m[1]) : undefined;
  if (given === undefined || !tokens.some((t) => timingSafeEqual(digest(t), given))) {
    throw new HttpProblem(401, "unauthorized", "a valid bearer token is required", { headers: { "www-authenticate": 'Bearer realm="inkstream"' } });
  }
  return given.toString("hex").slice(0, 32);
}

const digest = (s: string) => createHash("sha256").update(s).digest();

/** A fixed one-minute window per client; `check` throws 429 with Retry-After once the client is over. */
export function rateLimiter(perMinute: number) {
  let window = 0;
  let counts = new Map<string, number>();
  return {
    check(client: string, now = Date.now()) {
      if (perMinute <= 0) return;
      const w = Math.floor(now / 60_000);
      if (w !== window) {
        window = w;
        counts = new Map();
      }
      const n = (counts.get(client) ?? 0) + 1;
      counts.set(client, n);
      if (n > perMinute) {
        const retry = Math.ceil(((w + 1) * 60_000 - now) / 1000);
        throw new HttpProblem(429, "rate-limited", `more than ${perMinute} requests in a minute`, { headers: { "retry-after": String(retry) } });
      }
    },
  };
}

/** The request body as JSON, refusing more than `maxBytes` (413) and other content types (415). */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const type = req.headers["content-type"] ?? "";
  if (!/^application\/(.+\+)?json\b/i.test(type)) throw new HttpProblem(415, "unsupported-media-type", "send the body as application/json");
  const declared = Number(req.headers["content-length"] ?? NaN);
  if (declared > maxBytes) throw new HttpProblem(413, "body-too-large", `the body exceeds ${maxBytes} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new HttpProblem(413, "body-too-large", `the body exceeds ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown;
  } catch (err) {
    throw new HttpProblem(400, "invalid-json", "the body is not valid JSON", { cause: err });
  }
}
