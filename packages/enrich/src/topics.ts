import { TOPICS } from "./data/topic-lexicon.ts";
import { EU_TOPIC_WORDS, type EuLexiconLanguage } from "./data/topic-lexicon-eu.ts";
import type { Doc } from "./text/document.ts";
import { stem } from "./text/stem.ts";
import type { EnrichInput, Topic } from "./types.ts";

const MAX_TOPICS = 3;
const MIN_SCORE = 0.2;
const SECTION_WEIGHT = 5;

interface Lexicon {
  /** stem (or, for `prefixes`, word beginning) → indexes of the topics it signals */
  cues: Map<string, number[]>;
  /** cues are word beginnings (a language without a stemmer here) */
  prefixes: boolean;
}

const lexicons = new Map<string, Lexicon>();
const EU = new Set<string>(["fr", "es", "it", "pt", "nl", "pl"]);
const PREFIX_LANGUAGES = new Set(["pl"]);

function cueWords(lang: string, i: number): string {
  const t = TOPICS[i];
  if (!t) return "";
  if (lang === "de" || lang === "ru") return t.words[lang];
  if (EU.has(lang)) return EU_TOPIC_WORDS[t.id]?.[lang as EuLexiconLanguage] ?? "";
  return t.words.en;
}

function lexicon(lang: string): Lexicon {
  let lex = lexicons.get(lang);
  if (!lex) {
    const prefixes = PREFIX_LANGUAGES.has(lang);
    const cues = new Map<string, number[]>();
    TOPICS.forEach((_t, i) => {
      for (const w of cueWords(lang, i).split(" ").filter(Boolean)) {
        const s = prefixes ? w.toLowerCase() : stem(lang, w);
        cues.set(s, [...(cues.get(s) ?? []), i]);
      }
    });
    lex = { cues, prefixes };
    lexicons.set(lang, lex);
  }
  return lex;
}

/** The topics a word signals: by its stem, or by its longest cue beginning. */
function topicsOf(lex: Lexicon, lang: string, word: string): readonly number[] {
  if (!lex.prefixes) return lex.cues.get(stem(lang, word)) ?? [];
  const lower = word.toLowerCase();
  for (let n = Math.min(lower.length, 12); n >= 3; n--) {
    const hit = lex.cues.get(lower.slice(0, n));
    if (hit) return hit;
  }
  return [];
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

/** IPTC top-level topics from section/breadcrumb/URL words first, then per-language cue lexicons (de, en, ru, fr, es, it, pt, nl, pl; English cues for the rest). */
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
      for (const i of topicsOf(lex, lang, tok.text)) scores[i] = (scores[i] ?? 0) + 1;
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
