import type { Redis } from "ioredis";
import { defineScripts, type Scripts } from "../src/scripts.ts";

/**
 * The store's scripts with the search script's call timed, from the call to its reply as Node sees it: pass
 * `scripts` to searchArticles, then read `lastMs()` for the search just made.
 */
export function timedSearchScripts(redis: Redis): { scripts: Scripts; lastMs: () => number } {
  const plain = defineScripts(redis);
  let ms = 0;
  const scripts: Scripts = {
    ...plain,
    search: async (...args) => {
      const t0 = performance.now();
      const reply = await plain.search(...args);
      ms = performance.now() - t0;
      return reply;
    },
  };
  return { scripts, lastMs: () => ms };
}
