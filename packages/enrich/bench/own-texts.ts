// Article-length texts written for the bench (de/en/ru news in the style the enricher sees).
export const OWN_TEXTS: Readonly<Record<string, string>> = {
  "de-waermepumpen": `Der Bundestag hat am Donnerstag in Berlin ein neues Gesetz zur Förderung von Wärmepumpen beschlossen. Die Koalition aus SPD, Grünen und FDP stimmte dafür, die Opposition dagegen.

Wirtschaftsminister Robert Habeck sprach von einem wichtigen Schritt für den Klimaschutz. Kritiker bemängeln hohe Kosten für Hausbesitzer und Mieter. Die Förderung soll ab Januar beantragt werden können.

Nach Angaben des Ministeriums sollen bis 2030 rund sechs Millionen Wärmepumpen installiert werden. Verbände der Heizungsindustrie begrüßten die Entscheidung, der Deutsche Mieterbund warnte dagegen vor steigenden Mieten in Städten wie München, Hamburg und Köln.`,
  "en-lavrov": `Russian Foreign Minister Sergei Lavrov said on Friday that Moscow would not make one-sided concessions in its security talks with the United States and NATO.

Speaking in Moscow, Lavrov said the talks in Geneva on January 10 would be followed by a meeting with NATO in Brussels and a session of the OSCE in Vienna. The White House said President Joe Biden had been briefed by Secretary of State Antony Blinken.

Analysts in London and Washington expect the talks to be difficult. The European Union has warned of severe economic consequences should Russia escalate the conflict with Ukraine.`,
  "ru-lavrov": `Министр иностранных дел России Сергей Лавров заявил в пятницу, что Москва не пойдёт на односторонние уступки на переговорах с США и НАТО о гарантиях безопасности.

По словам Лаврова, переговоры в Женеве начнутся 10 января, а затем пройдёт встреча с представителями НАТО в Брюсселе. Заместитель министра Сергей Рябков сообщил агентству ТАСС, что позиция России не изменилась.

Кремль пока не комментирует эти сообщения. В Вашингтоне считают, что переговоры будут трудными, а Евросоюз предупредил о серьёзных последствиях.`,
};
