import type { RawBlock } from "./segment.ts";

// Short notices the site sets into the text wherever a slot is free: pleas for support or a subscription, app
// and newsletter pitches, affiliate and advertising disclosures, and placeholders for embeds held back until
// the reader consents. Matched against lower-cased text. Each phrase speaks to the reader about the site, never about the story.
// Broader calls to action, safe only at the end of the text, are sign-off.ts's.
const NOTICE = new RegExp(
  [
    // disclosures
    "\\baffiliate[- ]links?\\b", "\\baffiliate advertising program", "\\bwe (?:may|might) (?:receive|earn) (?:a )?(?:small )?(?:compensation|commission)",
    "\\badvertiser disclosure", "\\badvertisers do not influence", "\\bone or more of our advertisers", "\\berhalten wir (?:ggf\\. |unter umständen |dafür )?(?:eine )?(?:kleine )?provision",
    "\\bprovision vom (?:händler|anbieter)", "\\benlaces? de afiliad", "\\bliens? (?:d'|d’)affiliation", "\\blink(?:i)? affiliat", "\\blinki? afiliacyjn",
    // support and subscription pleas
    "\\bwould you consider supporting", "\\bsupport (?:our|independent) (?:work|journalism|reporting)\\b", "\\bhelp us (?:continue|keep) (?:doing|providing|publishing|producing|our)\\b", "\\bif you (?:enjoyed|liked) (?:reading )?this",
    "\\bbecome a (?:subscriber|patron)\\b", "\\bbecome a (?:member|supporter) (?:today|now)\\b", "\\bto (?:view|read) the full (?:story|article)", "\\bto continue reading", "\\balready a subscriber",
    "\\bunterstütze?n? (?:sie )?(?:unsere arbeit|unseren journalismus)", "\\bwerden sie (?:mitglied|abonnent)", "\\bum weiterzulesen", "\\b(?:keine|ohne|gegen eine|hinter einer) (?:bezahlschranke|paywall)",
    "\\bwesprzyj nas\\b", "\\bprzekaż (?:nam )?1(?:,5)?% podatku", "\\bapoya (?:a |al |el |nuestro )?periodismo", "\\bhazte (?:socio|miembro)", "\\bsoutenez[- ]nous", "\\bapoie o jornalismo", "\\bsostienici\\b", "\\bsostieni (?:il nostro|la nostra|l'informazione)",
    // app and newsletter pitches
    "\\bstraight to your (?:phone|inbox)", "\\b(?:get|download) our [\\w ]{0,30}\\bapp\\b", "\\bsign up (?:here|now)\\b", "\\bwas this email forwarded",
    "\\b(?:unsere[rnm]?|laden sie (?:sich )?(?:die|unsere)) kostenlosen? app\\b", "\\bin unserer \\S*app\\b", "\\bvorteile sichern\\b",
    // consent placeholders
    "\\bohne (?:dein|ihr)e?n? (?:einverständnis|zustimmung|einwilligung)", "\\b(?:das|the) (?:automatische |automatic )?laden (?:der|von) inhalte", "\\bexterne[rn]? inhalte? (?:zu )?(?:laden|anzeigen)", "\\binhalte (?:von|aus) (?:drittanbietern|externen quellen)",
    "\\bclick (?:here )?to (?:load|show|view) (?:the |this )?(?:content|embed|video|tweet|post)", "\\b(?:activate|enable) javascript", "\\bactiv(?:ez|a) (?:le )?javascript", "\\baktivieren sie javascript", "\\bbitte aktiviere javascript",
    "\\bdiese website verwendet cookies", "\\bkorzystamy z (?:plików )?cookies", "\\byour browser needs javascript", "\\bturn on your javascript",
  ].join("|"),
);

const MAX_LEN = 320;

/** True for a short non-heading block that is a site notice rather than text. */
export function isNotice(b: RawBlock): boolean {
  return b.kind !== "heading" && b.len <= MAX_LEN && NOTICE.test(b.text.toLowerCase());
}

/** Drops site notices wherever they sit in the text. */
export function dropNotices(kept: RawBlock[]): void {
  let w = 0;
  for (const b of kept) if (!isNotice(b)) kept[w++] = b;
  kept.length = w;
}
