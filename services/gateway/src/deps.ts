import type { Bus } from "@inkstream/bus";
import type { Logger } from "@inkstream/runtime";
import type { ArticleStore } from "@inkstream/store";
import type { z } from "zod";
import type { GatewayConfig } from "./config.ts";
import { invalidInput } from "./problem.ts";

/** What the gateway's routes use. */
export interface GatewayDeps {
  bus: Bus;
  store: ArticleStore;
  config: GatewayConfig;
  logger: Logger;
  /** true once stop() began: /readyz answers 503 and event streams end */
  isDraining(): boolean;
}

/** Validates input with a zod schema, answering 400 problem details when it does not fit. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, where: string): z.infer<S> {
  const r = schema.safeParse(input);
  if (!r.success) throw invalidInput(where, r.error);
  return r.data;
}

/** Query parameters as an object (the first value of a repeated name). */
export function queryObject(url: URL): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of url.searchParams) if (!(k in out)) out[k] = v;
  return out;
}
