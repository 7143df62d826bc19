import { createHash } from "node:crypto";
import { entitySlug, rangeEdgeMs, sectionSlug, sourceHostSlug } from "@inkstream/contracts";
import { QUERY_LANGUAGES, isStopword, stemWord, tokens } from "./text/analyze.ts";

/** A search request. Filters are ANDed; `q` matches all its words, or any of them when it contains `OR`. */
export interface SearchOptions {
  q?: string | undefined;
  tags?: readonly string[] | undefined;
  lang?: string | undefined;
  /** source host, read as the indexer keys sources (`sourceHostSlug`: `www.` and letter case ignored) */
  source?: string | undefined;
  /** section name or slug */
  section?: string | undefined;
  /** entity tag (`org:nato`), or a name or slug of any entity kind (`nato`, `Markus Söder`: entitySlug) */
  entity?: string | undefined;
  topic?: string | undefined;
  /** article time (published, else first indexed) range, inclusive; ISO 8601 or ms; a date alone is its whole UTC day */
  from?: string | number | undefined;
  to?: string | number | undefined;
  sort?: "relevance" | "published" | undefined;
  limit?: number | undefined;
  cursor?: string | undefined;
  /** facet counts (first page only); default true */
  facets?: boolean | undefined;
}

export interface ParsedQuery {
  /** term groups: the stems one query word may have in the index */
  groups: string[][];
  mode: "and" | "or";
  /** folded word sequences that must occur in order */
  phrases: string[][];
  /** every stem and folded query word, for snippets */
  marks: Set<string>;
}

const ENTITY_KINDS = ["person", "org", "place", "event", "other"];

/** Splits `q` into words, quoted phrases and OR; stems each word in the filter language or in de/en/ru. */
export function parseQuery(q: string, lang: string | undefined): ParsedQuery {
  const langs = lang ? [lang] : [...QUERY_LANGUAGES];
  const groups: string[][] = [];
  const phrases: string[][] = [];
  const marks = new Set<string>();
  let mode: "and" | "or" = "and";
  const addWords = (text: string) => {
    const words: string[] = [];
    for (const t of tokens(text)) {
      words.push(t.word);
      if (t.word.length < 2 || langs.some((l) => isStopword(l, t.word))) continue;
      const variants = [...new Set(langs.map((l) => stemWord(l, t.word)))];
      for (const v of variants) marks.add(v);
      marks.add(t.word);
      if (!groups.some((g) => g.join(" ") === variants.join(" "))) groups.push(variants);
    }
    return words;
  };
  for (const m of q.matchAll(/"([^"]*)"|(\S+)/g)) {
    if (m[1] !== undefined) {
      const words = addWords(m[1]);
      if (words.length > 1) phrases.push(words);
    } else if (m[2] === "OR") {
      mode = "or";
    } else if (m[2] !== undefined) {
      addWords(m[2]);
    }
  }
  return { groups, mode, phrases: mode === "and" ? phrases : [], marks };
}

/** Filters as tag groups: an article passes a group when it carries any of its tags. */
export function filterGroups(o: SearchOptions): string[][] {
  const groups: string[][] = (o.tags ?? []).map((t) => [t]);
  if (o.lang) groups.push([`lang:${o.lang}`]);
  // what is not a host alone keys no source ("source:"), so it finds nothing
  if (o.source) groups.push([`source:${sourceHostSlug(o.source)}`]);
  if (o.section) groups.push([`section:${sectionSlug(o.section)}`]);
  if (o.topic) groups.push([`topic:${o.topic}`]);
  if (o.entity) groups.push(o.entity.includes(":") ? [o.entity] : ENTITY_KINDS.map((k) => `${k}:${entitySlug(o.entity ?? "")}`));
  return groups;
}

/** A search's from or to in ms; a date alone is the first (from) or last (to) instant of its day in UTC. */
export function toMs(v: string | number | undefined, edge: "from" | "to"): number | undefined {
  if (v === undefined) return undefined;
  const ms = typeof v === "number" ? v : rangeEdgeMs(v, edge);
  if (!Number.isFinite(ms)) throw new SearchInputError(`not a date: ${String(v)}`);
  return ms;
}

/** Thrown for a search the store cannot run (a bad date or cursor): the caller's mistake, not a failure. */
export class SearchInputError extends Error {
  override readonly name = "SearchInputError";
}

interface CursorBody {
  v: number;
  id: string;
  k: string;
}

/** The fingerprint of what a cursor belongs to, so a cursor is not reused for another search. */
export function queryKey(o: SearchOptions): string {
  const { cursor: _c, limit: _l, facets: _f, ...rest } = o;
  return createHash("sha256").update(JSON.stringify(rest)).digest("base64url").slice(0, 10);
}

export function encodeCursor(v: number, id: string, key: string): string {
  return Buffer.from(JSON.stringify({ v, id, k: key } satisfies CursorBody)).toString("base64url");
}

export function decodeCursor(cursor: string, key: string): { v: number; id: string } {
  let body: Partial<CursorBody>;
  try {
    body = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as Partial<CursorBody>;
  } catch {
    throw new SearchInputError("malformed cursor");
  }
  if (typeof body.v !== "number" || typeof body.id !== "string") throw new SearchInputError("malformed cursor");
  if (body.k !== key) throw new SearchInputError("the cursor belongs to another search");
  return { v: body.v, id: body.id };
}
