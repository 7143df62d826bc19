import { pino, type Logger, type LevelWithSilent } from "pino";

export type { Logger };

/** One pino logger per process; JSON to stdout (or to stderr for CLIs whose stdout is data). */
export function createLogger(name: string, level: LevelWithSilent = "info", opts: { stderr?: boolean } = {}): Logger {
  return pino({ name, level, base: { service: name } }, opts.stderr ? pino.destination(2) : pino.destination(1));
}
