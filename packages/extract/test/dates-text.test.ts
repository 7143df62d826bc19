import { describe, expect, it } from "vitest";
import { toIso } from "../src/dates/date-parts.ts";
import { parseDateValue } from "../src/dates/parse-value.ts";
import { findTextDates } from "../src/dates/text-dates.ts";
import { urlDate } from "../src/dates/url-date.ts";

const days = (text: string, monthFirst = false): string[] => findTextDates(text, monthFirst).map((d) => toIso(d.parts));

describe("dates in running text", () => {
  it.each([
    ["am 28. Dezember 2021 um 9 Uhr", "2021-12-28"],
    ["Stand: 28.12.2021", "2021-12-28"],
    ["Dec. 28, 2021", "2021-12-28"],
    ["December 28th, 2021", "2021-12-28"],
    ["28 Dec 2021", "2021-12-28"],
    ["le 28 décembre 2021", "2021-12-28"],
    ["28 de diciembre de 2021", "2021-12-28"],
    ["28 dicembre 2021", "2021-12-28"],
    ["28 декабря 2021 г.", "2021-12-28"],
    ["28 grudnia 2021", "2021-12-28"],
    ["28 de dezembro de 2021", "2021-12-28"],
    ["28 december 2021", "2021-12-28"],
    ["28 грудня 2021", "2021-12-28"],
    ["5 d'abril de 2020", "2020-04-05"],
    ["2021-12-28", "2021-12-28"],
    ["2021/12/28", "2021-12-28"],
    ["2021年12月28日", "2021-12-28"],
    ["Jänner 3, 2022", "2022-01-03"],
  ])("%s → %s", (text, day) => {
    expect(days(text)).toEqual([day]);
  });

  it("reads n/n/yyyy as day/month unless the page is US English or a value settles it", () => {
    expect(days("03/04/2021")).toEqual(["2021-04-03"]);
    expect(days("03/04/2021", true)).toEqual(["2021-03-04"]);
    expect(days("12/28/2021")).toEqual(["2021-12-28"]);
  });

  it("rejects impossible dates and version numbers", () => {
    expect(days("31.02.2021")).toEqual([]);
    expect(days("v1.2.2021.3")).toEqual([]);
    expect(days("29.02.2021")).toEqual([]);
    expect(days("29.02.2020")).toEqual(["2020-02-29"]);
  });
});

describe("machine-readable values", () => {
  it("keeps the page's own offset", () => {
    expect(toIso(parseDateValue("2021-12-28T09:41:12+0100")!)).toBe("2021-12-28T09:41:12+01:00");
    expect(toIso(parseDateValue("2021-12-28T23:30:00.000Z")!)).toBe("2021-12-28T23:30:00Z");
    expect(toIso(parseDateValue("2021-12-28 09:41:12")!)).toBe("2021-12-28T09:41:12");
  });

  it("reads compact, epoch and RFC 2822 forms", () => {
    expect(toIso(parseDateValue("20211228")!)).toBe("2021-12-28");
    expect(toIso(parseDateValue("1640680872")!)).toBe("2021-12-28T08:41:12Z");
    expect(toIso(parseDateValue("Tue, 28 Dec 2021 09:41:12 +0100")!).slice(0, 10)).toBe("2021-12-28");
  });

  it("finds day-precise dates in URL paths only", () => {
    expect(toIso(urlDate("https://x.example/2021/12/28/slug/")!)).toBe("2021-12-28");
    expect(toIso(urlDate("https://x.example/news/2021-12-28-slug.html")!)).toBe("2021-12-28");
    expect(urlDate("https://x.example/2021/12/slug/")).toBeUndefined();
    expect(urlDate("https://x.example/a?d=2021/12/28")).toBeUndefined();
  });

  it("reads unpadded month and day folders (/2017/7/12/), as Squarespace and Vox Media print them", () => {
    expect(toIso(urlDate("https://www.befifty.de/home/2017/7/12/unter-uns-montauk")!)).toBe("2017-07-12");
    expect(toIso(urlDate("https://chicago.suntimes.com/2020/6/24/21302329/trump-judges-nominee")!)).toBe("2020-06-24");
    // a number that begins a slug is not a day
    expect(urlDate("https://x.example/2019/3/4-things-to-know")).toBeUndefined();
  });
});

describe("findTextDates with a lead", () => {
  it("finds the same dates as the full scan in whitespace-collapsed text", () => {
    const filler = "Lorem ipsum dolor sit amet, 1234 Einwohner und 42 Gäste. ".repeat(40);
    const text = `${filler}Veröffentlicht am 3. März 2024 ${filler}Updated December 5th, 2023 ${filler}am 2019-07-01T10:00 und 12/31/2022${filler}`;
    const full = findTextDates(text, true, 50);
    expect(full.map((d) => d.raw)).toEqual(["3. März 2024", "December 5th, 2023", "2019-07-01T10:00 ", "12/31/2022"]);
    expect(findTextDates(text, true, 50, 64)).toEqual(full);
  });
});
