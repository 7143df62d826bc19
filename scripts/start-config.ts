import { z } from "zod";
import { baseConfigShape, env, loadConfig } from "@inkstream/runtime";

/** `pnpm start`'s own settings; each service still parses the environment with its own schema. */
export const startConfigSchema = z.object({
  ...baseConfigShape,
  // the summary is what a newcomer reads: service logs only from warnings up unless asked
  LOG_LEVEL: baseConfigShape.LOG_LEVEL.default("warn"),
  // a local run reads the bundled samples from disk unless told otherwise
  INK_FETCH_ALLOW_FILE: env.bool(true),
});

export function loadStartConfig() {
  const config = loadConfig(startConfigSchema);
  // the services see the same environment, minus a shared HTTP_PORT (each keeps its own default port)
  const { HTTP_PORT: _ignored, ...rest } = process.env;
  const serviceEnv: Record<string, string | undefined> = { ...rest, INK_FETCH_ALLOW_FILE: String(config.INK_FETCH_ALLOW_FILE) };
  return { config, serviceEnv };
}

/**
 * What a CLI command needs in front of it to reach this run's servers and namespace: the variables that differ from
 * the defaults ("" when none does), so the printed hints work as they are.
 */
export function cliEnvPrefix(run: { natsUrl: string; redisUrl: string; namespace: string }): string {
  const defaults = loadConfig(z.object(baseConfigShape), {});
  const vars = [
    run.namespace !== defaults.INK_NAMESPACE ? `INK_NAMESPACE=${run.namespace}` : "",
    run.natsUrl !== defaults.NATS_URL ? `NATS_URL=${run.natsUrl}` : "",
    run.redisUrl !== defaults.REDIS_URL ? `REDIS_URL=${run.redisUrl}` : "",
  ].filter((v) => v !== "");
  return vars.length > 0 ? `${vars.join(" ")} ` : "";
}
