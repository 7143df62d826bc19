/**
 * The Markdown of an article repeats its text: most blocks render as the same paragraph. The store keeps the
 * Markdown as a delta against the text instead (docs/redis-schema.md): a JSON array whose items, joined with a
 * blank line, give the Markdown back — `[a, b]` stands for the text's paragraphs a..b (split on blank lines,
 * counted from 0), a string for itself.
 */
type Item = string | [number, number];

const SEP = "\n\n";

/** The delta of `markdown` against `text`, or undefined when it would not save at least half. */
export function markdownDelta(text: string, markdown: string): string | undefined {
  const paras = text.split(SEP);
  // where each paragraph first occurs: built only for a block that is not the one expected next but is in the text
  let at: Map<string, number> | undefined;
  const items: Item[] = [];
  let expected = 0;
  for (const chunk of markdown.split(SEP)) {
    // the paragraph right after the previous one, so runs stay runs when a paragraph repeats; else where it first occurs
    let i: number | undefined = paras[expected] === chunk ? expected : undefined;
    if (i === undefined && text.includes(chunk)) {
      if (!at) {
        at = new Map();
        for (let k = paras.length - 1; k >= 0; k--) at.set(paras[k] as string, k);
      }
      i = at.get(chunk);
    }
    const last = items.at(-1);
    if (i === undefined) items.push(chunk);
    else if (Array.isArray(last) && last[1] + 1 === i) last[1] = i;
    else items.push([i, i]);
    // a block of its own (a quote, a heading) most often stands for the paragraph expected: the next is expected after it
    expected = i === undefined ? expected + 1 : i + 1;
  }
  const delta = JSON.stringify(items);
  return delta.length * 2 <= markdown.length ? delta : undefined;
}

/** The Markdown a delta stands for (a malformed delta gives back what it can read). */
export function expandMarkdown(text: string, delta: string): string {
  const paras = text.split(SEP);
  const out: string[] = [];
  const items = JSON.parse(delta) as unknown;
  if (!Array.isArray(items)) return "";
  for (const item of items as unknown[]) {
    if (typeof item === "string") out.push(item);
    else if (Array.isArray(item) && typeof item[0] === "number" && typeof item[1] === "number") {
      for (let i = item[0]; i <= item[1]; i++) out.push(paras[i] ?? "");
    }
  }
  return out.join(SEP);
}
