import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");

function cli(args: string[], input?: string) {
  const r = spawnSync("node", ["--import", "tsx", "services/cli/src/main.ts", ...args], { cwd: root, encoding: "utf8", input, env: { ...process.env, LOG_LEVEL: "silent" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe("inkstream extract (offline)", () => {
  it("prints one JSON line per input with title and paragraph-separated text, decoding declared charsets", () => {
    const r = cli(["extract", "samples/de-baerbock-waffenruhe.html", "samples/ru-zenit-spartak.html"]);
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

  it("reports an unreadable input as an error line, still printing the others, and exits 1", () => {
    const r = cli(["extract", "samples/no-such-page.html", "samples/fr-marche-immobilier.html"]);
    expect(r.code).toBe(1);
    expect(r.lines[0]).toMatchObject({ input: "samples/no-such-page.html" });
    expect(String(r.lines[0]?.["error"])).toMatch(/ENOENT/);
    expect(r.lines[1]?.["title"]).toBe("Immobilier : les prix reculent à Lyon et Bordeaux, Paris résiste");
  });
});

describe("inkstream usage errors", () => {
  it("explains unknown commands and missing arguments with exit 2", () => {
    const r = cli(["frobnicate"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command frobnicate/);
    expect(cli(["get"]).code).toBe(2);
  });

  it("stops on a bad environment value naming the variable", () => {
    const r = spawnSync("node", ["--import", "tsx", "services/cli/src/main.ts", "get", "0123456789abcdef0123"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, INK_NAMESPACE: "Not Valid" },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/INK_NAMESPACE/);
  });
});
