/** Every way an article can fail, per stage; the `reason` of an `ink.article.failed` event. */
export const FAILURE_REASONS = [
  "invalid_message",
  "invalid_url",
  "unsupported_scheme",
  "file_not_allowed",
  "file_not_found",
  "ssrf_blocked",
  "dns_error",
  "connection_error",
  "timeout",
  "http_4xx",
  "http_5xx",
  "rate_limited",
  // the host's politeness window (our own limit, Crawl-delay or its Retry-After) stayed closed until deliveries ran out
  "host_busy",
  "blocked_by_bot_protection",
  "robots_disallowed",
  "redirect_loop",
  "too_many_redirects",
  "too_large",
  "not_html",
  "page_missing",
  "no_content",
  "store_error",
  "retries_exhausted",
  "internal_error",
] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];

export const STAGES = ["gateway", "cli", "fetcher", "parser", "enricher", "indexer"] as const;
export type Stage = (typeof STAGES)[number];
