"""Kazakh and Russian names for tests, written independently of the product's own letter tables.

Romanisation tables (as published, simplified where the standard needs context),
Kazakh and Russian case endings (vowel harmony and assimilation as grammars
teach them), pools of given names, family-name roots and ordinary words.
Nothing here imports ``app``: the tests check the product against this.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

# --- romanisations ------------------------------------------------------------------------

_RUSSIAN_BASE = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "ie", "ы": "y",
    "ь": "", "э": "e", "ю": "iu", "я": "ia",
}  # fmt: skip

# ICAO Doc 9303 (machine-readable passports), with the Kazakh letters as Kazakh passports write them.
PASSPORT = {**_RUSSIAN_BASE, "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i"}

# BGN/PCGN for Kazakh (1979) and Russian (1947): ye at the start of a word, y for й and ы.
BGN = {
    **_RUSSIAN_BASE, "е": "e", "ё": "ë", "й": "y", "ъ": "\u201d", "ь": "\u2019", "ю": "yu", "я": "ya",
    "ә": "ä", "ғ": "gh", "қ": "q", "ң": "ng", "ө": "ö", "ұ": "ū", "ү": "ü", "һ": "h", "і": "ī",
}  # fmt: skip
_BGN_INITIAL = {"е": "ye"}

# The Kazakh Latin alphabet of 2021.
KZ2021 = {
    **_RUSSIAN_BASE, "ж": "j", "х": "h", "ч": "ç", "ш": "ş", "щ": "ş", "ы": "y", "й": "i", "ю": "iu", "я": "ia",
    "ё": "io", "ц": "ts", "ъ": "", "ә": "ä", "ғ": "ğ", "қ": "q", "ң": "ñ", "ө": "ö", "ұ": "ū", "ү": "ü",
    "һ": "h", "і": "ı",
}  # fmt: skip

# English-language journalism: no diacritics, y for й and ы, ye at the start, yu/ya.
JOURNALISTIC = {
    **PASSPORT, "й": "y", "ю": "yu", "я": "ya", "ё": "yo", "ъ": "", "ә": "a", "ғ": "g", "қ": "k", "ң": "ng",
}  # fmt: skip
_JOURNALISTIC_INITIAL = {"е": "ye"}
_JOURNALISTIC_AFTER_VOWEL = {"е": "ye"}  # Nurlybayev: а + й + е

ROMANISERS: dict[str, tuple[dict[str, str], dict[str, str]]] = {
    "passport": (PASSPORT, {}),
    "bgn-pcgn": (BGN, _BGN_INITIAL),
    "kazakh-latin-2021": (KZ2021, {}),
    "journalistic": (JOURNALISTIC, _JOURNALISTIC_INITIAL),
}

_TO_RUSSIAN = {"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и"}
_VOWELS = set("аәеёиоөуұүыіэюя")


def romanise(text: str, system: str) -> str:
    """``text`` in one romanisation, capitalised as a name."""
    table, initial = ROMANISERS[system]
    words = []
    for word in text.split(" "):
        out = []
        low = word.lower()
        for n, ch in enumerate(low):
            if n == 0 and ch in initial:
                rep = initial[ch]
            elif system == "journalistic" and n > 0 and low[n - 1] in _VOWELS and ch in _JOURNALISTIC_AFTER_VOWEL:
                rep = _JOURNALISTIC_AFTER_VOWEL[ch]
            else:
                rep = table.get(ch, ch)
            out.append(rep)
        r = "".join(out)
        words.append(r[:1].upper() + r[1:])
    return " ".join(words)


def russian_cyrillic(text: str) -> str:
    """Kazakh letters as a Russian-language document writes them."""
    return "".join(_TO_RUSSIAN.get(c, _TO_RUSSIAN.get(c.lower(), c).upper() if c.isupper() else c) for c in text)


# --- case endings -----------------------------------------------------------------------------

_BACK = set("аоұыуяё")
_FRONT = set("әөүіеиэю")
_SONORANT = set("йрулмнң")
_VOICELESS = set("кқпстфхцчшщһ")


def _front(word: str) -> bool:
    for ch in reversed(word.lower()):
        if ch in _FRONT:
            return True
        if ch in _BACK:
            return False
    return False


def kazakh_cases(word: str) -> list[str]:
    """Genitive, dative, accusative, locative, ablative and instrumental of a Kazakh word."""
    last = word[-1].lower()
    front = _front(word)

    def pick(back: str, fr: str) -> str:
        return fr if front else back

    vowel = last in _VOWELS
    if vowel or last in "йру":
        gen = pick("ның", "нің")
    elif last in "мнңжзл":
        gen = pick("дың", "дің")
    else:
        gen = pick("тың", "тің")
    dat = pick("қа", "ке") if last in _VOICELESS else pick("ға", "ге")
    if vowel:
        acc = pick("ны", "ні")
    elif last in _VOICELESS:
        acc = pick("ты", "ті")
    else:
        acc = pick("ды", "ді")
    loc = pick("та", "те") if last in _VOICELESS else pick("да", "де")
    if last in "мнң":
        abl = pick("нан", "нен")
    elif last in _VOICELESS:
        abl = pick("тан", "тен")
    else:
        abl = pick("дан", "ден")
    if vowel or last in _SONORANT:
        ins = "мен"
    elif last in "жз":
        ins = "бен"
    else:
        ins = "пен"
    return [word + e for e in (gen, dat, acc, loc, abl, ins)]


def russian_cases(word: str) -> list[str]:
    """Genitive, dative, accusative, instrumental and prepositional as Russian declines a name."""
    w = russian_cyrillic(word)
    low = w.lower()
    if low.endswith(("ова", "ева", "ина")):  # feminine family name
        stem = w[:-1]
        return [stem + "ой", stem + "ой", stem + "у", stem + "ой"]
    if low.endswith(("ов", "ев", "ин")):  # masculine family name
        return [w + "а", w + "у", w + "ым", w + "е"]
    if low.endswith("а"):
        stem = w[:-1]
        gen = "и" if stem[-1:].lower() in "гкхжшчщ" else "ы"
        return [stem + gen, stem + "е", stem + "у", stem + "ой"]
    if low.endswith("я"):
        stem = w[:-1]
        return [stem + "и", stem + "е", stem + "ю", stem + "ей"]
    if low.endswith("й"):
        stem = w[:-1]
        return [stem + "я", stem + "ю", stem + "ем", stem + "е"]
    if low.endswith("ь"):
        stem = w[:-1]
        return [stem + "я", stem + "ю", stem + "ем", stem + "е"]
    if low[-1:] in _VOWELS:
        return [w]  # foreign or Kazakh names in a vowel stay as they are in Russian
    return [w + "а", w + "у", w + "ом", w + "е"]


# --- names ------------------------------------------------------------------------------------

KAZAKH_MALE = """Нұрлан Серік Ерлан Дәурен Қайрат Бауыржан Мақсат Асқар Талғат Ербол Ерғали Бекзат Нұрбол Айдос
Жандос Ғалымжан Бақытжан Серікжан Тимур Әділет Мейірхан Дастан Ерасыл Олжас Арман Жасұлан Нұржан Бекболат
Қуандық Марғұлан Батылбек Тұрсынбек Еркінбек Бейсенәлі Әлімнұр Асылхан Беделхан Нұргелді Қанат Аян""".split()
KAZAKH_FEMALE = """Айгүл Гүлнар Әсел Жанар Назигүл Гүлдария Мөлдір Ақмарал Айгерім Динара Сәуле Жұлдыз Бота
Шолпан Назерке Аружан Мадина Дана Ләззат Әйгерім Жансая Гүлмира Айнұр Ұлжан Меруерт Толқын Қарлығаш""".split()
RUSSIAN_MALE = "Иван Сергей Алексей Дмитрий Андрей Николай Михаил Владимир Игорь Павел".split()
RUSSIAN_FEMALE = "Ольга Наталья Елена Татьяна Ирина Мария Анна Светлана Юлия Марина".split()
# Roots of Kazakh family names (a father's or grandfather's name).
ROOTS = """Мақсұт Ақжол Нұрлыбай Жұмабай Төлеу Қасым Сәрсен Есен Ғабит Тұрғанбай Шаймұрат Қабілеш Нұрмұқан
Байғазы Нұрданғазы Ақжігіт Нұрсапа Нұрақын Тұрдыбай Қожан Қалымбет Білаш Омар Оспан Сейіт Әбдірахман Құдайберген
Жақып Мұхамеджан Темірғали Сағынтай Ырысбай Бекмұрат Әлмұхамед Қыдырбек Сұлтанғазы Тілеубай""".split()
RUSSIAN_SURNAMES = "Кузнецов Петров Соколов Лебедев Новиков Морозов Волков Павлов Семенов Голубев".split()


@dataclass(frozen=True)
class Person:
    """A generated person, stored only in Cyrillic."""

    given: str
    surname: str
    patronymic: str | None
    female: bool

    @property
    def stored(self) -> list[str]:
        out = [f"{self.given} {self.surname}"]
        if self.patronymic:
            out.append(f"{self.surname} {self.given} {self.patronymic}")
        return out


def kazakh_patronymic(father: str, female: bool) -> str:
    return father + ("қызы" if female else "ұлы")


def generate_person(rnd: random.Random) -> Person:
    female = rnd.random() < 0.5
    russian = rnd.random() < 0.15
    if russian:
        given = rnd.choice(RUSSIAN_FEMALE if female else RUSSIAN_MALE)
        surname = rnd.choice(RUSSIAN_SURNAMES) + ("а" if female else "")
        father = rnd.choice(RUSSIAN_MALE)
        patronymic = (father[:-1] + "евна" if father.endswith("й") else father + "овна") if female else None
        return Person(given, surname, patronymic if rnd.random() < 0.5 else None, female)
    given = rnd.choice(KAZAKH_FEMALE if female else KAZAKH_MALE)
    root = rnd.choice(ROOTS)
    style = rnd.choice(["ov", "uly", "plain"])
    if style == "ov":
        suffix = "ев" if root[-1] in "йіеә" else "ов"
        base = root[:-1] if root.endswith("й") else root
        surname = base + suffix + ("а" if female else "")
    elif style == "uly":
        surname = kazakh_patronymic(root, female)
    else:
        surname = root
    father = rnd.choice(KAZAKH_MALE)
    patronymic = kazakh_patronymic(father, female) if rnd.random() < 0.5 else None
    return Person(given, surname, patronymic, female)


# --- ordinary words -----------------------------------------------------------------------------

ENGLISH_WORDS = """
the of and to in is was for on that with as by at from this be are were have has had not but or an
which their they he she it his her its been would could should will there what when who where why how
people police court judge trial hearing lawyer family mother father brother sister wife husband son daughter
child children friend neighbour witness victim activist protest protester square street avenue building house
flat city town village region district country government ministry office officer official prison detention
custody arrest arrested detained released charged fined sentence appeal decision order document report
statement letter message phone number address name names day days week month year morning evening night
today yesterday tomorrow time first second third last next early late long short high low small large big
great good bad new old young free open closed public private secret safe danger threat pressure fear health
doctor hospital medicine insulin food water money work job school university student teacher book paper
photo video camera picture image evidence source information news press media journalist editor article
radio television internet website channel account group members meeting assembly march rally crowd car bus
train station airport border road bridge river mountain lake field garden park market shop bank church mosque
said told asked answered called wrote read saw heard knew thought found gave took made came went left stayed
lived died born married moved returned visited waited helped tried wanted needed began ended continued stopped
because although however therefore again also only even still already never always often sometimes perhaps
about above after against along among around before behind below beside between beyond during except inside
near outside since through toward under until upon within without across
""".split()

RUSSIAN_WORDS = """
и в не на я быть он с что а по это она этот к но они мы как из у который то за свой весь год от так о для
ты же все тот мочь вы человек такой его сказать только или еще бы себя один как уже до время если сам когда
другой вот говорить наш мой знать стать при чтобы дело жизнь кто первый очень два день ее новый рука даже во
со раз где там под можно ну какой после их работа без самый потом надо хотеть ли слово идти большой должен
место иметь ничто то сейчас тут лицо каждый друг нет теперь ни глаз тоже тогда видеть вопрос через да здесь
дом да потому сторона какой-то думать сделать страна жить чем мир об последний случай голова более делать что-то
смотреть ребенок просто конечно сила российский конец перед несколько вид система всегда основной город
суд суда суду судом судья адвокат прокурор следователь полиция полиции задержан задержана задержали арест
ареста арестом протест митинг площадь площади улица улице проспект дом квартира квартире семья семьи жена
мужа сын дочь брат сестра мать отец свидетель свидетеля потерпевший заявление письмо сообщение телефон адрес
здоровье больница врач лекарство документ решение приговор штраф апелляция жалоба заседание слушание дата
утром вечером ночью вчера сегодня завтра неделя месяц месяца года лет человека людей журналист статья газета
сайт канал видео фото снимок доказательство источник информация новости давление угроза страх свобода права
правозащитник активист активиста активисты сторонник сторонники родственник родственники власти министерство
""".split()

KAZAKH_WORDS = """
және мен бұл сол бір екі үш төрт бес алты жеті сегіз тоғыз он жүз мың адам адамдар бала балалар ана әке аға
апа іні қарындас әйел күйеу ұл қыз отбасы дос көрші куә жәбірленуші белсенді наразылық алаң көше даңғыл үй
пәтер қала ауыл аудан облыс ел мемлекет үкімет министрлік кеңсе қызметкер түрме қамау қамаққа ұстау ұсталды
босатылды айыппұл үкім шағым шешім бұйрық құжат баяндама мәлімдеме хат хабар телефон нөмір мекенжай аты күн
апта ай жыл таң кеш түн бүгін кеше ертең уақыт бірінші екінші соңғы келесі ерте кеш ұзақ қысқа биік төмен кіші
үлкен жақсы жаман жаңа ескі жас еркін ашық жабық қоғам құпия қауіпсіз қауіп қысым қорқыныш денсаулық дәрігер
аурухана дәрі тамақ су ақша жұмыс мектеп университет студент мұғалім кітап қағаз сурет бейне камера дәлел
дерек ақпарат жаңалық баспасөз журналист мақала радио теледидар интернет сайт арна топ мүшелер жиналыс жиын
көлік автобус пойыз бекет әуежай шекара жол көпір өзен тау көл егістік бақ базар дүкен банк мешіт шіркеу
айтты сұрады жазды оқыды көрді естіді білді берді алды жасады келді кетті қалды өмір сүрді туды үйленді
көшті оралды күтті көмектесті тырысты қалады бастады аяқтады жалғастырды тоқтатты себебі бірақ сондықтан
тағы да тек әлі ешқашан әрқашан жиі кейде мүмкін туралы кейін бұрын арасында кезінде ішінде сыртында дейін
сот соттың сотқа сотта судья адвокат прокурор тергеуші полиция полицейлер жазалау бостандық құқық құқықтары
шұғыл бақыт арман болат жұлдыз қуаныш сәуле нұр таң ай күн теңіз дала ақ қара қызыл көк жасыл сары
""".split()
