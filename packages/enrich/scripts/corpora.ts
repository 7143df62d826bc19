// Readers for the NER training corpora in /work/shared/data/ner (build time only).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

export interface TaggedSentence {
  words: string[];
  /** BIO tags restricted to PER/ORG/LOC; anything else is "O" */
  tags: string[];
}

export const DATA_DIR = "/work/shared/data/ner";

/**
 * GermEval's classes besides PER/ORG/LOC as extra tags, by grouping: 1 = one class for all of them,
 * 3 = OTH, -deriv ("deutsch") and -part ("Troia-Ausstellung") apart.
 */
export const GERMEVAL_EXTRA: Readonly<Record<number, readonly string[]>> = {
  1: ["B-MSC", "I-MSC"],
  3: ["B-OTH", "I-OTH", "B-DRV", "I-DRV", "B-PRT", "I-PRT"],
};

function extraClass(type: string, grouping: number): string | undefined {
  if (grouping === 1) return "MSC";
  if (grouping !== 3) return undefined;
  return type.endsWith("deriv") ? "DRV" : type.endsWith("part") ? "PRT" : "OTH";
}

// Keeps PER/ORG/LOC, drops OTH and -deriv/-part (or keeps them as extra classes), and repairs I- tags that lost their B-.
function cleanTags(raw: readonly string[], grouping = 0): string[] {
  const out: string[] = [];
  for (const raw1 of raw) {
    let t = raw1;
    let m = /^([BI])-(PER|ORG|LOC)$/.exec(t);
    const other = m ? undefined : /^([BI])-(\w+)$/.exec(t);
    const extra = other ? extraClass(other[2] ?? "", grouping) : undefined;
    if (other && extra) {
      t = `${other[1] ?? "B"}-${extra}`;
      m = /^([BI])-(\w+)$/.exec(t);
    }
    if (!m) {
      out.push("O");
      continue;
    }
    const prev = out[out.length - 1] ?? "O";
    out.push(m[1] === "I" && prev.slice(2) !== m[2] ? `B-${m[2]}` : t);
  }
  return out;
}

function columns(text: string, wordCol: number, tagCol: number, grouping = 0): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (words.length) out.push({ words, tags: cleanTags(tags, grouping) });
    words = [];
    tags = [];
  };
  for (const line of text.split("\n")) {
    if (!line.trim()) {
      flush();
      continue;
    }
    if (line.startsWith("#\t")) continue;
    const c = line.split("\t");
    words.push(c[wordCol] ?? "");
    tags.push(c[tagCol] ?? "O");
  }
  flush();
  return out;
}

/** GermEval 2014 train (third-party layout: token, outer, inner); `grouping` keeps the other classes (GERMEVAL_EXTRA). */
export function germevalTrain(grouping = 0): TaggedSentence[] {
  return columns(gunzipSync(readFileSync(join(DATA_DIR, "germeval2014/germ.train.iob2.gz"))).toString("utf8"), 0, 1, grouping);
}

/** GermEval 2014 dev (official layout: index, token, outer, inner). */
export function germevalDev(): TaggedSentence[] {
  return columns(gunzipSync(readFileSync(join(DATA_DIR, "germeval2014/NER-de-dev.tsv.gz"))).toString("utf8"), 1, 2);
}

/** Broad Twitter Corpus train split (token, tag). */
export function btcTrain(): TaggedSentence[] {
  return columns(gunzipSync(readFileSync(join(DATA_DIR, "btc/btc.train.gz"))).toString("utf8"), 0, 1);
}

const RU_TYPES: Readonly<Record<string, string>> = { Person: "PER", Org: "ORG", Location: "LOC", LocOrg: "LOC" };

/** factRuEval-2016 devset (its only published material), stand-off objects projected onto tokens. */
export function factRuEval(): TaggedSentence[] {
  const dir = mkdtempSync(join(tmpdir(), "factrueval-"));
  execFileSync("tar", ["-xzf", join(DATA_DIR, "factrueval2016/factRuEval-2016-devset.tar.gz"), "-C", dir]);
  const root = join(dir, "devset");
  const books = readdirSync(root).filter((f) => f.endsWith(".tokens")).map((f) => f.slice(0, -7));
  const out: TaggedSentence[] = [];
  for (const book of books.sort()) {
    const spanTokens = new Map<string, number[]>();
    for (const line of readFileSync(join(root, `${book}.spans`), "utf8").split("\n")) {
      const [head] = line.split(" # ");
      const c = (head ?? "").trim().split(/\s+/);
      if (c.length < 6) continue;
      const first = Number(c[4]);
      const n = Number(c[5]);
      spanTokens.set(c[0] ?? "", Array.from({ length: n }, (_, k) => first + k));
    }
    const objects: { type: string; lo: number; hi: number }[] = [];
    for (const line of readFileSync(join(root, `${book}.objects`), "utf8").split("\n")) {
      const [head] = line.split(" # ");
      const c = (head ?? "").trim().split(/\s+/);
      const type = RU_TYPES[c[1] ?? ""];
      const ids = c.slice(2).flatMap((s) => spanTokens.get(s) ?? []);
      if (type && ids.length) objects.push({ type, lo: Math.min(...ids), hi: Math.max(...ids) });
    }
    // outer mentions first ("мэрии Москвы" over "Москвы"), as GermEval scores outer spans
    objects.sort((a, b) => b.hi - b.lo - (a.hi - a.lo));
    const tokenType = new Map<number, { type: string; begin: boolean }>();
    for (const { type, lo, hi } of objects) {
      if ([...Array(hi - lo + 1).keys()].some((k) => tokenType.has(lo + k))) continue;
      for (let t = lo; t <= hi; t++) tokenType.set(t, { type, begin: t === lo });
    }
    let words: string[] = [];
    let tags: string[] = [];
    for (const line of readFileSync(join(root, `${book}.tokens`), "utf8").split("\n")) {
      const c = line.trim().split(/\s+/);
      if (c.length < 4) {
        if (words.length) out.push({ words, tags: cleanTags(tags) });
        words = [];
        tags = [];
        continue;
      }
      const hit = tokenType.get(Number(c[0]));
      words.push(c[3] ?? "");
      tags.push(hit ? `${hit.begin ? "B" : "I"}-${hit.type}` : "O");
    }
    if (words.length) out.push({ words, tags: cleanTags(tags) });
  }
  return out;
}
