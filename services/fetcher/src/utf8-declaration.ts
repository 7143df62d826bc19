// The fetcher stores every page as UTF-8, whatever charset it arrived in. A page that still declared its
// original charset (`<meta charset="windows-1251">`) would then lie to anyone who reads the stored bytes
// without the event beside them: a browser, a downstream crawler, `nats object get`. So the declarations in
// the head are rewritten to say utf-8; nothing else in the page changes.

const HEAD_END = /<\/head\s*>|<body[\s>]/i;
const META = /<meta\b[^>]*>/gi;
const CHARSET_VALUE = /(charset\s*=\s*["']?)([^"'\s;>/]+)/i;
const IS_CONTENT_TYPE = /http-equiv\s*=\s*["']?content-type/i;
const XML_DECLARATION = /^(\ufeff?\s*<\?xml\b[^>]*?\bencoding\s*=\s*["'])([^"']+)(["'])/i;
/** a head longer than this is not searched further (real heads are far shorter; the prescan of browsers reads 1,024 bytes) */
const MAX_HEAD = 256 * 1024;

const OPEN_HEAD = /<head\b[^>]*>/i;
const OPEN_HTML = /<html\b[^>]*>/i;

/**
 * `html` (already decoded) with every charset declaration in its head — `<meta charset>`, `<meta
 * http-equiv="Content-Type">`, an XML declaration — saying utf-8. A page that declares nothing gets
 * `<meta charset="utf-8">` as the first element of its head (browsers would otherwise guess a legacy charset).
 */
export function declareUtf8(html: string): string {
  const end = HEAD_END.exec(html.slice(0, MAX_HEAD))?.index ?? Math.min(html.length, MAX_HEAD);
  let declared = false;
  const head = html
    .slice(0, end)
    .replace(XML_DECLARATION, (_m, before: string, _value: string, quote: string) => `${before}utf-8${quote}`)
    .replace(META, (tag) => {
      if (!/\bcharset\s*=/i.test(tag)) return tag;
      // a charset attribute, or the charset parameter of a Content-Type given by http-equiv
      const attributes = tag.replace(/"[^"]*"|'[^']*'/g, '""');
      if (!/\scharset\s*=/i.test(attributes) && !IS_CONTENT_TYPE.test(tag)) return tag;
      declared = true;
      return tag.replace(CHARSET_VALUE, (_m, before: string) => `${before}utf-8`);
    });
  if (declared) return head + html.slice(end);
  const at = OPEN_HEAD.exec(head) ?? OPEN_HTML.exec(head);
  const cut = at ? at.index + at[0].length : leadingDoctype(head);
  return `${head.slice(0, cut)}<meta charset="utf-8">${head.slice(cut)}${html.slice(end)}`;
}

/** where content may start: after a leading doctype (and the blanks around it), else 0 */
function leadingDoctype(head: string): number {
  const m = /^\s*<!doctype[^>]*>\s*/i.exec(head);
  return m ? m[0].length : 0;
}
