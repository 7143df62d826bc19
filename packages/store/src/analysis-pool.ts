import { Worker } from "node:worker_threads";
import { RecordInputError, type PreparedArticle, type RecordInput } from "./index-data.ts";
import type { AnalysisReply, AnalysisRequest, AnalysisSetup } from "./analysis-worker.ts";
import { fromWire } from "./analysis-wire.ts";
import { WRITE_CHUNK } from "./write-chunk.ts";

/**
 * articles per message to a thread (and per reply): a write chunk's worth, so each reply fills a chunk (one script
 * call and one segment, as when analysing inline) while the thread analyses the next; 10 measured alike but made
 * five times the segments
 */
const JOBS_PER_MESSAGE = WRITE_CHUNK;

interface Job {
  seq: number;
  /** until it is posted to a thread (then only the thread's copy is needed: the text is not kept alive here) */
  record: RecordInput | null;
  mode: PreparedArticle["mode"];
  resolve: (p: PreparedArticle) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  /** jobs sent, by sequence number */
  out: Map<number, Job>;
  /** jobs to send at the end of this turn of the event loop (one message per turn) */
  queued: Job[];
}

/**
 * Worker threads that analyse records (prepareArticle: terms, impacts, every index argument) so that the thread
 * writing to Redis does not: an indexer then uses a second core for the CPU half of its work. Jobs go to the
 * thread with the fewest outstanding, a write chunk per message (sent once per turn of the event loop); a thread
 * that dies fails its own jobs and is replaced.
 */
export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private seq = 0;
  private closing = false;

  constructor(
    threads: number,
    private readonly setup: AnalysisSetup,
  ) {
    for (let i = 0; i < threads; i++) this.slots.push(this.spawn());
  }

  prepare(record: RecordInput, mode: PreparedArticle["mode"] = "upsert"): Promise<PreparedArticle> {
    if (this.closing) return Promise.reject(new Error("analysis pool: closed"));
    return new Promise<PreparedArticle>((resolve, reject) => {
      let slot = this.slots[0] as Slot;
      for (const s of this.slots) if (s.out.size + s.queued.length < slot.out.size + slot.queued.length) slot = s;
      slot.queued.push({ seq: this.seq++, record, mode, resolve, reject });
      if (slot.queued.length === 1) setImmediate(() => this.send(slot));
    });
  }

  /** Stops the threads once the jobs sent have come back (jobs still queued are refused). */
  async close(): Promise<void> {
    this.closing = true;
    for (const s of this.slots) {
      for (const j of s.queued) j.reject(new Error("analysis pool: closed"));
      s.queued = [];
    }
    await Promise.all(
      this.slots.map(async (s) => {
        while (s.out.size > 0) await new Promise<void>((resolve) => setImmediate(resolve));
        await s.worker.terminate();
      }),
    );
  }

  private send(slot: Slot): void {
    const jobs = slot.queued;
    slot.queued = [];
    // empty when its thread died in between: the jobs went to the thread that took its place
    if (jobs.length === 0) return;
    for (const j of jobs) slot.out.set(j.seq, j);
    // a chunk per message: the first comes back (and gets written) while the thread analyses the next
    for (let i = 0; i < jobs.length; i += JOBS_PER_MESSAGE) {
      const part = jobs.slice(i, i + JOBS_PER_MESSAGE);
      const request: AnalysisRequest = { jobs: part.map((j) => ({ seq: j.seq, record: j.record as RecordInput, mode: j.mode })) };
      slot.worker.postMessage(request);
      // copied into the message: a job waiting for its reply would otherwise keep the record's texts alive, and the
      // collector would copy them at every scavenge until the reply comes
      for (const j of part) j.record = null;
    }
  }

  private spawn(): Slot {
    const worker = new Worker(new URL("./analysis-worker.mjs", import.meta.url), { workerData: this.setup });
    const slot: Slot = { worker, out: new Map(), queued: [] };
    worker.on("message", (reply: AnalysisReply) => {
      for (const r of reply.results) {
        const job = slot.out.get(r.seq);
        if (!job) continue;
        slot.out.delete(r.seq);
        if ("prepared" in r) job.resolve(fromWire(r.prepared));
        else job.reject(r.error.name === "RecordInputError" ? new RecordInputError(r.error.message) : new Error(r.error.message));
      }
    });
    // a crash fails the jobs this thread held, and a new thread takes its place
    const fail = (err: Error) => {
      for (const j of slot.out.values()) j.reject(err);
      slot.out.clear();
    };
    worker.on("error", (err) => fail(err instanceof Error ? err : new Error(String(err))));
    worker.on("exit", (code) => {
      fail(new Error(`analysis thread exited with code ${code}`));
      const i = this.slots.indexOf(slot);
      if (this.closing || i < 0) return;
      const next = this.spawn();
      next.queued = slot.queued;
      slot.queued = [];
      this.slots[i] = next;
      if (next.queued.length > 0) setImmediate(() => this.send(next));
    });
    return slot;
  }
}
