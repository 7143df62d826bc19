import { parentPort, workerData } from "node:worker_threads";
import { prepareArticle, type IndexOptions, type PreparedArticle, type RecordInput } from "./index-data.ts";
import { keysFor } from "./keys.ts";

/** What a thread is started with. */
export interface AnalysisSetup {
  namespace: string;
  index: IndexOptions;
}

/** The jobs of one turn of the pool's event loop. */
export interface AnalysisRequest {
  jobs: { seq: number; record: RecordInput; mode: PreparedArticle["mode"] }[];
}

export interface AnalysisReply {
  results: ({ seq: number; prepared: PreparedArticle } | { seq: number; error: { name: string; message: string } })[];
}

// the thread of an AnalysisPool (started through analysis-worker.mjs): prepares each record it is sent
const setup = workerData as AnalysisSetup;
const keys = keysFor(setup.namespace);
parentPort?.on("message", (request: AnalysisRequest) => {
  const reply: AnalysisReply = { results: [] };
  // blocks that own their memory move to the other thread instead of being copied
  const transfer: ArrayBuffer[] = [];
  for (const job of request.jobs) {
    try {
      const prepared = prepareArticle(keys, job.record, job.mode, setup.index);
      const { buffer, byteOffset, byteLength } = prepared.block;
      if (byteOffset === 0 && byteLength === buffer.byteLength && buffer instanceof ArrayBuffer) transfer.push(buffer);
      reply.results.push({ seq: job.seq, prepared });
    } catch (err) {
      const e = err instanceof Error ? err : new Error(String(err));
      reply.results.push({ seq: job.seq, error: { name: e.name, message: e.message } });
    }
  }
  parentPort?.postMessage(reply, transfer);
});
