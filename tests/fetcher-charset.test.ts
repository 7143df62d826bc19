import type { ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPageStore, type PageStore } from "@inkstream/bus";
import type { RunningService } from "@inkstream/runtime";
import { decodeHtml } from "@inkstream/extract";
import { createTestEnv, type TestEnv } from "@inkstream/testkit";
import { fetchOutcome, startMisbehavingServer, startTestFetcher } from "./fetcher-harness.ts";

// Pages in legacy charsets, served the ways the web mislabels them. The fetcher must say which encoding it
// used and why, and hand the parser UTF-8 (the parser reads the stored page as UTF-8, as done here).

// windows-1252's 0x80-0x9F block, where it differs from ISO-8859-1 (WHATWG decodes iso-8859-1 labels as this)
const CP1252_EXTRA: Record<string, number> = { "€": 0x80, "‚": 0x82, "„": 0x84, "…": 0x85, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "–": 0x96, "—": 0x97, "™": 0x99 };

/** Encodes text in a single-byte charset (the inverse of the platform's decoder); throws on a character it lacks. */
function encodeSingleByte(text: string, charset: "windows-1252" | "windows-1251" | "iso-8859-2"): Buffer {
  const table = new Map<string, number>();
  if (charset === "windows-1252") {
    for (let b = 0; b < 256; b++) if (b < 0x80 || b > 0x9f) table.set(String.fromCharCode(b), b);
    for (const [c, b] of Object.entries(CP1252_EXTRA)) table.set(c, b);
  } else {
    const decoder = new TextDecoder(charset);
    for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  }
  return Buffer.from(
    [...text].map((c) => {
      const b = table.get(c);
      if (b === undefined) throw new Error(`${charset} has no ${c}`);
      return b;
    }),
  );
}

const page = (head: string, title: string, text: string) =>
  `<!DOCTYPE html>\n<html><head>${head}<title>${title}</title></head><body><article><h1>${title}</h1><p>${text}</p></article></body></html>`;

interface Case {
  path: string;
  what: string;
  contentType: string;
  body: Buffer;
  encoding: string;
  encodingSource: string;
  expect: string[];
}

const FR = "Le café coûte 3 € à Zürich — c’est “cher”, dit-il… «Bof»";
const RU = "«Зенит» обыграл «Спартак» — Ёлки-палки, сказал тренер";
const PL = "Zażółć gęślą jaźń. Łódź, Kraków i Gdańsk: ŚWIĘTO";
const DE = "Crème brûlée in Zürich kostet 12 € – „köstlich“, sagt der Koch";

const cases: Case[] = [
  {
    path: "/cp1252-as-latin1",
    what: "windows-1252 bytes labelled iso-8859-1 in Content-Type",
    contentType: "text/html; charset=ISO-8859-1",
    body: encodeSingleByte(page("", "Café", FR), "windows-1252"),
    encoding: "windows-1252",
    encodingSource: "header",
    expect: ["3 €", "c’est “cher”", "dit-il…", "«Bof»", "Zürich"],
  },
  {
    path: "/cp1251-http-equiv",
    what: "windows-1251 declared only in <meta http-equiv>",
    contentType: "text/html",
    body: encodeSingleByte(page(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">`, "Дерби", RU), "windows-1251"),
    encoding: "windows-1251",
    encodingSource: "meta",
    expect: ["«Зенит» обыграл «Спартак»", "Ёлки-палки", "<title>Дерби</title>"],
  },
  {
    path: "/utf8-bom",
    what: "UTF-8 with a BOM and no declaration",
    contentType: "text/html",
    body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page("", "Über", "Grüße aus Zürich – naïve café, 東京"), "utf8")]),
    encoding: "utf-8",
    encodingSource: "bom",
    expect: ["Grüße aus Zürich – naïve café, 東京"],
  },
  {
    path: "/latin2-meta-charset",
    what: "ISO-8859-2 (Polish) declared by <meta charset>",
    contentType: "text/html",
    body: encodeSingleByte(page(`<meta charset="iso-8859-2">`, "Łódź", PL), "iso-8859-2"),
    encoding: "iso-8859-2",
    encodingSource: "meta",
    expect: ["Zażółć gęślą jaźń", "Gdańsk: ŚWIĘTO", "<title>Łódź</title>"],
  },
  {
    path: "/cp1252-undeclared",
    what: "undeclared windows-1252 (statistical fallback)",
    contentType: "text/html",
    body: encodeSingleByte(page("", "Küche", DE), "windows-1252"),
    encoding: "windows-1252",
    encodingSource: "sniffed",
    expect: ["12 €", "„köstlich“", "Crème brûlée"],
  },
];

let env: TestEnv;
let fetcher: RunningService;
let pages: PageStore;
let server: Awaited<ReturnType<typeof startMisbehavingServer>>;

beforeAll(async () => {
  env = await createTestEnv("fetcher-charset");
  server = await startMisbehavingServer(
    Object.fromEntries(cases.map((c) => [c.path, (_req: unknown, res: ServerResponse) => res.writeHead(200, { "content-type": c.contentType }).end(c.body)])),
  );
  fetcher = await startTestFetcher(env, { INK_FETCH_FEEDS: "false", INK_FETCH_HOST_INTERVAL_MS: "0" });
  pages = await openPageStore(env.bus);
});

afterAll(async () => {
  await fetcher?.stop();
  await server?.close();
  await env?.cleanup();
});

describe("charsets through the fetcher", () => {
  it.each(cases.map((c) => [c.what, c] as const))("%s", async (_what, c) => {
    const o = await fetchOutcome(env, server.url(c.path));
    expect(o.key).toBe("articleFetched");
    if (o.key !== "articleFetched") return;
    expect({ encoding: o.payload.encoding, encodingSource: o.payload.encodingSource }).toEqual({ encoding: c.encoding, encodingSource: c.encodingSource });
    const stored = await pages.get(o.payload.page.name);
    expect(stored).not.toBeNull();
    // strict UTF-8: a stored page that is not valid UTF-8 throws here
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(stored ?? new Uint8Array());
    for (const s of c.expect) expect(text).toContain(s);
    expect(text).not.toContain("\ufffd");
    expect(text.startsWith("\ufeff")).toBe(false);
    expect(text).toMatch(/^<!DOCTYPE html>/);
    // a reader with only the stored object (no event, no HTTP header) decodes it right: its declarations say utf-8
    expect(decodeHtml(stored ?? new Uint8Array(), "").encoding).toBe("utf-8");
    expect(text).not.toMatch(/charset\s*=\s*["']?(windows|iso)-/i);
    expect(await pages.metadata(o.payload.page.name)).toEqual({ "content-type": "text/html; charset=utf-8", "original-charset": c.encoding });
  });
});
