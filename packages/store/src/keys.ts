/**
 * The Redis key schema (docs/redis-schema.md). Every key starts with `{namespace}:` — the braces make the
 * namespace a hash tag, so the keys a script touches together share one slot on Redis Cluster.
 */
export function keysFor(namespace: string) {
  const p = `{${namespace}}:`;
  return {
    prefix: p,
    record: (id: string) => `${p}article:${id}`,
    /** hash: what the article's index entries are (terms, tags, urls, simhash, first-indexed ms) */
    indexed: (id: string) => `${p}ix:${id}`,
    /** hash: normalised URL / final URL / canonical URL -> article id */
    urls: `${p}urls`,
    /** sorted set: id by last indexed time (ms) */
    byIndexed: `${p}idx:indexed`,
    /** sorted set: id by published time (ms), articles with a known date only */
    byPublished: `${p}idx:published`,
    /** sorted set: id by article time (ms): published, else first indexed */
    byTime: `${p}idx:time`,
    /** sorted set: ids carrying a tag (`lang:de`, `org:nato`, …) by article time */
    tagByTime: (tag: string) => `${p}tagt:${tag}`,
    /** sorted set (all scores 0, lexicographic): every tag in use, for prefix look-ups */
    tagNames: `${p}tagnames`,
    /** hash: doc number -> `<id>\n<article time ms>\n<tag>\n<tag>…` (postings name articles by doc number; a search checks filters in one read) */
    docs: `${p}docs`,
    /** string: the last doc number handed out */
    docSeq: `${p}docseq`,
    /** hash: one segment of the full-text index, stemmed term -> packed postings (text/postings.ts) */
    segment: (id: string) => `${p}seg:${id}`,
    /** hash: segment id -> `<articles>:<generation>`, every segment a search reads */
    segments: `${p}segs`,
    /** string: the last segment id handed out */
    segSeq: `${p}segseq`,
    /** hash: doc number -> the segment holding its postings */
    docSegment: `${p}docseg`,
    /** hash: doc number -> forward entry ` term=impact … ` (the terms and impacts it was indexed with) */
    forward: `${p}fwd`,
    /** hash: segment id -> ms: merged segments being written under a new id, not yet swapped in (swept when their merger is gone) */
    segmentsWriting: `${p}segwip`,
    /** string with expiry: held by the indexer that is merging segments */
    mergeLease: `${p}seglease`,
    /** sorted set of the layout before segments (read only to remove it): doc number (or id) by impact */
    legacyTerm: (term: string) => `${p}ft:${term}`,
    /** sorted set: ids whose SimHash has these 16 bits in band 0–3, by first indexed time */
    simBucket: (band: number, bits: string) => `${p}sim:${band}:${bits}`,
    /** set: the ids of one near-duplicate cluster, named by its root (earliest stored copy) */
    cluster: (rootId: string) => `${p}cluster:${rootId}`,
  } as const;
}
export type Keys = ReturnType<typeof keysFor>;
