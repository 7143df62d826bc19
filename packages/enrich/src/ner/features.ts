import { PERSON_CUES } from "../data/persons.ts";
import { isFirstName, matchGazetteer } from "./gazetteer.ts";
import type { GazetteerHit } from "./gazetteer.ts";

const CUES = new Set(PERSON_CUES.map((c) => c.toLowerCase()));

/** Word shape with repeats collapsed: "Lawrow" → "Xx", "OSZE" → "X", "10." → "d.". */
export function shape(word: string): string {
  let out = "";
  let last = "";
  for (const ch of word) {
    const code = ch.charCodeAt(0);
    // ASCII without regular expressions; the rest by Unicode category
    const c =
      code >= 65 && code <= 90 ? "X" : code >= 97 && code <= 122 ? "x" : code >= 48 && code <= 57 ? "d" : code < 128 ? ch : /\p{Lu}/u.test(ch) ? "X" : /\p{Ll}/u.test(ch) ? "x" : /\d/.test(ch) ? "d" : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

function lengthBucket(n: number): string {
  return n <= 4 ? String(n) : n <= 7 ? "5-7" : "8+";
}

/**
 * Features of each token of one sentence that do not depend on predicted tags.
 * The build-time trainer and the run-time tagger share this function, so they cannot drift apart.
 */
export function sentenceFeatures(lang: string, words: readonly string[], gaz: readonly (GazetteerHit | undefined)[] = matchGazetteer(lang, words)): string[][] {
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(shape);
  const gazLabel = gaz.map((h) => (h ? `${h.begin ? "B" : "I"}${h.entry.type}` : "-"));
  const first = words.map((w) => isFirstName(lang, w));
  const out: string[][] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? "";
    const l = lower[i] ?? "";
    const sh = shapes[i] ?? "";
    const p1 = i > 0 ? (lower[i - 1] ?? "") : "<s>";
    const p2 = i > 1 ? (lower[i - 2] ?? "") : "<s>";
    const n1 = i + 1 < words.length ? (lower[i + 1] ?? "") : "</s>";
    const n2 = i + 2 < words.length ? (lower[i + 2] ?? "") : "</s>";
    const sp = i > 0 ? (shapes[i - 1] ?? "") : "<s>";
    const sn = i + 1 < words.length ? (shapes[i + 1] ?? "") : "</s>";
    const f = [
      "b",
      `w=${w}`,
      `l=${l}`,
      `sh=${sh}`,
      `len=${lengthBucket(w.length)}`,
      `s2=${l.slice(-2)}`,
      `s3=${l.slice(-3)}`,
      `s4=${l.slice(-4)}`,
      `p2=${l.slice(0, 2)}`,
      `p3=${l.slice(0, 3)}`,
      `p4=${l.slice(0, 4)}`,
      `l-1=${p1}`,
      `l-2=${p2}`,
      `l+1=${n1}`,
      `l+2=${n2}`,
      `l-1|l=${p1}|${l}`,
      `l|l+1=${l}|${n1}`,
      `sh-1|sh=${sp}|${sh}`,
      `sh|sh+1=${sh}|${sn}`,
      `sh-1|sh|sh+1=${sp}|${sh}|${sn}`,
      `s3-1=${p1.slice(-3)}`,
      `s3+1=${n1.slice(-3)}`,
      `g=${gazLabel[i] ?? "-"}`,
      `g-1|g=${i > 0 ? (gazLabel[i - 1] ?? "-") : "<s>"}|${gazLabel[i] ?? "-"}`,
      `g+1=${i + 1 < words.length ? (gazLabel[i + 1] ?? "-") : "</s>"}`,
    ];
    if (i === 0) f.push(`first|sh=${sh}`);
    if (first[i]) f.push("fn");
    if (i > 0 && first[i - 1]) f.push(`fn-1|sh=${sh}`);
    if (CUES.has(p1) || (p1 === "," && CUES.has(p2))) f.push(`cue-1|sh=${sh}`);
    const dash = w.lastIndexOf("-");
    if (dash > 0 && dash < w.length - 1) {
      f.push(`hp1=${l.slice(0, dash)}`, `hp2=${l.slice(dash + 1)}`);
    }
    out.push(f);
  }
  return out;
}

/** Features that depend on the two previous predicted tags. */
export function historyFeatures(prev1: string, prev2: string, lowerWord: string): string[] {
  return [`t-1=${prev1}`, `t-2|t-1=${prev2}|${prev1}`, `t-1|l=${prev1}|${lowerWord}`];
}
