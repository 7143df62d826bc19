export { loadConfig, ConfigError, env, baseConfigShape } from "./config.ts";
export { createLogger, type Logger } from "./logger.ts";
export { counter, histogram, gauge, register, startDefaultMetrics } from "./metrics.ts";
export { startHealthServer, type HealthServer, type HealthServerOptions, type ReadinessCheck } from "./health-server.ts";
export { onShutdown, runMain, serviceMain } from "./lifecycle.ts";
export { startStageService, type RunningService, type StageServiceOptions } from "./stage-service.ts";
