import type { RawBlock } from "./segment.ts";

// Sign-off lines that ask the reader to do something other than read: subscribe, follow, download, support, join.
const CALL =
  /\b(?:subscri(?:be|ption)|suscr[ií]b|abonn|subskryp|newsletter|follow (?:us|the \w+|@\w+)\b.{0,40}\b(?:on|at) (?:twitter|facebook|instagram|telegram|linkedin|youtube)|folgen sie (?:uns|\w+) auf|folge uns|s[ií]guenos|suivez-nous|obserwuj nas|download (?:the|our) [\w\s]{0,30}apps?\b|apps? (?:for|für) (?:ios|android)|ios (?:and|und) android|canal de (?:youtube|telegram|whatsapp)|(?:whatsapp|telegram)[- ]kanal|if you (?:enjoyed|liked|value)|gefällt (?:dir|ihnen) (?:unser|dieser|der)|lust auf mehr\?|kennt ihr schon|diskutieren sie mit|hazte miembro|únete|join (?:us|our)\b|support (?:us|our (?:work|journalism))|unterstütze?n? (?:sie )?(?:uns|unsere)|already a subscriber|for the full story|to view the full story|log ?in for|zapraszamy)/i;

const MAX_LEN = 320;

/** True for a short block that is a call to action rather than article text. */
export function isCallToAction(b: RawBlock): boolean {
  return b.kind !== "heading" && b.len <= MAX_LEN && CALL.test(b.text);
}

/** Drops calls to action from the end of the text, with the headings and short lines among them. */
export function dropTrailingCalls(kept: RawBlock[]): void {
  const end = kept.length;
  let cut = end;
  // look back over a few blocks: the calls often sit between a credit line and a last label
  for (let i = end - 1; i >= 0 && end - i <= TAIL_WINDOW; i--) {
    const b = kept[i];
    if (b === undefined) break;
    if (isCallToAction(b)) cut = i;
    else if (b.len >= 120 && b.kind !== "heading") break;
  }
  if (cut < end) kept.length = cut;
}

const TAIL_WINDOW = 4;
