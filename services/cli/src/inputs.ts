import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

/** True for strings with a URL scheme (http:, https:, file:, …), as opposed to file paths. */
export function looksLikeUrl(s: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(s);
}

/** Expands directories to the HTML files in them (sorted), leaving URLs and files as they are. */
export function expandInputs(inputs: readonly string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    if (looksLikeUrl(input) || input === "-") {
      out.push(input);
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(input).isDirectory();
    } catch {
      // a missing file is reported by the command that reads it
    }
    if (!isDir) {
      out.push(input);
      continue;
    }
    for (const name of readdirSync(input).sort()) {
      if (/\.x?html?$/i.test(name)) out.push(join(input, name));
    }
  }
  return out;
}

/** A path or URL as the URL the fetcher takes. */
export function toIngestUrl(input: string): string {
  return looksLikeUrl(input) ? input : pathToFileURL(resolve(input)).href;
}
