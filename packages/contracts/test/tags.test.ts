import { describe, expect, it } from "vitest";
import { sourceHostSlug, sourceSlug } from "../src/index.ts";

describe("sourceHostSlug", () => {
  it("reads a host as sourceSlug reads an article URL on it: letter case, www. and the spelling of a non-ASCII name do not matter", () => {
    for (const host of ["WWW.Example.com", "example.com", "www.Bücher.de", "[::1]"]) expect(sourceHostSlug(host), host).toBe(sourceSlug(`https://${host}/a/b`));
    expect(sourceHostSlug("www.bücher.de")).toBe("xn--bcher-kva.de");
  });

  it("is empty for what is not a host alone, which would make the URL parser read another host", () => {
    for (const notHost of ["https://example.com", "example.com/politik", "user@example.com", "example.com:443", "www.", ""]) expect(sourceHostSlug(notHost), notHost).toBe("");
  });
});
