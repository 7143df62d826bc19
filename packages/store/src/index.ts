export { openStore, type ArticleStore, type Change, type RecordInput } from "./store.ts";
export { keysFor, type Keys } from "./keys.ts";
export { encodeRecord, decodeRecord } from "./record-codec.ts";
