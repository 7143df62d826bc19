import { stopwordList } from "./text/stopwords.ts";
import { BACKGROUND_DF } from "./data/background-df.ts";
import { FIRST_NAMES } from "./data/persons.ts";
import type { RawMention } from "./ner/recognize.ts";
import type { Doc } from "./text/document.ts";
import { stem } from "./text/stem.ts";
import type { EnrichOptions, Keyword } from "./types.ts";
import { absorbedBy, collectPhrases, phraseScore, type Phrase } from "./keyphrases.ts";

const TOP = 10;
// Calendar words and reporting verbs carry no topic.
const EXTRA_STOP = (
  "januar februar märz april mai juni juli august september oktober november dezember montag dienstag mittwoch donnerstag freitag " +
  "samstag sonntag january february march may june july october december monday tuesday wednesday thursday friday saturday sunday " +
  "sagte sagt erklärte erklärt berichtet berichtete said says told according also would could year years percent prozent jahr jahre " +
  "mehr sei seien habe worden wurde wurden sagen erklären said январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь " +
  "декабрь заявил заявила сообщил сообщила также года году лет empfohlene artikel advertisment advertisement translate start quelle " +
  // the calendar in the other languages the stopword lists cover, and determiners those lists miss
  "lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre " +
  "lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril juin juillet août septembre octobre novembre décembre " +
  "lunedì martedì mercoledì giovedì venerdì sabato domenica gennaio febbraio aprile maggio giugno luglio agosto settembre ottobre novembre dicembre " +
  "segunda terça quarta quinta sexta sábado domingo janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro " +
  "poniedziałek wtorek środa czwartek piątek sobota niedziela stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia " +
  "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart mei juni juli augustus oktober " +
  "este esta estos estas ese esa esos esas aquel aquella unseres unserem unseren unserer eures eurem euren eurer ihres ihrem ihren seines seinem meines meinem deines deinem " +
  // words the English list misses, and amounts (a count of something is not what an article is about)
  "she maybe perhaps millions billion billions thousand thousands hundred hundreds " +
  "million millionen milliarde milliarden tausend tausende hundert hunderte millón millones mil milliard milliards tysiąc tysięcy milion milionów miliard trzy dni"
).split(" ");

interface Df {
  docs: number;
  get(stem: string): number;
}

const builtIn = new Map<string, Df>();

function backgroundDf(lang: string): Df {
  let df = builtIn.get(lang);
  if (!df) {
    const src = BACKGROUND_DF[lang];
    const map = new Map<string, number>();
    for (const line of (src?.terms ?? "").split("\n")) {
      const sp = line.lastIndexOf(" ");
      if (sp > 0) map.set(line.slice(0, sp), Number(line.slice(sp + 1)));
    }
    df = { docs: src?.docs ?? 1, get: (s) => map.get(s) ?? 0 };
    builtIn.set(lang, df);
  }
  return df;
}

const stopSets = new Map<string, Set<string>>();

function stopwords(lang: string): Set<string> {
  let s = stopSets.get(lang);
  if (!s) {
    s = new Set([...stopwordList(lang), ...EXTRA_STOP, ...FIRST_NAMES.map((n) => n.toLowerCase())]);
    stopSets.set(lang, s);
  }
  return s;
}

interface Candidate {
  stem: string;
  forms: Map<string, number>;
  tf: number;
  firstSentence: number;
  capitalised: number;
}

/** Whether a word may be a keyword or part of a keyphrase: letters (and hyphens), three or more, no stopword. */
function candidateWord(lang: string): (w: string) => boolean {
  const stops = stopwords(lang);
  return (w) => w.length >= 3 && /^\p{L}[\p{L}-]*$/u.test(w) && !stops.has(w.toLowerCase());
}

function collectCandidates(doc: Doc, lang: string, entityStarts: ReadonlySet<number>): Map<string, Candidate> {
  const isCandidate = candidateWord(lang);
  const cands = new Map<string, Candidate>();
  doc.sentences.forEach((s, si) => {
    s.tokens.forEach((t, ti) => {
      const w = t.text;
      if (!isCandidate(w)) return;
      const st = stem(lang, w);
      if (st.length < 3) return;
      let c = cands.get(st);
      if (!c) {
        c = { stem: st, forms: new Map(), tf: 0, firstSentence: si, capitalised: 0 };
        cands.set(st, c);
      }
      c.tf += entityStarts.has(t.start) ? 1.5 : 1;
      c.forms.set(w, (c.forms.get(w) ?? 0) + 1);
      // sentence-initial capitals say nothing about nouns
      if (ti > 0 && /^\p{Lu}/u.test(w)) c.capitalised++;
    });
  });
  return cands;
}

/** The distinct stems that can become keywords: what the stream's document frequencies count. */
export function candidateStems(doc: Doc, lang: string): string[] {
  return [...collectCandidates(doc, lang, new Set()).keys()];
}

// How many stream documents weigh as much as the built-in background: the learned figures take over
// as the corpus grows, so a few early articles cannot swing the ranking.
const STREAM_HALF_WEIGHT_DOCS = 50;

function idf(docs: number, df: number): number {
  return Math.log((docs + 1) / (df + 1)) + 1;
}

/** TF-IDF over Snowball stems, boosted for early position, German noun capitals and entity words. */
export function extractKeywords(doc: Doc, lang: string, mentions: readonly RawMention[], opts: EnrichOptions): Keyword[] {
  const entityStarts = new Set<number>();
  for (const m of mentions) for (const t of m.tokens) entityStarts.add(t.start);
  const cands = collectCandidates(doc, lang, entityStarts);
  const stream = opts.documentFrequencies;
  const bg = backgroundDf(lang);
  const weight = stream ? stream.docs / (stream.docs + STREAM_HALF_WEIGHT_DOCS) : 0;
  const total = doc.sentences.length || 1;
  const out: Keyword[] = [];
  for (const c of cands.values()) {
    const learned = stream ? idf(stream.docs, stream.df.get(c.stem) ?? 0) : 0;
    const weightIdf = weight * learned + (1 - weight) * idf(bg.docs, bg.get(c.stem));
    const position = 1 + 0.5 * (1 - c.firstSentence / total);
    const noun = lang === "de" && c.capitalised > 0 ? 1.3 : 1;
    const term = [...c.forms].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]?.[0] ?? c.stem;
    out.push({ term, stem: c.stem, score: Math.log(1 + c.tf) * weightIdf * position * noun });
  }
  const scoreOf = new Map(out.map((k) => [k.stem, k.score]));
  // how often a word occurs (entity boost left out): what share of it a phrase accounts for
  const tfOf = (st: string) => {
    let n = 0;
    for (const c of cands.get(st)?.forms.values() ?? []) n += c;
    return n;
  };
  const phrases = collectPhrases(doc, lang, candidateWord(lang)).filter((p) => p.stems.every((st) => scoreOf.has(st)));
  for (const p of phrases) out.push({ term: p.term, stem: p.stem, score: phraseScore(p, (st) => scoreOf.get(st) ?? 0, tfOf) });
  out.sort((a, b) => b.score - a.score || a.stem.localeCompare(b.stem));
  return topKeywords(out, phrases, tfOf);
}

/**
 * The best keywords and keyphrases, each saying something new: a word most of whose uses are inside a chosen
 * phrase is left out ("Sri Lanka" makes "Sri" and "Lanka" redundant), and so is a phrase inside a longer chosen one.
 */
function topKeywords(ranked: readonly Keyword[], phrases: readonly Phrase[], tfOf: (st: string) => number): Keyword[] {
  const byStem = new Map(phrases.map((p) => [p.stem, p]));
  const chosen: Keyword[] = [];
  const chosenPhrases: Phrase[] = [];
  for (const k of ranked) {
    if (chosen.length >= TOP) break;
    const phrase = byStem.get(k.stem);
    if (phrase) {
      if (chosenPhrases.some((c) => ` ${c.stem} `.includes(` ${phrase.stem} `))) continue;
      chosenPhrases.push(phrase);
      // words (and shorter phrases) already chosen that this phrase speaks for give way to it
      for (let i = chosen.length - 1; i >= 0; i--) {
        const c = chosen[i] as Keyword;
        if ((!c.stem.includes(" ") && absorbedBy(phrase, c.stem, tfOf)) || (c.stem.includes(" ") && ` ${phrase.stem} `.includes(` ${c.stem} `))) chosen.splice(i, 1);
      }
    } else if (chosenPhrases.some((p) => absorbedBy(p, k.stem, tfOf))) continue;
    chosen.push(k);
  }
  const max = chosen[0]?.score ?? 1;
  return chosen.map((k) => ({ ...k, score: Math.round((k.score / max) * 1000) / 1000 }));
}
