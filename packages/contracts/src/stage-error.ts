import type { FailureReason } from "./reasons.ts";

/** An error a stage raises on purpose: a reason code, whether a retry can help, and the cause. */
export class StageError extends Error {
  override readonly name = "StageError";
  readonly reason: FailureReason;
  readonly retryable: boolean;
  /** for retryable errors: wait at least this long before the next try (e.g. Retry-After) */
  readonly retryAfterMs: number | undefined;

  constructor(reason: FailureReason, message: string, opts: { retryable?: boolean; cause?: unknown; retryAfterMs?: number } = {}) {
    super(message, { cause: opts.cause });
    this.reason = reason;
    this.retryable = opts.retryable ?? false;
    this.retryAfterMs = opts.retryAfterMs;
  }
}

/** Turns any thrown value into a StageError; unknown errors are treated as transient. */
export function toStageError(err: unknown): StageError {
  if (err instanceof StageError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new StageError("internal_error", message, { retryable: true, cause: err });
}
