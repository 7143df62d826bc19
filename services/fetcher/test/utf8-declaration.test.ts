import { describe, expect, it } from "vitest";
import { decodeHtml } from "@inkstream/extract";
import { declareUtf8 } from "../src/utf8-declaration.ts";

// Heads as CMSs write them; after the rewrite a reader of the stored UTF-8 bytes, with no HTTP header, must
// land on UTF-8 and read the text right.
const utf8 = (html: string) => new TextEncoder().encode(html);

const RU_BODY = `<body><article><h1>«Зенит» обыграл «Спартак»</h1><p>Ёлки-палки, сказал тренер после матча в Санкт-Петербурге.</p></article></body></html>`;

describe("declareUtf8", () => {
  it("rewrites an http-equiv Content-Type (a Russian news page in windows-1251)", () => {
    const page = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">\n<html lang="ru"><head>\n<meta http-equiv="Content-Type" content="text/html; charset=windows-1251" />\n<meta name="description" content="Новости спорта" />\n<title>Дерби</title></head>${RU_BODY}`;
    const out = declareUtf8(page);
    expect(out).toContain(`<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />`);
    expect(out).not.toContain("windows-1251");
    expect(out.replace("charset=utf-8", "charset=windows-1251")).toBe(page);
    const decoded = decodeHtml(utf8(out), "");
    expect(decoded.encoding).toBe("utf-8");
    expect(decoded.html).toContain("Ёлки-палки");
  });

  it("rewrites <meta charset> in any quoting and case, and an XML declaration", () => {
    const page = `<?xml version="1.0" encoding="ISO-8859-2"?>\n<html><head><META CHARSET=iso-8859-2><title>Łódź</title></head><body><p>Zażółć gęślą jaźń</p></body></html>`;
    const out = declareUtf8(page);
    expect(out.startsWith(`<?xml version="1.0" encoding="utf-8"?>`)).toBe(true);
    expect(out).toContain("<META CHARSET=utf-8>");
    expect(out).not.toMatch(/8859/);
    expect(decodeHtml(utf8(out), "").encoding).toBe("utf-8");
  });

  it("leaves text that only mentions a charset alone, in the head and in the body", () => {
    const page = `<html><head><meta charset='windows-1252'><meta name="description" content="How to set charset=latin1 in MySQL"><title>Encodings</title></head><body><pre>&lt;meta charset="windows-1252"&gt;</pre><p>Use &lt;meta charset=iso-8859-1&gt; no more.</p></body></html>`;
    const out = declareUtf8(page);
    expect(out).toContain(`<meta charset='utf-8'>`);
    expect(out).toContain(`content="How to set charset=latin1 in MySQL"`);
    expect(out.slice(out.indexOf("<body>"))).toBe(page.slice(page.indexOf("<body>")));
  });

  it("declares utf-8 in a page that declared nothing, keeping the doctype first", () => {
    const page = `<!DOCTYPE html>\n<html lang="de"><head><title>Küche</title></head><body><p>Crème brûlée in Zürich kostet 12 €.</p></body></html>`;
    expect(declareUtf8(page)).toBe(`<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8"><title>Küche</title></head><body><p>Crème brûlée in Zürich kostet 12 €.</p></body></html>`);
    const bare = `<!doctype html>\n<p>Grüße aus Zürich</p>`;
    expect(declareUtf8(bare)).toBe(`<!doctype html>\n<meta charset="utf-8"><p>Grüße aus Zürich</p>`);
  });

  it("stops at the end of the head: a charset declared in the body stays as written", () => {
    const page = `<html><head><title>t</title></head><body><meta charset="koi8-r"><p>x</p></body></html>`;
    expect(declareUtf8(page)).toBe(`<html><head><meta charset="utf-8"><title>t</title></head><body><meta charset="koi8-r"><p>x</p></body></html>`);
  });
});
