export { createTestEnv, removeNamespace, serviceEnv, type TestEnv } from "./test-env.ts";
export { testServers, type Servers } from "./servers.ts";
export { startPageServer, type Route } from "./page-server.ts";
