import { resolve } from "node:path";
import { DEFAULT_INDEX_OPTIONS, keysFor } from "../src/index.ts";
import { prepareArticle } from "../src/index-data.ts";
import { buildSegment } from "../src/text/postings.ts";
import { benchConfig } from "./config.ts";
import { generateArticle, loadVocabulary } from "./corpus.ts";
const config = benchConfig();
const vocab = loadVocabulary(resolve(import.meta.dirname, "../../../samples"), config.BENCH_PAGES_TARBALL);
const langs = [...vocab.keys()];
const sizes = langs.map((l) => vocab.get(l)?.length ?? 0);
const sum = sizes.reduce((a, b) => a + b, 0);
const N = 10000;
const keys = keysFor("x");
const prepared = Array.from({ length: N }, (_, i) => prepareArticle(keys, generateArticle(i, vocab, langs, sizes.map((s) => s / sum), Date.now()), "upsert", DEFAULT_INDEX_OPTIONS));
for (let r = 0; r < 3; r++) {
  const t = performance.now();
  let fields = 0;
  for (let i = 0; i < N; i += 25) fields += buildSegment(prepared.slice(i, i + 25).map((p, j) => ({ num: i + j + 1, terms: p.terms }))).fields.length;
  console.log("buildSegment µs/article", (((performance.now() - t) / N) * 1000).toFixed(1), fields / (N / 25));
  const t2 = performance.now();
  let len = 0;
  for (const p of prepared) for (const a of p.args) len += Buffer.byteLength(a);
  console.log("byteLength of all args µs/article", (((performance.now() - t2) / N) * 1000).toFixed(1), (len / N).toFixed(0));
}
