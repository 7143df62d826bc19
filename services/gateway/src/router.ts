import type { IncomingMessage, ServerResponse } from "node:http";

export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: Record<string, string>;
  /** the client the rate limit counts: a digest of its token, or its address */
  client: string;
}

export type Handler = (ctx: RequestContext) => Promise<void> | void;

export interface Route {
  method: "GET" | "POST";
  /** path with `:name` segments */
  path: string;
  /** label for metrics (the path pattern, never ids) */
  name: string;
  /** open without a token (health, metrics, the OpenAPI document) */
  open?: boolean;
  handle: Handler;
}

interface Compiled extends Route {
  regex: RegExp;
}

export function compileRoutes(routes: readonly Route[]): Compiled[] {
  return routes.map((r) => ({
    ...r,
    regex: new RegExp(`^${r.path.replace(/:([a-zA-Z]+)/g, "(?<$1>[^/]+)")}$`),
  }));
}

/** The route for a method and path (HEAD takes a GET route); `allowed` lists the methods the path has when the method does not match. */
export function matchRoute(routes: readonly Compiled[], method: string, path: string): { route?: Compiled; params: Record<string, string>; allowed: string[] } {
  const allowed: string[] = [];
  for (const r of routes) {
    const m = r.regex.exec(path);
    if (!m) continue;
    if (r.method === method || (method === "HEAD" && r.method === "GET")) return { route: r, params: { ...m.groups }, allowed };
    allowed.push(...(r.method === "GET" ? ["GET", "HEAD"] : [r.method]));
  }
  return { params: {}, allowed };
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}
