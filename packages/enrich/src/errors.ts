/** Error codes of the enrich package. */
export const ENRICH_ERROR_CODES = ["UNKNOWN_ANNOTATOR"] as const;
export type EnrichErrorCode = (typeof ENRICH_ERROR_CODES)[number];

/** A caller mistake (never retryable): bad options passed to enrich(). */
export class EnrichError extends Error {
  readonly code: EnrichErrorCode;
  readonly retryable = false;

  constructor(code: EnrichErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "EnrichError";
    this.code = code;
  }
}
