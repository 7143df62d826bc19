import type { Redis } from "ioredis";

/**
 * Sends one or more commands per item (`send` issues them) with the connection's socket corked meanwhile, so that
 * they all leave in one write (one system call, one round trip) instead of one write each; resolves to the items'
 * results in order. What ioredis's pipeline() would do, without a pipeline: the collector keeps a pipeline's replies
 * well past the call (docs/benchmarks.md, "Reads without pipeline()"). ioredis writes a command as it is called
 * once the connection is ready; before that its offline queue holds them and corking changes nothing.
 */
export function sendTogether<T, R>(redis: Redis, items: readonly T[], send: (item: T) => Promise<R>): Promise<R[]> {
  const socket = redis.stream as Redis["stream"] | undefined;
  socket?.cork();
  try {
    return Promise.all(items.map(send));
  } finally {
    socket?.uncork();
  }
}
