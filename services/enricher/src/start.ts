import type { Bus } from "@inkstream/bus";
import { startStageService, type Logger, type RunningService } from "@inkstream/runtime";
import type { EnricherConfig } from "./config.ts";
import { handleParsed } from "./handle.ts";

/** Wires the enricher: parsed articles in, enriched articles out. */
export function startEnricher(config: EnricherConfig, logger: Logger, opts: { bus?: Bus } = {}): Promise<RunningService> {
  const annotators = config.INK_ENRICH_ANNOTATORS.length > 0 ? { annotators: config.INK_ENRICH_ANNOTATORS } : {};
  return startStageService<"articleParsed">({
    name: "enricher",
    natsUrl: config.NATS_URL,
    namespace: config.INK_NAMESPACE,
    httpPort: config.HTTP_PORT,
    logger,
    ...(opts.bus ? { bus: opts.bus } : {}),
    stage: () => ({
      stage: "enricher",
      consumes: "articleParsed",
      concurrency: config.INK_ENRICH_CONCURRENCY,
      handle: (event) => Promise.resolve({ key: "articleEnriched", payload: handleParsed(event, annotators) }),
    }),
  });
}
