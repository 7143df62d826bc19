// Trains the averaged-perceptron NER taggers on TRAIN splits only and writes src/ner/weights-<lang>.json.
// usage: tsx scripts/train-ner.ts <de|en|ru> [epochs] [--holdout]
// env: NER_MISC (extra-class grouping), NER_BEAM (beam width, 0 = greedy), NER_PRUNE, NER_OUT (also write a holdout model there)
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { historyFeatures, sentenceFeatures } from "../src/ner/features.ts";
import { allowed } from "../src/ner/perceptron.ts";
import { BIO_TAGS } from "../src/ner/tags.ts";
import { btcTrain, factRuEval, germevalDev, germevalTrain, GERMEVAL_EXTRA } from "./corpora.ts";
import type { TaggedSentence } from "./corpora.ts";

// the lint bans console in packages; a build script reports on stdout directly
const log = (line: string): void => void process.stdout.write(`${line}\n`);
const lang = process.argv[2] ?? "de";
// German: 12 epochs, a beam of 4 (structured perceptron) and GermEval's other classes (OTH, -deriv, -part) as one
// extra tag that is never output as a mention, all chosen on --holdout; English and Russian keep the greedy tagger
const MISC = Number(process.env["NER_MISC"] ?? (lang === "de" ? 1 : 0));
const TAGS: readonly string[] = lang === "de" && MISC ? [...BIO_TAGS, ...(GERMEVAL_EXTRA[MISC] ?? [])] : BIO_TAGS;
const T = TAGS.length;
const ENTITY = new Set(["PER", "ORG", "LOC"]);
// beam width of the structured perceptron; 0 = the greedy tagger with per-token updates
const BEAM = Number(process.env["NER_BEAM"] ?? (lang === "de" ? 4 : 0));
const tagWith = (p: Prepared, train: boolean): number[] => (BEAM > 0 ? beamSentence(p, train) : tagSentence(p, train));
const epochs = Number(process.argv[3] ?? (lang === "de" ? 12 : 8));
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
  return { feats, lower: s.words.map((x) => x.toLowerCase()), gold: s.tags.map((t) => Math.max(0, TAGS.indexOf(t))) };
}

let clock = 1;

function tagSentence(p: Prepared, train: boolean): number[] {
  const out: number[] = [];
  let prev1 = "O";
  let prev2 = "O";
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
      if ((scores[k] ?? 0) > bestScore && allowed(prev1, TAGS[k] ?? "O")) {
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
    prev1 = TAGS[best] ?? "O";
  }
  return out;
}

interface Hyp {
  tags: number[];
  score: number;
}

function histIds(p: Prepared, tags: readonly number[], i: number, create: boolean): number[] {
  const prev1 = i > 0 ? (TAGS[tags[i - 1] ?? 0] ?? "O") : "O";
  const prev2 = i > 1 ? (TAGS[tags[i - 2] ?? 0] ?? "O") : "O";
  return historyFeatures(prev1, prev2, p.lower[i] ?? "").map((f) => id(f, create)).filter((x) => x >= 0);
}

// +1 for the gold sequence's features and −1 for the predicted one's, over positions [0, upTo]
function structuredUpdate(p: Prepared, pred: readonly number[], upTo: number): void {
  for (let i = 0; i <= upTo; i++) {
    const g = p.gold[i] ?? 0;
    const q = pred[i] ?? 0;
    if (g === q && (i < 1 || p.gold[i - 1] === pred[i - 1]) && (i < 2 || p.gold[i - 2] === pred[i - 2])) continue;
    for (const [tags, tag, d] of [[p.gold, g, 1], [pred, q, -1]] as const) {
      for (const f of [...(p.feats[i] ?? []), ...histIds(p, tags, i, true)]) {
        w[f * T + tag] = (w[f * T + tag] ?? 0) + d;
        u[f * T + tag] = (u[f * T + tag] ?? 0) + d * clock;
      }
    }
  }
}

/** Beam search over tag sequences; in training a structured perceptron step with early update. */
function beamSentence(p: Prepared, train: boolean): number[] {
  let beam: Hyp[] = [{ tags: [], score: 0 }];
  const stat = new Float64Array(T);
  for (let i = 0; i < p.feats.length; i++) {
    stat.fill(0);
    for (const f of p.feats[i] ?? []) for (let k = 0; k < T; k++) stat[k] = (stat[k] ?? 0) + (w[f * T + k] ?? 0);
    const cands: Hyp[] = [];
    for (const h of beam) {
      const prev1 = i > 0 ? (TAGS[h.tags[i - 1] ?? 0] ?? "O") : "O";
      const sc = Float64Array.from(stat);
      for (const f of histIds(p, h.tags, i, false)) for (let k = 0; k < T; k++) sc[k] = (sc[k] ?? 0) + (w[f * T + k] ?? 0);
      for (let k = 0; k < T; k++) if (allowed(prev1, TAGS[k] ?? "O")) cands.push({ tags: [...h.tags, k], score: h.score + (sc[k] ?? 0) });
    }
    cands.sort((a, b) => b.score - a.score);
    beam = cands.slice(0, BEAM);
    if (train && !beam.some((h) => h.tags.every((t, k) => t === p.gold[k]))) {
      structuredUpdate(p, beam[0]?.tags ?? [], i);
      clock++;
      return beam[0]?.tags ?? [];
    }
  }
  const best = beam[0]?.tags ?? [];
  if (train) {
    if (best.some((t, k) => t !== p.gold[k])) structuredUpdate(p, best, best.length - 1);
    clock++;
  }
  return best;
}

function spans(tags: readonly number[]): Set<string> {
  const out = new Set<string>();
  let start = -1;
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? (TAGS[tags[i] ?? 0] ?? "O") : "O";
    if (start >= 0 && !t.startsWith("I-")) {
      const type = (TAGS[tags[start] ?? 0] ?? "").slice(2);
      if (ENTITY.has(type)) out.add(`${start}:${i}:${type}`);
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
    const q = spans(tagWith(p, false));
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

const corpus = lang === "de" ? germevalTrain(MISC) : lang === "en" ? btcTrain() : factRuEval();
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
  for (const p of prepared) tagWith(p, true);
  if (holdout) {
    const [sw, su] = [w, u];
    w = averaged();
    log(`epoch ${e}: holdout ${evaluate(checkPrepared)}`);
    [w, u] = [sw, su];
  } else log(`epoch ${e} done (${Date.now() - t0} ms)`);
}

w = averaged();
// prune and quantise as the shipped file does
for (let f = 0; f < ids.size; f++) {
  let m = 0;
  for (let k = 0; k < T; k++) m = Math.max(m, Math.abs(w[f * T + k] ?? 0));
  for (let k = 0; k < T; k++) w[f * T + k] = m < PRUNE ? 0 : Math.round((w[f * T + k] ?? 0) * SCALE) / SCALE;
}
if (holdout) log(`holdout (token-level spans, pruned): ${evaluate(checkPrepared)}`);
// report the token-level figure after pruning (dev is only measured, never trained on)
else if (lang === "de") log(`dev (token-level spans, pruned): ${evaluate(germevalDev().map((s) => prepare(s, false)))}`);

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
const json = JSON.stringify({ lang, scale: SCALE, tags: TAGS, ...(BEAM > 0 ? { beam: BEAM } : {}), weights });
// a holdout model is written only where NER_OUT asks (to score it through the whole pipeline)
const out = process.env["NER_OUT"];
if (!holdout || out) {
  const file = out ?? join(import.meta.dirname, `../src/ner/weights-${lang}.json`);
  writeFileSync(file, json);
  log(`wrote ${file}: ${kept} features, ${(json.length / 1e6).toFixed(2)} MB`);
}
