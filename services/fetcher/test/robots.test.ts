import { describe, expect, it } from "vitest";
import { hostIntervalMs, parseRobots } from "../src/index.ts";

const UA = "inkstream/0.1 (+https://github.com/inkstream/inkstream)";
const ROBOTS = `# news site
User-agent: *
Disallow: /search
Disallow: /*.pdf$
Allow: /search/about
Crawl-delay: 5

User-agent: inkstream
Disallow: /drafts/
Crawl-delay: 120

Sitemap: https://news.example/sitemap.xml
`;

describe("parseRobots", () => {
  it("applies the group that names our product token, not the * group", () => {
    const v = parseRobots("https://news.example/robots.txt", ROBOTS, UA, 30);
    expect(v.allowed("https://news.example/drafts/x")).toBe(false);
    expect(v.allowed("https://news.example/search?q=x")).toBe(true);
    expect(v.sitemaps).toEqual(["https://news.example/sitemap.xml"]);
  });

  it("caps Crawl-delay", () => {
    expect(parseRobots("https://news.example/robots.txt", ROBOTS, UA, 30).crawlDelayMs).toBe(30_000);
  });

  it("reads wildcards, $ and Allow overrides in the * group", () => {
    const v = parseRobots("https://news.example/robots.txt", ROBOTS, "otherbot/1.0", 30);
    expect(v.allowed("https://news.example/search?q=x")).toBe(false);
    expect(v.allowed("https://news.example/search/about")).toBe(true);
    expect(v.allowed("https://news.example/files/report.pdf")).toBe(false);
    expect(v.allowed("https://news.example/files/report.pdf.html")).toBe(true);
    expect(v.crawlDelayMs).toBe(5000);
  });

  it("allows everything for an empty file", () => {
    expect(parseRobots("https://news.example/robots.txt", "", UA, 30).allowed("https://news.example/anything")).toBe(true);
  });
});

describe("hostIntervalMs", () => {
  it("takes the per-host value or the default, raised to Crawl-delay", () => {
    const d = { intervalMs: 1000, perHost: { "fast.example": 200, "slow.example": 5000 } };
    expect(hostIntervalMs("news.example", d)).toBe(1000);
    expect(hostIntervalMs("fast.example:8080", d)).toBe(200);
    expect(hostIntervalMs("FAST.example", d, 3000)).toBe(3000);
    expect(hostIntervalMs("slow.example", d, 1000)).toBe(5000);
  });
});
