import { parseArgs, type ParseArgsConfig } from "node:util";

/** One `inkstream` subcommand: it parses its own arguments and returns the exit code. */
export interface Command {
  name: string;
  /** usage lines shown by `inkstream --help` */
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
