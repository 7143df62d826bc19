import type { Block } from "../types.ts";

/** Markdown of the blocks: ATX headings, dash lists, quotes and fenced code. */
export function toMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  let prev: Block | undefined;
  for (const b of blocks) {
    const md = blockMarkdown(b);
    // list items stay together as one list
    if (prev?.kind === "list-item" && b.kind === "list-item") out[out.length - 1] += `\n${md}`;
    else out.push(md);
    prev = b;
  }
  return out.join("\n\n");
}

function blockMarkdown(b: Block): string {
  switch (b.kind) {
    case "heading":
      return `${"#".repeat(Math.min(Math.max(b.level ?? 2, 1), 6))} ${b.text.replace(/\n/g, " ")}`;
    case "list-item":
      return `- ${b.text.replace(/\n/g, "\n  ")}`;
    case "quote":
      return b.text.split("\n").map((l) => `> ${l}`).join("\n");
    case "code":
      return `\`\`\`\n${b.text}\n\`\`\``;
    case "caption":
      return `_${b.text.replace(/\n/g, " ")}_`;
    case "paragraph":
    case "table-cell":
      return b.text.replace(/\n/g, "  \n");
  }
}

const ESC: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const escapeHtml = (s: string): string => s.replace(/[&<>"]/g, (c) => ESC[c] ?? c);
const inline = (s: string): string => escapeHtml(s).replace(/\n/g, "<br>");

/** Minimal, safe HTML of the blocks: text is escaped, no attributes survive. */
export function toHtml(blocks: readonly Block[]): string {
  const out: string[] = [];
  let inList = false;
  for (const b of blocks) {
    if (inList && b.kind !== "list-item") {
      out.push("</ul>");
      inList = false;
    }
    switch (b.kind) {
      case "heading": {
        const n = Math.min(Math.max(b.level ?? 2, 1), 6);
        out.push(`<h${n}>${inline(b.text)}</h${n}>`);
        break;
      }
      case "list-item":
        if (!inList) out.push("<ul>");
        inList = true;
        out.push(`<li>${inline(b.text)}</li>`);
        break;
      case "quote":
        out.push(`<blockquote><p>${inline(b.text)}</p></blockquote>`);
        break;
      case "code":
        out.push(`<pre><code>${escapeHtml(b.text)}</code></pre>`);
        break;
      case "caption":
        out.push(`<p><em>${inline(b.text)}</em></p>`);
        break;
      case "paragraph":
      case "table-cell":
        out.push(`<p>${inline(b.text)}</p>`);
        break;
    }
  }
  if (inList) out.push("</ul>");
  return out.join("\n");
}
