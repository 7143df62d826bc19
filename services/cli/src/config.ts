import { z } from "zod";
// the config module alone: the package's index also loads the metrics, the stage service and the bus
import { baseConfigShape, loadConfig } from "@inkstream/runtime/config";

export const cliConfigSchema = z.object({
  ...baseConfigShape,
  // the CLI's stdout is data; its logs go to stderr and stay quiet unless asked
  LOG_LEVEL: baseConfigShape.LOG_LEVEL.default("warn"),
});
export type CliConfig = z.infer<typeof cliConfigSchema>;

export const loadCliConfig = () => loadConfig(cliConfigSchema);
