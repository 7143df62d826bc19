import type { PreparedArticle } from "./index-data.ts";

/**
 * A prepared article as it crosses between threads: its terms as one string (newline-separated: a term is letters
 * and digits) and one array of impacts, since a structured copy of a pair per term costs an object at a time.
 */
export interface PreparedWire {
  id: string;
  mode: PreparedArticle["mode"];
  contentHash: string;
  names: string;
  impacts: Int32Array;
  block: Uint8Array;
}

/** The prepared article a wire form stands for. */
export function fromWire(w: PreparedWire): PreparedArticle {
  const names = w.names === "" ? [] : w.names.split("\n");
  return {
    id: w.id,
    mode: w.mode,
    contentHash: w.contentHash,
    terms: names.map((t, i): [string, number] => [t, w.impacts[i] as number]),
    // a Buffer arrives as a plain Uint8Array
    block: Buffer.from(w.block.buffer, w.block.byteOffset, w.block.byteLength),
  };
}
