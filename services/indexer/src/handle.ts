import { SCHEMA_VERSION, StageError, type ArticleEnriched, type ArticleIndexed } from "@inkstream/contracts";
import { RecordInputError, type ArticleStore, type UpsertResult } from "@inkstream/store";
import { toRecord } from "./to-record.ts";

/**
 * Writes the record (a versioned, idempotent upsert) and describes the change for the public event. Not async:
 * nothing holds the event or the record (their texts) while the write is awaited, as an async function's frame
 * would (the indexer keeps hundreds of messages in flight; see runStage).
 */
export function handleEnriched(event: ArticleEnriched, store: ArticleStore): Promise<ArticleIndexed> {
  const record = toRecord(event);
  const indexed = {
    schemaVersion: SCHEMA_VERSION,
    articleId: record.id,
    url: record.url,
    title: record.title,
    language: record.language,
    ...(record.publishedAt ? { publishedAt: record.publishedAt } : {}),
    tags: record.tags,
    recordKey: store.keys.record(record.id),
  };
  // a store opened with sourceHealth (startIndexer's) counts what is new into its source's extraction health in the
  // same write: a replay that changes nothing counts nothing
  let written: Promise<UpsertResult>;
  try {
    written = store.upsert(record);
  } catch (err) {
    // mapped below like a failed write
    written = Promise.reject(err instanceof Error ? err : new Error(String(err)));
  }
  return written.then(
    (result): ArticleIndexed => ({
      ...indexed,
      change: result.change,
      version: result.version,
      indexedAt: new Date().toISOString(),
      // near-duplicates: the earliest stored copy of the same story and the cluster they share
      ...(result.duplicateOf ? { duplicateOf: result.duplicateOf } : {}),
      ...(result.clusterId ? { clusterId: result.clusterId, clusterSize: result.clusterSize ?? 1 } : {}),
    }),
    (err: unknown) => {
      if (err instanceof RecordInputError) throw new StageError("too_large", err.message, { retryable: false, cause: err });
      throw new StageError("store_error", `writing the record failed: ${String(err)}`, { retryable: true, cause: err });
    },
  );
}
