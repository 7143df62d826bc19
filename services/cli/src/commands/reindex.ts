import { openStore } from "@inkstream/store";
import type { CliConfig } from "../config.ts";
import { printJson } from "../output.ts";

/** Rebuilds every article's index entries from its stored record and prints the counts. */
export async function reindexCommand(config: CliConfig): Promise<number> {
  const store = openStore(config.REDIS_URL, config.INK_NAMESPACE);
  try {
    printJson(await store.reindex());
    return 0;
  } finally {
    await store.close();
  }
}

/** Merges full-text segments now (tiered, or everything with `all`) and prints what it did. */
export async function compactCommand(config: CliConfig, all: boolean): Promise<number> {
  const store = openStore(config.REDIS_URL, config.INK_NAMESPACE, { merges: "off" });
  try {
    printJson(await store.compact({ all }));
    return 0;
  } finally {
    await store.close();
  }
}
