import { UsageError, cliConfig, parseCommandArgs, type Command } from "./command.ts";

/** The walking skeleton's commands: ingest, get, extract, enrich. */
export const coreCommands: Command[] = [
  {
    name: "ingest",
    usage: `ingest <url|file|dir>... [--wait] [--force] [--timeout <s>]
      request ingestion; --wait prints each final outcome as a JSON line (exit 1 if any failed)`,
    async run(args) {
      const { values, positionals } = parseCommandArgs(args, {
        wait: { type: "boolean", default: false },
        force: { type: "boolean", default: false },
        timeout: { type: "string", default: "120" },
      });
      const timeout = Number(values.timeout);
      if (!Number.isFinite(timeout) || timeout <= 0) throw new UsageError("--timeout takes seconds > 0");
      if (positionals.length === 0) throw new UsageError("ingest needs at least one URL, file or directory");
      const { ingestCommand } = await import("./commands/ingest.ts");
      return ingestCommand(positionals, { wait: values.wait, force: values.force, timeoutMs: timeout * 1000 }, await cliConfig());
    },
  },
  {
    name: "get",
    usage: `get <id|url>
      print the stored record as JSON`,
    async run(args) {
      const { positionals } = parseCommandArgs(args, {});
      if (positionals.length !== 1) throw new UsageError("get takes one article id or URL");
      const { getCommand } = await import("./commands/get.ts");
      return getCommand(positionals[0] as string, await cliConfig());
    },
  },
  {
    name: "extract",
    usage: `extract <file|url|dir>... [--html]
      offline: the extracted article per input as a JSON line`,
    async run(args) {
      const { values, positionals } = parseCommandArgs(args, { html: { type: "boolean", default: false } });
      if (positionals.length === 0) throw new UsageError("extract needs at least one file, directory or URL");
      const { extractCommand } = await import("./commands/extract.ts");
      return extractCommand(positionals, { includeHtml: values.html });
    },
  },
  {
    name: "enrich",
    usage: `enrich <file|url|-> [--mentions] [--annotators a,b]
      offline: annotations of an HTML page, or of plain text (- reads stdin)`,
    async run(args) {
      const { values, positionals } = parseCommandArgs(args, { mentions: { type: "boolean", default: false }, annotators: { type: "string" } });
      if (positionals.length !== 1) throw new UsageError("enrich takes one file, URL or - for stdin");
      const { enrichCommand } = await import("./commands/enrich.ts");
      return enrichCommand(positionals[0] as string, { mentions: values.mentions, ...(values.annotators ? { annotators: values.annotators.split(",") } : {}) });
    },
  },
];
