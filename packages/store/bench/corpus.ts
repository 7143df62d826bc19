import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { RecordInput } from "../src/index.ts";

/** Paragraphs of real article text by language, taken from HTML pages (crudely: the text of <p> elements). */
export type Vocabulary = Map<string, string[]>;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', nbsp: " ", apos: "'" };

function paragraphs(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/gi)) {
    const text = (m[1] ?? "")
      .replace(/<[^>]+>/g, " ")
      .replace(/&(#\d+|[a-z]+);/gi, (e: string, name: string) => (name.startsWith("#") ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name.toLowerCase()] ?? e)))
      .replace(/\s+/g, " ")
      .trim();
    if (text.length >= 80 && !text.includes("\uFFFD") && !/[{}<>]|cookie|javascript/i.test(text)) out.push(text);
  }
  return out;
}

function htmlLang(html: string): string {
  return /<html[^>]*\blang=["']?([a-z]{2})/i.exec(html)?.[1]?.toLowerCase() ?? "und";
}

/** Paragraphs from the project's sample pages and, when given, the pages of a tarball unpacked to a temp dir. */
export function loadVocabulary(samplesDir: string, tarball: string | undefined): Vocabulary {
  const vocab: Vocabulary = new Map();
  const add = (lang: string, html: string) => {
    const list = vocab.get(lang) ?? [];
    list.push(...paragraphs(html));
    vocab.set(lang, list);
  };
  for (const f of readdirSync(samplesDir).filter((f) => f.endsWith(".html"))) {
    const html = readFileSync(join(samplesDir, f), "latin1").includes("windows-1251") ? "" : readFileSync(join(samplesDir, f), "utf8");
    if (html) add(htmlLang(html), html);
  }
  if (tarball) {
    const dir = mkdtempSync(join(tmpdir(), "ink-bench-"));
    try {
      execFileSync("tar", ["-xzf", tarball, "-C", dir]);
      const casesFile = join(dirname(tarball), "cases.jsonl");
      const langs = new Map<string, string>();
      if (existsSync(casesFile)) {
        for (const line of readFileSync(casesFile, "utf8").split("\n").filter(Boolean)) {
          const c = JSON.parse(line) as { file?: string; lang?: string };
          if (c.file && c.lang) langs.set(c.file, c.lang.slice(0, 2));
        }
      }
      for (const f of readdirSync(join(dir, "html"))) {
        const html = readFileSync(join(dir, "html", f), "utf8");
        add(langs.get(f) ?? htmlLang(html), html);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  for (const [lang, list] of vocab) if (list.length < 40) vocab.delete(lang);
  return vocab;
}

/** A small deterministic PRNG (mulberry32), so every run generates the same corpus. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = ["politics", "economy", "sports", "culture", "science", "technology", "health", "environment", "travel", "society"];
const HOSTS = Array.from({ length: 60 }, (_, i) => `news${i}.example`);
const ENTITY_TAGS = Array.from({ length: 800 }, (_, i) => `${["person", "org", "place"][i % 3] ?? "org"}:entity-${i}`);
const DAY = 86_400_000;

/** The n-th generated article: 6–20 real paragraphs of one language, tags with skewed popularity, a date within a year. */
export function generateArticle(n: number, vocab: Vocabulary, langs: readonly string[], weights: readonly number[], now: number): RecordInput {
  const r = rng(n * 7919 + 17);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const skewed = <T>(xs: readonly T[]): T => xs[Math.floor(r() ** 2.2 * xs.length)] as T;
  let x = r();
  let lang = langs[0] ?? "de";
  for (let i = 0; i < langs.length; i++) {
    x -= weights[i] ?? 0;
    if (x <= 0) {
      lang = langs[i] ?? lang;
      break;
    }
  }
  const pool = vocab.get(lang) ?? [];
  const paras = Array.from({ length: 6 + Math.floor(r() * 15) }, () => pick(pool));
  const text = paras.join("\n\n");
  const title = (paras[0] ?? "").split(" ").slice(0, 6 + Math.floor(r() * 6)).join(" ");
  const id = createHash("sha256").update(`bench-${n}`).digest("hex").slice(0, 20);
  const host = skewed(HOSTS);
  const tags = [...new Set([`lang:${lang}`, `topic:${skewed(TOPICS)}`, `source:${host}`, ...Array.from({ length: 2 + Math.floor(r() * 5) }, () => skewed(ENTITY_TAGS))])];
  const publishedAt = new Date(now - Math.floor(r() * 365 * DAY)).toISOString();
  const words = text.split(/\s+/).length;
  return {
    schemaVersion: 1,
    id,
    url: `https://${host}/article/${n}`,
    finalUrl: `https://${host}/article/${n}`,
    title,
    text,
    // as the extractor renders it: the same paragraphs, some as quotes
    markdown: paras.map((p, i) => (i % 6 === 3 ? `> ${p}` : p)).join("\n\n"),
    language: lang,
    languageConfidence: 0.95,
    publishedAt,
    publishedAtSource: "json-ld",
    dates: { published: { value: publishedAt, source: "json-ld", raw: publishedAt } },
    authors: [{ name: "Bench Author", kind: "person" }],
    breadcrumbs: [],
    publisherTags: [],
    isArticle: true,
    articleScore: 0.9,
    tags,
    entities: [],
    keywords: [],
    topics: [],
    summary: [paras[0] ?? ""],
    stats: { words, sentences: Math.ceil(words / 18), paragraphs: paras.length, readingTimeMinutes: Math.ceil(words / 200) },
    contentHash: createHash("sha256").update(text).digest("hex"),
    simhash: createHash("md5").update(id).digest("hex").slice(0, 16),
    encoding: "utf-8",
    fetchedAt: new Date(now).toISOString(),
  };
}
