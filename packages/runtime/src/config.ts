import { z } from "zod";

/** Thrown when the environment does not parse; its message names each bad variable. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  readonly variables: string[];
  constructor(variables: string[], message: string) {
    super(message);
    this.variables = variables;
  }
}

const boolFromEnv = z
  .enum(["true", "false", "1", "0", "yes", "no", ""])
  .transform((v) => v === "true" || v === "1" || v === "yes");

/** Helpers for schemas over environment strings. */
export const env = {
  bool: (def: boolean) => boolFromEnv.default(def),
  int: (def: number, min = 0, max = Number.MAX_SAFE_INTEGER) => z.coerce.number().int().min(min).max(max).default(def),
  list: () =>
    z
      .string()
      .default("")
      .transform((s) => s.split(",").map((x) => x.trim()).filter((x) => x.length > 0)),
};

/** Variables every service reads. */
export const baseConfigShape = {
  NATS_URL: z.string().default("nats://127.0.0.1:4222"),
  REDIS_URL: z.string().url().default("redis://127.0.0.1:6379"),
  INK_NAMESPACE: z.string().regex(/^[a-z][a-z0-9_]{0,31}$/, "lower-case letters, digits and _, starting with a letter").default("ink"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
};

/**
 * Parses the environment once with a zod object schema and freezes the result.
 * The only place in the project that reads process.env.
 */
export function loadConfig<S extends z.ZodObject>(schema: S, source: Record<string, string | undefined> = process.env): Readonly<z.infer<S>> {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const variables = [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? "?")))];
    const lines = parsed.error.issues.map((i) => `  ${String(i.path[0] ?? "?")}: ${i.message} (got ${JSON.stringify(source[String(i.path[0])] ?? null)})`);
    throw new ConfigError(variables, `invalid configuration:\n${lines.join("\n")}`);
  }
  return Object.freeze(parsed.data);
}
