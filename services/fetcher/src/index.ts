export { startFetcher } from "./start.ts";
export { loadFetcherConfig, fetcherConfigSchema, type FetcherConfig } from "./config.ts";
export { blockedRange, parseAllowList, refusal, unmapIPv4 } from "./address-policy.ts";
export { handleIngest } from "./handle.ts";
export { retryAfterMs, classifyStatus } from "./status.ts";
export { notHtmlReason } from "./sniff.ts";
