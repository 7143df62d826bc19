import { counter } from "@inkstream/runtime";

/** The fetcher's metrics: outcomes by reason, deferrals, retries, feed polls. No article ids or URLs as labels. */
export function fetchMetrics() {
  return {
    outcomes: counter("inkstream_fetch_outcomes_total", "Final outcome of each ingest request: fetched, unchanged, skipped or failed, with the failure reason", ["outcome", "reason"]),
    deferrals: counter("inkstream_fetch_deferrals_total", "Requests rescheduled because the host's politeness or back-off window was closed", ["cause"]),
    retries: counter("inkstream_fetch_retries_total", "Fetch attempts that failed transiently and will be retried, by reason", ["reason"]),
    polls: counter("inkstream_fetch_feed_polls_total", "Feed and sitemap polls, by kind and result", ["kind", "result"]),
    entries: counter("inkstream_fetch_feed_entries_total", "New feed and sitemap entries turned into ingest requests", ["kind"]),
  };
}
export type FetchMetrics = ReturnType<typeof fetchMetrics>;
