import { serviceMain } from "@inkstream/runtime";
import { loadParserConfig } from "./config.ts";
import { startParser } from "./start.ts";

serviceMain("parser", () => loadParserConfig(), startParser);
