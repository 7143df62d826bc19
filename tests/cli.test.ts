import { describe, expect, it } from "vitest";
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

  it("enrich with an unknown annotator is a wrong argument (exit 2) naming it and the known ones, before reading the input", async () => {
    const r = await cli(["enrich", "samples/no-such-page.html", "--annotators", "language,bogus"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown annotator "bogus"; known: .*language.*entities/);
    expect(r.stderr).not.toMatch(/ENOENT/);
  });
});

describe("inkstream search's bounds (refused before the store is opened)", () => {
  it("refuses a --from later than --to, as the gateway does, with exit 2", async () => {
    const r = await cli(["search", "--from", "2024-06-01", "--to", "2024-01-01"]);
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 2, stdout: "" });
    expect(r.stderr).toMatch(/--from is later than to/);
  });

  it("refuses more than 2000 characters of --tag values in all, naming --tag", async () => {
    const r = await cli(["search", "--tag", `org:${"n".repeat(1000)}`, "--tag", `org:${"m".repeat(1000)}`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--tag takes at most 2000 characters of tags in all/);
  });
});
