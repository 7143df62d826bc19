import type { RawBlock } from "./segment.ts";
import { blockValue } from "./select.ts";

// Headings and labels that open the after-article zone (related links, comments, author box, newsletter).
const SECTION_END = new RegExp(
  "^(?:" +
    [
      "ähnliche (beiträge|artikel|themen|news|nachrichten)", "verwandte (beiträge|artikel|themen)", "mehr zum thema", "mehr (aus|zu) (der|dem|diesem)",
      "(das|die|dies) könnte (sie|dich) (auch|ebenfalls) interessieren", "(sie|dich) könnte (auch|ebenfalls) interessieren", "auch interessant",
      "lesen sie (auch|mehr)( die folgenden (beiträge|artikel))?", "lies auch", "schon gelesen\\??", "zum weiterlesen",
      "empfehlungen (aus der|der) redaktion", "weitere aktuelle (themen|artikel|beiträge|meldungen)( aus [\\p{L} ]+)?", "notas relacionadas", "weitere (artikel|beiträge|themen|nachrichten|meldungen|news|videos)", "neueste (beiträge|artikel)",
      "beliebte (beiträge|artikel)", "meistgelesen", "meist gelesen", "empfohlene artikel", "unsere empfehlung", "empfehlungen", "kommentare",
      "\\d+ kommentare?", "schreibe einen kommentar", "kommentar (verfassen|schreiben|hinzufügen)", "hinterlasse (eine|einen)",
      "über (den|die) autor(in)?", "zum autor", "zur autorin", "aktuelle (artikel|beiträge|news|nachrichten)", "top-?themen",
      "related (posts|articles|stories|content|reading|topics)", "you (may|might) also (like|enjoy)", "more (from|on|stories|in|news)",
      "read (next|also)", "recommended( for you| stories| articles)?", "popular (posts|stories|articles)", "most (read|popular|viewed)",
      "trending", "comments", "\\d+ comments?", "leave a (reply|comment)", "about the author", "latest (news|posts|stories|articles)",
      "à lire aussi", "lire aussi", "sur le même (sujet|thème)", "articles similaires", "à découvrir", "commentaires", "dans la même rubrique",
      "noticias relacionadas", "te puede interesar", "lo más leído", "comentarios", "más noticias", "también te puede interesar",
      "artículos relacionados", "inne artykuły", "czytaj (też|także|również)", "zobacz (też|także|również)", "komentarze", "podobne (artykuły|wpisy)",
      "polecane", "najnowsze", "articoli correlati", "leggi anche", "potrebbe interessarti", "commenti", "leia (também|mais)",
      "notícias relacionadas", "comentários", "quellenangaben?", "originalpublikation", "zusatzinformationen", "ansprechpartner(in)?( zum thema)?", "pressekontakt", "medienkontakt",
      "(press|media) contacts?", "kontakt für (medien|die presse)", "contact (presse|médias)", "contacto de prensa", "kontakt dla mediów", "相关(新闻|阅读|文章)", "热门推荐", "推荐阅读",
    ].join("|") +
    ")[\\s:.!»›>|-]*$",
  "iu",
);

// Heading openings that start such a zone whatever follows ("Weitere Tourentipps", "Mehr zu Klima und Konsum").
const SECTION_END_HEADING =
  /^(weitere[rns]? |mehr (zu|über|von|aus|zum|vom) |noch mehr |entdecke (weitere|mehr)|zum weiterlesen|top[- ]?themen|notas relacionadas|noticias relacionadas|zobacz (też|także|również)|czytaj (też|także|więcej)|subscribe|sign up|unterstütze|support us|stay up-to-date|read further|more (about|on|from) |lesen sie (auch|mehr|das)|jetzt (abonnieren|lesen|bestellen)|newsletter|das könnte|dies könnte|you (may|might)|related|empfehlungen|recommended|à lire|lire aussi|plus d'articles|te puede|también te|artículos relacionados|articoli correlati|leggi anche|veja também|leia também)/i;

/** Cuts everything from the first after-article heading on, once most of the text lies before it. */
export function cutTail(kept: RawBlock[]): void {
  const values = kept.map((b) => Math.max(0, blockValue(b)));
  const total = values.reduce((a, b) => a + b, 0);
  let before = 0;
  for (let i = 0; i < kept.length; i++) {
    const b = kept[i];
    if (b !== undefined && before > 0 && isSectionEnd(b) && before >= total * 0.6) {
      kept.length = i;
      return;
    }
    before += values[i] ?? 0;
  }
}

function isSectionEnd(b: RawBlock): boolean {
  if (b.kind === "heading" && b.len < 80 && SECTION_END_HEADING.test(b.text)) return true;
  return (b.kind === "heading" || b.len < 60) && SECTION_END.test(b.text);
}
