// Class/id/role hints, in the languages of the pages we ingest. Matched against lower-cased "class id".

/** Containers that are boilerplate whatever their size (comments, sharing, related, ads, consent...). */
export const STRONG_NEGATIVE =
  /comment|kommentar|komentarz|comentario|commentaire|disqus|respond|shar(e|ing)|social|teilen|compartir|partage|cookie|consent|gdpr|newsletter|breadcrumb|brotkrume|related|similar|verwandt|aehnlich|ähnlich|recommend|empfehl|empfohlen|lesetipp|promo|sponsor|advert|werbung|anzeige|publicidad|reklama|popup|modal|overlay|paginat|pager|author-?(box|bio|info)|about-?(the-?)?author|autor-?box|rating|tag-?cloud|subscri|signup|sign-up|login|navigation|navbar|menu|sidebar|skip-?link|toolbar|outbrain|taboola|plista|most-?read|meistgelesen|trending|popular|jp-relatedposts|sharedaddy|yarpp|addtoany|addthis|print-?(link|button)|post-?nav|nav-?links|entry-?meta|post-?meta|entry-?footer|article-?footer|postmetadata|byline|dateline|copyright|impressum|caption|credit|bildunterschrift|bildnachweis|fotonachweis|bu-text|photographer|author|autor|toc_container|saboxplugin|profile-?(box|desc|card)|ez-toc|table-of-contents|inhaltsverzeichnis|licen[cs]e|disclaimer|next-?(post|story|article)|prev-?(post|story|article)|meta-?(info|item|data|bar)|tag-?links|savoir-?plus|newsbox|abo-?box|download|flyout|imginline|factbox/;

/** Whole class tokens that mark boilerplate (too short to match as substrings). */
export const NEGATIVE_TOKEN =
  /(^|[\s_-])(ad|ads|adv|adslot|ad-slot|dfp|nav|tags|legend|rss|tag-list|footer|foot|masthead|banner|offscreen|noprint|more|weitere|teaser-?list|rail|topbar|top-bar|cta|alert|notice|infobox-?share)([\s_-]|$)/;

/** Containers that are usually page chrome but sometimes wrap the article (guarded by size). */
export const WEAK_NEGATIVE = /header|sidebar|aside|column-?(right|left)|secondary|extra|links|legal|contact|footnote/;

/** Containers that usually hold the article text. */
export const POSITIVE =
  /article|artikel|artykul|content|contenido|conteudo|contenu|inhalt|body|entry|post|story|text|texto|texte|testo|main|blog|news|nachricht|meldung|beitrag|noticia|notizia|tresc|wpis|prose|rich-?text|field-?item|single/;

/** ARIA roles that mark page chrome. */
export const NEGATIVE_ROLES: ReadonlySet<string> = new Set([
  "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar", "toolbar", "alert",
]);

/** Tags that are page chrome unless they turn out to hold most of the text. */
export const CHROME_TAGS: ReadonlySet<string> = new Set(["nav", "aside", "footer", "header", "menu", "form"]);

/** Class tokens that hide an element from sighted readers. */
export const HIDDEN_CLASS = /(^|\s)(hidden|hide|sr-only|visually-hidden|screen-reader-text|element-invisible|u-hidden)(\s|$)/;

/** Boxes holding a recipe's ingredient list (amounts and linked product names, short by nature). */
export const INGREDIENTS = /ingredient|zutaten|skladnik|składnik|ingrediente/;
