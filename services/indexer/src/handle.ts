import { SCHEMA_VERSION, StageError, type ArticleEnriched, type ArticleIndexed } from "@inkstream/contracts";
import { RecordInputError, type ArticleStore } from "@inkstream/store";
import { toRecord } from "./to-record.ts";

/** Writes the record (a versioned, idempotent upsert) and describes the change for the public event. */
export async function handleEnriched(event: ArticleEnriched, store: ArticleStore): Promise<ArticleIndexed> {
  const record = toRecord(event);
  let result;
  try {
    // a store opened with sourceHealth (startIndexer's) counts what is new into its source's extraction health in
    // the same write: a replay that changes nothing counts nothing
    result = await store.upsert(record);
  } catch (err) {
    if (err instanceof RecordInputError) throw new StageError("too_large", err.message, { retryable: false, cause: err });
    throw new StageError("store_error", `writing the record failed: ${String(err)}`, { retryable: true, cause: err });
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    articleId: record.id,
    url: record.url,
    change: result.change,
    version: result.version,
    indexedAt: new Date().toISOString(),
    title: record.title,
    language: record.language,
    ...(record.publishedAt ? { publishedAt: record.publishedAt } : {}),
    tags: record.tags,
    recordKey: store.keys.record(record.id),
    // near-duplicates: the earliest stored copy of the same story and the cluster they share
    ...(result.duplicateOf ? { duplicateOf: result.duplicateOf } : {}),
    ...(result.clusterId ? { clusterId: result.clusterId, clusterSize: result.clusterSize ?? 1 } : {}),
  };
}
