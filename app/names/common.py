"""Name words that identify nobody on their own.

A common given name (Нұрлан, Гүлнар, Ivan) names thousands of people, and
many Kazakh given names are ordinary words as well (Арман "dream", Бақыт
"happiness", Болат "steel", Жұлдыз "star").  Redaction and the leak gate
take such a word for a hidden person only next to another part of that
person's name (or its initial), never alone.  Family names are not listed:
in a report about one case, a family name alone points at the family.

The lists are of names common in Kazakhstan and Russia (and a few
international ones seen in the same reports); their keys are computed once.
"""

from __future__ import annotations

from functools import lru_cache

from app.names.keys import word_key

__all__ = ["PARTICLES", "is_common_given_name", "is_particle"]

_KAZAKH = """
Абай Абылай Адай Әділ Әділет Айбек Айбол Айдар Айдос Айдын Айжан Айгерім Айгүл Айдана Айнұр Айсұлу Айым
Ақбота Ақерке Ақжол Ақмарал Алма Алмас Алия Әлия Алтынай Амангелді Аманжол Анар Арай Арайлым Арман Арна
Арсен Арслан Асан Асел Әсел Әсем Асқар Асқат Асхат Аслан Асылан Асыл Ауыржан Аягөз Аян Бағдат Бақыт
Бақытжан Бақытгүл Балнұр Бану Батыр Бауыржан Бек Бекболат Бекжан Бекзат Бекнұр Берік Болат Ботагөз Гүл
Гүлмира Гүлназ Гүлнар Гүлнара Гүлжан Гүлсім Дамир Дана Дариға Дархан Дастан Данияр Дәурен Динара Ділназ
Димаш Ерасыл Ербол Ерғали Ерлан Ержан Еркебұлан Еркін Ерлік Ермек Ернар Есен Жазира Жайна Жандос Жанар
Жанат Жанболат Жансая Жасұлан Жұлдыз Жұмабек Зарина Зере Ибраһим Ильяс Қайрат Қанат Қарлығаш Құдайберген
Қуаныш Қымбат Қалдыбек Ләйлә Ләззат Мадина Мақсат Марат Мейрам Мейіржан Мерей Мұрат Мұхтар Назерке
Назым Нұржан Нұрлан Нұрбол Нұрсұлтан Нұрлыбек Нұрай Нұрсая Олжас Омар Рауан Рүстем Самал Сабина Саят
Сәуле Сая Серік Серікбол Сұлтан Талғат Тимур Тоғжан Төлеген Ұлан Ұлжан Ұлпан Ұмит Шынар Шолпан Ырысты
Ислам Мұхаммед Мұхамед Әли Али Әмина Айша Фатима Хадиша Зейнеп Меруерт Мөлдір Іңкәр Інжу Толқын
"""
_RUSSIAN = """
Александр Алексей Анатолий Андрей Антон Аркадий Артём Артур Борис Вадим Валентин Валерий Василий Виктор
Виталий Владимир Владислав Вячеслав Геннадий Георгий Глеб Григорий Даниил Денис Дмитрий Евгений Егор Иван
Игорь Илья Кирилл Константин Леонид Максим Матвей Михаил Никита Николай Олег Павел Пётр Роман Руслан
Сергей Станислав Степан Тимофей Фёдор Юрий Ярослав Александра Алёна Алина Алла Анастасия Ангелина Анна
Валентина Валерия Вера Вероника Виктория Галина Дарья Диана Евгения Екатерина Елена Елизавета Жанна Зоя
Инна Ирина Карина Кира Кристина Ксения Лариса Лидия Любовь Людмила Маргарита Марина Мария Надежда Наталья
Нина Оксана Ольга Полина Светлана София Софья Тамара Татьяна Ульяна Юлия Яна
"""
_INTERNATIONAL = """
John James Michael David Robert William Thomas Daniel Paul Mark Peter George Richard Joseph Charles Maria
Anna Sarah Mary Elizabeth Laura Claudia Julia Sofia Emma Olivia Gina Ana Carlos Jose Juan Luis
"""

# Patronymic particles and name particles written as separate words: glue
# inside a name, never a name part of their own.
PARTICLES = frozenset(
    word_key(w)
    for w in "ұлы қызы улы кызы уулу оглы оглу гызы uly kyzy qyzy uulu ogly ugli ogli gyzy "
    "ibn bin bint binti abu umm van von der den del della dos das de da di la le".split()
)


@lru_cache(maxsize=1)
def _common_keys() -> frozenset[str]:
    return frozenset(word_key(w) for w in (_KAZAKH + _RUSSIAN + _INTERNATIONAL).split())


def is_common_given_name(key: str) -> bool:
    """Whether the word with this key is a common given name."""
    return key in _common_keys()


def is_particle(key: str) -> bool:
    return key in PARTICLES
