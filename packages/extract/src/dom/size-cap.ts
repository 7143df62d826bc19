/** Most HTML characters parsed; the largest real article pages we see are under 2 MB. */
export const MAX_HTML_CHARS = 3_000_000;

/** Deepest tag nesting handed to the parser (its open-element stack costs time linear in depth per tag). */
export const MAX_OPEN_TAGS = 512;

const SCRIPT_OR_STYLE = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const DATA_URI = /data:[\w.+-]+\/[\w.+-]+;base64,[A-Za-z0-9+/=]{200,}/g;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]*?(\/?)>/g;

const RAW_TEXT: ReadonlySet<string> = new Set(["script", "style", "textarea", "title"]);
const RAW_END: Readonly<Record<string, RegExp>> = {
  script: /<\/script[^>]*>/gi, style: /<\/style[^>]*>/gi, textarea: /<\/textarea[^>]*>/gi, title: /<\/title[^>]*>/gi,
};

// void tags never nest; these are closed implicitly by their next sibling, so they never pile up either
const FLAT: ReadonlySet<string> = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
  "p", "li", "dt", "dd", "td", "th", "tr", "option", "optgroup", "thead", "tbody", "tfoot", "rt", "rp",
]);

/**
 * Bounds the parser's work on multi-megabyte pages: drops scripts, styles and inline base64 payloads first
 * (they carry no reader text), then cuts at a tag start if the page is still too long.
 */
export function capSize(html: string): string {
  if (html.length <= MAX_HTML_CHARS) return html;
  const lean = html.replace(SCRIPT_OR_STYLE, "").replace(DATA_URI, "data:,");
  if (lean.length <= MAX_HTML_CHARS) return lean;
  const cut = lean.lastIndexOf("<", MAX_HTML_CHARS);
  return lean.slice(0, cut > 0 ? cut : MAX_HTML_CHARS);
}

/** Removes start and end tags nested deeper than MAX_OPEN_TAGS, keeping all text. Returns the page unchanged when none are. */
export function capNesting(html: string): string {
  if (!nests(html, undefined)) return html;
  const dropped: Array<[number, number]> = [];
  nests(html, dropped);
  let out = "";
  let pos = 0;
  for (const [s, e] of dropped) {
    out += html.slice(pos, s);
    pos = e;
  }
  return out + html.slice(pos);
}

/**
 * Replays the tags as the parser nests them (an end tag closes everything opened after its start tag; a stray
 * end tag is ignored). Without `dropped`, answers whether the nesting ever passes the cap; with it, records the
 * tags to remove: start tags past the cap and the end tags that would close nothing once they are gone.
 */
function nests(html: string, dropped: Array<[number, number]> | undefined): boolean {
  const stack: string[] = [];
  const open = new Map<string, number>();
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m !== null; m = TAG.exec(html)) {
    const name = (m[2] ?? "").toLowerCase();
    if (m[1] !== "/" && RAW_TEXT.has(name)) {
      const close = RAW_END[name] ?? /$/g;
      close.lastIndex = TAG.lastIndex;
      const end = close.exec(html);
      TAG.lastIndex = end === null ? html.length : end.index + end[0].length;
      continue;
    }
    if (m[3] === "/" || FLAT.has(name)) continue;
    if (m[1] === "/") {
      if ((open.get(name) ?? 0) === 0) {
        dropped?.push([m.index, TAG.lastIndex]);
        continue;
      }
      for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
        open.set(top, (open.get(top) ?? 1) - 1);
        if (top === name) break;
      }
    } else if (stack.length >= MAX_OPEN_TAGS) {
      if (dropped === undefined) return true;
      dropped.push([m.index, TAG.lastIndex]);
    } else {
      stack.push(name);
      open.set(name, (open.get(name) ?? 0) + 1);
    }
  }
  return false;
}
