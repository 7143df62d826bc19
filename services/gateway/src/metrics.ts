import { METHODS } from "node:http";
import { counter, histogram } from "@inkstream/runtime";

/** Requests by route (the path pattern), method and status; every answer the gateway sends is counted once. */
export const requests = counter("inkstream_gateway_requests_total", "gateway requests by route and status", ["route", "method", "status"]);
export const latency = histogram("inkstream_gateway_request_duration_seconds", "gateway request time by route", ["route"], [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 5]);

/** The route and method label of what the HTTP parser refused before a route or method was known. */
export const UNPARSED = "(unparsed)";
const KNOWN_METHODS: ReadonlySet<string> = new Set(METHODS);

/** A method label from the start of a refused request: one Node knows, else UNPARSED (the label set stays bounded). */
export function methodLabel(raw: unknown): string {
  if (!Buffer.isBuffer(raw)) return UNPARSED;
  const method = /^([A-Z-]+) /.exec(raw.subarray(0, 32).toString("latin1"))?.[1];
  return method !== undefined && KNOWN_METHODS.has(method) ? method : UNPARSED;
}
