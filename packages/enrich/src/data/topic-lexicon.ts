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
    words: { de: "Film Kino Musik Konzert Theater Ausstellung Museum Roman Schauspieler Sänger Künstler Festival Album Regisseur Oper Literatur Buch Serie Fernsehserie Streaming Netflix Kunst Galerie Maler Malerei Band Lied Song Autor Autorin Schriftsteller Verlag Lesung Bühne Premiere Komponist Orchester Fotografie Kabarett", en: "film movie music concert theatre exhibition museum novel actor singer artist festival album director opera literature book series television streaming netflix art gallery painter painting band song author writer publisher stage premiere composer orchestra photography", ru: "фильм кино музыка концерт театр выставка музей роман актёр певец художник фестиваль альбом режиссёр опера литература книга" } },
  { id: "conflict-war-peace", code: "16000000", label: "conflict, war and peace",
    sections: ["krieg", "war", "conflict", "konflikt", "война", "конфликт"],
    words: { de: "Krieg Armee Soldaten Angriff Waffen Waffenlieferungen Militär militärisch Truppen Offensive Rakete Raketen Front Waffenstillstand Frieden Konfrontation Bombardierung Panzer Streitkräfte Offensivwaffen Invasion Drohnen", en: "war army soldiers attack weapons military troops offensive missile missiles front ceasefire peace confrontation bombing tanks forces invasion drones", ru: "война армия солдаты атака оружие военные войска наступление ракета фронт перемирие мир конфронтация обстрел танки вооружённые вторжение беспилотники" } },
  { id: "crime-law-justice", code: "02000000", label: "crime, law and justice",
    sections: ["justiz", "crime", "kriminalität", "recht", "law", "polizei", "криминал", "происшествия"],
    words: { de: "Polizei Gericht Urteil Anklage Staatsanwaltschaft Festnahme Mord Betrug Prozess Richter Haft Verbrechen Ermittlungen Täter Diebstahl Einbruch festgenommen ermittelt Haftstrafe Strafe Anwalt Klage Polizisten Verdächtige Drogen Schmuggel Urheberrecht Bundespolizei Kriminalpolizei", en: "police court verdict charges prosecutor arrest murder fraud trial judge prison crime investigation suspect theft burglary robbery shooting lawsuit attorney lawyer sentenced convicted jail drugs smuggling sheriff detectives copyright", ru: "полиция суд приговор обвинение прокуратура задержание убийство мошенничество процесс судья арест преступление расследование" } },
  { id: "disaster-accident-emergency", code: "03000000", label: "disaster, accident and emergency incident",
    sections: ["unglück", "katastrophe", "disaster", "accident", "катастрофа"],
    words: { de: "Erdbeben Überschwemmung Hochwasser Brand Feuer Unfall Explosion Opfer Verletzte Rettungskräfte Katastrophe Absturz Feuerwehr verletzt Tote Rettungsdienst Notarzt Lawine Evakuierung Einsturz", en: "earthquake flood fire accident explosion victims injured rescue disaster crash firefighters wildfire collapse killed injuries emergency evacuation", ru: "землетрясение наводнение пожар авария взрыв жертвы пострадавшие спасатели катастрофа крушение" } },
  { id: "economy-business-finance", code: "04000000", label: "economy, business and finance",
    sections: ["wirtschaft", "economy", "business", "finanzen", "finance", "börse", "markets", "geld", "экономика", "бизнес", "финансы"],
    words: { de: "Wirtschaft Unternehmen Konzern Umsatz Gewinn Aktie Börse Inflation Zinsen Bank Markt Preise Export Handel Investitionen Milliarden Wachstum Gas Öl Energie Aktien Kunden Branche Industrie Fabrik Hersteller Produktion Einzelhandel Immobilien Miete Mieten Steuer Steuern Kredit Versicherung Investoren Startup Gründer Mittelstand Strompreis Stromproduktion Windpark Windparks Solar Photovoltaik Biogas Güterverkehr Logistik Hafen Elektroauto Autobauer", en: "economy company revenue profit shares stock inflation rates bank market prices exports trade investment billion growth gas oil energy business companies firms customers sales investors startup industry manufacturing factory retail housing mortgage rent tax taxes budget debt loans insurance automaker carmaker electricity solar", ru: "экономика компания выручка прибыль акции биржа инфляция ставка банк рынок цены экспорт торговля инвестиции миллиардов рост газ нефть энергетика" } },
  { id: "education", code: "05000000", label: "education",
    sections: ["bildung", "education", "schule", "образование"],
    words: { de: "Schule Schüler Lehrer Universität Studenten Studium Bildung Hochschule Unterricht Ausbildung Azubi Abitur Prüfung Kita Bildungsministerium Weiterbildung Lehrkräfte", en: "school pupils teachers university students education college classes teacher classroom curriculum exam exams degree campus tuition", ru: "школа школьники учителя университет студенты образование вуз" } },
  { id: "environment", code: "06000000", label: "environment",
    sections: ["umwelt", "environment", "klima", "climate", "экология"],
    words: { de: "Klima Klimawandel Umwelt Emissionen Erwärmung Naturschutz Artensterben Verschmutzung Klimaschutz Artenschutz Wald Wälder CO2 Nachhaltigkeit nachhaltig Müll Plastik Recycling Energiewende", en: "climate environment emissions warming conservation pollution biodiversity wildlife forest forests species sustainability renewable recycling plastic carbon", ru: "климат экология выбросы потепление загрязнение природа" } },
  { id: "health", code: "07000000", label: "health",
    sections: ["gesundheit", "health", "medizin", "здоровье"],
    words: { de: "Gesundheit Krankenhaus Ärzte Patienten Virus Pandemie Impfung Impfstoff Krankheit Medikament Infektionen Klinik Arzt Ärztin Therapie Behandlung Medikamente Symptome Schwangerschaft Pflege Krebs Diabetes Depression Covid", en: "health hospital doctors patients virus pandemic vaccination vaccine disease drug infections medical medicine treatment therapy cancer diabetes covid symptoms pregnancy nurses clinic", ru: "здоровье больница врачи пациенты вирус пандемия вакцинация вакцина болезнь лекарство" } },
  { id: "human-interest", code: "08000000", label: "human interest",
    sections: ["panorama", "vermischtes", "people", "leute", "promi"],
    words: { de: "Prinz Prinzessin Hochzeit Geburtstag Promi Tier Royals König Königin Hund Katze Zoo", en: "prince princess wedding birthday celebrity animal royal king queen pet dog cat zoo celebrities", ru: "принц принцесса свадьба юбилей знаменитость" } },
  { id: "labour", code: "09000000", label: "labour",
    sections: ["arbeit", "job", "jobs", "karriere", "labour", "работа"],
    words: { de: "Arbeitsmarkt Arbeitslosigkeit Gewerkschaft Streik Tarif Löhne Beschäftigte Arbeitnehmer Arbeitgeber Tarifvertrag Lohn Gehalt Mindestlohn Fachkräfte Kündigung Homeoffice Bewerbung", en: "unemployment union strike wages workers employees labour jobs employers employment workforce salary salaries layoffs hiring", ru: "безработица профсоюз забастовка зарплаты работники занятость" } },
  { id: "lifestyle-leisure", code: "10000000", label: "lifestyle and leisure",
    sections: ["reise", "travel", "lifestyle", "freizeit", "essen", "food", "mode", "fashion", "auto", "путешествия"],
    words: { de: "Urlaub Reise Restaurant Rezept Mode Freizeit Hobby Reisen Hotel Unterkunft Tourismus Touristen Ausflug Wandern Radfahren Camping Strand Rezepte kochen Küche Wein Bier Kaffee Beauty Garten Angeln Shopping", en: "holiday travel restaurant recipe fashion leisure hobby vacation tourism tourists hotel hotels cooking recipes kitchen wine beer coffee beauty garden shopping fitness camping hiking", ru: "отпуск путешествие ресторан рецепт мода отдых" } },
  { id: "politics", code: "11000000", label: "politics",
    sections: ["politik", "politics", "political", "gesetzgebung", "wahl", "wahlen", "election", "inland", "ausland", "world", "welt", "политика", "власть"],
    words: { de: "Politik Regierung Minister Außenminister Präsident Parlament Partei Wahl Wahlen Kanzler Abgeordnete Gesetz Opposition Verhandlungen Gespräche Diplomatie Sanktionen Abkommen Vertrag Außenministerium Sicherheitsgarantien Bündnis Gipfel Koalition Botschafter Bundestag Landtag Gesetzentwurf Politiker Bürgermeister Gemeinderat Stadtrat Einreise Botschaft Außenpolitik Wahlkampf", en: "politics government minister president parliament party election elections chancellor lawmakers law opposition negotiations talks diplomacy sanctions agreement treaty ministry summit coalition ambassador senate congress senator governor mayor campaign voters democrats republicans administration legislation", ru: "политика правительство министр президент парламент партия выборы канцлер депутаты закон оппозиция переговоры дипломатия санкции соглашение договор министерство саммит коалиция посол" } },
  { id: "religion", code: "12000000", label: "religion",
    sections: ["religion", "kirche", "church", "религия"],
    words: { de: "Kirche Papst Bischof Religion Glaube Moschee Gottesdienst Pfarrer Gott Islam jüdisch Christen evangelisch katholisch Theologie Bibel Seelsorge Diakonie", en: "church pope bishop religion faith mosque worship churches pastor priest god muslim jewish christian christians islam bible", ru: "церковь патриарх епископ религия вера мечеть" } },
  { id: "science-technology", code: "13000000", label: "science and technology",
    sections: ["wissenschaft", "science", "technik", "technology", "tech", "digital", "netzwelt", "наука", "технологии"],
    words: { de: "Forscher Forschung Studie Wissenschaftler Technologie Software Internet Daten Künstliche Intelligenz Raumfahrt Satellit Computer KI App Apps Smartphone Digitalisierung Plattform Webseite Website Cloud Algorithmus Roboter Hacker Sicherheitslücke Datenschutz Tweet Follower", en: "researchers research study scientists technology software internet data artificial intelligence space satellite computer AI app apps smartphone digital platform website cloud algorithm robot robots hackers cybersecurity privacy", ru: "учёные исследование технологии программа интернет данные искусственный интеллект космос спутник компьютер" } },
  { id: "society", code: "14000000", label: "society",
    sections: ["gesellschaft", "society", "общество"],
    words: { de: "Gesellschaft Familie Migration Flüchtlinge Armut Demonstration Proteste Bürger Gleichberechtigung Jugendliche Senioren Migranten Integration Rassismus Diskriminierung Ehrenamt Sozialstaat Obdachlosigkeit", en: "society family migration refugees poverty demonstration protests citizens equality immigrants immigration homeless homelessness racism discrimination", ru: "общество семья миграция беженцы бедность демонстрация протесты граждане" } },
  { id: "sport", code: "15000000", label: "sport",
    sections: ["sport", "sports", "fußball", "football", "спорт"],
    words: { de: "Spiel Tor Tore Mannschaft Trainer Meisterschaft Bundesliga Fußball Olympia Sieg Niederlage Turnier Spieler Weltmeister Saison Titel Formel Tennis Skifahren Handball Basketball Eishockey Radrennen Marathon Stadion Champions", en: "match goal goals team coach championship league football olympics win defeat tournament player season players victory stadium olympic tennis basketball baseball hockey soccer racing", ru: "матч гол голы команда тренер чемпионат лига футбол олимпиада победа поражение турнир игрок" } },
  { id: "weather", code: "17000000", label: "weather",
    sections: ["wetter", "weather", "погода"],
    words: { de: "Wetter Regen Schnee Sturm Gewitter Temperaturen Hitze Unwetter Frost Glätte Wetterdienst Niederschlag", en: "weather rain snow storm thunderstorm temperatures heat forecast snowfall hurricane heatwave drought", ru: "погода дождь снег шторм гроза температура жара" } },
];
