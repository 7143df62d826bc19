import { STATUS_CODES, maxHeaderSize, type Server, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import type { Logger } from "@inkstream/runtime";
import { methodLabel, requests, UNPARSED } from "./metrics.ts";
import { HttpProblem, problemJson } from "./problem.ts";

// a client that got its answer and keeps its side open is cut off after this
const LINGER_MS = 2_000;

type ParserError = Error & { code?: string; rawPacket?: unknown };

function problemFor(err: ParserError, server: Server): HttpProblem {
  switch (err.code ?? "") {
    case "HPE_HEADER_OVERFLOW":
      return new HttpProblem(431, "headers-too-large", `the request line and headers exceed ${maxHeaderSize} bytes (a long query string counts)`);
    case "HPE_CHUNK_EXTENSIONS_OVERFLOW":
      return new HttpProblem(413, "body-too-large", "the chunk extensions of the body are too large");
    case "ERR_HTTP_REQUEST_TIMEOUT":
      return new HttpProblem(408, "request-timeout", `the request headers did not arrive within ${server.headersTimeout} ms`);
    default:
      return new HttpProblem(400, "malformed-request", "the request is not valid HTTP/1.1", { cause: err });
  }
}

/** The path of the request line at the start of what the parser refused, when it is there and complete. */
function pathOf(raw: unknown): string | undefined {
  if (!Buffer.isBuffer(raw)) return undefined;
  return /^[A-Z]+ (\/[^\s?#]{0,1024})[\s?#]/.exec(raw.subarray(0, 1100).toString("latin1"))?.[1];
}

function rawResponse(p: HttpProblem, instance: string | undefined): string {
  const body = problemJson(p, instance);
  const head = [
    `HTTP/1.1 ${p.status} ${STATUS_CODES[p.status] ?? "Error"}`,
    "content-type: application/problem+json",
    `content-length: ${Buffer.byteLength(body)}`,
    "connection: close",
    ...Object.entries(p.headers).map(([k, v]) => `${k}: ${v}`),
  ];
  return `${head.join("\r\n")}\r\n\r\n${body}`;
}

/**
 * Answers what Node's HTTP parser refuses before any handler runs (431 for a long request line or headers, 400
 * for malformed HTTP) with problem details instead of Node's empty reply. Returns `track`, which the request
 * handler calls for every response: a socket with a response in progress is closed, never written into.
 */
export function answerClientErrors(server: Server, logger: Logger): (res: ServerResponse) => void {
  const inProgress = new WeakMap<Duplex, number>();
  server.on("clientError", (error: Error, socket: Duplex) => {
    const err: ParserError = error;
    // the parser goes on reporting the rest of a refused request after the answer was sent
    if (socket.writableEnded) return;
    if (!socket.writable || (inProgress.get(socket) ?? 0) > 0) {
      socket.destroy();
      return;
    }
    const problem = problemFor(err, server);
    logger.debug({ code: err.code, status: problem.status }, "refused a request the HTTP parser rejected");
    // no route was matched, and the path is the client's to choose: one fixed route label keeps the series bounded
    requests.inc({ route: UNPARSED, method: methodLabel(err.rawPacket), status: String(problem.status) });
    // end, not destroy: the client's unread bytes are still drained, so it reads the answer instead of a reset
    socket.end(rawResponse(problem, pathOf(err.rawPacket)));
    setTimeout(() => socket.destroy(), LINGER_MS).unref();
  });
  return (res) => {
    const socket = res.socket;
    if (!socket) return;
    inProgress.set(socket, (inProgress.get(socket) ?? 0) + 1);
    res.once("close", () => inProgress.set(socket, (inProgress.get(socket) ?? 1) - 1));
  };
}
