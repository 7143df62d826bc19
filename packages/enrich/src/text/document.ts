import { isBoilerplateLine } from "./boilerplate.ts";
import { splitSentences } from "./sentences.ts";
import { tokenize } from "./tokenize.ts";
import type { Token } from "./tokenize.ts";

/** A sentence with its tokens; offsets point into the input text. */
export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
}

/** A non-empty line of the input; boilerplate lines are kept (for offsets) but flagged. */
export interface Block {
  start: number;
  end: number;
  boilerplate: boolean;
  sentences: Sentence[];
}

/** The input split once into blocks, sentences and tokens, shared by all annotators. */
export interface Doc {
  text: string;
  blocks: Block[];
  /** sentences of non-boilerplate blocks, in order */
  sentences: Sentence[];
}

/** A non-empty line of the input with its boilerplate verdict. */
export interface Line {
  start: number;
  end: number;
  text: string;
  boilerplate: boolean;
}

/** Splits the text into non-empty lines and flags navigation and widget lines (no tokenising). */
export function splitLines(text: string): Line[] {
  const raw: { start: number; end: number; text: string }[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) raw.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  const all = raw.map((l) => l.text);
  return raw.map((l) => ({ ...l, boilerplate: isBoilerplateLine(l.text, all) }));
}

/** Segments the text; `lang` steers the sentence segmenter. Pass the lines when already split. */
export function buildDoc(text: string, lang: string, lines: readonly Line[] = splitLines(text)): Doc {
  const blocks: Block[] = lines.map((l) => {
    const tokens = l.boilerplate ? [] : tokenize(text, l.start, l.end);
    return { start: l.start, end: l.end, boilerplate: l.boilerplate, sentences: l.boilerplate ? [] : splitSentences(text, tokens, lang) };
  });
  return { text, blocks, sentences: blocks.flatMap((b) => b.sentences) };
}
