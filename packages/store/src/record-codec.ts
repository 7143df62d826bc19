import { articleRecordSchema, type ArticleRecord } from "@inkstream/contracts";
import { expandMarkdown } from "./markdown-delta.ts";

// Fields kept as plain strings in the hash (readable with redis-cli); everything else is JSON.
const STRING_FIELDS: ReadonlySet<string> = new Set(
  Object.entries(articleRecordSchema.shape)
    .filter(([, s]) => {
      const inner = s.def.type === "optional" ? (s as { unwrap(): { def: { type: string } } }).unwrap() : s;
      return inner.def.type === "string";
    })
    .map(([k]) => k),
);

/** A record as the flat field/value list HSET takes. */
export function encodeRecord(record: ArticleRecord): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(record)) {
    if (v === undefined) continue;
    out.push(k, STRING_FIELDS.has(k) && typeof v === "string" ? v : JSON.stringify(v));
  }
  return out;
}

/** The hash field that holds the Markdown as a delta against the text (markdown-delta.ts) instead of `markdown`. */
export const MARKDOWN_DELTA = "markdownDelta";

/** Parses HGETALL output back into a validated record. */
export function decodeRecord(hash: Record<string, string>): ArticleRecord {
  const obj: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(hash)) {
    if (k === MARKDOWN_DELTA) obj["markdown"] = expandMarkdown(hash["text"] ?? "", v);
    else obj[k] = STRING_FIELDS.has(k) ? v : JSON.parse(v);
  }
  return articleRecordSchema.parse(obj);
}
