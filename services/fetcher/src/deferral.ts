import { StageError, type FailureReason } from "@inkstream/contracts";

export type DeferralCause = "interval" | "back-off" | "retry-after";

/**
 * Not a failure: the host may not be asked yet (our politeness interval, Crawl-delay, or a Retry-After it
 * sent). The bus naks the message with `retryAfterMs`; the fetcher does not count it as an attempt.
 */
export class Deferral extends StageError {
  readonly why: DeferralCause;
  constructor(reason: FailureReason, message: string, waitMs: number, why: DeferralCause, original?: unknown) {
    super(reason, message, { retryable: true, retryAfterMs: Math.max(1, Math.round(waitMs)), cause: original });
    this.why = why;
  }
}

export const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
