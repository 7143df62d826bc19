/**
 * The Redis key schema (docs/redis-schema.md). Every key starts with `{namespace}:` — the braces make the
 * namespace a hash tag, so the keys a script touches together share one slot on Redis Cluster.
 */
export function keysFor(namespace: string) {
  const p = `{${namespace}}:`;
  return {
    prefix: p,
    record: (id: string) => `${p}article:${id}`,
    /** hash: normalised URL / final URL / canonical URL -> article id */
    urls: `${p}urls`,
    /** sorted set: id by indexed time (ms) */
    byIndexed: `${p}idx:indexed`,
    /** sorted set: id by published time (ms) */
    byPublished: `${p}idx:published`,
    /** set of ids carrying a tag (tag without the prefix) */
    tag: (tag: string) => `${p}tag:${tag}`,
    tagPrefix: `${p}tag:`,
  } as const;
}
export type Keys = ReturnType<typeof keysFor>;
