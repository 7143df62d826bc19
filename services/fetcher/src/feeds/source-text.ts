import { gunzipSync } from "node:zlib";
import { StageError } from "@inkstream/contracts";

/** Gzip'd sitemaps (`sitemap.xml.gz` served as application/gzip) are unpacked here, within the decoded limit. */
export function gunzipIfNeeded(bytes: Uint8Array, maxDecodedBytes: number): Uint8Array {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: maxDecodedBytes });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || err instanceof RangeError) {
      throw new StageError("too_large", `gzip'd document unpacks to more than ${maxDecodedBytes} bytes`, { cause: err });
    }
    throw new StageError("no_content", `not a readable gzip file: ${String(err)}`, { cause: err });
  }
}

function decoderFor(label: string | undefined): { decode(b: Uint8Array): string } | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    return undefined;
  }
}

/**
 * XML (or JSON Feed) bytes as text: BOM first, then the XML declaration's encoding, then the Content-Type
 * charset, then UTF-8. WHATWG labels, so `iso-8859-1` decodes as windows-1252.
 */
export function decodeSourceText(bytes: Uint8Array, contentType = ""): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const head = Buffer.from(bytes.subarray(0, 256)).toString("latin1");
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1];
  const header = /charset\s*=\s*"?([A-Za-z0-9._:-]+)/i.exec(contentType)?.[1];
  const decoder = decoderFor(declared) ?? decoderFor(header) ?? new TextDecoder("utf-8");
  return decoder.decode(bytes);
}
