import type { PreparedArticle } from "./prepare.ts";

export const ENTITY_TYPES = ["person", "organization", "location", "event", "other"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface Mention {
  type: EntityType;
  /** character offsets into the annotated text, end exclusive */
  start: number;
  end: number;
  text: string;
}

export interface Entity {
  type: EntityType;
  /** canonical name, in the article's language where known */
  name: string;
  /** stable across languages, e.g. "sergej-lawrow" / "nato" */
  slug: string;
  count: number;
  firstOffset: number;
  surfaceForms: string[];
  aliases: string[];
}

export interface Keyword {
  term: string;
  stem: string;
  score: number;
}

export interface Topic {
  /** IPTC Media Topics top-level slug, e.g. "politics" */
  id: string;
  label: string;
  score: number;
}

export interface TextStats {
  words: number;
  sentences: number;
  paragraphs: number;
  readingTimeMinutes: number;
}

export interface Fingerprints {
  /** hex sha-256 of the normalised text */
  contentHash: string;
  /** 64-bit SimHash as 16 hex digits */
  simhash: string;
}

export interface LanguageGuess {
  code: string; // ISO 639-1, or "und"
  confidence: number; // 0..1
  mixed?: boolean;
}

export interface EnrichInput {
  text: string;
  title?: string;
  /** language declared by the page (html lang), used as a prior */
  declaredLanguage?: string;
  url?: string;
  section?: string;
  breadcrumbs?: string[];
  categories?: string[];
}

export interface EnrichOptions {
  /** which annotators to run; all by default */
  annotators?: readonly string[];
  /** document frequencies learned from the stream: stem -> df, with the corpus size */
  documentFrequencies?: { docs: number; df: ReadonlyMap<string, number> };
  mentions?: boolean;
  /** the result of prepareArticle() for this input, so a service that read stems first does not segment twice */
  prepared?: PreparedArticle;
}

export interface Enrichment {
  language: LanguageGuess;
  entities: Entity[];
  mentions?: Mention[];
  keywords: Keyword[];
  topics: Topic[];
  summary: string[];
  stats: TextStats;
  fingerprints: Fingerprints;
  /** normalised filter tags: lang:de, topic:politics, person:sergej-lawrow, org:nato, place:russland */
  tags: string[];
}
