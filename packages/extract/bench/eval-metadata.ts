// Metadata accuracy over the hand-written fixture corpus (test/fixtures/meta-corpus): for each of
// title, authors, published day, language and section, the share of pages whose extracted value
// matches cases.json, plus every mismatch.
// usage: tsx packages/extract/bench/eval-metadata.ts [DIR] [--json]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseDocument } from "htmlparser2";
import { extractMetadata } from "../src/metadata/index.ts";
import type { ArticleMetadata, Author } from "../src/types.ts";

/** What a reader of the page would name, written by hand for every corpus page. */
export interface CorpusCase {
  url: string;
  title: string;
  authors: Author[];
  /** day of first publication in the page's own calendar, or null when the page does not say */
  publishedDay: string | null;
  /** primary language subtag */
  language: string;
  /** the section, or every level of the site's hierarchy that counts as a right answer */
  section: string | string[] | null;
}

export const FIELDS = ["title", "authors", "published", "language", "section"] as const;
export type Field = (typeof FIELDS)[number];

export interface Mismatch {
  file: string;
  field: Field;
  want: string;
  got: string;
}

export interface CorpusScore {
  pages: number;
  correct: Record<Field, number>;
  mismatches: Mismatch[];
}

/** The corpus's fixed "now": every page is older, and a crawl-day header shows this day. */
export const CORPUS_NOW = new Date("2024-06-01T12:00:00Z");
export const CORPUS_DIR = fileURLToPath(new URL("../test/fixtures/meta-corpus/", import.meta.url));

export function loadCases(dir: string): Map<string, CorpusCase> {
  const raw = JSON.parse(readFileSync(join(dir, "cases.json"), "utf8")) as Record<string, CorpusCase>;
  return new Map(Object.entries(raw).sort(([a], [b]) => a.localeCompare(b)));
}

export function scoreCorpus(dir: string = CORPUS_DIR): CorpusScore {
  const cases = loadCases(dir);
  const correct: Record<Field, number> = { title: 0, authors: 0, published: 0, language: 0, section: 0 };
  const mismatches: Mismatch[] = [];
  for (const [file, want] of cases) {
    const html = readFileSync(join(dir, file), "utf8");
    const meta = extractMetadata(parseDocument(html), { url: want.url, now: CORPUS_NOW });
    for (const field of FIELDS) {
      const [ok, wantText, gotText] = compare(field, want, meta);
      if (ok) correct[field]++;
      else mismatches.push({ file, field, want: wantText, got: gotText });
    }
  }
  return { pages: cases.size, correct, mismatches };
}

function compare(field: Field, want: CorpusCase, meta: ArticleMetadata): [boolean, string, string] {
  switch (field) {
    case "title": {
      const got = meta.title?.value ?? "";
      return [squash(got) === squash(want.title), want.title, got];
    }
    case "authors": {
      const w = authorKeys(want.authors);
      const g = authorKeys(meta.authors);
      return [w.join("|") === g.join("|"), w.join("; "), g.join("; ")];
    }
    case "published": {
      const got = meta.publishedAt?.value.slice(0, 10) ?? null;
      return [got === want.publishedDay, String(want.publishedDay), `${String(got)} (${meta.publishedAt?.source ?? "-"})`];
    }
    case "language": {
      const got = (meta.language?.value ?? "").split("-")[0]?.toLowerCase() ?? "";
      return [got === want.language.toLowerCase(), want.language, meta.language ? `${meta.language.value} (${meta.language.source})` : "-"];
    }
    case "section": {
      const accepted = want.section === null ? [] : Array.isArray(want.section) ? want.section : [want.section];
      const got = meta.section?.value;
      const ok = got === undefined ? accepted.length === 0 : accepted.some((a) => sectionKey(a) === sectionKey(got));
      return [ok, accepted.length ? accepted.join(" / ") : "-", got === undefined ? "-" : `${got} (${meta.section?.source ?? ""})`];
    }
  }
}

const squash = (s: string): string => s.normalize("NFC").replace(/\s+/g, " ").trim();

/** Names compare without case; order does not count. */
function authorKeys(list: readonly Author[]): string[] {
  return list.map((a) => `${squash(a.name).toLowerCase()} (${a.kind})`).sort();
}

/** A section label and its URL slug compare equal: "Fußball" ~ "fussball", "Économie" ~ "economie". */
function sectionKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

function main(): void {
  const dir = process.argv[2] !== undefined && !process.argv[2].startsWith("--") ? process.argv[2] : CORPUS_DIR;
  const score = scoreCorpus(dir);
  if (process.argv.includes("--json")) {
    console.log(JSON.stringify(score, null, 2));
    return;
  }
  console.log(`pages ${score.pages}`);
  console.log("| field | correct | accuracy |");
  console.log("|---|---|---|");
  for (const f of FIELDS) console.log(`| ${f} | ${score.correct[f]}/${score.pages} | ${(score.correct[f] / score.pages).toFixed(3)} |`);
  if (score.mismatches.length > 0) console.log("\nmismatches:");
  for (const m of score.mismatches) console.log(`${m.file}\t${m.field}\twant ${m.want}\tgot ${m.got}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
