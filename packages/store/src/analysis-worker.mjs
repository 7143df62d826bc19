// A worker thread starts without its parent's TypeScript loader (packages run from source through tsx): register
// it here, then load the thread's code.
import { register } from "tsx/esm/api";

register();
await import("./analysis-worker.ts");
