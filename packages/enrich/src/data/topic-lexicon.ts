// IPTC Media Topics, top level (https://cv.iptc.org/newscodes/mediatopic/), with cue words per language.
// Words are stemmed at load, so one inflected form each is enough.
export interface TopicDefinition {
  id: string;
  code: string;
  label: string;
  /** section, breadcrumb and URL words that name the topic outright */
  sections: readonly string[];
  words: Readonly<Record<"de" | "en" | "ru", string>>;
}

export const TOPICS: readonly TopicDefinition[] = [
  { id: "arts-culture-entertainment-media", code: "01000000", label: "arts, culture, entertainment and media",
    sections: ["kultur", "culture", "arts", "kunst", "entertainment", "unterhaltung", "medien", "media", "kino", "film", "musik", "music", "культура", "кино"],
    words: { de: "Film Kino Musik Konzert Theater Ausstellung Museum Roman Schauspieler Sänger Künstler Festival Album Regisseur Oper Literatur Buch", en: "film movie music concert theatre exhibition museum novel actor singer artist festival album director opera literature book", ru: "фильм кино музыка концерт театр выставка музей роман актёр певец художник фестиваль альбом режиссёр опера литература книга" } },
  { id: "conflict-war-peace", code: "16000000", label: "conflict, war and peace",
    sections: ["krieg", "war", "conflict", "konflikt", "война", "конфликт"],
    words: { de: "Krieg Armee Soldaten Angriff Waffen Waffenlieferungen Militär militärisch Truppen Offensive Rakete Raketen Front Waffenstillstand Frieden Konfrontation Bombardierung Panzer Streitkräfte Offensivwaffen Invasion Drohnen", en: "war army soldiers attack weapons military troops offensive missile missiles front ceasefire peace confrontation bombing tanks forces invasion drones", ru: "война армия солдаты атака оружие военные войска наступление ракета фронт перемирие мир конфронтация обстрел танки вооружённые вторжение беспилотники" } },
  { id: "crime-law-justice", code: "02000000", label: "crime, law and justice",
    sections: ["justiz", "crime", "kriminalität", "recht", "law", "polizei", "криминал", "происшествия"],
    words: { de: "Polizei Gericht Urteil Anklage Staatsanwaltschaft Festnahme Mord Betrug Prozess Richter Haft Verbrechen Ermittlungen Täter", en: "police court verdict charges prosecutor arrest murder fraud trial judge prison crime investigation suspect", ru: "полиция суд приговор обвинение прокуратура задержание убийство мошенничество процесс судья арест преступление расследование" } },
  { id: "disaster-accident-emergency", code: "03000000", label: "disaster, accident and emergency incident",
    sections: ["unglück", "katastrophe", "disaster", "accident", "катастрофа"],
    words: { de: "Erdbeben Überschwemmung Hochwasser Brand Feuer Unfall Explosion Opfer Verletzte Rettungskräfte Katastrophe Absturz", en: "earthquake flood fire accident explosion victims injured rescue disaster crash", ru: "землетрясение наводнение пожар авария взрыв жертвы пострадавшие спасатели катастрофа крушение" } },
  { id: "economy-business-finance", code: "04000000", label: "economy, business and finance",
    sections: ["wirtschaft", "economy", "business", "finanzen", "finance", "börse", "markets", "geld", "экономика", "бизнес", "финансы"],
    words: { de: "Wirtschaft Unternehmen Konzern Umsatz Gewinn Aktie Börse Inflation Zinsen Bank Markt Preise Export Handel Investitionen Milliarden Wachstum Gas Öl Energie", en: "economy company revenue profit shares stock inflation rates bank market prices exports trade investment billion growth gas oil energy", ru: "экономика компания выручка прибыль акции биржа инфляция ставка банк рынок цены экспорт торговля инвестиции миллиардов рост газ нефть энергетика" } },
  { id: "education", code: "05000000", label: "education",
    sections: ["bildung", "education", "schule", "образование"],
    words: { de: "Schule Schüler Lehrer Universität Studenten Studium Bildung Hochschule Unterricht", en: "school pupils teachers university students education college classes", ru: "школа школьники учителя университет студенты образование вуз" } },
  { id: "environment", code: "06000000", label: "environment",
    sections: ["umwelt", "environment", "klima", "climate", "экология"],
    words: { de: "Klima Klimawandel Umwelt Emissionen Erwärmung Naturschutz Artensterben Verschmutzung", en: "climate environment emissions warming conservation pollution biodiversity", ru: "климат экология выбросы потепление загрязнение природа" } },
  { id: "health", code: "07000000", label: "health",
    sections: ["gesundheit", "health", "medizin", "здоровье"],
    words: { de: "Gesundheit Krankenhaus Ärzte Patienten Virus Pandemie Impfung Impfstoff Krankheit Medikament Infektionen", en: "health hospital doctors patients virus pandemic vaccination vaccine disease drug infections", ru: "здоровье больница врачи пациенты вирус пандемия вакцинация вакцина болезнь лекарство" } },
  { id: "human-interest", code: "08000000", label: "human interest",
    sections: ["panorama", "vermischtes", "people", "leute", "promi"],
    words: { de: "Prinz Prinzessin Hochzeit Geburtstag Promi Tier", en: "prince princess wedding birthday celebrity animal", ru: "принц принцесса свадьба юбилей знаменитость" } },
  { id: "labour", code: "09000000", label: "labour",
    sections: ["arbeit", "job", "jobs", "karriere", "labour", "работа"],
    words: { de: "Arbeitsmarkt Arbeitslosigkeit Gewerkschaft Streik Tarif Löhne Beschäftigte Arbeitnehmer", en: "unemployment union strike wages workers employees labour", ru: "безработица профсоюз забастовка зарплаты работники занятость" } },
  { id: "lifestyle-leisure", code: "10000000", label: "lifestyle and leisure",
    sections: ["reise", "travel", "lifestyle", "freizeit", "essen", "food", "mode", "fashion", "auto", "путешествия"],
    words: { de: "Urlaub Reise Restaurant Rezept Mode Freizeit Hobby", en: "holiday travel restaurant recipe fashion leisure hobby", ru: "отпуск путешествие ресторан рецепт мода отдых" } },
  { id: "politics", code: "11000000", label: "politics",
    sections: ["politik", "politics", "political", "gesetzgebung", "wahl", "wahlen", "election", "inland", "ausland", "world", "welt", "политика", "власть"],
    words: { de: "Politik Regierung Minister Außenminister Präsident Parlament Partei Wahl Wahlen Kanzler Abgeordnete Gesetz Opposition Verhandlungen Gespräche Diplomatie Sanktionen Abkommen Vertrag Außenministerium Sicherheitsgarantien Bündnis Gipfel Koalition Botschafter", en: "politics government minister president parliament party election elections chancellor lawmakers law opposition negotiations talks diplomacy sanctions agreement treaty ministry summit coalition ambassador", ru: "политика правительство министр президент парламент партия выборы канцлер депутаты закон оппозиция переговоры дипломатия санкции соглашение договор министерство саммит коалиция посол" } },
  { id: "religion", code: "12000000", label: "religion",
    sections: ["religion", "kirche", "church", "религия"],
    words: { de: "Kirche Papst Bischof Religion Glaube Moschee Gottesdienst", en: "church pope bishop religion faith mosque worship", ru: "церковь патриарх епископ религия вера мечеть" } },
  { id: "science-technology", code: "13000000", label: "science and technology",
    sections: ["wissenschaft", "science", "technik", "technology", "tech", "digital", "netzwelt", "наука", "технологии"],
    words: { de: "Forscher Forschung Studie Wissenschaftler Technologie Software Internet Daten Künstliche Intelligenz Raumfahrt Satellit Computer", en: "researchers research study scientists technology software internet data artificial intelligence space satellite computer", ru: "учёные исследование технологии программа интернет данные искусственный интеллект космос спутник компьютер" } },
  { id: "society", code: "14000000", label: "society",
    sections: ["gesellschaft", "society", "общество"],
    words: { de: "Gesellschaft Familie Migration Flüchtlinge Armut Demonstration Proteste Bürger Gleichberechtigung", en: "society family migration refugees poverty demonstration protests citizens equality", ru: "общество семья миграция беженцы бедность демонстрация протесты граждане" } },
  { id: "sport", code: "15000000", label: "sport",
    sections: ["sport", "sports", "fußball", "football", "спорт"],
    words: { de: "Spiel Tor Tore Mannschaft Trainer Meisterschaft Bundesliga Fußball Olympia Sieg Niederlage Turnier Spieler Weltmeister", en: "match goal goals team coach championship league football olympics win defeat tournament player", ru: "матч гол голы команда тренер чемпионат лига футбол олимпиада победа поражение турнир игрок" } },
  { id: "weather", code: "17000000", label: "weather",
    sections: ["wetter", "weather", "погода"],
    words: { de: "Wetter Regen Schnee Sturm Gewitter Temperaturen Hitze Unwetter", en: "weather rain snow storm thunderstorm temperatures heat", ru: "погода дождь снег шторм гроза температура жара" } },
];
