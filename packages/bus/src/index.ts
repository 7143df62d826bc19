export { connectBus, type Bus, type ConnectOptions } from "./connect.ts";
export { ensureStream, ensureConsumer, type StreamOptions, type ConsumerOptions } from "./provision.ts";
export { publishEvent, publishRaw, newEventMeta, metaFromHeaders, metaToHeaders, type PublishOptions } from "./publish.ts";
export { runStage, type StageDefinition, type RunningStage, type HandlerContext, type Emission } from "./consume.ts";
export { openPageStore, type PageStore } from "./page-store.ts";
export { backoffDelay } from "./backoff.ts";
export { failedEventFor } from "./dead-letter.ts";
export { watchEvents, type WatchedEvent } from "./watch.ts";
export { ingestUrls, type IngestOutcome, type IngestOptions } from "./ingest-client.ts";
