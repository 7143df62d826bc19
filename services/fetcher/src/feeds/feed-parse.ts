import { z } from "zod";
import { absoluteHttpUrl, entry, type SourceEntry } from "./source-entry.ts";
import { attr, list, node, text, type XmlNode } from "./xml-tree.ts";

/** RSS 2.0 (and 0.9x): channel items; the link, else a permalink guid. */
export function rssEntries(rss: XmlNode, base: string): SourceEntry[] {
  const channel = node(rss["channel"]);
  return list(channel["item"]).flatMap((raw) => {
    const item = node(raw);
    // <atom:link rel="self"> inside an item arrives as a link object beside the plain link
    const plain = list(item["link"]).map((l) => (typeof l === "string" ? l : attr(l, "href"))).find(Boolean);
    const guid = item["guid"];
    const guidUrl = attr(guid, "isPermaLink") === "false" ? undefined : text(guid);
    const url = absoluteHttpUrl(plain, base) ?? absoluteHttpUrl(guidUrl, base);
    if (!url) return [];
    const categories = [...list(item["category"]), ...list(item["subject"])].map(text).filter((c): c is string => !!c);
    return [entry(url, text(item["title"]), text(item["pubDate"]) ?? text(item["date"]), [text(item["updated"])], categories)];
  });
}

/** RSS 1.0 (RDF): items are siblings of the channel. */
export function rdfEntries(rdf: XmlNode, base: string): SourceEntry[] {
  return list(rdf["item"]).flatMap((raw) => {
    const item = node(raw);
    const url = absoluteHttpUrl(text(item["link"]) ?? attr(item, "about"), base);
    if (!url) return [];
    const categories = list(item["subject"]).map(text).filter((c): c is string => !!c);
    return [entry(url, text(item["title"]), text(item["date"]), [], categories)];
  });
}

/** Atom 1.0: the alternate link (or the first without rel), published/updated, category terms. */
export function atomEntries(feed: XmlNode, base: string): SourceEntry[] {
  const feedBase = attr(feed, "xml:base") ?? attr(feed, "base") ?? base;
  return list(feed["entry"]).flatMap((raw) => {
    const e = node(raw);
    const links = list(e["link"]);
    const alternate = links.find((l) => (attr(l, "rel") ?? "alternate") === "alternate" && (!attr(l, "type") || /html/i.test(attr(l, "type") ?? "")));
    const url = absoluteHttpUrl(attr(alternate ?? links[0], "href") ?? text(e["id"]), feedBase);
    if (!url) return [];
    const categories = list(e["category"]).map((c) => attr(c, "label") ?? attr(c, "term")).filter((c): c is string => !!c);
    const published = text(e["published"]) ?? text(e["issued"]);
    return [entry(url, text(e["title"]), published ?? text(e["updated"]), [text(e["updated"])], categories)];
  });
}

const jsonFeedSchema = z.object({
  version: z.string().regex(/jsonfeed\.org\/version\//),
  items: z.array(
    z.looseObject({
      id: z.unknown().optional(),
      url: z.string().optional(),
      external_url: z.string().optional(),
      title: z.string().optional(),
      date_published: z.string().optional(),
      date_modified: z.string().optional(),
      tags: z.array(z.string()).optional(),
    }),
  ),
});

/** JSON Feed 1.0/1.1; undefined when the JSON is not a JSON Feed. */
export function jsonFeedEntries(json: unknown, base: string): SourceEntry[] | undefined {
  const parsed = jsonFeedSchema.safeParse(json);
  if (!parsed.success) return undefined;
  return parsed.data.items.flatMap((item) => {
    const url = absoluteHttpUrl(item.url ?? item.external_url, base);
    return url ? [entry(url, item.title, item.date_published, [item.date_modified], item.tags ?? [])] : [];
  });
}
