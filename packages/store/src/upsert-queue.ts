import type { PreparedArticle } from "./index-data.ts";
import { chunksOf, type ChunkOutcome } from "./write-chunk.ts";

interface Pending {
  article: PreparedArticle;
  resolve: (o: ChunkOutcome) => void;
  reject: (e: unknown) => void;
}

interface InFlight {
  ids: ReadonlySet<string>;
  done: Promise<void>;
}

/**
 * Groups upserts into chunks (one script call and one segment each): upserts made in the same turn of the event
 * loop (concurrent messages of an indexer, or upsertMany) share chunks. A few chunks are in flight at once, so
 * Redis writes one while Node prepares the next; a chunk waits for any earlier chunk holding one of its articles,
 * so versions land in the order they were given. A failed chunk is retried article by article: one bad article
 * fails alone.
 */
export class UpsertQueue {
  private pending: Pending[] = [];
  private inFlight: InFlight[] = [];
  private chain: Promise<void> = Promise.resolve();
  private scheduled = false;

  constructor(
    private readonly write: (chunk: readonly PreparedArticle[]) => Promise<ChunkOutcome[]>,
    private readonly afterWrite: () => void,
    private readonly chunkSize: number,
    private readonly maxInFlight = 3,
  ) {}

  add(article: PreparedArticle): Promise<ChunkOutcome> {
    return new Promise<ChunkOutcome>((resolve, reject) => {
      this.pending.push({ article, resolve, reject });
      if (this.pending.length >= this.chunkSize) this.flush();
      else if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** resolves when every chunk handed over so far is written */
  async drain(): Promise<void> {
    this.flush();
    await this.chain;
    await Promise.all(this.inFlight.map((f) => f.done));
  }

  private flush(): void {
    this.scheduled = false;
    const taken = this.pending;
    this.pending = [];
    if (taken.length === 0) return;
    const chunks = chunksOf(
      taken.map((p) => ({ id: p.article.id, p })),
      this.chunkSize,
    ).map((c) => c.map((x) => x.p));
    this.chain = this.chain.then(async () => {
      for (const c of chunks) await this.dispatch(c);
    });
  }

  private async dispatch(chunk: Pending[]): Promise<void> {
    const ids = new Set(chunk.map((p) => p.article.id));
    for (;;) {
      const blocking = this.inFlight.filter((f) => [...ids].some((id) => f.ids.has(id)));
      if (blocking.length === 0 && this.inFlight.length < this.maxInFlight) break;
      await Promise.race((blocking.length > 0 ? blocking : this.inFlight).map((f) => f.done));
    }
    const entry: InFlight = { ids, done: this.run(chunk) };
    this.inFlight.push(entry);
    void entry.done.finally(() => {
      this.inFlight = this.inFlight.filter((f) => f !== entry);
    });
  }

  private async run(chunk: Pending[]): Promise<void> {
    try {
      const out = await this.write(chunk.map((p) => p.article));
      chunk.forEach((p, i) => {
        const o = out[i];
        if (o?.error) p.reject(o.error);
        else if (o) p.resolve(o);
        else p.reject(new Error(`upsert: no reply for article ${p.article.id}`));
      });
    } catch (err) {
      if (chunk.length === 1) chunk[0]?.reject(err);
      else for (const p of chunk) await this.run([p]);
    }
    this.afterWrite();
  }
}
