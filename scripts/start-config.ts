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
