// A date found somewhere on the page, with where it came from and how much to trust it.
import type { Provenance } from "../types.ts";
import type { DateParts } from "./date-parts.ts";

export interface DateCandidate {
  parts: DateParts;
  raw: string;
  source: Provenance;
  /** higher is stronger evidence */
  score: number;
  /** document order of the element it came from; 0 for head metadata */
  order: number;
  /** tag and class of the element, to spot repeated list items */
  group?: string;
}

export type DateRole = "published" | "modified";

/** Where the article sits: its headline's document order and the zone bits that count as chrome here. */
export interface Layout {
  headline: number;
  /** zone bits whose evidence is dropped */
  chrome: number;
  /** zone bits whose evidence is weakened */
  soft: number;
  /** the headline sits inside an <article> (or article-like) element */
  headlineInArticle: boolean;
}
