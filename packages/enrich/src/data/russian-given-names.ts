// Common Russian given names in the nominative (curated here; names are facts, not a copied list). A given name
// fixes the case and the gender of the name it starts, so the surname after it can be declined back.
export const RUSSIAN_MALE_NAMES: readonly string[] = (
  "Александр Алексей Анатолий Андрей Антон Аркадий Арсений Артём Артем Борис Вадим Валентин Валерий Василий Виктор " +
  "Виталий Владимир Владислав Вячеслав Геннадий Георгий Глеб Григорий Даниил Денис Дмитрий Евгений Егор " +
  "Иван Игорь Илья Кирилл Константин Леонид Максим Марат Михаил Никита Николай Олег Петр Рамзан " +
  "Роман Руслан Рустам Святослав Семён Семен Сергей Станислав Степан Тимур Фёдор Федор Эдуард Юрий Яков Ярослав"
).split(" ");

export const RUSSIAN_FEMALE_NAMES: readonly string[] = (
  "Александра Алина Алла Анастасия Ангелина Анна Валентина Вера Вероника Виктория Галина Дарья Диана Евгения Екатерина " +
  "Елена Елизавета Жанна Зинаида Инна Ирина Кира Ксения Лариса Лидия Людмила Маргарита Марина Мария Надежда " +
  "Наталья Наталия Нина Оксана Ольга Полина Светлана София Софья Тамара Татьяна Ульяна Эльвира Юлия Яна"
).split(" ");

/** Given names that do not follow their ending's pattern: gender and the six case forms (nominative, genitive, dative, accusative, instrumental, prepositional). */
export const RUSSIAN_IRREGULAR_NAMES: readonly (readonly ["m" | "f", readonly string[]])[] = [
  ["m", ["Павел", "Павла", "Павлу", "Павла", "Павлом", "Павле"]],
  ["m", ["Лев", "Льва", "Льву", "Льва", "Львом", "Льве"]],
  ["m", ["Пётр", "Петра", "Петру", "Петра", "Петром", "Петре"]],
  ["f", ["Любовь", "Любови", "Любови", "Любовь", "Любовью", "Любови"]],
];
