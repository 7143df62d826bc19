import { z } from "zod";

/** A namespace prefixes every stream, consumer, bucket, subject and Redis key; it must be safe in all of them. */
export const namespaceSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,31}$/, "lower-case letters, digits and _ (starting with a letter), at most 32 characters");

export const DEFAULT_NAMESPACE = "ink";

/** Names derived from a namespace, in one place so nothing else spells them. */
export function namesFor(namespace: string) {
  return {
    stream: `${namespace}_events`,
    subjects: [`${namespace}.ingest.>`, `${namespace}.article.>`],
    consumer: (stage: string) => `${namespace}_${stage}`,
    pageBucket: `${namespace}_pages`,
    redisPrefix: `{${namespace}}:`,
  } as const;
}
