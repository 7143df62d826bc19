// Peers measured in the bench's run: tinyld for language, compromise for (English) entities.
import nlp from "compromise";
import { detect as tinyldDetect } from "tinyld/light";
import { enrich } from "../src/index.ts";
import type { BenchArticle } from "./corpus.ts";
import { stat } from "./measure.ts";

const time = (f: () => void): number => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};

/** Median ms per article and headline accuracy: our language annotator against tinyld. */
export function languagePeer(articles: readonly BenchArticle[], headlines: readonly [string, string][]) {
  const ours = articles.map((a) => time(() => enrich(a.input, { annotators: ["language"] })));
  const peer = articles.map((a) => time(() => tinyldDetect(a.input.text)));
  const oursRight = headlines.filter(([l, t]) => enrich({ text: t }, { annotators: ["language"] }).language.code === l).length;
  const peerRight = headlines.filter(([l, t]) => tinyldDetect(t) === l).length;
  return {
    oursMs: stat(ours).median,
    peerMs: stat(peer).median,
    oursAccuracy: oursRight / Math.max(1, headlines.length),
    peerAccuracy: peerRight / Math.max(1, headlines.length),
  };
}

/** Median ms per English article for entities (ours: the whole mention pass) against compromise's people/places/organisations. */
export function entityPeer(articles: readonly BenchArticle[]) {
  const english = articles.filter((a) => enrich(a.input, { annotators: ["language"] }).language.code === "en");
  let oursEntities = 0;
  let peerEntities = 0;
  const ours = english.map((a) =>
    time(() => {
      oursEntities += enrich(a.input, { annotators: ["entities"] }).entities.length;
    }),
  );
  const peer = english.map((a) =>
    time(() => {
      const doc = nlp(a.input.text);
      const people = doc.people().out("array") as string[];
      const places = doc.places().out("array") as string[];
      const orgs = doc.organizations().out("array") as string[];
      peerEntities += new Set([...people, ...places, ...orgs]).size;
    }),
  );
  const n = Math.max(1, english.length);
  return { articles: english.length, oursMs: stat(ours).median, peerMs: stat(peer).median, oursEntities: oursEntities / n, peerEntities: peerEntities / n };
}
