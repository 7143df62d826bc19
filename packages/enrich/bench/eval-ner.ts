// GermEval 2014 dev score of enrich(): lays the dev sentences out as one text (as the CLI receives it),
// runs enrich with mentions, and scores with the shared germeval_eval.py.
// usage: tsx packages/enrich/bench/eval-ner.ts [--dev FILE.tsv.gz]
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { enrich } from "../src/index.ts";

const DATA = "/work/shared/data/ner";
const devIndex = process.argv.indexOf("--dev");
const dev = devIndex > 0 ? (process.argv[devIndex + 1] ?? "") : `${DATA}/germeval2014/NER-de-dev.tsv.gz`;
const evaluator = `${DATA}/germeval_eval.py`;

const text = execFileSync("python3", [evaluator, dev, "--text"], { maxBuffer: 64 << 20 }).toString("utf8");
writeFileSync("/tmp/g.txt", text);
const t0 = performance.now();
const result = enrich({ text: readFileSync("/tmp/g.txt", "utf8") }, { mentions: true });
const ms = performance.now() - t0;
writeFileSync("/tmp/pred.json", JSON.stringify({ mentions: result.mentions ?? [] }));
const score = execFileSync("python3", [evaluator, dev, "--score", "/tmp/pred.json"]).toString("utf8").trim();
console.log(score);
console.log(`enrich(): ${ms.toFixed(0)} ms for ${text.length} chars, language ${result.language.code}, ${result.mentions?.length ?? 0} mentions`);
