import type { Command } from "./command.ts";

/** Commands that read the store and the event stream (search, tail, failures, reindex, replay). */
export const queryCommands: Command[] = [];
