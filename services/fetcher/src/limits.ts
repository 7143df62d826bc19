/** The fetcher's limits; every one is configurable (config.ts). */
export interface FetchLimits {
  connectTimeoutMs: number;
  totalTimeoutMs: number;
  /** bytes on the wire */
  maxBodyBytes: number;
  /** bytes after gzip/deflate/brotli: stops decompression bombs */
  maxDecodedBytes: number;
  maxRedirects: number;
  userAgent: string;
}
