import { ARTICLE_ID_PATTERN } from "@inkstream/contracts";
import { openStore } from "@inkstream/store";
import type { CliConfig } from "../config.ts";
import { toIngestUrl } from "../inputs.ts";
import { printJson, say } from "../output.ts";

/** Prints the stored record for an article id or URL; exit 1 when there is none. */
export async function getCommand(ref: string, config: CliConfig): Promise<number> {
  const store = openStore(config.REDIS_URL, config.INK_NAMESPACE);
  try {
    const id = ARTICLE_ID_PATTERN.test(ref) ? ref : await store.idForUrl(toIngestUrl(ref));
    const record = id ? await store.get(id) : null;
    if (!record) {
      say(`inkstream get: no article stored for ${ref} in namespace ${config.INK_NAMESPACE}`);
      return 1;
    }
    printJson(record);
    return 0;
  } finally {
    await store.close();
  }
}
