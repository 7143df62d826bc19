// The indexer benches' feed and meters: enriched events made from generated articles, published to JetStream, and
// the CPU that Redis and the local NATS server spend meanwhile.
import { readFileSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import { publishEvent } from "@inkstream/bus";
import { SCHEMA_VERSION, type ArticleEnriched } from "@inkstream/contracts";
import type { RecordInput } from "@inkstream/store";
import { generateArticle, loadVocabulary } from "@inkstream/store/bench/corpus";
import type { TestEnv } from "@inkstream/testkit";

/** The enriched event an article record came from (what toRecord reads), as the enricher would publish it. */
export function enrichedEvent(r: RecordInput): ArticleEnriched {
  const published = r.dates.published;
  return {
    schemaVersion: SCHEMA_VERSION,
    articleId: r.id,
    url: r.url,
    finalUrl: r.finalUrl,
    fetchedAt: r.fetchedAt,
    encoding: r.encoding,
    article: {
      title: r.title,
      text: r.text,
      markdown: r.markdown,
      authors: r.authors,
      ...(published ? { publishedAt: published } : {}),
      breadcrumbs: r.breadcrumbs,
      publisherTags: r.publisherTags,
      isArticle: r.isArticle,
      articleScore: r.articleScore,
    },
    enrichment: {
      language: { code: r.language, confidence: r.languageConfidence },
      entities: r.entities,
      keywords: r.keywords,
      topics: r.topics,
      summary: r.summary,
      stats: r.stats,
      fingerprints: { contentHash: r.contentHash, simhash: r.simhash },
      tags: r.tags.filter((t) => !t.startsWith("source:")),
    },
  };
}

export async function redisCpuSeconds(env: TestEnv): Promise<number> {
  const info = await env.redis.info("cpu");
  return Number(/used_cpu_user:([\d.]+)/.exec(info)?.[1] ?? NaN) + Number(/used_cpu_sys:([\d.]+)/.exec(info)?.[1] ?? NaN);
}

/**
 * CPU seconds of the local nats-server listening on `port` (user + sys, from /proc; clock ticks of 1/100 s, Linux's
 * USER_HZ): the one whose command line names the port, else the only one running; NaN when there is none or no way
 * to tell (a remote NATS, several servers)
 */
export function natsServerCpuSeconds(port: string): number {
  const servers: { pid: string; args: string[] }[] = [];
  try {
    for (const pid of readdirSync("/proc")) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        if (readFileSync(`/proc/${pid}/comm`, "utf8").trim() !== "nats-server") continue;
        servers.push({ pid, args: readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0") });
      } catch {
        // gone meanwhile, or not ours to read
      }
    }
  } catch {
    return NaN; // no /proc: not Linux
  }
  const named = servers.filter(({ args }) => args.some((a, i) => ((a === "-p" || a === "--port") && args[i + 1] === port) || a === `--port=${port}` || a === `-p=${port}`));
  const server = named.length === 1 ? named[0] : servers.length === 1 ? servers[0] : undefined;
  return server ? processCpuSeconds(Number(server.pid)) : NaN;
}

/** extra real text for the generated articles: a tarball of HTML pages (read at bench time, never copied) */
export const pagesTarball = z.string().default("/work/shared/data/extraction-eval/pages.tar.gz");

/** A comma-separated list of whole numbers in [min, max] from the environment, the values a bench compares. */
export const numberList = (fallback: string, max: number, min = 1) =>
  z
    .string()
    .default(fallback)
    .transform((s) => s.split(",").map(Number))
    .pipe(z.array(z.number().int().min(min).max(max)).min(1));

/** The port of the first NATS server a URL list names (with or without a scheme), 4222 when it names none. */
export function natsPortOf(urls: string): string {
  return /:(\d+)\/?\s*$/.exec(urls.split(",")[0] ?? "")?.[1] ?? "4222";
}

/** CPU seconds of a process (user + sys, from /proc, all its threads), NaN when it cannot be read. */
export function processCpuSeconds(pid: number): number {
  try {
    // the fields after the command name (which may hold spaces, in parentheses): utime and stime are the 12th and 13th
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/** n enriched events from articles generated out of the bundled samples and, when there, a tarball of real pages. */
export function generateEvents(n: number, tarball: string | undefined): ArticleEnriched[] {
  const vocab = loadVocabulary(resolve(import.meta.dirname, "../../../samples"), tarball);
  const langs = [...vocab.keys()];
  const sizes = langs.map((l) => vocab.get(l)?.length ?? 0);
  const total = sizes.reduce((a, b) => a + b, 0);
  const now = Date.now();
  return Array.from({ length: n }, (_, i) => enrichedEvent(generateArticle(i, vocab, langs, sizes.map((s) => s / total), now)));
}

/** Publishes the events to the env's stream, 200 at a time, each under its article id. */
export async function publishAll(env: TestEnv, events: readonly ArticleEnriched[]): Promise<void> {
  for (let i = 0; i < events.length; i += 200) {
    await Promise.all(events.slice(i, i + 200).map((e) => publishEvent(env.bus, "articleEnriched", e, { subject: e.articleId })));
  }
}
