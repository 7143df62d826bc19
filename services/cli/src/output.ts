import { writeSync } from "node:fs";

/** One JSON line on stdout, written synchronously so lines never interleave or get lost on exit. */
export function printJson(value: unknown): void {
  writeSync(1, JSON.stringify(value) + "\n");
}

/** A message for the person at the terminal, on stderr. */
export function say(message: string): void {
  writeSync(2, message + "\n");
}
