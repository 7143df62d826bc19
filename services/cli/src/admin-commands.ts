import { UsageError, cliConfig, parseCommandArgs, type Command } from "./command.ts";

/** Commands on a namespace as a whole (purge). */
export const adminCommands: Command[] = [
  {
    name: "purge",
    usage: `purge --yes
      delete everything of the namespace (INK_NAMESPACE): its streams with their consumers and stored pages, and its
      Redis keys; prints { namespace, streams, keys }. Without --yes it only says what it would delete (exit 2).
      Stop the namespace's services first`,
    async run(args) {
      const { values, positionals } = parseCommandArgs(args, { yes: { type: "boolean", default: false } });
      if (positionals.length > 0) throw new UsageError("purge takes no arguments: it deletes the namespace INK_NAMESPACE names");
      const { purgeCommand } = await import("./commands/purge.ts");
      return purgeCommand(await cliConfig(), values.yes);
    },
  },
];
