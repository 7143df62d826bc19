import { parseArgs, type ParseArgsConfig } from "node:util";
import type { CliConfig } from "./config.ts";

/**
 * One `inkstream` subcommand: it parses its own arguments and returns the exit code. Its `run` imports what does the
 * work only once the arguments are understood, so `--help` and usage errors never load NATS, Redis or the models.
 */
export interface Command {
  name: string;
  /** usage lines shown by `inkstream --help` and `inkstream <name> --help` */
  usage: string;
  run(args: string[]): Promise<number>;
}

/** Thrown for wrong arguments: printed with the usage, exit 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** parseArgs with positionals, turning its errors into UsageErrors. */
export function parseCommandArgs<O extends NonNullable<ParseArgsConfig["options"]>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
}

/** An integer option's value (`--name`), or undefined when it was not given. */
export function intOption(v: string | undefined, name: string, min = 0): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} takes an integer >= ${min}`);
  return n;
}

/** The environment, parsed once (config.ts), loaded on first use: --help and usage errors never load zod. */
export async function cliConfig(): Promise<CliConfig> {
  const { loadCliConfig } = await import("./config.ts");
  return loadCliConfig();
}
