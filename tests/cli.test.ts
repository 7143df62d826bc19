import { describe, expect, it } from "vitest";
import { searchArgsSchema } from "../services/cli/src/search-args.ts";
import { searchQuerySchema } from "../services/gateway/src/schemas.ts";
import { cliTestTimeout, runCli as cli } from "./cli-harness.ts";

describe("inkstream extract (offline)", () => {
  it("prints one JSON line per input with title and paragraph-separated text, decoding declared charsets", async () => {
    const r = await cli(["extract", "samples/de-baerbock-waffenruhe.html", "samples/ru-zenit-spartak.html"]);
    expect(r.code).toBe(0);
    expect(r.lines).toHaveLength(2);
    const [de, ru] = r.lines;
    expect(de?.["input"]).toBe("samples/de-baerbock-waffenruhe.html");
    expect(de?.["title"]).toBe("Baerbock: Keine Einigung über Waffenruhe ohne die Ukraine");
    const text = String(de?.["text"]);
    expect(text).toMatch(/ohne die Ukraine“, sagte die Grünen-Politikerin am Donnerstag vor Journalisten\.\n\nNato-Generalsekretär Jens Stoltenberg/);
    expect(text).not.toContain("Empfohlene Artikel");
    expect(String(de?.["publishedAt"]).slice(0, 10)).toBe("2024-03-14");
    expect(ru?.["encoding"]).toBe("windows-1251");
    expect(String(ru?.["text"])).toContain("Петербургский «Зенит»");
  });

  it("reports an unreadable input as an error line, still printing the others, and exits 1", async () => {
    const r = await cli(["extract", "samples/no-such-page.html", "samples/fr-marche-immobilier.html"]);
    expect(r.code).toBe(1);
    expect(r.lines[0]).toMatchObject({ input: "samples/no-such-page.html" });
    expect(String(r.lines[0]?.["error"])).toMatch(/ENOENT/);
    expect(r.lines[1]?.["title"]).toBe("Immobilier : les prix reculent à Lyon et Bordeaux, Paris résiste");
  });
});

describe("inkstream usage errors", () => {
  it("explains unknown commands and missing arguments with exit 2", { timeout: cliTestTimeout(2) }, async () => {
    const r = await cli(["frobnicate"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command frobnicate/);
    expect((await cli(["get"])).code).toBe(2);
  });

  it("stops on a bad environment value naming the variable", async () => {
    const r = await cli(["get", "0123456789abcdef0123"], { env: { INK_NAMESPACE: "Not Valid" } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/INK_NAMESPACE/);
  });

  it("prints a command's usage for <command> --help (and -h) with exit 0", { timeout: cliTestTimeout(2) }, async () => {
    const search = await cli(["search", "--help"]);
    expect({ code: search.code, stdout: search.stdout }).toEqual({ code: 0, stdout: "" });
    expect(search.stderr).toMatch(/^usage: inkstream search \[words\] \[--lang de\]/);
    expect(search.stderr).not.toMatch(/Unknown option|ingest <url/);
    const replay = await cli(["failures", "replay", "-h"]);
    expect(replay.code).toBe(0);
    expect(replay.stderr).toMatch(/^usage: inkstream failures list \[--after <seq>\] \[--limit n\] \| failures replay <id>/);
  });

  it("failures replay with an id that is not a number says what it takes, naming no option that does not exist", async () => {
    const r = await cli(["failures", "replay", "abc"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/failures replay takes one failure id/);
    expect(r.stderr).not.toMatch(/--id/);
  });
});

describe("inkstream search's bounds", () => {
  // both interfaces take the same strings; the CLI gives repeated --tag and a boolean for facets instead of csv
  const cases: Record<string, string[]> = {
    q: ["Waffenruhe", "w".repeat(500), "w".repeat(501)],
    lang: ["de", "rus", "German", "DE", "d", "de-AT"],
    source: ["spiegel.de", "s".repeat(253), "s".repeat(254)],
    section: ["Politik", "s".repeat(200), "s".repeat(201)],
    entity: ["org:nato", "e".repeat(200), "e".repeat(201)],
    topic: ["sport", "t".repeat(100), "t".repeat(101)],
    from: ["2024-03-14", "2024-03-14T09:00:00Z", "2024-03-14T09:00:00+01:00", "2024-03-14T09:00", "yesterday", "14.03.2024"],
    to: ["2024-03-14", "2024-03-14T09:00:00.123Z", "2024-02-30", "now"],
    sort: ["relevance", "published", "size"],
    limit: ["1", "100", "0", "101", "1.5", "ten", ""],
    cursor: ["abc", "c".repeat(500), "c".repeat(501)],
  };
  it("accepts and refuses exactly what the gateway's /v1/search accepts and refuses", () => {
    for (const [field, values] of Object.entries(cases)) {
      for (const value of values) {
        const verdicts = { field, value, cli: searchArgsSchema.safeParse({ [field]: value }).success, gateway: searchQuerySchema.safeParse({ [field]: value }).success };
        expect(verdicts).toEqual({ ...verdicts, cli: verdicts.gateway });
      }
    }
  });
});
