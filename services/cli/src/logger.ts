import { createLogger, type Logger } from "@inkstream/runtime/logger";
import type { CliConfig } from "./config.ts";

/** The process's one logger, on stderr (stdout is data); only commands that connect to NATS load it. */
export const cliLogger = (config: CliConfig): Logger => createLogger("cli", config.LOG_LEVEL, { stderr: true });
