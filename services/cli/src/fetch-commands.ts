import type { Command } from "./command.ts";

/** Commands of the fetcher's inputs (feeds and sitemaps). */
export const fetchCommands: Command[] = [];
