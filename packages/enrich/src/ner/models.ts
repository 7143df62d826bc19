import { createRequire } from "node:module";
import { loadModel } from "./perceptron.ts";
import type { SerializedModel, TaggerModel } from "./perceptron.ts";

// The weights ship as JSON data files next to this module (written by scripts/train-ner.ts); loading them
// as modules keeps the 4 MB of data out of the TypeScript transform.
const FILES: Readonly<Record<string, string>> = { de: "./weights-de.json", en: "./weights-en.json", ru: "./weights-ru.json" };
const load = createRequire(import.meta.url);
const loaded = new Map<string, TaggerModel>();

/** The statistical tagger for a language, loaded on first use; undefined where none was trained. */
export function modelFor(lang: string): TaggerModel | undefined {
  const hit = loaded.get(lang);
  if (hit) return hit;
  const file = FILES[lang];
  if (file === undefined) return undefined;
  const raw = load(file) as SerializedModel;
  const model = loadModel(raw);
  // the parsed JSON is only needed to build the table; the module system keeps the object, so empty it
  raw.weights = {};
  Reflect.deleteProperty(load.cache, load.resolve(file));
  loaded.set(lang, model);
  return model;
}

/** Loads every trained tagger now (services call this at start so the first article is not slow). */
export function preloadModels(): void {
  for (const lang of TAGGER_LANGUAGES) modelFor(lang);
}

/** Languages with a trained tagger. */
export const TAGGER_LANGUAGES = Object.keys(FILES);
