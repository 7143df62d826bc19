import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../src/index.ts";

interface Case {
  file: string;
  url: string;
  isArticle: boolean;
  with: string[];
  without: string[];
}

const dir = join(import.meta.dirname, "regression");
const cases = JSON.parse(readFileSync(join(dir, "cases.json"), "utf8")) as Case[];
const norm = (s: string): string => s.replace(/\s+/g, " ").trim();

describe("main-text regression corpus", () => {
  for (const c of cases) {
    it(c.file, () => {
      const art = extractArticle(readFileSync(join(dir, c.file), "utf8"), { url: c.url });
      const text = norm(art.text);
      for (const s of c.with) expect(text, `with: ${s}`).toContain(norm(s));
      for (const s of c.without) expect(text, `without: ${s}`).not.toContain(norm(s));
      expect(art.isArticle).toBe(c.isArticle);
    });
  }
});
