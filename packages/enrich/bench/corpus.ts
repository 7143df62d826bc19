// Bench corpus: the repository's sample pages and own texts, and, when given, real pages from a tar.gz
// (the extraction-eval set) unpacked into a temporary folder at bench time only — never into the repo.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decodeHtml, extractArticle } from "@inkstream/extract";
import type { EnrichInput } from "../src/index.ts";
import { OWN_TEXTS } from "./own-texts.ts";

export interface BenchArticle {
  source: string;
  input: EnrichInput;
}

function fromHtml(source: string, bytes: Uint8Array): BenchArticle | undefined {
  const a = extractArticle(decodeHtml(bytes).html, {});
  if (a.text.length < 200) return undefined;
  const input: EnrichInput = {
    text: a.text,
    ...(a.title ? { title: a.title.value } : {}),
    ...(a.language ? { declaredLanguage: a.language.value } : {}),
    ...(a.section ? { section: a.section.value } : {}),
    breadcrumbs: a.breadcrumbs,
    categories: a.tags,
  };
  return { source, input };
}

/** samples/*.html through the extractor, the seed article when present, and the package's own texts. */
export function localArticles(repoRoot: string): BenchArticle[] {
  const out: BenchArticle[] = [];
  const samples = join(repoRoot, "samples");
  for (const f of readdirSync(samples).filter((x) => x.endsWith(".html")).sort()) {
    const a = fromHtml(`samples/${f}`, readFileSync(join(samples, f)));
    if (a) out.push(a);
  }
  const seeds = "/work/shared/seeds";
  if (existsSync(seeds)) {
    for (const f of readdirSync(seeds).filter((x) => x.endsWith(".txt")).sort()) out.push({ source: `seed ${f}`, input: { text: readFileSync(join(seeds, f), "utf8") } });
  }
  for (const [name, text] of Object.entries(OWN_TEXTS)) out.push({ source: `own ${name}`, input: { text } });
  return out;
}

/** Up to `limit` extracted articles from a tar.gz of HTML pages; the unpacked copy is removed afterwards. */
export function archiveArticles(archive: string, limit: number): BenchArticle[] {
  if (!existsSync(archive)) return [];
  const dir = mkdtempSync(join(tmpdir(), "enrich-bench-"));
  try {
    execFileSync("tar", ["xzf", archive, "-C", dir]);
    const html = existsSync(join(dir, "html")) ? join(dir, "html") : dir;
    const out: BenchArticle[] = [];
    for (const f of readdirSync(html).filter((x) => x.endsWith(".html")).sort()) {
      if (out.length >= limit) break;
      const a = fromHtml(f, readFileSync(join(html, f)));
      if (a) out.push(a);
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
