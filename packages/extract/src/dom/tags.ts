/** Tags whose content is never reader text. */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  "script", "style", "template", "svg", "math", "canvas", "head", "title", "meta", "link",
  "select", "option", "button", "input", "textarea", "map", "object", "embed", "audio", "source", "track",
  "dialog", "iframe", "video", "picture", "img", "base", "frame", "frameset", "label",
]);

/** Tags that start and end a block of text (everything else is inline). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  "p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "h1", "h2", "h3", "h4", "h5", "h6",
  "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
  "caption", "figure", "figcaption", "form", "fieldset", "address", "hr", "center", "details", "summary", "menu",
  "legend", "hgroup", "body", "html", "iframe", "video", "audio", "object", "embed", "dialog", "noscript",
]);

/** Tags that may be chosen as the main-content root. */
export const CONTAINER_TAGS: ReadonlySet<string> = new Set([
  "div", "section", "article", "main", "td", "body", "form", "center", "blockquote", "dd", "li", "span", "font",
]);

/** Heading tag to level. */
export const HEADING_LEVEL: Readonly<Record<string, number>> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
