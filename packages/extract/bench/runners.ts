// The extractors compared by the benchmark. Every one gets the same decoded HTML string.
import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import { parseHTML } from "linkedom";
import createMetascraper from "metascraper";
import metascraperDate from "metascraper-date";
import { decodeHtml, extractArticle } from "../src/index.ts";
import { parseHtml } from "../src/dom/parse.ts";
import { extractMetadata } from "../src/metadata/index.ts";
import type { Page } from "./corpus.ts";

const html = (p: Page): string => decodeHtml(p.bytes).html;

/** inkstream: decode, parse with htmlparser2's tokenizer, metadata and main text. */
export function inkstreamText(p: Page): string {
  return extractArticle(html(p), { url: p.url }).text;
}

/** Mozilla Readability over linkedom's DOM. */
export function readabilityLinkedom(p: Page): string {
  const { document } = parseHTML(html(p));
  return readabilityText(document);
}

// jsdom reports every CSS and script problem of real pages to the console otherwise
const quiet = new VirtualConsole();

/** Mozilla Readability over jsdom's DOM (no scripts, no resources). */
export function readabilityJsdom(p: Page): string {
  const dom = new JSDOM(html(p), { url: safeUrl(p.url), virtualConsole: quiet });
  try {
    return readabilityText(dom.window.document);
  } finally {
    dom.window.close();
  }
}

function readabilityText(document: Document): string {
  try {
    return new Readability(document).parse()?.textContent ?? "";
  } catch {
    return "";
  }
}

/** inkstream's published date from the HTML alone (parse + metadata), as the date set is judged. */
export function inkstreamDate(p: Page): string | undefined {
  return extractMetadata(parseHtml(html(p)), {}).publishedAt?.value;
}

const metascraper = createMetascraper([metascraperDate()]);

/** metascraper with its date rules, from the HTML alone (it requires a URL, so it gets a neutral one). */
export async function metascraperDateOf(p: Page): Promise<string | undefined> {
  try {
    const meta = await metascraper({ html: html(p), url: "https://www.example.com/" });
    return meta.date ?? undefined;
  } catch {
    return undefined;
  }
}

function safeUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return "https://www.example.com/";
  }
}
