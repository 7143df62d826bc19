// Locates the evaluation folders (unpacking the shared archives when missing) and loads their pages and labels.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export interface TextCase {
  file: string;
  url: string;
  with: string[];
  without: string[];
}

export interface Page {
  file: string;
  url: string;
  bytes: Buffer;
}

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

/** The shared data folder: INKSTREAM_SHARED, else ../shared beside the repository. */
export function sharedDir(): string {
  return process.env["INKSTREAM_SHARED"] ?? join(repoRoot, "..", "shared");
}

/** Makes sure `dir` holds the unpacked archive (html/ plus its label file); unpacks it there when it does not. */
export function ensureUnpacked(dir: string, archive: string, marker: string): void {
  if (existsSync(join(dir, marker)) && existsSync(join(dir, "html"))) return;
  if (!existsSync(archive)) throw new Error(`${dir} has no ${marker} and ${archive} is missing`);
  mkdirSync(dir, { recursive: true });
  execFileSync("tar", ["-xzf", archive, "-C", dir]);
}

const lines = (path: string): string[] => readFileSync(path, "utf8").split("\n").filter((l) => l.trim().length > 0);

/** The extraction set: cases in file order with their raw page bytes. */
export function loadTextSet(dir: string, limit: number): { cases: TextCase[]; pages: Page[] } {
  const cases = lines(join(dir, "cases.jsonl")).map((l) => JSON.parse(l) as TextCase).slice(0, limit);
  const pages = cases.map((c) => ({ file: c.file, url: c.url, bytes: readFileSync(join(dir, "html", c.file)) }));
  return { cases, pages };
}

/** The date set: labelled day per file (null where the label is missing) and the raw pages. */
export function loadDateSet(dir: string, limit: number): { truth: Map<string, string | null>; pages: Page[] } {
  const truth = new Map<string, string | null>();
  const pages: Page[] = [];
  for (const line of lines(join(dir, "truth.jsonl")).slice(0, limit)) {
    // the published truth file writes a missing label as NaN, which JSON.parse rejects
    const row = JSON.parse(line.replace(/:\s*NaN\b/g, ": null")) as { file: string; url: string; date: string | null };
    truth.set(row.file, row.date);
    pages.push({ file: row.file, url: row.url, bytes: readFileSync(join(dir, "html", row.file)) });
  }
  return { truth, pages };
}
