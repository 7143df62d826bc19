import { serviceMain } from "@inkstream/runtime";
import { loadFetcherConfig } from "./config.ts";
import { startFetcher } from "./start.ts";

serviceMain("fetcher", () => loadFetcherConfig(), startFetcher);
