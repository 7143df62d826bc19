export { startGateway, type RunningGateway } from "./start.ts";
export { createServer } from "./server.ts";
export { loadGatewayConfig, gatewayConfigSchema, type GatewayConfig } from "./config.ts";
export { openApiDocument } from "./openapi.ts";
export type { GatewayDeps } from "./deps.ts";
