import { describe, expect, it } from "vitest";
import { POSTING_BYTES, buildSegment, decodeSegment, mergeSegments, mergeSegmentsAsync, segmentSource, termBucket, termImpacts, termListOf, termPairs, type DocPostings, type SegmentData } from "@inkstream/store";

// The segment format alone (no Redis): what the write script stores and merges rewrite.
const TEXTS = [
  ["Sanktionen gegen Russland", "Die Außenminister der Europäischen Union haben am Donnerstag in Brüssel über neue Sanktionen gegen Russland beraten."],
  ["Hochwasser an der Elbe", "Pegel an der Elbe steigen nach tagelangem Regen, die Feuerwehr füllt in Dresden Sandsäcke."],
  ["Bahnstreik", "Die Lokführergewerkschaft ruft zum Streik auf, Pendler müssen sich auf Ausfälle im Fernverkehr einstellen."],
  ["Санкции против России", "Министры иностранных дел обсудили в Брюсселе новые санкции против России и поставки газа."],
  ["Haushalt", "Der Bundestag berät den Haushalt, die Opposition kritisiert neue Schulden und Kürzungen bei der Bildung in Brüssel."],
] as const;

const docOf = (num: number, i: number): DocPostings => {
  const [title, text] = TEXTS[i % TEXTS.length] ?? TEXTS[0];
  const lang = i % TEXTS.length === 3 ? "ru" : "de";
  return { num, terms: termListOf(termImpacts(`${title} ${num}`, text, lang).map(([t, w]) => [t, Math.round(w * 10_000)])) };
};

const asSource = (d: SegmentData, clean = true) => segmentSource(d.fields, clean);

/** term -> [num, impact] in stored order, taken-out postings left out */
function lists(d: SegmentData): Map<string, [number, number][]> {
  const out = new Map<string, [number, number][]>();
  for (const [term, packed] of decodeSegment(asSource(d).buckets)) {
    const list: [number, number][] = [];
    for (let i = 0; i < packed.length; i += POSTING_BYTES) if (packed.readUInt32BE(i) !== 0) list.push([packed.readUInt32BE(i), packed.readUInt16BE(i + 4)]);
    if (list.length > 0) out.set(term, list);
  }
  return out;
}

/** what a segment of these docs must hold: every term's postings by impact, then doc number, descending */
function expected(docs: readonly DocPostings[]): Map<string, [number, number][]> {
  const out = new Map<string, [number, number][]>();
  for (const d of docs) for (const [t, w] of termPairs(d.terms)) out.set(t, [...(out.get(t) ?? []), [d.num, w]]);
  for (const l of out.values()) l.sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  return out;
}

const sorted = (m: Map<string, [number, number][]>) => [...m].sort(([a], [b]) => (a < b ? -1 : 1));

describe("segment format", () => {
  it("holds every posting of the docs written together, in search order, with their doc numbers", () => {
    const docs = Array.from({ length: 12 }, (_, i) => docOf(100 + i, i));
    const seg = buildSegment(docs);
    expect(sorted(lists(seg))).toEqual(sorted(expected(docs)));
    expect(seg.nums).toEqual(docs.map((d) => d.num));
    expect(lists(seg).get("sanktion")?.map(([n]) => n)).toEqual(expect.arrayContaining([100, 105, 110]));
    // a term in the bucket its hash names
    expect(seg.fields.filter((_, i) => i % 2 === 0)).toContain(String(termBucket("sanktion", seg.buckets)));
  });

  it("merges segments into one: lists of clean sources taken over, overlapping ones sorted again, taken-out postings dropped", () => {
    const a = Array.from({ length: 10 }, (_, i) => docOf(1 + i, i));
    const b = Array.from({ length: 10 }, (_, i) => docOf(11 + i, i + 2));
    const segA = buildSegment(a);
    const segB = buildSegment(b);
    // take doc 3 out of segment A as an update does: its postings and its number zeroed in place
    const srcA = asSource(segA, false);
    for (const value of srcA.buckets) {
      const dirEnd = 8 + parseInt(value.toString("latin1", 0, 8), 16);
      for (let p = dirEnd; p + POSTING_BYTES <= value.length; p += POSTING_BYTES) if (value.readUInt32BE(p) === 3) value.fill(0, p, p + POSTING_BYTES);
    }
    for (let i = 0; i < srcA.nums.length; i += 4) if (srcA.nums.readUInt32BE(i) === 3) srcA.nums.fill(0, i, i + 4);
    const merged = mergeSegments([srcA, asSource(segB)]);
    const live = [...a.filter((d) => d.num !== 3), ...b];
    expect(sorted(lists(merged))).toEqual(sorted(expected(live)));
    expect([...merged.nums].sort((x, y) => x - y)).toEqual(live.map((d) => d.num).sort((x, y) => x - y));
  });

  it("keeps terms apart whose bucket hashes collide", () => {
    // two distinct terms with the same hash (the hash is 31-polynomial mod 1,000,003): "Aa" and "BB" collide
    expect(termBucket("xAa", 1_000_003)).toBe(termBucket("xBB", 1_000_003));
    const docs: DocPostings[] = [
      { num: 1, terms: termListOf([["xAa", 500], ["brussel", 900]]) },
      { num: 2, terms: termListOf([["xBB", 700]]) },
    ];
    const merged = mergeSegments([asSource(buildSegment(docs.slice(0, 1))), asSource(buildSegment(docs.slice(1)))]);
    expect(lists(merged).get("xAa")).toEqual([[1, 500]]);
    expect(lists(merged).get("xBB")).toEqual([[2, 700]]);
  });

  it("keeps long terms apart that share their first 8 bytes, their length and their hash, and merges each one's lists", () => {
    // a merge compares a term's first 8 bytes inline and the rest in its source; these differ only past byte 8
    expect(termBucket("bundesratAa", 1_000_003)).toBe(termBucket("bundesratBB", 1_000_003));
    const docs: DocPostings[] = [
      { num: 1, terms: termListOf([["bundesratAa", 500], ["bundesratBB", 100]]) },
      { num: 2, terms: termListOf([["bundesratBB", 700], ["länderkammer", 50]]) },
      { num: 3, terms: termListOf([["bundesratAa", 900], ["länderkammer", 60]]) },
      { num: 4, terms: termListOf([["bundesratAa", 200], ["bundesratBB", 800]]) },
    ];
    const sources = [docs.slice(0, 1), docs.slice(1, 3), docs.slice(3)].map((d) => asSource(buildSegment(d)));
    const merged = lists(mergeSegments(sources));
    expect(merged.get("bundesratAa")).toEqual([[3, 900], [1, 500], [4, 200]]);
    expect(merged.get("bundesratBB")).toEqual([[4, 800], [2, 700], [1, 100]]);
    expect(merged.get("länderkammer")).toEqual([[3, 60], [2, 50]]);
    expect(sorted(merged)).toEqual(sorted(expected(docs)));
  });

  it("spreads a large segment over buckets and finds every term again after merging many", () => {
    const chunks = Array.from({ length: 20 }, (_, c) => buildSegment(Array.from({ length: 50 }, (_, i) => docOf(1 + c * 50 + i, c * 50 + i))));
    const merged = mergeSegments(chunks.map((c) => asSource(c)));
    expect(merged.buckets).toBeGreaterThan(1);
    const all = Array.from({ length: 1000 }, (_, i) => docOf(1 + i, i));
    expect(sorted(lists(merged))).toEqual(sorted(expected(all)));
    // a running number is a term of one doc only, wherever its bucket is
    expect(lists(merged).get("777")).toEqual([[777, expect.any(Number) as number]]);
  });

  it("merges in slices when asked, giving the event loop turns, with the same result", async () => {
    // 5,000 docs, each with a running number of its own: enough terms for several slices
    const chunks = Array.from({ length: 100 }, (_, c) => buildSegment(Array.from({ length: 50 }, (_, i) => docOf(1 + c * 50 + i, c * 50 + i))));
    const whole = mergeSegments(chunks.map((c) => asSource(c)));
    // a turn of the event loop counted whenever other work gets to run while the merge is under way
    let turns = 0;
    let done = false;
    const spin = () => {
      if (done) return;
      turns++;
      setImmediate(spin);
    };
    setImmediate(spin);
    const sliced = await mergeSegmentsAsync(chunks.map((c) => asSource(c)), 0.5);
    done = true;
    expect(sliced).toEqual(whole);
    expect(turns).toBeGreaterThan(1);
    // two at once take turns on the shared hash table and both come out whole
    const [a, b] = await Promise.all([mergeSegmentsAsync(chunks.slice(0, 50).map((c) => asSource(c)), 0.5), mergeSegmentsAsync(chunks.slice(50).map((c) => asSource(c)), 0.5)]);
    expect(a).toEqual(mergeSegments(chunks.slice(0, 50).map((c) => asSource(c))));
    expect(b).toEqual(mergeSegments(chunks.slice(50).map((c) => asSource(c))));
  });
});
