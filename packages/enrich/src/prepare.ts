import { detectLanguage } from "./language.ts";
import { candidateStems } from "./keywords.ts";
import { buildDoc, splitLines } from "./text/document.ts";
import type { Doc } from "./text/document.ts";
import type { EnrichInput, LanguageGuess } from "./types.ts";

/** An article segmented and with its language decided; enrich() accepts it so the work is not repeated. */
export interface PreparedArticle {
  readonly text: string;
  readonly language: LanguageGuess;
  /** language used for stemming and tagging: the detected one, or "und" */
  readonly lang: string;
  readonly doc: Doc;
}

/** Finds boilerplate lines, detects the language on the rest, and segments the text for that language. */
export function prepareArticle(input: EnrichInput): PreparedArticle {
  const text = input.text;
  const lines = splitLines(text);
  const content = lines.filter((l) => !l.boilerplate).map((l) => l.text);
  const language = detectLanguage(content.join("\n"), content, input.declaredLanguage);
  return { text, language, lang: language.code, doc: buildDoc(text, language.code, lines) };
}

/**
 * The stems an article contributes to keyword document frequencies (each once), in the article's
 * language: a service reads their counts before enrich() and adds the article to them afterwards.
 */
export function keywordStems(prepared: PreparedArticle): string[] {
  return candidateStems(prepared.doc, prepared.lang);
}
