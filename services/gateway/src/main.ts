import { serviceMain } from "@inkstream/runtime";
import { loadGatewayConfig } from "./config.ts";
import { startGateway } from "./start.ts";

serviceMain("gateway", () => loadGatewayConfig(), startGateway);
