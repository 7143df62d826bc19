import { TOPICS } from "./data/topic-lexicon.ts";
import type { Doc } from "./text/document.ts";
import { stem } from "./text/stem.ts";
import type { EnrichInput, Topic } from "./types.ts";

const MAX_TOPICS = 3;
const MIN_SCORE = 0.2;
const SECTION_WEIGHT = 5;

const lexicons = new Map<string, Map<string, number[]>>();

// stem → indexes of the topics it signals
function lexicon(lang: string): Map<string, number[]> {
  let lex = lexicons.get(lang);
  if (!lex) {
    lex = new Map();
    const key = lang === "de" || lang === "ru" ? lang : "en";
    TOPICS.forEach((t, i) => {
      for (const w of t.words[key].split(" ")) {
        const s = stem(lang, w);
        lex?.set(s, [...(lex.get(s) ?? []), i]);
      }
    });
    lexicons.set(lang, lex);
  }
  return lex;
}

function sectionWords(input: EnrichInput): string[] {
  const parts = [input.section ?? "", ...(input.breadcrumbs ?? []), ...(input.categories ?? [])];
  if (input.url) {
    try {
      parts.push(...new URL(input.url).pathname.split(/[/\-_.]/));
    } catch {
      // an unparsable URL simply gives no hints
    }
  }
  return parts.flatMap((p) => p.toLowerCase().split(/[^\p{L}]+/u)).filter(Boolean);
}

/** IPTC top-level topics from section/breadcrumb/URL words first, then per-language stem lexicons. */
export function classifyTopics(doc: Doc, lang: string, input: EnrichInput): Topic[] {
  const scores = new Array<number>(TOPICS.length).fill(0);
  const hints = new Set(sectionWords(input));
  TOPICS.forEach((t, i) => {
    if (t.sections.some((s) => hints.has(s))) scores[i] = (scores[i] ?? 0) + SECTION_WEIGHT;
  });
  const lex = lexicon(lang);
  let words = 0;
  for (const s of doc.sentences) {
    for (const tok of s.tokens) {
      if (!/^\p{L}/u.test(tok.text)) continue;
      words++;
      for (const i of lex.get(stem(lang, tok.text)) ?? []) scores[i] = (scores[i] ?? 0) + 1;
    }
  }
  // lexicon hits per 100 words, squashed, so long articles do not win by length
  const norm = scores.map((s, i) => {
    const section = TOPICS[i]?.sections.some((h) => hints.has(h)) ? SECTION_WEIGHT : 0;
    const lexical = s - section;
    return section / SECTION_WEIGHT + 1 - Math.exp(-(lexical * 100) / Math.max(words, 50) / 3);
  });
  const max = Math.max(...norm, 1e-9);
  return TOPICS.map((t, i) => ({ id: t.id, label: t.label, score: Math.round(((norm[i] ?? 0) / max) * 1000) / 1000, raw: norm[i] ?? 0 }))
    .filter((t) => t.raw >= MIN_SCORE)
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_TOPICS)
    .map(({ id, label, score }) => ({ id, label, score }));
}
