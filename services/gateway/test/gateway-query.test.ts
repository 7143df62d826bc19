import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestEnv, type TestEnv } from "@inkstream/testkit";
import { article } from "../../../tests/store-fixtures.ts";
import { startTestGateway } from "./gateway-harness.ts";

let env: TestEnv;
let gw: Awaited<ReturnType<typeof startTestGateway>>;

const docs = [
  article("d0000000000000000001", {
    title: "Baerbock fordert Waffenruhe",
    text: "Außenministerin Baerbock forderte in Kiew eine Waffenruhe. Ohne die Ukraine gebe es keine Entscheidung.",
    url: "https://tagesblatt.de/politik/baerbock",
    tags: ["lang:de", "topic:politics", "place:ukraine", "source:tagesblatt.de"],
    publishedAt: "2024-03-14T09:00:00+01:00",
  }),
  article("d0000000000000000002", {
    title: "Beavers return",
    text: "Beavers are back on the river, and their dams slow floods.",
    language: "en",
    url: "https://riverpost.example/beavers",
    tags: ["lang:en", "topic:environment", "place:devon", "source:riverpost.example"],
    publishedAt: "2024-02-01T08:00:00Z",
  }),
];

beforeAll(async () => {
  env = await createTestEnv("gateway-query");
  gw = await startTestGateway(env, { INK_GATEWAY_RATE_LIMIT: "0" });
  await gw.store.upsertMany(docs);
});
afterAll(async () => {
  await gw?.close();
  await env?.cleanup();
});

const problemOf = async (r: Response) => {
  expect(r.headers.get("content-type")).toBe("application/problem+json");
  return (await r.json()) as { type: string; status: number; title: string; detail: string; errors?: { path: string }[] };
};

/** Sends raw bytes and reads the whole answer until the server closes. */
async function rawRequest(base: string, text: string): Promise<string> {
  const { hostname, port } = new URL(base);
  const socket = connect(Number(port), hostname);
  const chunks: Buffer[] = [];
  socket.on("data", (c: Buffer) => chunks.push(c));
  socket.end(text);
  await new Promise<void>((resolve, reject) => socket.on("close", () => resolve()).on("error", reject));
  return Buffer.concat(chunks).toString("utf8");
}

/** The value of inkstream_gateway_requests_total for a route, method and status (0 when never counted). */
async function requestsCounted(base: string, route: string, method: string, status: number): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const line = text.split("\n").find((l) => l.startsWith(`inkstream_gateway_requests_total{route="${route}",method="${method}",status="${status}"} `));
  return line ? Number(line.slice(line.lastIndexOf(" ") + 1)) : 0;
}

describe("requests the HTTP parser refuses", () => {
  it("counts them in the requests metric with their status, under the route (unparsed)", async () => {
    const count = (method: string, status: number) => requestsCounted(gw.base, "(unparsed)", method, status);
    const before = { long: await count("GET", 431), malformed: await count("GET", 400), garbage: await count("(unparsed)", 400) };
    expect((await gw.get(`/v1/search?q=${"x".repeat(100_000)}`)).status).toBe(431);
    expect(await rawRequest(gw.base, "GET /v1/tags HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n")).toMatch(/^HTTP\/1\.1 400 /);
    // no method can be read from this: the label stays one fixed value
    expect(await rawRequest(gw.base, "NOT-A-METHOD / HTTP/1.1\r\nHost: x\r\n\r\n")).toMatch(/^HTTP\/1\.1 400 /);
    expect(await count("GET", 431)).toBe(before.long + 1);
    expect(await count("GET", 400)).toBe(before.malformed + 1);
    expect(await count("(unparsed)", 400)).toBe(before.garbage + 1);
  });

  it("answers a very long query string or oversized headers with problem details", async () => {
    const long = await gw.get(`/v1/search?q=${"x".repeat(100_000)}`);
    expect(long.status).toBe(431);
    expect(await problemOf(long)).toMatchObject({ type: "urn:inkstream:problem:headers-too-large", status: 431, title: "Request Header Fields Too Large", instance: "/v1/search" });
    const headers = await gw.get("/v1/tags", { "x-padding": "y".repeat(20_000) });
    expect(headers.status).toBe(431);
    expect((await problemOf(headers)).detail).toMatch(/bytes/);
    // the server still answers afterwards
    expect((await gw.get("/healthz")).status).toBe(200);
  });

  it("answers a malformed request with a 400 problem", async () => {
    const answer = await rawRequest(gw.base, "GET /v1/tags HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n");
    const [head = "", body = ""] = answer.split("\r\n\r\n");
    expect(head).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(head.toLowerCase()).toContain("content-type: application/problem+json");
    expect(JSON.parse(body)).toMatchObject({ type: "urn:inkstream:problem:malformed-request", status: 400 });
  });
});

describe("query validation", () => {
  it("refuses a search whose from is later than its to, naming both", async () => {
    const r = await gw.get("/v1/search?from=2024-06-01&to=2024-01-01");
    const p = await problemOf(r);
    expect(p.status).toBe(400);
    expect(p.errors?.map((e) => e.path)).toEqual(["from"]);
    expect(p.detail).toMatch(/from.*later than.*to/);
    // a to given as a date runs to that day's end: 09:00 on the same day is not later, the next day is
    const sameDay = await gw.get(`/v1/search?from=${encodeURIComponent("2024-03-14T09:00:00+01:00")}&to=2024-03-14`);
    expect(sameDay.status).toBe(200);
    const nextDay = await gw.get(`/v1/search?from=${encodeURIComponent("2024-03-15T09:00:00+01:00")}&to=2024-03-14`);
    expect(nextDay.status).toBe(400);
    expect((await gw.get("/v1/search?from=2024-02-01&to=2024-02-01")).status).toBe(200);
  });

  it("names each unknown parameter or body field, and a bad path parameter, in errors[].path", async () => {
    const unknown = await problemOf(await gw.get("/v1/search?q=Nato&foo=1&bar=2"));
    expect(unknown.status).toBe(400);
    expect(unknown.errors?.map((e) => e.path).sort()).toEqual(["bar", "foo"]);
    expect(unknown.detail).toMatch(/foo: is not taken here/);
    const body = await problemOf(await gw.post("/v1/ingest", { urls: ["http://127.0.0.1:9/a"], colour: "red" }));
    expect(body.errors?.map((e) => e.path)).toEqual(["colour"]);
    const id = await problemOf(await gw.get("/v1/articles/XYZ"));
    expect(id.status).toBe(400);
    expect(id.errors?.map((e) => e.path)).toEqual(["id"]);
  });

  it("refuses a parameter given more than once, naming it", async () => {
    const q = await problemOf(await gw.get("/v1/search?q=a&q=b"));
    expect(q.status).toBe(400);
    expect(q.errors).toEqual([{ path: "q", message: expect.stringMatching(/2 times/) as unknown }]);
    expect(q.detail).toMatch(/\bq\b/);
    expect((await problemOf(await gw.get("/v1/tags?limit=1&limit=2"))).errors?.map((e) => e.path)).toEqual(["limit"]);
    // tags is one comma-separated value, not a repeated parameter
    expect((await problemOf(await gw.get("/v1/search?tags=lang:de&tags=lang:en"))).errors?.map((e) => e.path)).toEqual(["tags"]);
    expect((await problemOf(await gw.get("/v1/failures?after=1&limit=5&after=2"))).errors?.map((e) => e.path)).toEqual(["after"]);
    // names an object has by inheritance are parameters like any other
    expect((await problemOf(await gw.get("/v1/tags?constructor=1"))).status).toBe(400);
  });
});

describe("gateway reads", () => {
  it("searches with filters and returns hits with marked snippets and facets", async () => {
    const r = await gw.get("/v1/search?q=Waffenruhe&lang=de&limit=5");
    expect(r.status).toBe(200);
    const body = (await r.json()) as { hits: { id: string; snippet: string }[]; total: number; facets: { languages: unknown[] } };
    expect(body.hits.map((h) => h.id)).toEqual(["d0000000000000000001"]);
    expect(body.hits[0]?.snippet).toContain("<mark>Waffenruhe</mark>");
    expect(body.facets.languages).toEqual([{ value: "de", count: 1 }]);
    const tagged = (await (await gw.get("/v1/search?tags=place:devon,topic:environment&from=2024-01-01&to=2024-12-31")).json()) as { hits: { id: string }[] };
    expect(tagged.hits.map((h) => h.id)).toEqual(["d0000000000000000002"]);
  });

  it("answers bad input with problem details naming the parameter", async () => {
    const bad = await problemOf(await gw.get("/v1/search?limit=1000&sort=size"));
    expect(bad.status).toBe(400);
    expect(bad.type).toBe("urn:inkstream:problem:invalid-request");
    expect(bad.errors?.map((e) => e.path).sort()).toEqual(["limit", "sort"]);
    expect((await problemOf(await gw.get("/v1/search?colour=red"))).status).toBe(400);
    expect((await problemOf(await gw.get("/v1/search?q=x&cursor=garbage"))).detail).toMatch(/cursor/);
    expect((await problemOf(await gw.get("/v1/articles/not-an-id"))).status).toBe(400);
    expect((await problemOf(await gw.get("/v1/nothing"))).status).toBe(404);
    const wrongMethod = await gw.post("/v1/search", {});
    expect(wrongMethod.status).toBe(405);
    // every GET route answers HEAD too
    expect(wrongMethod.headers.get("allow")).toBe("GET, HEAD");
  });

  it("reads an article by id and by URL, its similar articles, and tags by prefix", async () => {
    const byId = (await (await gw.get("/v1/articles/d0000000000000000001")).json()) as { title: string; version: number };
    expect(byId).toMatchObject({ title: "Baerbock fordert Waffenruhe", version: 1 });
    const byUrl = (await (await gw.get(`/v1/articles?url=${encodeURIComponent("https://tagesblatt.de/politik/baerbock?utm_source=x")}`)).json()) as { id: string };
    expect(byUrl.id).toBe("d0000000000000000001");
    expect((await problemOf(await gw.get("/v1/articles/ffffffffffffffffffff"))).status).toBe(404);
    const notUrl = await problemOf(await gw.get("/v1/articles?url=not%20a%20url"));
    expect(notUrl).toMatchObject({ status: 400, errors: [{ path: "url" }] });
    expect((await problemOf(await gw.get("/v1/articles?url=ftp%3A%2F%2Ftagesblatt.de%2Fx"))).status).toBe(400);
    expect((await problemOf(await gw.get(`/v1/articles?url=${encodeURIComponent("https://tagesblatt.de/never-stored")}`))).status).toBe(404);
    expect(await (await gw.get("/v1/tags?prefix=place:")).json()).toEqual({ tags: [{ tag: "place:devon", count: 1 }, { tag: "place:ukraine", count: 1 }] });
    expect(await (await gw.get("/v1/articles/d0000000000000000001/similar")).json()).toEqual({ similar: [] });
  });

  it("reports extraction health per source", async () => {
    for (const d of docs) await gw.store.observeSource(d);
    const all = (await (await gw.get("/v1/sources/health")).json()) as { sources: { source: string }[] };
    expect(all.sources.map((h) => h.source).sort()).toEqual(["riverpost.example", "tagesblatt.de"]);
    const one = (await (await gw.get("/v1/sources/health?source=tagesblatt.de")).json()) as {
      sources: { source: string; recent: { articles: number; fields: Record<string, number> }; alerts: unknown[] }[];
    };
    expect(one.sources).toHaveLength(1);
    expect(one.sources[0]).toMatchObject({ source: "tagesblatt.de", recent: { articles: 1 }, alerts: [] });
    expect(one.sources[0]?.recent.fields).toMatchObject({ title: 1, publishedAt: 1, authors: 0 });
    expect((await problemOf(await gw.get("/v1/sources/health?limit=0"))).status).toBe(400);
  });

  it("finds a source's health by its host as given: www. and letter case do not matter", async () => {
    for (const d of docs) await gw.store.observeSource(d);
    for (const given of ["www.tagesblatt.de", "TagesBlatt.DE", "WWW.Tagesblatt.de"]) {
      const r = (await (await gw.get(`/v1/sources/health?source=${encodeURIComponent(given)}`)).json()) as { sources: { source: string }[] };
      expect(r.sources.map((h) => h.source), given).toEqual(["tagesblatt.de"]);
    }
    for (const notHost of ["tagesblatt.de/politik", "https://tagesblatt.de", "user@tagesblatt.de", "tagesblatt.de:443", "www."]) {
      expect((await problemOf(await gw.get(`/v1/sources/health?source=${encodeURIComponent(notHost)}`))).errors?.map((e) => e.path), notHost).toEqual(["source"]);
    }
  });

  it("serves health, readiness, metrics and an OpenAPI document built from the validation schemas", async () => {
    expect((await gw.get("/healthz")).status).toBe(200);
    expect(await (await gw.get("/readyz")).json()).toMatchObject({ status: "ready", checks: { redis: true, nats: true } });
    expect(await (await gw.get("/metrics")).text()).toContain('inkstream_gateway_requests_total{route="/v1/search"');
    const doc = (await (await gw.get("/openapi.json")).json()) as { openapi: string; paths: Record<string, { get?: { parameters: { name: string; schema: { maximum?: number } }[] } }> };
    expect(doc.openapi).toBe("3.1.0");
    const limit = doc.paths["/v1/search"]?.get?.parameters.find((p) => p.name === "limit");
    expect(limit?.schema.maximum).toBe(100);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/v1/ingest", "/v1/events", "/v1/failures/{id}/replay", "/v1/tags", "/v1/sources/health"]));
  });

  it("documents 415, 400 malformed-request, 405, 408, 431 and 500 in the OpenAPI document, as the gateway answers them", async () => {
    type Responses = Record<string, { description?: string; content?: Record<string, unknown>; headers?: Record<string, unknown> }>;
    const doc = (await (await gw.get("/openapi.json")).json()) as { paths: Record<string, Record<string, { responses: Responses }>> };
    expect(doc.paths["/v1/ingest"]?.["post"]?.responses["415"]?.content).toHaveProperty(["application/problem+json"]);
    const wrongType = await gw.post("/v1/ingest", "urls=x", { "content-type": "text/plain" });
    expect(await problemOf(wrongType)).toMatchObject({ status: 415, type: "urn:inkstream:problem:unsupported-media-type" });

    for (const [path, item] of Object.entries(doc.paths)) {
      const methods = Object.keys(item).map((m) => m.toUpperCase());
      // the router serves HEAD wherever it serves GET
      const allow = methods.flatMap((m) => (m === "GET" ? ["GET", "HEAD"] : [m]));
      const concrete = path.replace("{id}", path.startsWith("/v1/failures") ? "1" : "d0000000000000000001");
      for (const [method, op] of Object.entries(item)) {
        for (const status of ["400", "405", "408", "431", "500"]) expect(op.responses, `${status} of ${method} ${path}`).toHaveProperty([status, "content", "application/problem+json"]);
        expect(op.responses["400"]?.description, `${method} ${path}`).toMatch(/malformed-request/);
        expect(op.responses["405"]?.headers, `${method} ${path}`).toHaveProperty(["Allow"]);
        // the parser refuses oversized headers on every path, before any route
        const large = await fetch(gw.base + concrete, { method: method.toUpperCase(), headers: { "x-padding": "y".repeat(20_000) } });
        expect(large.status, `${method} ${path}`).toBe(431);
        expect((await problemOf(large)).type).toBe("urn:inkstream:problem:headers-too-large");
        // and what is not HTTP/1.1 (a 408 would take the headers timeout to show: not sent here)
        const malformed = await rawRequest(gw.base, `${method.toUpperCase()} ${concrete} HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n`);
        expect(malformed, `${method} ${path}`).toMatch(/^HTTP\/1\.1 400 /);
        expect(JSON.parse(malformed.split("\r\n\r\n")[1] ?? "")).toMatchObject({ type: "urn:inkstream:problem:malformed-request", instance: concrete });
      }
      for (const other of ["GET", "POST", "PUT", "DELETE", "PATCH"].filter((m) => !methods.includes(m))) {
        const r = await fetch(gw.base + concrete, { method: other });
        expect(r.status, `${other} ${path}`).toBe(405);
        expect(r.headers.get("allow"), `${other} ${path}`).toBe(allow.join(", "));
        expect((await problemOf(r)).type).toBe("urn:inkstream:problem:method-not-allowed");
      }
    }

    // a store that cannot answer: any route that reads it fails as the document says
    const broken = await startTestGateway(env, { INK_GATEWAY_RATE_LIMIT: "0" });
    try {
      await broken.store.close();
      expect(await problemOf(await broken.get("/v1/tags"))).toMatchObject({ status: 500, type: "urn:inkstream:problem:internal-error", instance: "/v1/tags" });
    } finally {
      // its store is closed already and refuses a second close; the server closes first
      await broken.close().catch(() => undefined);
    }
  });
});
