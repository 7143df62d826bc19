// Writes docs/asyncapi.json from the zod contracts: pnpm --filter @inkstream/contracts asyncapi
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { asyncApiDocument } from "../src/index.ts";

const out = resolve(import.meta.dirname, "../../../docs/asyncapi.json");
writeFileSync(out, JSON.stringify(asyncApiDocument(), null, 2) + "\n");
process.stdout.write(`wrote ${out}\n`);
