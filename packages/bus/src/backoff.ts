/** Delay before redelivery n (1-based): exponential from `baseMs`, capped, with ±20% jitter so replicas do not retry in step. */
export function backoffDelay(deliveryCount: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const exp = Math.min(maxMs, baseMs * 2 ** Math.max(0, deliveryCount - 1));
  const jitter = 0.8 + random() * 0.4;
  return Math.round(Math.min(maxMs, exp * jitter));
}
