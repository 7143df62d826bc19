import { readFileSync } from "node:fs";
import { decodeHtml, extractArticle } from "@inkstream/extract";
import { ANNOTATOR_NAMES, enrich, type EnrichInput } from "@inkstream/enrich";
import { UsageError } from "../command.ts";
import { looksLikeUrl } from "../inputs.ts";
import { printJson } from "../output.ts";

async function readAll(input: string): Promise<Uint8Array> {
  if (input === "-") return readFileSync(0);
  if (looksLikeUrl(input)) {
    const res = await fetch(input, { signal: AbortSignal.timeout(30_000) });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  }
  return readFileSync(input);
}

const looksLikeHtml = (s: string) => /^\s*(<!doctype html|<html|<head|<body|<\?xml)/i.test(s.slice(0, 2000));

/** Annotates plain text (stdin `-`) or an HTML page (extracted first), printing the annotations as JSON. */
export async function enrichCommand(input: string, opts: { mentions: boolean; annotators?: string[] }): Promise<number> {
  // a wrong name is a wrong argument (exit 2), found before anything is read
  const unknown = opts.annotators?.find((a) => !(ANNOTATOR_NAMES as readonly string[]).includes(a));
  if (unknown !== undefined) throw new UsageError(`--annotators: unknown annotator "${unknown}"; known: ${ANNOTATOR_NAMES.join(", ")}`);
  const bytes = await readAll(input);
  const asText = new TextDecoder().decode(bytes);
  let enrichInput: EnrichInput;
  if (looksLikeHtml(asText)) {
    const decoded = decodeHtml(bytes);
    const a = extractArticle(decoded.html, looksLikeUrl(input) ? { url: input } : {});
    enrichInput = {
      text: a.text,
      ...(a.title ? { title: a.title.value } : {}),
      ...(a.language ? { declaredLanguage: a.language.value } : {}),
      ...(a.section ? { section: a.section.value } : {}),
      breadcrumbs: a.breadcrumbs,
      categories: a.tags,
      ...(looksLikeUrl(input) ? { url: input } : {}),
    };
  } else {
    enrichInput = { text: asText };
  }
  const result = enrich(enrichInput, { mentions: opts.mentions, ...(opts.annotators ? { annotators: opts.annotators } : {}) });
  printJson(result);
  return 0;
}
