import { deleteNamespaceStreams, existingNamespaceStreams } from "@inkstream/bus";
import { countNamespaceKeys, deleteNamespaceKeys } from "@inkstream/store";
import type { CliConfig } from "../config.ts";
import { printJson, say } from "../output.ts";
import { withBus } from "../with-bus.ts";
import { withRedis } from "../with-redis.ts";

// nothing here can tell a stopped service from a running one, which would recreate its stream, consumer or keys
const STOP_FIRST = "stop the namespace's services and subscribers first, or they recreate what they use";

/**
 * Deletes everything of the configured namespace: its streams (with every consumer on them and the stored pages) and
 * its Redis keys, then prints `{ namespace, streams, keys }`. Unless `confirmed`, it only says what it would delete
 * and returns 2.
 */
export function purgeCommand(config: CliConfig, confirmed: boolean): Promise<number> {
  const namespace = config.INK_NAMESPACE;
  return withBus(config, (bus) =>
    withRedis(config, async (redis) => {
      if (!confirmed) {
        const streams = await existingNamespaceStreams(bus);
        const keys = await countNamespaceKeys(redis, namespace);
        say(
          `inkstream purge: would delete namespace ${namespace}: ${streams.length} streams (${streams.join(", ") || "none"}) ` +
            `with their consumers, and ${keys} Redis keys; nothing deleted. To delete them, ${STOP_FIRST}, then run inkstream purge --yes`,
        );
        return 2;
      }
      say(`inkstream purge: deleting namespace ${namespace} (${STOP_FIRST})`);
      const streams = await deleteNamespaceStreams(bus);
      const keys = await deleteNamespaceKeys(redis, namespace);
      printJson({ namespace, streams, keys });
      return 0;
    }),
  );
}
