// German capitalises every noun, so the tagger sometimes takes a long common noun for a name. Word
// formation gives it away: abstract-noun suffixes (-ung, -heit, -keit, -schaft, -ismus, -ität, -tion, -nis)
// end common nouns, and a compound whose first part ends in one of them plus the linking "s"
// ("Sicherheits|garantien", "Verhandlungs|termin") is a common noun too. On the GermEval train split
// single-token words of either form are O about 13,000 times and a single-token entity about 35 times,
// mostly institutions ("Bundesverfassungsgericht"), whose heads are exempt. Gazetteer names never reach here.

const SUFFIX = /^\p{Lu}\p{Ll}{3,}(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|ismus|ität|itäten|nis|nisse|tion|tionen)$/u;
const LINKED_COMPOUND = /^\p{Lu}\p{Ll}*(?:ung|heit|keit|schaft|tion|ität)s(\p{Ll}{4,})$/u;
// heads that make a compound an institution's name rather than a common noun
const INSTITUTION_HEAD = /^(?:gericht|amt|ministerium|institut|bank|fonds|rat|bund|kammer|behörde|agentur|partei|verband|stiftung|zentrum|gesellschaft|gewerkschaft|zeitung|blatt|woche)/u;

/** Whether a single German word is, by its form, a common noun and so not a name by itself. */
export function isGermanCommonNoun(word: string): boolean {
  if (SUFFIX.test(word)) return true;
  const head = LINKED_COMPOUND.exec(word)?.[1];
  return head !== undefined && !INSTITUTION_HEAD.test(head);
}

// English nationality adjectives ("Russian Foreign Minister", "Chinese officials") are no places. Only
// location spans are checked: first names end the same way ("Brian", "Julian", "Christian").
const DEMONYM = /^\p{Lu}\p{Ll}{2,}(?:ian|ean|ese|ish)$/u;
// frequent ones the endings miss ("-an" alone would also catch Japan, Iran, Milan)
const DEMONYMS = new Set(
  ("German American Mexican African Korean Cuban Moroccan Venezuelan Dominican Afghan Kazakh Uzbek Tibetan Kenyan Ugandan " +
    "Tanzanian Sudanese French Dutch Greek Thai Swiss Israeli Iraqi Pakistani Saudi Yemeni Kuwaiti Qatari Emirati Bangladeshi " +
    "Nepali Somali Filipino Argentine Czech Slovak Welsh Scots Irish Basque Catalan").split(" "),
);

/** Whether a single English word that a tagger took for a location is, by its form, a nationality adjective. */
export function isEnglishDemonym(word: string): boolean {
  return DEMONYM.test(word) || DEMONYMS.has(word);
}
