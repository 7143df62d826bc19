import { sourceHostSlug } from "@inkstream/contracts";
import { openStore } from "@inkstream/store";
import { UsageError } from "../command.ts";
import type { CliConfig } from "../config.ts";
import { printJson } from "../output.ts";

/**
 * Extraction health per source, one JSON line each: field shares today against the week before, and the fields
 * that fell (a layout change). Exits 1 when any source has an alert, so a cron job can page someone. The source
 * is read as the indexer keys sources and as the gateway reads it: `WWW.Example.com` is `example.com`.
 */
export async function healthCommand(config: CliConfig, source: string | undefined, limit: number | undefined): Promise<number> {
  const slug = source === undefined ? undefined : sourceHostSlug(source);
  if (slug === "") throw new UsageError(`health takes a source's host name, without scheme, port or path: ${source ?? ""}`);
  const store = openStore(config.REDIS_URL, config.INK_NAMESPACE);
  try {
    const all = await store.sourceHealth(slug, limit !== undefined ? { limit } : {});
    for (const h of all) printJson(h);
    return all.some((h) => h.alerts.length > 0) ? 1 : 0;
  } finally {
    await store.close();
  }
}
