// Curated people often in the news: "German|English|Russian|…"; the first name fixes the slug,
// so Lawrow, Lavrov and Лавров share "sergej-lawrow".
export const PERSONS: readonly string[] = [
  "Sergej Lawrow|Sergei Lavrov|Сергей Лавров|Lawrow|Lavrov|Лавров",
  "Sergej Rjabkow|Sergei Ryabkov|Сергей Рябков|Rjabkow|Ryabkov|Рябков",
  "Wladimir Putin|Vladimir Putin|Владимир Путин|Putin|Путин",
  "Dmitri Peskow|Dmitry Peskov|Дмитрий Песков|Peskow|Peskov|Песков",
  "Dmitri Medwedew|Dmitry Medvedev|Дмитрий Медведев|Medwedew|Medvedev|Медведев",
  "Sergej Schoigu|Sergei Shoigu|Сергей Шойгу|Schoigu|Shoigu|Шойгу",
  "Maria Sacharowa|Maria Zakharova|Мария Захарова|Sacharowa|Zakharova|Захарова",
  "Michail Mischustin|Mikhail Mishustin|Михаил Мишустин|Mischustin|Mishustin|Мишустин",
  "Alexej Nawalny|Alexei Navalny|Алексей Навальный|Nawalny|Navalny|Навальный",
  "Wolodymyr Selenskyj|Volodymyr Zelensky|Volodymyr Zelenskyy|Владимир Зеленский|Selenskyj|Zelensky|Zelenskyy|Зеленский",
  "Alexander Lukaschenko|Alexander Lukashenko|Александр Лукашенко|Lukaschenko|Lukashenko|Лукашенко",
  "Joe Biden|Джо Байден|Biden|Байден", "Donald Trump|Дональд Трамп|Trump|Трамп", "Kamala Harris|Камала Харрис|Harris|Харрис",
  "Antony Blinken|Энтони Блинкен|Blinken|Блинкен", "Barack Obama|Барак Обама|Obama|Обама",
  "Olaf Scholz|Олаф Шольц|Scholz|Шольц", "Angela Merkel|Ангела Меркель|Merkel|Меркель",
  "Annalena Baerbock|Анналена Бербок|Baerbock|Бербок", "Friedrich Merz|Фридрих Мерц|Merz|Мерц",
  "Emmanuel Macron|Эммануэль Макрон|Macron|Макрон", "Jens Stoltenberg|Йенс Столтенберг|Stoltenberg|Столтенберг",
  "Ursula von der Leyen|Урсула фон дер Ляйен|von der Leyen", "Xi Jinping|Си Цзиньпин", "Recep Tayyip Erdoğan|Erdogan|Erdoğan|Эрдоган",
  "Antonio Guterres|António Guterres|Антониу Гутерриш|Guterres|Гутерриш",
];

// Common first names: a capitalised word after one of these is usually a surname.
export const FIRST_NAMES: readonly string[] = (
  "Sergej Sergei Sergey Wladimir Vladimir Dmitri Dmitry Alexej Alexei Alexey Alexander Michail Mikhail Nikolai Iwan Ivan Andrej Andrei " +
  "Juri Yuri Boris Oleg Igor Pawel Pavel Viktor Wiktor Maria Marija Olga Tatjana Tatiana Natalja Natalia Jelena Elena Anna Irina " +
  "Wolodymyr Volodymyr Petro Witali Vitali Julia Yulia Peter Hans Klaus Michael Thomas Andreas Stefan Frank Jürgen Wolfgang Uwe " +
  "Martin Markus Christian Sebastian Tobias Jan Jens Lars Olaf Helmut Gerhard Joachim Horst Karl Heinz Friedrich Wilhelm Franz Johann " +
  "Angela Annalena Ursula Sahra Katja Claudia Petra Sabine Susanne Monika Christine Karin Renate Barbara Ulrike Nancy Saskia Ricarda " +
  "Emmanuel François Jean Pierre Marine Nicolas Giorgia Mario Silvio Pedro Mark Boris Rishi Keir Theresa Tony Gordon David " +
  "John James Robert William Richard Joseph Charles George Donald Joe Barack Hillary Kamala Mike Nancy Bernie Elizabeth Mary Jennifer " +
  "Elon Jeff Bill Steve Tim Sundar Satya Antony Lloyd Jake Xi Li Recep Benjamin Jair Luiz Narendra Antonio António Jens Josep Charles " +
  "Сергей Владимир Дмитрий Алексей Александр Михаил Николай Иван Андрей Юрий Борис Олег Игорь Павел Виктор Мария Ольга Татьяна Наталья Елена Анна Ирина"
).split(" ");

// Titles and roles before a name ("Außenminister, Sergej Lawrow").
export const PERSON_CUES: readonly string[] = (
  "Außenminister Vizeaußenminister Präsident Präsidentin Kanzler Kanzlerin Bundeskanzler Minister Ministerin Premierminister Regierungschef " +
  "Sprecher Sprecherin Chef Chefin Vorsitzende Vorsitzender Botschafter Senator Abgeordnete Abgeordneter Bürgermeister Trainer Dr. Prof. Herr Frau " +
  "President Minister Secretary Chancellor Senator Governor Mayor Spokesman Spokeswoman Ambassador Mr. Mrs. Ms. Dr. CEO Chairman " +
  "президент министр глава премьер-министр спикер посол губернатор мэр замминистра замглавы депутат пресс-секретарь"
).split(" ");
