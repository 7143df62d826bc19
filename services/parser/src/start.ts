import { openPageStore, type Bus } from "@inkstream/bus";
import { startStageService, type Logger, type RunningService } from "@inkstream/runtime";
import type { ParserConfig } from "./config.ts";
import { handleFetched } from "./handle.ts";

/** Wires the parser: fetched events in, parsed articles out. */
export function startParser(config: ParserConfig, logger: Logger, opts: { bus?: Bus } = {}): Promise<RunningService> {
  return startStageService<"articleFetched">({
    name: "parser",
    natsUrl: config.NATS_URL,
    namespace: config.INK_NAMESPACE,
    httpPort: config.HTTP_PORT,
    logger,
    ...(opts.bus ? { bus: opts.bus } : {}),
    stage: async (bus) => {
      const pages = await openPageStore(bus);
      return {
        stage: "parser",
        consumes: "articleFetched",
        concurrency: config.INK_PARSE_CONCURRENCY,
        handle: async (event) => ({ key: "articleParsed", payload: await handleFetched(event, { getPage: (n) => pages.get(n) }) }),
      };
    },
  });
}
