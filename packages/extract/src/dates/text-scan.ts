// Last resort: dates in the visible text, scored by where they sit (near the headline, inside
// the article) and what precedes them ("Veröffentlicht", "Updated", "©").
import { collapseSpaces } from "../dom/collapse.ts";
import type { PageFacts, TextRun } from "../metadata/page-scan.ts";
import type { DateCandidate, Layout } from "./candidate.ts";
import { groupOf, penaliseLists } from "./lists.ts";
import { placeScore } from "./position.ts";
import { findTextDates } from "./text-dates.ts";

const MAX_CHARS = 60_000;
// joinRuns leaves at most three spaces in a row, so a date starts well within this many characters of its year
const MAX_LEAD = 64;
const PUBLISHED_CUE =
  /(?:veröffentlicht|publiziert|erschienen|erstellt|datum|published|posted|publié|publicado|publicat|pubblicato|опубликовано|опубліковано|opublikowano|gepubliceerd|geplaatst|date|vom|am|on|le|el|il|del|von)\W{0,3}$/i;
const UPDATED_CUE =
  /(?:aktualisiert|geändert|updated|modified|last edited|mis à jour|modifié|actualizado|actualitzat|aggiornato|обновлено|оновлено|zaktualizowano|bijgewerkt|atualizado|stand)(?:\s+\p{L}{1,4})?\W{0,12}$/iu;
const COPYRIGHT_CUE = /(?:©|\(c\)|copyright|&copy;)\s*\d{0,4}\W{0,3}$/i;
// "Heute: 01.06.2024", "Сегодня: …": the site's calendar line names the crawl day, never the article's
const TODAY_CUE = /(?:heute|today|aujourd['’]hui|hoy|oggi|сегодня|сьогодні|dziś|dzisiaj|vandaag|idag|i dag)\W{0,3}$/i;
const WEEKDAY_CUE =
  /(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\W{0,3}$/i;

export interface TextScan {
  published: DateCandidate[];
  modified: DateCandidate[];
}

/** Scans the visible text once (bounded) and scores every date it finds. */
export function scanTextDates(facts: PageFacts, monthFirst: boolean, layout: Layout): TextScan {
  const { text, starts, runs } = joinRuns(facts, layout.chrome);
  const published: DateCandidate[] = [];
  const modified: DateCandidate[] = [];
  for (const found of findTextDates(text, monthFirst, 120, MAX_LEAD)) {
    const run = runs[runAt(starts, found.index)];
    if (!run) continue;
    const before = text.slice(Math.max(0, found.index - 40), found.index);
    if (COPYRIGHT_CUE.test(before) || TODAY_CUE.test(before)) continue;
    let score = 20 + placeScore(run.order, run.zone, layout);
    // a date standing on its own is a dateline; one inside a long sentence is an event being reported
    const len = run.text.trim().length;
    if (len <= found.raw.length + 30) score += 4;
    else if (len > 150) score -= 4;
    if (layout.headline > 0 && run.order < layout.headline - 15 && WEEKDAY_CUE.test(before)) score -= 10;
    const cand: DateCandidate = { parts: found.parts, raw: found.raw, source: "text", score, order: run.order, group: groupOf(run.parent) ?? "" };
    if (UPDATED_CUE.test(before)) {
      modified.push(cand);
      continue;
    }
    if (PUBLISHED_CUE.test(before)) cand.score += 4;
    published.push(cand);
  }
  penaliseLists(published, layout);
  return { published, modified };
}

/** Visible text outside the site chrome, with where each run starts. */
function joinRuns(facts: PageFacts, chrome: number): { text: string; starts: number[]; runs: TextRun[] } {
  const starts: number[] = [];
  const runs: TextRun[] = [];
  let text = "";
  for (const run of facts.texts) {
    if (text.length > MAX_CHARS) break;
    if ((run.zone & chrome) !== 0) continue;
    starts.push(text.length);
    runs.push(run);
    text += collapseSpaces(run.text) + " ";
  }
  return { text, starts, runs };
}

function runAt(starts: readonly number[], index: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
