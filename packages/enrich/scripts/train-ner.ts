// Trains the averaged-perceptron NER taggers on TRAIN splits only and writes src/ner/weights-<lang>.json.
// usage: tsx scripts/train-ner.ts <de|en|ru> [epochs] [--holdout]
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { historyFeatures, sentenceFeatures } from "../src/ner/features.ts";
import { allowed } from "../src/ner/perceptron.ts";
import { BIO_TAGS } from "../src/ner/tags.ts";
import type { BioTag } from "../src/ner/tags.ts";
import { btcTrain, factRuEval, germevalDev, germevalTrain } from "./corpora.ts";
import type { TaggedSentence } from "./corpora.ts";

const T = BIO_TAGS.length;
// the lint bans console in packages; a build script reports on stdout directly
const log = (line: string): void => void process.stdout.write(`${line}\n`);
const lang = process.argv[2] ?? "de";
const epochs = Number(process.argv[3] ?? 8);
const holdout = process.argv.includes("--holdout");
const PRUNE = Number(process.env["NER_PRUNE"] ?? 1);
const SCALE = 10;

const ids = new Map<string, number>();
let w: Float64Array<ArrayBufferLike> = new Float64Array(1 << 20);
let u: Float64Array<ArrayBufferLike> = new Float64Array(1 << 20);

function id(f: string, create: boolean): number {
  let i = ids.get(f);
  if (i === undefined) {
    if (!create) return -1;
    i = ids.size;
    ids.set(f, i);
    if ((i + 1) * T > w.length) {
      const nw = new Float64Array(w.length * 2);
      nw.set(w);
      w = nw;
      const nu = new Float64Array(u.length * 2);
      nu.set(u);
      u = nu;
    }
  }
  return i;
}

interface Prepared {
  feats: number[][];
  lower: string[];
  gold: number[];
}

function prepare(s: TaggedSentence, create: boolean): Prepared {
  const feats = sentenceFeatures(lang, s.words).map((fs) => fs.map((f) => id(f, create)).filter((i) => i >= 0));
  return { feats, lower: s.words.map((x) => x.toLowerCase()), gold: s.tags.map((t) => Math.max(0, BIO_TAGS.indexOf(t as BioTag))) };
}

let clock = 1;

function tagSentence(p: Prepared, train: boolean): number[] {
  const out: number[] = [];
  let prev1: BioTag = "O";
  let prev2: BioTag = "O";
  const scores = new Float64Array(T);
  for (let i = 0; i < p.feats.length; i++) {
    const hist = historyFeatures(prev1, prev2, p.lower[i] ?? "").map((f) => id(f, train)).filter((x) => x >= 0);
    const all = [...(p.feats[i] ?? []), ...hist];
    scores.fill(0);
    for (const f of all) for (let k = 0; k < T; k++) scores[k] = (scores[k] ?? 0) + (w[f * T + k] ?? 0);
    let best = 0;
    let bestScore = -Infinity;
    let free = 0;
    for (let k = 0; k < T; k++) {
      if ((scores[k] ?? 0) > bestScore && allowed(prev1, BIO_TAGS[k] ?? "O")) {
        best = k;
        bestScore = scores[k] ?? 0;
      }
      if ((scores[k] ?? 0) > (scores[free] ?? 0)) free = k;
    }
    const gold = p.gold[i] ?? 0;
    // update on the unconstrained argmax, so impossible I- tags are pushed down instead of drifting up
    if (train && free !== gold) {
      for (const f of all) {
        w[f * T + gold] = (w[f * T + gold] ?? 0) + 1;
        u[f * T + gold] = (u[f * T + gold] ?? 0) + clock;
        w[f * T + free] = (w[f * T + free] ?? 0) - 1;
        u[f * T + free] = (u[f * T + free] ?? 0) - clock;
      }
    }
    if (train) clock++;
    out.push(best);
    prev2 = prev1;
    prev1 = BIO_TAGS[best] ?? "O";
  }
  return out;
}

function spans(tags: readonly number[]): Set<string> {
  const out = new Set<string>();
  let start = -1;
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? (BIO_TAGS[tags[i] ?? 0] ?? "O") : "O";
    if (start >= 0 && !t.startsWith("I-")) {
      out.add(`${start}:${i}:${(BIO_TAGS[tags[start] ?? 0] ?? "").slice(2)}`);
      start = -1;
    }
    if (t.startsWith("B-")) start = i;
  }
  return out;
}

function evaluate(data: Prepared[]): string {
  let tp = 0;
  let np = 0;
  let ng = 0;
  for (const p of data) {
    const g = spans(p.gold);
    const q = spans(tagSentence(p, false));
    np += q.size;
    ng += g.size;
    for (const s of q) if (g.has(s)) tp++;
  }
  const pr = tp / (np || 1);
  const re = tp / (ng || 1);
  return `P ${pr.toFixed(3)} R ${re.toFixed(3)} F1 ${((2 * pr * re) / (pr + re || 1)).toFixed(3)}`;
}

function shuffle<T>(xs: T[], seed: number): void {
  let s = seed;
  for (let i = xs.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [xs[i], xs[j]] = [xs[j] as T, xs[i] as T];
  }
}

const corpus = lang === "de" ? germevalTrain() : lang === "en" ? btcTrain() : factRuEval();
let train = corpus;
let check: TaggedSentence[] = [];
if (holdout) {
  // choose the epoch count on a slice of TRAIN, never on dev
  train = corpus.slice(0, Math.floor(corpus.length * 0.9));
  check = corpus.slice(train.length);
}
const t0 = Date.now();
const prepared = train.map((s) => prepare(s, true));
const checkPrepared = check.map((s) => prepare(s, false));
log(`${lang}: ${train.length} sentences, ${ids.size} static features, ${Date.now() - t0} ms to featurise`);

function averaged(): Float64Array {
  const avg = new Float64Array(ids.size * T);
  for (let i = 0; i < avg.length; i++) avg[i] = (w[i] ?? 0) - (u[i] ?? 0) / clock;
  return avg;
}

for (let e = 1; e <= epochs; e++) {
  shuffle(prepared, e);
  for (const p of prepared) tagSentence(p, true);
  if (holdout) {
    const [sw, su] = [w, u];
    w = averaged();
    log(`epoch ${e}: holdout ${evaluate(checkPrepared)}`);
    [w, u] = [sw, su];
  } else log(`epoch ${e} done (${Date.now() - t0} ms)`);
}

w = averaged();
if (!holdout) {
  // report how pruning changes the token-level figure (dev is only measured, never trained on)
  for (let f = 0; f < ids.size; f++) {
    let m = 0;
    for (let k = 0; k < T; k++) m = Math.max(m, Math.abs(w[f * T + k] ?? 0));
    for (let k = 0; k < T; k++) w[f * T + k] = m < PRUNE ? 0 : Math.round((w[f * T + k] ?? 0) * SCALE) / SCALE;
  }
  if (lang === "de") log(`dev (token-level spans, pruned): ${evaluate(germevalDev().map((s) => prepare(s, false)))}`);
}

const weights: Record<string, number[]> = {};
let kept = 0;
for (const [f, i] of ids) {
  const vec = Array.from({ length: T }, (_, k) => w[i * T + k] ?? 0);
  if (Math.max(...vec.map(Math.abs)) < PRUNE) continue;
  // sparse pairs [tag, weight, tag, weight, …] keep the file small
  const pairs: number[] = [];
  vec.forEach((x, k) => {
    const q = Math.round(x * SCALE);
    if (q !== 0) pairs.push(k, q);
  });
  weights[f] = pairs;
  kept++;
}
const json = JSON.stringify({ lang, scale: SCALE, tags: BIO_TAGS, weights });
if (!holdout) {
  const file = join(import.meta.dirname, `../src/ner/weights-${lang}.json`);
  writeFileSync(file, json);
  log(`wrote ${file}: ${kept} features, ${(json.length / 1e6).toFixed(2)} MB`);
}
