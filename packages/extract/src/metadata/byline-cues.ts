// Bylines written as plain text with no telling class: "Posted by Linda Park on 04/05/2022",
// "Veröffentlicht am 3. Juli 2022 von Petra Lange", "15 марта 2023 · Автор: Игорь Козлов".
// A by-word must open the text, follow a separator or follow a date, so prose ("gebaut von der Stadt") is left alone.
import { collapseSpaces } from "../dom/collapse.ts";
import type { PageFacts } from "./page-scan.ts";
import { CHROME } from "./zones.ts";

const CUE =
  /(?:^|[·•|:,–—-]\s*|\d\.?\s+|\b(?:posted|written|published|reported|veröffentlicht|geschrieben|verfasst|publié|posté|rédigé|écrit|publicado|escrito|redactado|опубликовано)\s+)((?:(?:posted|written|reported|geschrieben|verfasst|posté|rédigé|écrit|escrito|publicado|redactado)\s+)?(?:by|von|par|por|door|przez|text|texte|texto|текст|автор|autor|author|auteur)\s*:?\s+\S.*)$/i;
const MAX_RUN = 160;

export interface CueByline {
  /** the text from the by-word on */
  text: string;
  order: number;
  zone: number;
}

/** Short visible texts near the headline that carry a by-word, in document order. */
export function cueBylines(facts: PageFacts, headline: number): CueByline[] {
  const out: CueByline[] = [];
  for (const run of facts.texts) {
    if (headline > 0 && run.order < headline - 15) continue;
    if (headline > 0 && run.order > headline + 120) break;
    if ((run.zone & CHROME) !== 0) continue;
    const text = collapseSpaces(run.text).trim();
    if (text.length < 5 || text.length > MAX_RUN) continue;
    const m = CUE.exec(text);
    if (m?.[1] !== undefined) out.push({ text: m[1], order: run.order, zone: run.zone });
    if (out.length >= 8) break;
  }
  return out;
}
