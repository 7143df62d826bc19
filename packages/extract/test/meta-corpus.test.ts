import { describe, expect, it } from "vitest";
import { FIELDS, loadCases, scoreCorpus, CORPUS_DIR } from "../bench/eval-metadata.ts";

// Per-field accuracy over the hand-written corpus (test/fixtures/meta-corpus, expected values in cases.json).
const TARGET = 0.95;

describe("metadata corpus", () => {
  const score = scoreCorpus();

  it("has at least 40 pages in de, en, fr, es and ru", () => {
    const files = [...loadCases(CORPUS_DIR).keys()];
    expect(files.length).toBeGreaterThanOrEqual(40);
    for (const lang of ["de", "en", "fr", "es", "ru"]) expect(files.filter((f) => f.startsWith(`${lang}-`)).length).toBeGreaterThanOrEqual(8);
  });

  it.each(FIELDS)("reaches %s accuracy of at least 0.95", (field) => {
    const misses = score.mismatches.filter((m) => m.field === field).map((m) => `${m.file}: want ${m.want}, got ${m.got}`);
    expect(score.correct[field] / score.pages, `${field} misses:\n${misses.join("\n")}`).toBeGreaterThanOrEqual(TARGET);
  });
});
