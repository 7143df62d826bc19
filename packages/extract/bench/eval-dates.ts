// Publication-date benchmark over the date-eval folder: accuracy, precision, recall and F as
// score.py counts them, plus pages per second (decode + parse + metadata).
// usage: tsx packages/extract/bench/eval-dates.ts DIR [--misses] [--out preds.jsonl]
import { readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { parseDocument } from "htmlparser2";
import { extractMetadata } from "../src/metadata/index.ts";

const dir = process.argv[2];
if (dir === undefined) {
  console.error("usage: eval-dates.ts DIR [--misses] [--out FILE]");
  process.exit(2);
}
const showMisses = process.argv.includes("--misses");
const outIdx = process.argv.indexOf("--out");
const outFile = outIdx > 0 ? process.argv[outIdx + 1] : undefined;

const truth = new Map<string, string | null>();
for (const line of readFileSync(join(dir, "truth.jsonl"), "utf8").split("\n")) {
  if (!line.trim()) continue;
  // the published truth file writes a missing label as NaN, which JSON.parse rejects
  const row = JSON.parse(line.replace(/:\s*NaN\b/g, ": null")) as { file: string; date: string | null };
  truth.set(row.file, row.date);
}

type Decode = (bytes: Uint8Array, contentType?: string) => { html: string };
const charsetPath = new URL("../src/charset.ts", import.meta.url);
const decode: Decode = existsSync(charsetPath)
  ? ((await import(charsetPath.href)) as { decodeHtml: Decode }).decodeHtml
  : fallbackDecode;

/** Until src/charset.ts exists: BOM, then <meta charset>, else UTF-8. */
function fallbackDecode(bytes: Uint8Array): { html: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { html: new TextDecoder("utf-8").decode(bytes) };
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  let label = m?.[1]?.toLowerCase() ?? "utf-8";
  try {
    return { html: new TextDecoder(label).decode(bytes) };
  } catch {
    label = "utf-8";
    return { html: new TextDecoder(label).decode(bytes) };
  }
}

const files = readdirSync(join(dir, "html")).filter((f) => truth.has(f)).sort();
const pages = files.map((f) => ({ file: f, bytes: readFileSync(join(dir, "html", f)) }));
let correct = 0;
let wrong = 0;
let missing = 0;
let metaMs = 0;
const preds: string[] = [];
const t0 = performance.now();
for (const { file, bytes } of pages) {
  const { html } = decode(bytes);
  const doc = parseDocument(html);
  const t1 = performance.now();
  const meta = extractMetadata(doc, {});
  metaMs += performance.now() - t1;
  const got = meta.publishedAt?.value.slice(0, 10);
  const want = truth.get(file) ?? null;
  preds.push(JSON.stringify({ input: file, publishedAt: meta.publishedAt?.value ?? null }));
  if (got === undefined) missing++;
  else if (got === want) correct++;
  else wrong++;
  if (showMisses && got !== want) {
    console.log(`${file}\twant ${want}\tgot ${got ?? "-"}\t${meta.publishedAt?.source ?? ""}\t${JSON.stringify(meta.publishedAt?.raw ?? "").slice(0, 80)}`);
  }
}
const secs = (performance.now() - t0) / 1000;
const n = pages.length;
const p = correct + wrong ? correct / (correct + wrong) : 0;
const r = correct + missing ? correct / (correct + missing) : 0;
const f = p + r ? (2 * p * r) / (p + r) : 0;
if (outFile !== undefined) writeFileSync(outFile, preds.join("\n") + "\n");
console.log(`pages ${n}: correct ${correct}, wrong ${wrong}, missing ${missing}`);
console.log(`precision ${p.toFixed(3)}  recall ${r.toFixed(3)}  accuracy ${(correct / n).toFixed(3)}  F ${f.toFixed(3)}`);
console.log(
  `${(n / secs).toFixed(1)} pages/s (decode+parse+metadata ${secs.toFixed(2)} s; metadata alone ${(metaMs / n).toFixed(2)} ms/page)`,
);
