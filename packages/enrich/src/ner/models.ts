import { loadModel } from "./perceptron.ts";
import type { TaggerModel } from "./perceptron.ts";
import { WEIGHTS_DE } from "./weights-de.ts";
import { WEIGHTS_EN } from "./weights-en.ts";
import { WEIGHTS_RU } from "./weights-ru.ts";

const SOURCES: Readonly<Record<string, string>> = { de: WEIGHTS_DE, en: WEIGHTS_EN, ru: WEIGHTS_RU };
const loaded = new Map<string, TaggerModel>();

/** The statistical tagger for a language, parsed on first use; undefined where none was trained. */
export function modelFor(lang: string): TaggerModel | undefined {
  const hit = loaded.get(lang);
  if (hit) return hit;
  const source = SOURCES[lang];
  if (source === undefined) return undefined;
  const model = loadModel(source);
  loaded.set(lang, model);
  return model;
}

/** Languages with a trained tagger. */
export const TAGGER_LANGUAGES = Object.keys(SOURCES);
