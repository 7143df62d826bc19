// Date strings from markup (JSON-LD, meta content, datetime attributes): ISO 8601 first,
// then compact and epoch forms, then anything the running-text patterns understand.
import { makeParts, type DateParts } from "./date-parts.ts";
import { firstTextDate, normaliseOffset } from "./text-dates.ts";

const ISO =
  /^((?:19|20)\d{2})-?(\d{2})-?(\d{2})(?:[T\s]+(\d{1,2}):?(\d{2})(?::?(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?(?:\s|$|[^\d:])/i;
const EPOCH = /^\d{10}(?:\d{3})?$/;

/** Parses a machine-readable date; undefined when nothing date-like is found. */
export function parseDateValue(raw: string, monthFirst = false): DateParts | undefined {
  const s = raw.trim();
  if (s.length < 6) return undefined;
  const iso = ISO.exec(s);
  if (iso) {
    const p = makeParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (p && iso[4] !== undefined && iso[5] !== undefined) {
      const hh = Number(iso[4]);
      if (hh < 24) {
        p.time = `${iso[4].padStart(2, "0")}:${iso[5]}:${iso[6] ?? "00"}`;
        if (iso[7] !== undefined) {
          const off = normaliseOffset(iso[7]);
          if (off !== "") p.offset = off;
        }
      }
    }
    if (p) return p;
  }
  if (EPOCH.test(s)) return fromEpoch(Number(s.length === 13 ? s.slice(0, 10) : s));
  return firstTextDate(s, monthFirst)?.parts;
}

/** Epoch seconds carry no page offset, so the result is in UTC and says so. */
function fromEpoch(sec: number): DateParts | undefined {
  const d = new Date(sec * 1000);
  if (Number.isNaN(d.getTime())) return undefined;
  const p = makeParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  if (!p) return undefined;
  p.time = d.toISOString().slice(11, 19);
  p.offset = "Z";
  return p;
}
