/** Where a metadata value was found. */
export const PROVENANCES = [
  "json-ld",
  "opengraph",
  "meta",
  "microdata",
  "time-element",
  "byline",
  "text",
  "url",
  "hint",
  "title-tag",
  "h1",
  "html-lang",
  /** page structure and class names (breadcrumb trails, paywall containers) */
  "markup",
] as const;
export type Provenance = (typeof PROVENANCES)[number];

export interface Sourced<T> {
  value: T;
  source: Provenance;
}

/** A date with the raw string it was read from. `value` is ISO 8601 and keeps the page's own UTC offset when known. */
export interface SourcedDate extends Sourced<string> {
  raw: string;
}

export interface Author {
  name: string;
  kind: "person" | "organization";
}

export interface ImageRef {
  url: string;
  alt?: string;
  caption?: string;
  credit?: string;
}

export const BLOCK_KINDS = ["heading", "paragraph", "list-item", "quote", "table-cell", "caption", "code"] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

export interface Block {
  kind: BlockKind;
  text: string;
  /** heading level 1-6 for headings */
  level?: number;
}

/** Hints from outside the page (a feed entry, the fetcher), used when the page itself is silent. */
export interface ExtractHints {
  title?: string;
  publishedAt?: string;
  categories?: string[];
}

export interface ExtractOptions {
  /** The page's URL (final URL after redirects); used for URL dates, section and resolving links. */
  url?: string;
  hints?: ExtractHints;
  /** When the extraction runs; dates after it are rejected. Defaults to now. */
  now?: Date;
}

export interface ArticleMetadata {
  title?: Sourced<string>;
  description?: Sourced<string>;
  siteName?: Sourced<string>;
  canonicalUrl?: Sourced<string>;
  language?: Sourced<string>;
  authors: Author[];
  authorsSource?: Provenance;
  publishedAt?: SourcedDate;
  modifiedAt?: SourcedDate;
  section?: Sourced<string>;
  breadcrumbs: string[];
  tags: string[];
  image?: ImageRef;
  isAccessibleForFree?: Sourced<boolean>;
}

/** The main-text half of an extracted article. */
export interface MainText {
  /** Main text: one paragraph per block, separated by blank lines. */
  text: string;
  blocks: Block[];
  markdown: string;
  /** Sanitised minimal HTML of the body. */
  html: string;
  images: ImageRef[];
  videos: string[];
  isArticle: boolean;
  /** 0..1, how article-like the page looks. */
  articleScore: number;
}

export interface ExtractedArticle extends ArticleMetadata, MainText {}

export interface DecodedPage {
  html: string;
  /** WHATWG encoding name used, e.g. "utf-8", "windows-1252". */
  encoding: string;
  encodingSource: "bom" | "header" | "meta" | "sniffed" | "default";
}
