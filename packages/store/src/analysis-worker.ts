import { parentPort, workerData } from "node:worker_threads";
import { prepareArticle, type IndexOptions, type PreparedArticle, type RecordInput } from "./index-data.ts";
import type { PreparedWire } from "./analysis-wire.ts";
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
  results: ({ seq: number; prepared: PreparedWire } | { seq: number; error: { name: string; message: string } })[];
}

// the thread of an AnalysisPool (started through analysis-worker.mjs): prepares each record it is sent
const setup = workerData as AnalysisSetup;
const keys = keysFor(setup.namespace);
parentPort?.on("message", (request: AnalysisRequest) => {
  const reply: AnalysisReply = { results: [] };
  // the term list's columns and the blocks that own their memory move to the other thread instead of being copied
  const transfer: ArrayBuffer[] = [];
  for (const job of request.jobs) {
    try {
      const { id, mode, contentHash, terms, block } = prepareArticle(keys, job.record, job.mode, setup.index);
      const { impacts, hashes, bytes } = terms;
      transfer.push(impacts.buffer as ArrayBuffer, hashes.buffer as ArrayBuffer, bytes.buffer as ArrayBuffer);
      const { buffer, byteOffset, byteLength } = block;
      if (byteOffset === 0 && byteLength === buffer.byteLength && buffer instanceof ArrayBuffer) transfer.push(buffer);
      reply.results.push({ seq: job.seq, prepared: { id, mode, contentHash, names: terms.names.join("\n"), impacts, hashes, bytes, block } });
    } catch (err) {
      const e = err instanceof Error ? err : new Error(String(err));
      reply.results.push({ seq: job.seq, error: { name: e.name, message: e.message } });
    }
  }
  parentPort?.postMessage(reply, transfer);
});
