// German-style transliteration, so Russian names slug the way German news spells them (Лавров → lawrow).
const CYRILLIC: Readonly<Record<string, string>> = {
  а: "a", б: "b", в: "w", г: "g", д: "d", е: "e", ё: "jo", ж: "sch", з: "s", и: "i", й: "j", к: "k", л: "l", м: "m",
  н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "ch", ц: "z", ч: "tsch", ш: "sch", щ: "schtsch",
  ъ: "", ы: "y", ь: "", э: "e", ю: "ju", я: "ja", і: "i", ї: "ji", є: "je", ґ: "g",
};

/** Transliterates Cyrillic letters to Latin (German conventions); other text is unchanged. */
export function transliterate(text: string): string {
  let out = "";
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const t = CYRILLIC[lower];
    if (t === undefined) out += ch;
    else out += ch === lower ? t : t.charAt(0).toUpperCase() + t.slice(1);
  }
  return out;
}

/**
 * An entity's slug, the value of its `person:`/`org:`/`place:` tag (docs/tags.md): URL-safe and language-stable,
 * "Sergej Lawrow" → "sergej-lawrow", "Weißes Haus" → "weisses-haus", "Иван Петров" → "iwan-petrow". The enricher
 * names entities with it and a search's entity filter reads a name with it, so both spell a name alike.
 */
export function entitySlug(name: string): string {
  return transliterate(name)
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
