// A child process that serves generated article pages on 127.0.0.1, so the bench process measures only the
// fetching side. Sends its port to the parent over IPC; exits when the parent disconnects.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

const WORDS = ("the council voted on tuesday to extend the river restoration project after residents reported " +
  "that beavers had returned to the upper valley for the first time in decades while farmers asked for " +
  "compensation for flooded fields and the mayor said the budget would be reviewed in the spring session").split(" ");

/** A deterministic article page of about `kb` kilobytes whose text depends on `n`. */
export function articlePage(n: number, kb: number): string {
  const paragraphs: string[] = [];
  let size = 0;
  for (let p = 0; size < kb * 1024 - 1200; p++) {
    const words = Array.from({ length: 60 }, (_, i) => WORDS[(n * 7 + p * 13 + i * 3) % WORDS.length]);
    const para = `<p>${words.join(" ")} — café n°${n}.${p}.</p>\n`;
    paragraphs.push(para);
    size += para.length;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story ${n}: beavers return</title>
<link rel="canonical" href="https://news.example/story/${n}"></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/science">Science</a></nav></header>
<main><article><h1>Story ${n}: beavers return to the upper valley</h1><p class="byline">By A. Reporter</p>
${paragraphs.join("")}</article></main><footer>© News Example</footer></body></html>`;
}

const kb = Number(process.argv[2] ?? 24);
const cache = new Map<number, Buffer>();
const server = createServer((req, res) => {
  const m = /^\/(?:p|w)\/(\d+)$/.exec(req.url ?? "");
  if (!m) return res.writeHead(404, { "content-type": "text/plain" }).end("not found");
  const n = Number(m[1]);
  let body = cache.get(n % 64);
  if (!body) cache.set(n % 64, (body = Buffer.from(articlePage(n % 64, kb))));
  res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": body.length }).end(body);
});
server.keepAliveTimeout = 30_000;
server.listen(0, "127.0.0.1", () => process.send?.({ port: (server.address() as AddressInfo).port }));
process.on("disconnect", () => server.close(() => process.exit(0)));
