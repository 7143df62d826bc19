import { Redis } from "ioredis";
import type { CliConfig } from "./config.ts";

/** Runs `run` with a connection to Redis, closed afterwards whatever happens. */
export async function withRedis<T>(config: CliConfig, run: (redis: Redis) => Promise<T>): Promise<T> {
  const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 2 });
  try {
    return await run(redis);
  } finally {
    await redis.quit();
  }
}
