import type { PreparedArticle } from "./index-data.ts";

/**
 * A prepared article as it crosses between threads: its term names as one string (newline-separated: a term is
 * letters and digits), its term list's other columns as arrays that move (a structured copy costs an object at a
 * time).
 */
export interface PreparedWire {
  id: string;
  mode: PreparedArticle["mode"];
  contentHash: string;
  names: string;
  impacts: Int32Array;
  hashes: Int32Array;
  bytes: Int32Array;
  block: Uint8Array;
}

/** The prepared article a wire form stands for. */
export function fromWire(w: PreparedWire): PreparedArticle {
  const names = w.names === "" ? [] : w.names.split("\n");
  return {
    id: w.id,
    mode: w.mode,
    contentHash: w.contentHash,
    terms: { names, impacts: w.impacts, hashes: w.hashes, bytes: w.bytes },
    // a Buffer arrives as a plain Uint8Array
    block: Buffer.from(w.block.buffer, w.block.byteOffset, w.block.byteLength),
  };
}
