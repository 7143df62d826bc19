import type { Redis } from "ioredis";
import type { Keys } from "./keys.ts";
import { SearchInputError, decodeCursor, encodeCursor, filterGroups, parseQuery, queryKey, toMs, type SearchOptions } from "./query.ts";
import type { Scripts } from "./scripts.ts";
import { sendTogether } from "./send-together.ts";
import { containsPhrase, snippet } from "./text/snippet.ts";

export type { SearchOptions };

export interface SearchHit {
  id: string;
  /** BM25 score (relevance sort) */
  score?: number;
  title: string;
  url: string;
  language: string;
  publishedAt?: string;
  /** text around the query terms, HTML-escaped, terms in `<mark>` */
  snippet: string;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchResult {
  hits: SearchHit[];
  /** matches found; `exact: false` when early termination or sampling made it an estimate */
  total: number;
  exact: boolean;
  nextCursor?: string;
  /** counts over the first `basis` matches in result order (first page only) */
  facets?: { tags: FacetCount[]; languages: FacetCount[]; sources: FacetCount[]; basis: number };
}

/** Tuning of the bounded search script (docs/redis-schema.md, "Queries"). */
export const SEARCH_LIMITS = { maxLimit: 100, perTerm: 2000, maxScan: 4000, facetBasis: 200, phraseCandidates: 400 } as const;

export async function searchArticles(redis: Redis, scripts: Scripts, keys: Keys, o: SearchOptions): Promise<SearchResult> {
  const limit = Math.min(Math.max(1, Math.trunc(o.limit ?? 20)), SEARCH_LIMITS.maxLimit);
  const key = queryKey(o);
  const after = o.cursor ? decodeCursor(o.cursor, key) : undefined;
  const parsed = parseQuery(o.q ?? "", o.lang);
  if ((o.q ?? "").trim() !== "" && parsed.groups.length === 0) throw new SearchInputError("the query has no searchable words");
  const from = toMs(o.from, "from");
  const to = toMs(o.to, "to");
  const sort = o.sort ?? (parsed.groups.length > 0 ? "relevance" : "published");
  const facets = o.facets !== false && !after ? SEARCH_LIMITS.facetBasis : 0;
  const phrased = parsed.phrases.length > 0;
  const request = {
    groups: parsed.groups,
    mode: parsed.mode,
    filters: filterGroups(o),
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
    sort,
    ...(after ? { after } : {}),
    limit: phrased ? SEARCH_LIMITS.phraseCandidates : limit,
    facets,
    perTerm: SEARCH_LIMITS.perTerm,
    maxScan: SEARCH_LIMITS.maxScan,
  };
  const [total, exact, , page, facetList] = await scripts.search(keys.byIndexed, keys.prefix, JSON.stringify(request));
  let candidates: { id: string; v: number; tie: string }[] = [];
  for (let i = 0; i + 2 < page.length; i += 3) candidates.push({ id: page[i] as string, v: Number(page[i + 1]), tie: page[i + 2] as string });

  const fields = ["title", "url", "language", "publishedAt", "text"] as const;
  const load = (ids: readonly string[]) => sendTogether(redis, ids, (id) => redis.hmget(keys.record(id), ...fields));
  let rows: (string | null)[][] = [];
  let verifiedShare = 1;
  if (phrased) {
    const kept: typeof candidates = [];
    const keptRows: (string | null)[][] = [];
    let checked = 0;
    for (let i = 0; i < candidates.length && kept.length <= limit; i += 50) {
      const batch = candidates.slice(i, i + 50);
      const loaded = await load(batch.map((c) => c.id));
      batch.forEach((c, j) => {
        const row = loaded[j] ?? [];
        checked++;
        const text = `${row[0] ?? ""}\n${row[4] ?? ""}`;
        if (kept.length <= limit && parsed.phrases.every((p) => containsPhrase(text, p))) {
          kept.push(c);
          keptRows.push(row);
        }
      });
    }
    verifiedShare = checked > 0 ? kept.length / checked : 0;
    candidates = kept;
    rows = keptRows;
  } else {
    rows = await load(candidates.slice(0, limit).map((c) => c.id));
  }
  const more = candidates.length > limit;
  candidates = candidates.slice(0, limit);
  const hits = candidates.map((c, i): SearchHit => {
    const [title, url, language, publishedAt, text] = rows[i] ?? [];
    return {
      id: c.id,
      ...(sort === "relevance" && parsed.groups.length > 0 ? { score: c.v } : {}),
      title: title ?? "",
      url: url ?? "",
      language: language ?? "und",
      ...(publishedAt ? { publishedAt } : {}),
      snippet: snippet(text ?? "", language ?? "und", parsed.marks),
    };
  });
  const last = candidates.at(-1);
  return {
    hits,
    total: phrased ? Math.round(Number(total) * verifiedShare) : Number(total),
    exact: Number(exact) === 1 && !phrased,
    ...(more && last ? { nextCursor: encodeCursor(last.v, last.tie, key) } : {}),
    ...(facets > 0 ? { facets: groupFacets(facetList, Math.min(Number(total), facets)) } : {}),
  };
}

function groupFacets(flat: (string | number)[], basis: number): NonNullable<SearchResult["facets"]> {
  const out: NonNullable<SearchResult["facets"]> = { tags: [], languages: [], sources: [], basis };
  for (let i = 0; i + 1 < flat.length; i += 2) {
    const tag = String(flat[i]);
    const count = Number(flat[i + 1]);
    if (tag.startsWith("lang:")) out.languages.push({ value: tag.slice(5), count });
    else if (tag.startsWith("source:")) out.sources.push({ value: tag.slice(7), count });
    else if (out.tags.length < 20) out.tags.push({ value: tag, count });
  }
  out.languages = out.languages.slice(0, 20);
  out.sources = out.sources.slice(0, 20);
  return out;
}
