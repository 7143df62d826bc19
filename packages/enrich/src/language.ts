import { eld } from "eld/extrasmall";
import { detectByOrthography } from "./language-orthography.ts";
import type { LanguageGuess } from "./types.ts";

const SAMPLE = 1200;
const MIN_LETTERS = 20;
// the mixed-language check looks at the first long blocks only, and at the start of each
const MIXED_BLOCKS = 6;
const BLOCK_SAMPLE = 300;

interface Scored {
  code: string;
  score: number;
}

function ranked(text: string): Scored[] {
  const scores = eld.detect(text.slice(0, SAMPLE)).getScores();
  return Object.entries(scores)
    .map(([code, score]) => ({ code, score }))
    .sort((a, b) => b.score - a.score);
}

function letters(text: string): number {
  return (text.match(/\p{L}/gu) ?? []).length;
}

/**
 * Detects the language with eld; the declared language wins when eld rates it close to the top,
 * and "mixed" is set when long blocks disagree with the overall verdict.
 */
export function detectLanguage(text: string, blocks: readonly string[], declared?: string): LanguageGuess {
  const prior = declared?.toLowerCase().split(/[-_]/)[0];
  if (letters(text) < MIN_LETTERS) {
    return prior && /^[a-z]{2}$/.test(prior) ? { code: prior, confidence: 0.3 } : { code: "und", confidence: 0 };
  }
  const spelled = detectByOrthography(text.slice(0, SAMPLE));
  if (spelled) return { code: spelled.code, confidence: Math.round(Math.min(1, 0.5 + spelled.confidence) * 1000) / 1000 };
  const r = ranked(text);
  const top = r[0];
  if (!top) return { code: prior ?? "und", confidence: prior ? 0.3 : 0 };
  const second = r[1]?.score ?? 0;
  let code = top.code;
  // eld's score is a similarity; the margin over the runner-up says how sure it is
  let confidence = Math.min(1, 0.5 * top.score + 0.5 * Math.min(1, (top.score - second) / Math.max(top.score, 1e-9) * 2));
  const declaredScore = r.find((s) => s.code === prior)?.score;
  if (prior && declaredScore !== undefined && declaredScore >= 0.85 * top.score) {
    code = prior;
    confidence = Math.min(1, confidence + 0.15);
  }
  const guess: LanguageGuess = { code, confidence: Math.round(confidence * 1000) / 1000 };
  let total = 0;
  let other = 0;
  let checked = 0;
  for (const b of blocks) {
    if (checked >= MIXED_BLOCKS) break;
    const sample = b.slice(0, BLOCK_SAMPLE);
    const n = letters(sample);
    if (n < 80) continue;
    checked++;
    total += n;
    if ((detectByOrthography(sample)?.code ?? ranked(sample)[0]?.code) !== code) other += n;
  }
  if (total > 0 && other / total >= 0.25) guess.mixed = true;
  return guess;
}
