import { sentenceFeatures } from "./src/ner/features.ts";
import { modelFor } from "./src/ner/models.ts";
import { decode } from "./src/ner/perceptron.ts";
const m = modelFor("de")!;
for (const line of ["Dem russischen Außenminister , Sergej Lawrow , zufolge wird Russland bei den für Januar geplanten Gesprächen mit den USA über die Sicherheitsgarantien seine Interessen entschlossen durchsetzen .",
"Der Vizeaußenminister Sergej Rjabkow hatte zuvor gegenüber SNA erklärt , dass die Nato und die USA reagieren .",
"Wie Lawrow vor Tagen erklärt hat , werden die Verhandlungen mit den USA über Sicherheitsgarantien aufgenommen ."]) {
  const s = line.split(" ");
  console.log(decode(m, sentenceFeatures("de", s), s.map((w) => w.toLowerCase())).map((t, i) => `${s[i]}/${t}`).join(" "));
}
import { historyFeatures } from "./src/ner/features.ts";
const s = "Dem russischen Außenminister , Sergej Lawrow , zufolge wird Russland".split(" ");
const fs = [...sentenceFeatures("de", s)[5]!, ...historyFeatures("B-PER", "O", "lawrow")];
const tot = new Array(7).fill(0);
for (const x of fs) { const w = Array.from(m.weights.get(x) ?? []); w.forEach((v, k) => tot[k] += v); console.log(x.padEnd(30), w.map((v) => v.toFixed(0).padStart(6)).join(" ")); }
console.log("total".padEnd(30), tot.map((v) => v.toFixed(0).padStart(6)).join(" "));
