import type { Bus } from "@inkstream/bus";
import type { Logger } from "@inkstream/runtime";
import type { ArticleStore } from "@inkstream/store";
import type { z } from "zod";
import type { GatewayConfig } from "./config.ts";
import { invalidFields, invalidInput } from "./problem.ts";

/** What the gateway's routes use. */
export interface GatewayDeps {
  bus: Bus;
  store: ArticleStore;
  config: GatewayConfig;
  logger: Logger;
  /** true once stop() began: /readyz answers 503 and event streams end */
  isDraining(): boolean;
}

/** Validates input with a zod schema, answering 400 problem details when it does not fit; `root` names a value that is one parameter. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, where: string, root = ""): z.infer<S> {
  const r = schema.safeParse(input);
  if (!r.success) throw invalidInput(where, r.error, root);
  return r.data;
}

/** Query parameters as an object; every parameter takes one value, so a repeated name is refused (400). */
export function queryObject(url: URL): Record<string, string> {
  // no prototype: `constructor` or `__proto__` are parameters like any other (and unknown ones)
  const out = Object.create(null) as Record<string, string>;
  const counts = new Map<string, number>();
  for (const [k, v] of url.searchParams) {
    counts.set(k, (counts.get(k) ?? 0) + 1);
    out[k] ??= v;
  }
  const repeated = [...counts].filter(([, n]) => n > 1);
  if (repeated.length > 0) throw invalidFields("query", repeated.map(([path, n]) => ({ path, message: `given ${n} times; send it once` })));
  return out;
}
