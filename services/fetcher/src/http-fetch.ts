import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import type { Readable } from "node:stream";
import { StageError } from "@inkstream/contracts";
import { refusal, type AllowList } from "./address-policy.ts";
import { classifyStatus } from "./status.ts";
import type { FetchLimits } from "./limits.ts";

export interface FetchedBody {
  finalUrl: string;
  status: number;
  contentType: string;
  bytes: Uint8Array;
  /** validators for the next conditional GET */
  etag?: string;
  lastModified?: string;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** extra request headers (If-None-Match, If-Modified-Since) */
  headers?: Record<string, string>;
  accept?: string;
  /** a smaller wire limit than the page limit (robots.txt) */
  maxBodyBytes?: number;
  /** return any final status instead of throwing the StageError it means (robots.txt reads 4xx itself) */
  anyStatus?: boolean;
  /** called before each redirect hop is requested (after its SSRF check): robots.txt and politeness of that hop */
  beforeRedirect?: (to: URL) => Promise<void>;
}

const HTML_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5";

/** A DNS lookup that refuses forbidden addresses at connect time, so a rebinding DNS answer cannot slip through. */
function guardedLookup(allow: AllowList): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, "", 4);
      for (const a of addresses) {
        const why = refusal(hostname, a.address, allow);
        if (why) return callback(Object.assign(new Error(why), { code: "ESSRF" }), "", 4);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: "ENOTFOUND" }), "", 4);
      callback(null, first.address, first.family);
    });
  };
}

/** Checks a URL before any connection: scheme, and IP literals (which never go through DNS lookup). */
export function checkTarget(url: URL, allow: AllowList): void {
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new StageError("unsupported_scheme", `scheme ${url.protocol} is not fetched`);
  }
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host) !== 0) {
    const why = refusal(host, host, allow);
    if (why) throw new StageError("ssrf_blocked", `refused: ${why}`);
  } else if (host === "localhost" || host.endsWith(".localhost")) {
    if (!allow.allowsHost(host)) throw new StageError("ssrf_blocked", `refused: ${host} is loopback`);
  }
}

/**
 * GET with redirects handled here, so every hop is checked again; 304 comes back as a status, other
 * non-2xx statuses as the StageError they mean (unless `anyStatus`).
 */
export async function fetchHttp(url: string, limits: FetchLimits, allow: AllowList, opts: RequestOptions = {}): Promise<FetchedBody> {
  const deadline = AbortSignal.timeout(limits.totalTimeoutMs);
  const abort = opts.signal ? AbortSignal.any([opts.signal, deadline]) : deadline;
  const bodyLimits = opts.maxBodyBytes ? { ...limits, maxBodyBytes: Math.min(opts.maxBodyBytes, limits.maxBodyBytes) } : limits;
  const seen = new Set<string>();
  let current = new URL(url);
  for (let hop = 0; ; hop++) {
    checkTarget(current, allow);
    if (seen.has(current.href)) throw new StageError("redirect_loop", `redirect loop at ${current.href}`);
    seen.add(current.href);
    if (hop > 0) await opts.beforeRedirect?.(current);
    const res = await get(current, limits, allow, abort, { ...opts.headers, accept: opts.accept ?? HTML_ACCEPT });
    const location = res.headers.location;
    if (res.statusCode && res.statusCode >= 300 && res.statusCode < 400 && res.statusCode !== 304 && location) {
      res.resume();
      if (hop >= limits.maxRedirects) throw new StageError("too_many_redirects", `more than ${limits.maxRedirects} redirects`);
      current = new URL(location, current);
      continue;
    }
    const status = res.statusCode ?? 0;
    const contentType = String(res.headers["content-type"] ?? "");
    const bytes = status === 304 ? new Uint8Array(0) : await readBody(res, bodyLimits, abort);
    if (status === 304) res.resume();
    else if (!opts.anyStatus) classifyStatus(status, res.headers, bytes);
    const etag = headerValue(res.headers.etag);
    const lastModified = headerValue(res.headers["last-modified"]);
    return { finalUrl: current.href, status, contentType, bytes, ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
  }
}

const headerValue = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.slice(0, 1024);

function get(url: URL, limits: FetchLimits, allow: AllowList, signal: AbortSignal, extra: Record<string, string>): Promise<IncomingMessage> {
  const request = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: "GET",
      signal,
      lookup: guardedLookup(allow),
      headers: { "user-agent": limits.userAgent, "accept-encoding": "gzip, deflate, br", ...extra },
    });
    const connectTimer = setTimeout(() => req.destroy(Object.assign(new Error("connect timeout"), { code: "ETIMEDOUT" })), limits.connectTimeoutMs);
    // a kept-alive socket is connected already: only a new one has a connect phase to time
    req.once("socket", (s) => (s.connecting ? s.once("connect", () => clearTimeout(connectTimer)) : clearTimeout(connectTimer)));
    req.once("response", (res) => {
      clearTimeout(connectTimer);
      resolve(res);
    });
    req.once("error", (err) => {
      clearTimeout(connectTimer);
      reject(networkError(err, url));
    });
    req.end();
  });
}

async function readBody(res: IncomingMessage, limits: FetchLimits, signal: AbortSignal): Promise<Uint8Array> {
  const declared = Number(res.headers["content-length"] ?? NaN);
  if (Number.isFinite(declared) && declared > limits.maxBodyBytes) {
    res.destroy();
    throw new StageError("too_large", `Content-Length ${declared} exceeds ${limits.maxBodyBytes} bytes`);
  }
  let wire = 0;
  res.on("data", (chunk: Buffer) => {
    wire += chunk.length;
    if (wire > limits.maxBodyBytes) res.destroy(new StageError("too_large", `body exceeds ${limits.maxBodyBytes} bytes`));
  });
  const encoding = String(res.headers["content-encoding"] ?? "").toLowerCase().trim();
  const stream: Readable =
    encoding === "gzip" || encoding === "x-gzip" ? res.pipe(createGunzip()) :
    encoding === "deflate" ? res.pipe(createInflate()) :
    encoding === "br" ? res.pipe(createBrotliDecompress()) : res;
  if (stream !== res) res.once("error", (e) => stream.destroy(e));
  const chunks: Buffer[] = [];
  let decoded = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      decoded += chunk.length;
      if (decoded > limits.maxDecodedBytes) {
        res.destroy();
        throw new StageError("too_large", `decoded body exceeds ${limits.maxDecodedBytes} bytes (compression bomb?)`);
      }
      chunks.push(chunk);
    }
  } catch (err) {
    if (err instanceof StageError) throw err;
    if (signal.aborted) throw new StageError("timeout", "timed out reading the body", { retryable: true, cause: err });
    throw new StageError("connection_error", `reading the body failed: ${String(err)}`, { retryable: true, cause: err });
  }
  return Buffer.concat(chunks);
}

function networkError(err: Error & { code?: string }, url: URL): StageError {
  if (err instanceof StageError) return err;
  const code = err.code ?? "";
  if (code === "ESSRF") return new StageError("ssrf_blocked", `refused: ${err.message}`, { cause: err });
  if (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "EAI_NONAME") {
    return new StageError("dns_error", `cannot resolve ${url.hostname}`, { retryable: code === "EAI_AGAIN", cause: err });
  }
  if (code === "ETIMEDOUT" || err.name === "TimeoutError" || err.name === "AbortError") {
    return new StageError("timeout", `timed out fetching ${url.host}`, { retryable: true, cause: err });
  }
  return new StageError("connection_error", `${code || err.name}: ${err.message}`, { retryable: true, cause: err });
}
