import { serviceMain } from "@inkstream/runtime";
import { loadIndexerConfig } from "./config.ts";
import { startIndexer } from "./start.ts";

serviceMain("indexer", () => loadIndexerConfig(), startIndexer);
