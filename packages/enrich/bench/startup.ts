// Child process of the bench: how long a fresh process needs to import the package and load every
// model (the enricher's warm-up), and the resident memory then. Prints one JSON line.
import { enrich, warmUp } from "../src/index.ts";

const imported = performance.now();
const warmMs = warmUp();
const ready = performance.now();
enrich({ text: "Bundeskanzler Olaf Scholz besuchte am Montag Paris." });
const mem = process.memoryUsage();
process.stdout.write(`${JSON.stringify({ importMs: imported, warmUpMs: warmMs, readyMs: ready, rssMb: mem.rss / 2 ** 20, heapMb: mem.heapUsed / 2 ** 20 })}\n`);
