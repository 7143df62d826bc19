import { describe, expect, it } from "vitest";
import { decodeHtml } from "../src/charset.ts";

const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("decodeHtml", () => {
  it("honours a UTF-8 byte-order mark first", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("<p>Grüße</p>")]);
    expect(decodeHtml(bytes, "text/html; charset=iso-8859-1")).toEqual({ html: "<p>Grüße</p>", encoding: "utf-8", encodingSource: "bom" });
  });

  it("uses the Content-Type charset and maps labels the WHATWG way", () => {
    const page = decodeHtml(latin1("<p>Stra\xdfe \x80</p>"), 'text/html; charset="ISO-8859-1"');
    expect(page).toEqual({ html: "<p>Straße €</p>", encoding: "windows-1252", encodingSource: "header" });
  });

  it("finds <meta charset> in the first 1024 bytes, skipping comments", () => {
    const html = '<!-- <meta charset="koi8-r"> --><meta charset=windows-1250><p>\xb9</p>';
    const page = decodeHtml(latin1(html));
    expect(page).toMatchObject({ encoding: "windows-1250", encodingSource: "meta" });
    expect(page.html).toContain("<p>ą</p>");
  });

  it("reads http-equiv content-type declarations", () => {
    const html = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>';
    const page = decodeHtml(latin1(html));
    expect(page).toMatchObject({ encoding: "windows-1251", encodingSource: "meta" });
    expect(page.html).toContain("Привет");
  });

  it("ignores a meta charset beyond the first 1024 bytes", () => {
    const html = `<p>${" ".repeat(1100)}</p><meta charset="windows-1251"><p>caf\xe9</p>`;
    expect(decodeHtml(latin1(html))).toMatchObject({ encoding: "windows-1252", encodingSource: "sniffed" });
  });

  it("treats a declared UTF-16 in ASCII bytes as UTF-8", () => {
    expect(decodeHtml(utf8('<meta charset="utf-16"><p>é</p>'))).toMatchObject({ encoding: "utf-8", encodingSource: "meta" });
  });

  it("overrules a declared Latin-1 when the bytes are valid UTF-8", () => {
    expect(decodeHtml(utf8('<meta charset="iso-8859-1"><p>Müller</p>'))).toEqual({
      html: '<meta charset="iso-8859-1"><p>Müller</p>',
      encoding: "utf-8",
      encodingSource: "sniffed",
    });
  });

  it("sniffs undeclared UTF-8, windows-1252 and windows-1251", () => {
    expect(decodeHtml(utf8("<p>Übergröße</p>"))).toMatchObject({ encoding: "utf-8", encodingSource: "sniffed" });
    expect(decodeHtml(latin1("<p>\xdcbergr\xf6\xdfe und sch\xf6ne Gr\xfc\xdfe</p>"))).toMatchObject({ encoding: "windows-1252", html: "<p>Übergröße und schöne Grüße</p>" });
    expect(decodeHtml(latin1("<p>\xcd\xee\xe2\xee\xf1\xf2\xe8 \xe4\xed\xff</p>"))).toMatchObject({ encoding: "windows-1251", html: "<p>Новости дня</p>" });
  });

  it("reports plain ASCII as the utf-8 default", () => {
    expect(decodeHtml(utf8("<p>plain</p>"))).toEqual({ html: "<p>plain</p>", encoding: "utf-8", encodingSource: "default" });
  });

  it("falls through an unknown header label to the meta tag", () => {
    const page = decodeHtml(latin1('<meta charset="iso-8859-2"><p>\xb1</p>'), "text/html; charset=bogus");
    expect(page).toMatchObject({ encoding: "iso-8859-2", encodingSource: "meta" });
    expect(page.html).toContain("ą");
  });
});
