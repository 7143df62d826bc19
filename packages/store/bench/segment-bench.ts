// pnpm --filter @inkstream/store bench:segments: the Node side of full-text segments alone (no Redis): building a
// write chunk's segment and merging segments tier by tier, in µs per article, on generated articles
// (SEGMENT_N, default 5,000). CPU only, so steadier than the store bench on a shared machine.
import { resolve } from "node:path";
import { DEFAULT_INDEX_OPTIONS, keysFor } from "../src/index.ts";
import { prepareArticle } from "../src/index-data.ts";
import { buildSegment, mergeSegments, segmentSource, type SegmentData, type SegmentSource } from "../src/text/postings.ts";
import { WRITE_CHUNK } from "../src/write-chunk.ts";
import { benchConfig } from "./config.ts";
import { generateArticle, loadVocabulary } from "./corpus.ts";

const config = benchConfig();
const vocab = loadVocabulary(resolve(import.meta.dirname, "../../../samples"), config.BENCH_PAGES_TARBALL);
const langs = [...vocab.keys()];
const sizes = langs.map((l) => vocab.get(l)?.length ?? 0);
const sum = sizes.reduce((a, b) => a + b, 0);
const N = Number(process.env["SEGMENT_N"] ?? 5000);
const FAN_IN = DEFAULT_INDEX_OPTIONS.mergeFanIn;
const keys = keysFor("segment_bench");
const prepared = Array.from({ length: N }, (_, i) => prepareArticle(keys, generateArticle(i, vocab, langs, sizes.map((s) => s / sum), Date.now()), "upsert", DEFAULT_INDEX_OPTIONS));

/** a segment as a merge reads it back */
function asSource(d: SegmentData): SegmentSource {
  return segmentSource(d.fields, true);
}

const us = (ms: number) => ((ms / N) * 1000).toFixed(0);
console.log(`| round | build (chunks of ${WRITE_CHUNK}) | merge tier 1 (${WRITE_CHUNK} → ${WRITE_CHUNK * FAN_IN}) | merge tier 2 (→ ${WRITE_CHUNK * FAN_IN * FAN_IN}) |`);
console.log("|---|---|---|---|");
for (let round = 1; round <= 3; round++) {
  let t = performance.now();
  const chunks: SegmentData[] = [];
  for (let i = 0; i < N; i += WRITE_CHUNK) chunks.push(buildSegment(prepared.slice(i, i + WRITE_CHUNK).map((p, j) => ({ num: i + j + 1, terms: p.terms }))));
  const build = performance.now() - t;
  t = performance.now();
  const tier1: SegmentData[] = [];
  for (let i = 0; i < chunks.length; i += FAN_IN) tier1.push(mergeSegments(chunks.slice(i, i + FAN_IN).map(asSource)));
  const merge1 = performance.now() - t;
  t = performance.now();
  for (let i = 0; i < tier1.length; i += FAN_IN) mergeSegments(tier1.slice(i, i + FAN_IN).map(asSource));
  const merge2 = performance.now() - t;
  console.log(`| ${round} | ${us(build)} µs/article | ${us(merge1)} µs/article | ${us(merge2)} µs/article |`);
}
