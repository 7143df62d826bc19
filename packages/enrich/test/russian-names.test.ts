import { describe, expect, it } from "vitest";
import { enrich } from "../src/index.ts";
import type { Entity } from "../src/index.ts";
import { russianLoneSurname, russianNominativeName } from "../src/ner/russian-names.ts";

// People outside the gazetteer, each article naming them in another case. Every article must give a person
// the same tag, and name them in the nominative.
const ARTICLES = [
  `Губернатор Санкт-Петербурга Александр Беглов в понедельник провёл совещание о подготовке города к зиме. Председатель Центрального банка Эльвира Набиуллина выступила в Государственной думе с докладом о денежной политике.

Спикер Государственной думы Вячеслав Володин заявил, что законопроект будет рассмотрен в первом чтении. Глава Чечни Рамзан Кадыров сообщил о новых назначениях в правительстве республики.`,
  `В Смольном прошла встреча с губернатором Александром Бегловым, на которой обсуждался ремонт дорог. Депутаты задали вопросы Эльвире Набиуллиной о росте ключевой ставки.

Законопроект поддержал и Вячеслав Володин, сообщила пресс-служба. Главе Чечни Рамзану Кадырову доложили о ходе строительства новой больницы в Грозном.`,
  `Жители жалуются на губернатора Александра Беглова: уборка снега в этом году снова задерживается. Аналитики не ожидают от Эльвиры Набиуллиной резких решений на следующем заседании.

По словам Вячеслава Володина, закон вступит в силу с первого января. Решение Рамзана Кадырова вызвало споры в республике.`,
];

const personsOf = (text: string): Entity[] => enrich({ text }).entities.filter((e) => e.type === "person");
const slugFor = (entities: Entity[], slugPrefix: string) => entities.find((e) => e.slug.startsWith(slugPrefix));

describe("Russian people are named in the nominative, whatever case an article uses", () => {
  const runs = ARTICLES.map(personsOf);

  it.each([
    ["aleksandr-beglow", "Александр Беглов"],
    ["elwira-nabiullina", "Эльвира Набиуллина"],
    ["wjatscheslaw-wolodin", "Вячеслав Володин"],
    ["ramsan-kadyrow", "Рамзан Кадыров"],
  ])("%s in every article", (slug, name) => {
    for (const [i, persons] of runs.entries()) {
      const e = slugFor(persons, slug.split("-")[0] ?? slug);
      expect(e, `article ${i + 1}: ${JSON.stringify(persons.map((p) => p.slug))}`).toBeDefined();
      expect({ slug: e?.slug, name: e?.name }).toEqual({ slug, name });
    }
  });

  it("keeps the forms the article used as surface forms", () => {
    const beglov = slugFor(runs[1] ?? [], "aleksandr");
    expect(beglov?.surfaceForms).toContain("Александром Бегловым");
    expect(beglov?.aliases).toContain("Александром Бегловым");
  });
});

describe("declining a name back", () => {
  it.each([
    ["Александра Беглова", "Александр Беглов"],
    ["Дмитрием Песковым", "Дмитрий Песков"],
    ["Марии Захаровой", "Мария Захарова"],
    ["Алексея Навального", "Алексей Навальный"],
    ["Владимиру Зеленскому", "Владимир Зеленский"],
    ["Анной Зеленской", "Анна Зеленская"],
    ["Владимира Владимировича Путина", "Владимир Владимирович Путин"],
    ["Валентиной Матвиенко", "Валентина Матвиенко"],
    ["Игорем Сечиным", "Игорь Сечин"],
    ["Юрию Трутневу", "Юрий Трутнев"],
    ["Ольги Голиковой", "Ольга Голикова"],
    ["Павлом Дуровым", "Павел Дуров"],
    ["Анной Шульц", "Анна Шульц"],
  ])("%s → %s", (form, nominative) => {
    expect(russianNominativeName(form.split(" "))?.join(" ")).toBe(nominative);
  });

  it("leaves a name alone when its first word is no known given name (the case cannot be read)", () => {
    expect(russianNominativeName(["Генпрокуратуры", "России"])).toBeUndefined();
    expect(russianNominativeName(["Беглова"])).toBeUndefined();
  });

  it.each([
    ["Беглову", "Беглов"],
    ["Бегловым", "Беглов"],
    ["Набиуллиной", "Набиуллина"],
    ["Зеленского", "Зеленский"],
    ["Зеленской", "Зеленская"],
    // a lone -ова/-ина may be a man's genitive or a woman's nominative: it stays as written
    ["Лаврова", "Лаврова"],
    ["Шойгу", "Шойгу"],
  ])("lone surname %s → %s", (form, nominative) => {
    expect(russianLoneSurname(form)).toBe(nominative);
  });
});

// A match report as Russian sports pages write it: club names in «», adjectives before them, a sentence that
// starts with a common noun.
const MATCH = `Петербургский «Зенит» в воскресенье обыграл московский «Спартак» со счётом 2:1 в центральном матче 12-го тура Российской премьер-лиги и вышел на первое место в турнирной таблице.

«Мы знали, что игра будет тяжёлой. Команда показала характер», — сказал после матча главный тренер «Зенита» Сергей Семак. Наставник «Спартака» признал, что его команде не хватило концентрации в концовке.`;

describe("Russian spans", () => {
  const r = enrich({ text: MATCH });
  const names = r.entities.map((e) => `${e.type}:${e.name}`);

  it("names a quoted club by its quoted name, not with the adjective before it", () => {
    expect(names).toContain("organization:Зенит");
    expect(names.filter((n) => n.includes("Петербургский"))).toEqual([]);
    // one entity for «Зенит» and «Зенита», so one tag
    expect(r.tags.filter((t) => t.includes("senit") || t.includes("zenit"))).toEqual(["org:zenit"]);
  });

  it("takes no lone adjective for a name (Российской of Российской премьер-лиги)", () => {
    expect(names.filter((n) => n.includes("Российск"))).toEqual([]);
  });

  it("takes no common noun at the start of a sentence for a name when the text also writes it in lower case", () => {
    expect(names.filter((n) => n.includes("Команд"))).toEqual([]);
    expect(names).toContain("person:Сергей Семак");
  });
});
