import { openStore, SearchInputError, type SearchOptions } from "@inkstream/store";
import type { CliConfig } from "../config.ts";
import { printJson, say } from "../output.ts";

/** Prints one search result page as one JSON line (the gateway's /v1/search shape); with `all`, every page. */
export async function searchCommand(opts: SearchOptions, all: boolean, config: CliConfig): Promise<number> {
  const store = openStore(config.REDIS_URL, config.INK_NAMESPACE);
  try {
    let cursor = opts.cursor;
    do {
      const page = await store.search({ ...opts, ...(cursor ? { cursor } : {}) });
      printJson(page);
      cursor = page.nextCursor;
    } while (all && cursor);
    return 0;
  } catch (err) {
    if (err instanceof SearchInputError) {
      say(`inkstream search: ${err.message}`);
      return 2;
    }
    throw err;
  } finally {
    await store.close();
  }
}
