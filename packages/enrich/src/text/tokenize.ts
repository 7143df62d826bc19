/** A word or punctuation token with character offsets into the source text (end exclusive). */
export interface Token {
  text: string;
  start: number;
  end: number;
}

// Abbreviations that keep their period, so "Dr. Lawrow" is not split into two sentences.
const ABBREVIATIONS = new Set(
  [
    "dr", "prof", "hr", "fr", "st", "nr", "abs", "ca", "bzw", "vgl", "usw", "etc", "inkl", "ggf", "evtl", "sog", "bspw",
    "mio", "mrd", "tsd", "jh", "jhd", "str", "tel", "mr", "mrs", "ms", "jr", "sr", "vs", "no", "gen", "gov", "sen", "rep",
    "corp", "inc", "ltd", "co", "dipl", "ing", "min", "max", "bd", "chr", "ev", "okt", "sept", "jan", "feb", "mär", "apr",
    "aug", "dez", "nov", "tsd", "u", "z", "b", "d", "h", "a", "o", "ä", "s", "v", "g", "т", "д", "г", "гг", "им", "ул", "см",
  ],
);

const ROMAN = /^[IVXLC]+$/;
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.&\-\u00AD][\p{L}\p{M}\p{N}]+)*/uy;
const SPACE = /\s/u;

// Scraped pages glue breadcrumbs to titles ("StartPolitikGesetzgebungLawrow"); two or more
// lower→upper steps inside one word mark such a join, one alone is a brand ("YouTube").
const CAMEL = /\p{Ll}\p{Lu}/u;

function splitCamel(text: string, start: number): Token[] {
  if (!CAMEL.test(text)) return [{ text, start, end: start + text.length }];
  const cuts: number[] = [];
  for (let i = 1; i < text.length; i++) {
    const a = text[i - 1] ?? "";
    const b = text[i] ?? "";
    if (/\p{Ll}/u.test(a) && /\p{Lu}/u.test(b)) cuts.push(i);
  }
  if (cuts.length < 2) return [{ text, start, end: start + text.length }];
  const out: Token[] = [];
  let prev = 0;
  for (const c of [...cuts, text.length]) {
    out.push({ text: text.slice(prev, c), start: start + prev, end: start + c });
    prev = c;
  }
  return out;
}

// "fest.Wie": a sentence glued to the next by a missing space after the period.
function splitGlued(text: string, start: number): Token[] {
  const m = /^(.*\p{Ll}{2})\.(\p{Lu}\p{Ll}.*)$/u.exec(text);
  if (!m?.[1] || !m[2]) return splitCamel(text, start);
  const left = m[1];
  return [
    ...splitCamel(left, start),
    { text: ".", start: start + left.length, end: start + left.length + 1 },
    ...splitGlued(m[2], start + left.length + 1),
  ];
}

function keepsPeriod(word: string, text: string, after: number): boolean {
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower) || ROMAN.test(word)) return true;
  if (/^\p{Lu}$/u.test(word)) return true;
  if (/^\d{1,4}$/.test(word)) {
    // an ordinal ("10. Januar", "19. Jahrhundert") is followed on the same line by a word
    const next = /^ +(\p{L}+)/u.exec(text.slice(after + 1, after + 40));
    return next?.[1] !== undefined && !/^(Die|Der|Das|Er|Sie|Es|Wir|Ich|In|Im|Am|Auf|Mit|The|A|In)$/u.test(next[1]);
  }
  return false;
}

/** Splits text[from, to) into word and punctuation tokens, the way GermEval tokenises. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const ch = text[i] ?? "";
    if (SPACE.test(ch) || ch === "\u00AD") {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m && m.index === i && i + m[0].length <= to) {
      let word = m[0];
      let end = i + word.length;
      if (text[end] === "." && end < to && keepsPeriod(word, text, end)) {
        word += ".";
        end++;
      }
      out.push(...(word.includes(".") && !word.endsWith(".") ? splitGlued(word, i) : splitCamel(word, i)));
      i = end;
      continue;
    }
    out.push({ text: ch, start: i, end: i + 1 });
    i++;
  }
  return out;
}
