import { z } from "zod";
import { baseConfigShape, createLogger, loadConfig, type Logger } from "@inkstream/runtime";

export const cliConfigSchema = z.object({
  ...baseConfigShape,
  // the CLI's stdout is data; its logs go to stderr and stay quiet unless asked
  LOG_LEVEL: baseConfigShape.LOG_LEVEL.default("warn"),
});
export type CliConfig = z.infer<typeof cliConfigSchema>;

export const loadCliConfig = () => loadConfig(cliConfigSchema);

/** The process's one logger, on stderr. */
export const cliLogger = (config: CliConfig): Logger => createLogger("cli", config.LOG_LEVEL, { stderr: true });
