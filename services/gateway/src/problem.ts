import type { ServerResponse } from "node:http";
import type { z } from "zod";

/** An error answered as RFC 9457 problem details (application/problem+json). */
export class HttpProblem extends Error {
  override readonly name = "HttpProblem";
  readonly status: number;
  readonly code: string;
  readonly extra: Record<string, unknown>;
  readonly headers: Record<string, string>;
  constructor(status: number, code: string, detail: string, opts: { extra?: Record<string, unknown>; headers?: Record<string, string>; cause?: unknown } = {}) {
    super(detail, opts.cause !== undefined ? { cause: opts.cause } : undefined);
    this.status = status;
    this.code = code;
    this.extra = opts.extra ?? {};
    this.headers = opts.headers ?? {};
  }
}

const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  404: "Not Found",
  405: "Method Not Allowed",
  408: "Request Timeout",
  409: "Conflict",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  429: "Too Many Requests",
  431: "Request Header Fields Too Large",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

/** The problem type URI of a code; the codes are listed in docs/http-api.md. */
export const problemType = (code: string) => `urn:inkstream:problem:${code}`;

/**
 * 400 `invalid-request` from a zod error: each unknown key is named as its own path, and an issue about the whole
 * value (a path parameter, a header) takes the name `root`.
 */
export function invalidInput(where: string, error: z.ZodError, root = ""): HttpProblem {
  return invalidFields(
    where,
    error.issues.flatMap((i) => {
      const at = i.path.map(String);
      if (i.code === "unrecognized_keys") return i.keys.map((k) => ({ path: [...at, k].join("."), message: "is not taken here" }));
      return [{ path: at.length > 0 ? at.join(".") : root, message: i.message }];
    }),
  );
}

/** 400 `invalid-request` listing each field that is wrong and why. */
export function invalidFields(where: string, errors: { path: string; message: string }[]): HttpProblem {
  return new HttpProblem(400, "invalid-request", `invalid ${where}: ${errors.map((e) => `${e.path || "(root)"}: ${e.message}`).join("; ")}`, { extra: { errors } });
}

export function sendProblem(res: ServerResponse, p: HttpProblem, instance: string): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.writeHead(p.status, { "content-type": "application/problem+json", ...p.headers });
  res.end(problemJson(p, instance));
}

/** The problem details document; `instance` is the request path, left out when it is not known. */
export function problemJson(p: HttpProblem, instance: string | undefined): string {
  return JSON.stringify({ type: problemType(p.code), title: TITLES[p.status] ?? "Error", status: p.status, detail: p.message, ...(instance !== undefined ? { instance } : {}), ...p.extra });
}
