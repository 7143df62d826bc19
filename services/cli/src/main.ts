import { UsageError, type Command } from "./command.ts";
import { coreCommands } from "./core-commands.ts";
import { fetchCommands } from "./fetch-commands.ts";
import { queryCommands } from "./query-commands.ts";
import { say } from "./output.ts";

const COMMANDS: Command[] = [...coreCommands, ...fetchCommands, ...queryCommands];

const usage = () =>
  `usage: inkstream <command> [options]\n\n${COMMANDS.map((c) => `  ${c.usage}`).join("\n")}\n\nenvironment: NATS_URL, REDIS_URL, INK_NAMESPACE, LOG_LEVEL (see README)`;

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    say(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new UsageError(`unknown command ${name}`);
  return command.run(args);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof UsageError) {
      say(`inkstream: ${err.message}\n\n${usage()}`);
      process.exit(2);
    }
    // a ConfigError's message names each bad variable
    say(`inkstream: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
