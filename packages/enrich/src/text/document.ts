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

/** Segments the text; `lang` steers the sentence segmenter. */
export function buildDoc(text: string, lang: string): Doc {
  const lines: { start: number; end: number; text: string }[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) lines.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  const all = lines.map((l) => l.text);
  const blocks: Block[] = lines.map((l) => {
    const boilerplate = isBoilerplateLine(l.text, all);
    const tokens = boilerplate ? [] : tokenize(text, l.start, l.end);
    return { start: l.start, end: l.end, boilerplate, sentences: boilerplate ? [] : splitSentences(text, tokens, lang) };
  });
  return { text, blocks, sentences: blocks.flatMap((b) => b.sentences) };
}
