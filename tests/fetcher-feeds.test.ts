import type { ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { watchEvents } from "@inkstream/bus";
import type { IngestRequested } from "@inkstream/contracts";
import type { RunningService } from "@inkstream/runtime";
import { createTestEnv, type TestEnv } from "@inkstream/testkit";
import { cliEnv, cliTestTimeout, runCli } from "./cli-harness.ts";
import { html, startMisbehavingServer, startTestFetcher } from "./fetcher-harness.ts";

let env: TestEnv;
const fetchers: RunningService[] = [];
let server: Awaited<ReturnType<typeof startMisbehavingServer>>;
let watch: Awaited<ReturnType<typeof watchEvents>>;
const requests: IngestRequested[] = [];

let rssEtag = '"rss-1"';
let rssItems = ["a", "b"];
const rss = () => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Desk</title><link>${server.url("/")}</link>
${rssItems.map((k, i) => `<item><title>Story ${k.toUpperCase()}</title><link>${server.url(`/articles/${k}`)}</link><pubDate>Thu, 14 Mar 2024 0${i}:00:00 GMT</pubDate><category>Politik</category></item>`).join("\n")}
</channel></rss>`;

const cli = (...args: string[]) => runCli(["feeds", ...args], { env: cliEnv(env) });

async function until(cond: () => boolean, ms = 15_000) {
  const end = Date.now() + ms;
  while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
  return cond();
}
const settle = () => new Promise((r) => setTimeout(r, 1200));
const requested = (path: string) => requests.filter((r) => r.url === server.url(path));

beforeAll(async () => {
  env = await createTestEnv("fetcher-feeds");
  const newsSitemap = () => `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>${server.url("/articles/d")}</loc><news:news><news:publication><news:name>Sport</news:name><news:language>ru</news:language></news:publication>
<news:publication_date>2024-03-10T20:45:00+03:00</news:publication_date><news:title>«Зенит» обыграл «Спартак»</news:title><news:keywords>футбол</news:keywords></news:news></url>
</urlset>`;
  server = await startMisbehavingServer({
    "/rss.xml": (req, res) => {
      if (req.headers["if-none-match"] === rssEtag) return res.writeHead(304, { etag: rssEtag }).end();
      res.writeHead(200, { "content-type": "application/rss+xml", etag: rssEtag }).end(rss());
    },
    "/atom.xml": (_req, res) =>
      res.writeHead(200, { "content-type": "application/atom+xml" }).end(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>River</title>
<entry><title>Story C</title><link href="/articles/c"/><id>c</id><published>2024-03-14T07:30:00Z</published><category term="environment"/></entry></feed>`),
    "/robots.txt": (_req, res) => res.writeHead(200, { "content-type": "text/plain" }).end(`User-agent: *\nDisallow: /private/\n\nSitemap: ${server.url("/sitemap-index.xml")}\n`),
    "/sitemap-index.xml": (_req, res) =>
      res.writeHead(200, { "content-type": "application/xml" }).end(`<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>/news.xml.gz</loc></sitemap></sitemapindex>`),
    "/news.xml.gz": (_req, res) => res.writeHead(200, { "content-type": "application/gzip" }).end(gzipSync(newsSitemap())),
    ...Object.fromEntries(["a", "b", "c", "d", "e"].map((k) => [`/articles/${k}`, (_req: unknown, res: ServerResponse) => res.writeHead(200, { "content-type": "text/html" }).end(html(`Story ${k}`))])),
  });
  watch = await watchEvents(env.bus, ["ingestRequested"]);
  void (async () => {
    for await (const ev of watch) if (ev.key === "ingestRequested") requests.push(ev.payload);
  })();
});

afterAll(async () => {
  await watch?.close();
  for (const f of fetchers) await f.stop();
  await server?.close();
  await env?.cleanup();
});

describe("feeds and sitemaps", () => {
  it("registers sources with `inkstream feeds add`, refusing what is not an http(s) URL", { timeout: cliTestTimeout(3) }, async () => {
    const paths = ["/rss.xml", "/atom.xml", "/robots.txt"];
    const r = await cli("add", ...paths.map((path) => server.url(path)), "--interval", "3600");
    expect(r.code).toBe(0);
    expect(r.lines).toHaveLength(paths.length);
    paths.forEach((path, i) => expect(r.lines[i]).toMatchObject({ url: server.url(path), intervalS: 3600, outcome: "added" }));
    expect((await cli("add", "file:///etc/passwd")).code).toBe(2);
    expect((await cli("add", server.url("/x"), "--interval", "soon")).code).toBe(2);
  });

  it("two fetcher replicas poll each source once and turn its entries into ingest requests with the feed's hints", async () => {
    for (let i = 0; i < 2; i++) {
      fetchers.push(await startTestFetcher(env, { INK_FETCH_FEED_TICK_MS: "100", INK_FETCH_HOST_INTERVAL_MS: "0" }));
    }
    expect(await until(() => ["a", "b", "c", "d"].every((k) => requested(`/articles/${k}`).length > 0))).toBe(true);
    await settle();
    for (const k of ["a", "b", "c", "d"]) expect(requested(`/articles/${k}`)).toHaveLength(1);
    for (const path of ["/rss.xml", "/atom.xml", "/sitemap-index.xml", "/news.xml.gz"]) expect(server.hitsOf(path)).toHaveLength(1);

    expect(requested("/articles/a")[0]).toMatchObject({
      source: `feed:${server.url("/rss.xml")}`,
      hints: { title: "Story A", publishedAt: "2024-03-14T00:00:00.000Z", categories: ["Politik"] },
    });
    expect(requested("/articles/c")[0]?.hints).toEqual({ title: "Story C", publishedAt: "2024-03-14T07:30:00.000Z", categories: ["environment"] });
    expect(requested("/articles/d")[0]).toMatchObject({
      source: `sitemap:${server.url("/news.xml.gz")}`,
      hints: { title: "«Зенит» обыграл «Спартак»", publishedAt: "2024-03-10T17:45:00.000Z", categories: ["футбол"] },
    });
  });

  it("lists sources with their last poll", async () => {
    const r = await cli("list");
    expect(r.code).toBe(0);
    const byUrl: Record<string, Record<string, unknown>> = Object.fromEntries(r.lines.map((l) => [String(l["url"]), l]));
    expect(byUrl[server.url("/rss.xml")]).toMatchObject({ kind: "rss", lastStatus: 200, entries: 2, lastPublished: 2, intervalS: 3600 });
    expect(byUrl[server.url("/robots.txt")]).toMatchObject({ kind: "robots", lastStatus: 200 });
    expect(String(byUrl[server.url("/rss.xml")]?.["nextPollAt"]) > new Date(Date.now() + 3000 * 1000).toISOString()).toBe(true);
  });

  it("re-polls with a conditional GET: 304 publishes nothing; a changed feed publishes only its new entry", { timeout: cliTestTimeout(2, 40_000) }, async () => {
    expect((await cli("add", server.url("/rss.xml"), "--interval", "3600")).lines[0]).toMatchObject({ outcome: "updated" });
    expect(await until(() => server.hitsOf("/rss.xml").length === 2)).toBe(true);
    expect(server.hitsOf("/rss.xml")[1]?.headers["if-none-match"]).toBe('"rss-1"');
    await settle();
    expect(requests.filter((r) => r.source?.startsWith("feed:"))).toHaveLength(3);

    rssEtag = '"rss-2"';
    rssItems = ["a", "b", "e"];
    expect((await cli("add", server.url("/rss.xml"), "--interval", "3600")).code).toBe(0);
    expect(await until(() => requested("/articles/e").length > 0)).toBe(true);
    await settle();
    expect(requested("/articles/e")).toHaveLength(1);
    expect(requested("/articles/a")).toHaveLength(1);
  });

  it("removes a source with `inkstream feeds remove`", { timeout: cliTestTimeout(3) }, async () => {
    expect((await cli("remove", server.url("/atom.xml"))).lines[0]).toEqual({ url: server.url("/atom.xml"), outcome: "removed" });
    expect((await cli("remove", server.url("/atom.xml"))).code).toBe(1);
    expect((await cli("list")).lines.map((l) => l["url"])).not.toContain(server.url("/atom.xml"));
  });
});
