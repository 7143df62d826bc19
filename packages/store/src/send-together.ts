import type { Redis } from "ioredis";

/**
 * Issues the commands `issue` sends, with the connection's socket corked meanwhile, so that they leave in one write
 * (one system call, one round trip) instead of one write each. What ioredis's pipeline() would do, without a
 * pipeline: the collector keeps a pipeline's replies well past the call (docs/benchmarks.md, "Reads without
 * pipeline()"). ioredis writes a command as it is called once the connection is ready; before that its offline
 * queue holds them and corking changes nothing.
 */
export function sendTogether<T>(redis: Redis, issue: () => T): T {
  const socket = redis.stream as Redis["stream"] | undefined;
  socket?.cork();
  try {
    return issue();
  } finally {
    socket?.uncork();
  }
}
