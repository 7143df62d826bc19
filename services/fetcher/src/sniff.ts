const HTML_TYPES = /^(text\/html|application\/xhtml\+xml|application\/xml|text\/xml|text\/plain)\b/i;

// Leading bytes of formats that are never HTML, whatever the Content-Type says.
const MAGIC: [string, number[]][] = [
  ["pdf", [0x25, 0x50, 0x44, 0x46]],
  ["png", [0x89, 0x50, 0x4e, 0x47]],
  ["gif", [0x47, 0x49, 0x46, 0x38]],
  ["jpeg", [0xff, 0xd8, 0xff]],
  ["zip", [0x50, 0x4b, 0x03, 0x04]],
  ["gzip", [0x1f, 0x8b]],
  ["webp/riff", [0x52, 0x49, 0x46, 0x46]],
  ["ogg", [0x4f, 0x67, 0x67, 0x53]],
];

/** Why these bytes are not an HTML page, or undefined when they may be one. */
export function notHtmlReason(contentType: string | undefined, head: Uint8Array): string | undefined {
  const type = (contentType ?? "").split(";")[0]?.trim() ?? "";
  if (type && !HTML_TYPES.test(type)) return `content type ${type}`;
  for (const [name, magic] of MAGIC) {
    if (magic.every((b, i) => head[i] === b)) return `binary content (${name})`;
  }
  const n = Math.min(head.length, 1024);
  // UTF-16 pages carry a BOM; other NUL bytes mean binary
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!utf16) {
    for (let i = 0; i < n; i++) if (head[i] === 0) return "binary content (NUL bytes)";
  }
  return undefined;
}
