import { adminCommands } from "./admin-commands.ts";
import { UsageError, type Command } from "./command.ts";
import { coreCommands } from "./core-commands.ts";
import { fetchCommands } from "./fetch-commands.ts";
import { queryCommands } from "./query-commands.ts";
import { say } from "./output.ts";

const COMMANDS: Command[] = [...coreCommands, ...fetchCommands, ...queryCommands, ...adminCommands];

const usage = () =>
  `usage: inkstream <command> [options]   (inkstream <command> --help: one command's usage)\n\n${COMMANDS.map((c) => `  ${c.usage}`).join("\n")}\n\nenvironment: NATS_URL, REDIS_URL, INK_NAMESPACE, LOG_LEVEL (see README)`;

const commandUsage = (c: Command) => `usage: inkstream ${c.usage}`;

// --help or -h among the options, not after `--` (where it would be a search word or a file name)
const asksForHelp = (args: readonly string[]) => {
  const end = args.indexOf("--");
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === "--help" || a === "-h");
};

function commandNamed(name: string): Command {
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new UsageError(`unknown command ${name}`);
  return command;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    if (name === "help" && args[0] !== undefined) {
      say(commandUsage(commandNamed(args[0])));
      return 0;
    }
    say(usage());
    return name ? 0 : 2;
  }
  const command = commandNamed(name);
  if (asksForHelp(args)) {
    say(commandUsage(command));
    return 0;
  }
  try {
    return await command.run(args);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    say(`inkstream: ${err.message}\n\n${commandUsage(command)}`);
    return 2;
  }
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
