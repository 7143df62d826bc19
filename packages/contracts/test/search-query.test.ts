import { describe, expect, it } from "vitest";
import { z } from "zod";
import { rangeEdgeMs, searchQuerySchemaWith } from "../src/index.ts";

// what the gateway's GET /v1/search and `inkstream search` both build on, with a stand-in for their own tags
const schema = searchQuerySchemaWith({ tags: z.string().optional() });
const verdict = (field: string, value: string) => {
  const r = schema.safeParse({ [field]: value });
  return r.success ? "ok" : (r.error.issues[0]?.message ?? "?");
};

describe("the shared search query", () => {
  it("takes what is within each parameter's bounds and names the bound it refuses", () => {
    const TIME = "takes an ISO 8601 date (2024-03-14) or date-time with an offset (2024-03-14T09:00:00Z)";
    const cases: Record<string, { ok: string[]; refused: string[]; message: string }> = {
      q: { ok: ["Waffenruhe", "w".repeat(500)], refused: ["w".repeat(501)], message: "the query is longer than 500 characters, the most a search takes" },
      lang: { ok: ["de", "rus"], refused: ["German", "DE", "d", "de-AT"], message: "takes a language code of two or three lower-case letters (de, en, fr, ru)" },
      source: { ok: ["spiegel.de", "s".repeat(253)], refused: ["s".repeat(254)], message: "takes at most 253 characters" },
      section: { ok: ["Politik", "s".repeat(200)], refused: ["s".repeat(201)], message: "takes at most 200 characters" },
      entity: { ok: ["org:nato", "e".repeat(200)], refused: ["e".repeat(201)], message: "takes at most 200 characters" },
      topic: { ok: ["sport", "t".repeat(100)], refused: ["t".repeat(101)], message: "takes at most 100 characters" },
      from: { ok: ["2024-03-14", "2024-03-14T09:00:00Z", "2024-03-14T09:00:00+01:00"], refused: ["2024-03-14T09:00", "yesterday", "14.03.2024"], message: TIME },
      to: { ok: ["2024-03-14", "2024-03-14T09:00:00.123Z"], refused: ["2024-02-30", "now"], message: TIME },
      sort: { ok: ["relevance", "published"], refused: ["size"], message: "is relevance or published" },
      limit: { ok: ["1", "100"], refused: ["0", "101", "1.5", "ten", ""], message: "takes an integer from 1 to 100" },
      cursor: { ok: ["abc", "c".repeat(500)], refused: ["c".repeat(501)], message: "takes at most 500 characters" },
    };
    for (const [field, { ok, refused, message }] of Object.entries(cases)) {
      for (const value of ok) expect(verdict(field, value), `${field}=${value}`).toBe("ok");
      for (const value of refused) expect(verdict(field, value), `${field}=${value}`).toBe(message);
    }
  });

  it("reads limit from text, 20 when not given", () => {
    expect(schema.parse({ limit: "7" }).limit).toBe(7);
    expect(schema.parse({}).limit).toBe(20);
  });

  it("refuses a from later than to on from, a date alone being its whole UTC day", () => {
    const r = schema.safeParse({ from: "2024-06-01", to: "2024-01-01" });
    expect(r.error?.issues.map((i) => ({ path: i.path, message: i.message }))).toEqual([{ path: ["from"], message: "is later than to" }]);
    // a to of 2024-03-14 runs to that day's last instant
    expect(schema.safeParse({ from: "2024-03-14T09:00:00+01:00", to: "2024-03-14" }).success).toBe(true);
    expect(schema.safeParse({ from: "2024-03-15T00:30:00+01:00", to: "2024-03-14" }).success).toBe(true);
    expect(schema.safeParse({ from: "2024-03-15T01:30:00+01:00", to: "2024-03-14" }).success).toBe(false);
    expect(schema.safeParse({ from: "2024-02-01", to: "2024-02-01" }).success).toBe(true);
    expect(schema.safeParse({ from: "2024-02-01" }).success).toBe(true);
  });

  it("refuses a parameter that neither it nor its caller knows", () => {
    expect(schema.safeParse({ colour: "red" }).error?.issues[0]?.code).toBe("unrecognized_keys");
    expect(schema.safeParse({ tags: "lang:de" }).success).toBe(true);
  });
});

describe("rangeEdgeMs", () => {
  it("reads a date alone as the first (from) or last (to) instant of its UTC day, a date-time as it is", () => {
    expect(rangeEdgeMs("2024-03-14", "from")).toBe(Date.UTC(2024, 2, 14));
    expect(rangeEdgeMs("2024-03-14", "to")).toBe(Date.UTC(2024, 2, 15) - 1);
    expect(rangeEdgeMs("2024-03-14T09:00:00+01:00", "to")).toBe(Date.UTC(2024, 2, 14, 8));
    expect(rangeEdgeMs("now", "to")).toBeNaN();
  });
});
