import { serviceMain } from "@inkstream/runtime";
import { loadEnricherConfig } from "./config.ts";
import { startEnricher } from "./start.ts";

serviceMain("enricher", () => loadEnricherConfig(), startEnricher);
