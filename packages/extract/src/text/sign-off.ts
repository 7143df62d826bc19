import type { RawBlock } from "./segment.ts";

// Sign-off lines that ask the reader to do something other than read: subscribe, follow, download, support, join.
// Phrases safe anywhere in the text are notices.ts's (dropped before this runs); these are safe at the end only.
const CALL =
  /\b(?:subscri(?:be|ption)|suscr[ií]b|abonn|subskryp|newsletter|follow (?:us|the \w+|@\w+)\b.{0,40}\b(?:on|at) (?:twitter|facebook|instagram|telegram|linkedin|youtube)|folgen sie (?:uns|\w+) auf|folge uns|s[ií]guenos|suivez-nous|obserwuj nas|download (?:the|our) [\w\s]{0,30}apps?\b|apps? (?:for|für) (?:ios|android)|ios (?:and|und) android|canal de (?:youtube|telegram|whatsapp)|(?:whatsapp|telegram)[- ]kanal|if you (?:enjoyed|liked|value)|gefällt (?:dir|ihnen) (?:unser|dieser|der)|lust auf mehr\?|kennt ihr schon|diskutieren sie mit|únete|join (?:us|our)\b|support (?:us|our (?:work|journalism))|unterstütze?n? (?:sie )?(?:uns|unsere)|for the full story|log ?in for|zapraszamy)/i;

// An author note under the text: "Jane Doe is a reporter at ...", "Max Muster schreibt seit 2008 für ...".
const BIO_NAME = /^(?:\p{Lu}[\p{L}.'’-]+ ){2,3}(?:is|ist|est|es|arbeitet|schreibt|works|writes)\b/u;
const BIO_ROLE =
  /^.{0,90}?(?:journalist|reporter|writer|author|autor|editor|redakteur|korrespondent|correspondent|professor|researcher|wissenschaftler|founder|gründer|consultant|berater|columnist|kolumnist|doktorand|fotograf|photographer|periodista|journaliste|chercheu|seit \d{4})/iu;

const MAX_LEN = 320;
const BIO_MAX_LEN = 500;

/** True for a short block that is a call to action or an author note rather than article text. */
export function isSignOff(b: RawBlock): boolean {
  if (b.kind === "heading") return false;
  return (b.len <= MAX_LEN && CALL.test(b.text)) || (b.len <= BIO_MAX_LEN && BIO_NAME.test(b.text) && BIO_ROLE.test(b.text));
}

/** Drops calls to action and author notes from the end of the text, with the headings and short lines among them. */
export function dropSignOffs(kept: RawBlock[]): void {
  const end = kept.length;
  let cut = end;
  // look back over a few blocks: the calls often sit between a credit line and a last label
  for (let i = end - 1; i >= 0 && end - i <= TAIL_WINDOW; i--) {
    const b = kept[i];
    if (b === undefined) break;
    if (isSignOff(b)) cut = i;
    else if (b.len >= 120 && b.kind !== "heading") break;
  }
  if (cut < end) kept.length = cut;
}

const TAIL_WINDOW = 4;
