import { parseArgs } from "node:util";
import { ConfigError, createLogger } from "@inkstream/runtime";
import { loadCliConfig } from "./config.ts";
import { enrichCommand } from "./commands/enrich.ts";
import { extractCommand } from "./commands/extract.ts";
import { getCommand } from "./commands/get.ts";
import { ingestCommand } from "./commands/ingest.ts";
import { say } from "./output.ts";

const USAGE = `usage: inkstream <command> [options]

  ingest <url|file|dir>... [--wait] [--force] [--timeout <s>]
                         request ingestion; --wait prints each final outcome as a JSON line
  get <id|url>           print the stored record as JSON
  extract <file|url|dir>... [--html]
                         offline: print the extracted article per input as a JSON line
  enrich <file|url|->  [--mentions] [--annotators a,b]
                         offline: print annotations of an HTML page or of plain text (- reads stdin)

environment: NATS_URL, REDIS_URL, INK_NAMESPACE, LOG_LEVEL (see README)`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      wait: { type: "boolean", default: false },
      force: { type: "boolean", default: false },
      timeout: { type: "string", default: "120" },
      mentions: { type: "boolean", default: false },
      annotators: { type: "string" },
      html: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const [command, ...args] = positionals;
  if (values.help || !command) {
    say(USAGE);
    return command || values.help ? 0 : 2;
  }
  switch (command) {
    case "extract":
      if (args.length === 0) return usage("extract needs at least one file, directory or URL");
      return extractCommand(args, { includeHtml: values.html });
    case "enrich":
      if (args.length !== 1) return usage("enrich takes one file, URL or - for stdin");
      return enrichCommand(args[0] as string, { mentions: values.mentions, ...(values.annotators ? { annotators: values.annotators.split(",") } : {}) });
    case "ingest": {
      const timeout = Number(values.timeout);
      if (!Number.isFinite(timeout) || timeout <= 0) return usage("--timeout takes seconds > 0");
      const config = loadCliConfig();
      const logger = createLogger("cli", config.LOG_LEVEL, { stderr: true });
      return ingestCommand(args, { wait: values.wait, force: values.force, timeoutMs: timeout * 1000 }, config, logger);
    }
    case "get":
      if (args.length !== 1) return usage("get takes one article id or URL");
      return getCommand(args[0] as string, loadCliConfig());
    default:
      return usage(`unknown command ${command}`);
  }
}

function usage(message: string): number {
  say(`inkstream: ${message}\n\n${USAGE}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    say(err instanceof ConfigError ? `inkstream: ${err.message}` : `inkstream: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
