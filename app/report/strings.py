"""The report's own words in English, Russian and Kazakh, and dates written the way each language writes them.

The report's language is chosen per report and is independent of the UI's.
Labels of vocabulary codes (event types, roles, ...) come from
resources/vocab.json instead (see ``vocab``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.domain.dates import DateParseError, FuzzyDate

LANGS = ("en", "ru", "kk")

# key -> (en, ru, kk)
_S: dict[str, tuple[str, str, str]] = {
    "report_title": ("Case report", "Отчёт по делу", "Іс бойынша есеп"),
    "reference": ("Reference", "Номер дела", "Іс нөмірі"),
    "report_date": ("Report date", "Дата отчёта", "Есеп күні"),
    "profile": ("Profile", "Профиль", "Профиль"),
    "case_status": ("Case status", "Статус дела", "Іс мәртебесі"),
    "profile.internal": ("internal", "внутренний", "ішкі"),
    "profile.partner": ("partner", "для партнёров", "серіктестер үшін"),
    "profile.public": ("public", "публичный", "жария"),
    "withheld_heading": (
        "What this report withholds, and why",
        "Что скрыто в этом отчёте и почему",
        "Бұл есепте не жасырылды және неге",
    ),
    "withheld.internal": (
        "This is an internal report: nothing has been withheld. It names every person and may contain contact "
        "details, addresses, health information and the identities of confidential sources. Do not share it "
        "outside the team.",
        "Это внутренний отчёт: ничего не скрыто. В нём названы все лица, и он может содержать контактные данные, "
        "адреса, сведения о здоровье и личности конфиденциальных источников. Не передавайте его за пределы команды.",
        "Бұл ішкі есеп: ештеңе жасырылмаған. Онда барлық адамдардың аты-жөні көрсетілген, сондай-ақ байланыс "
        "деректері, мекенжайлар, денсаулық туралы мәліметтер және құпия дереккөздердің жеке басы болуы мүмкін. "
        "Оны топтан тыс ешкімге бермеңіз.",
    ),
    "withheld.partner": (
        "This report is for partner organisations. Persons are named; it must not be published.",
        "Этот отчёт предназначен для партнёрских организаций. Лица названы по именам; публиковать его нельзя.",
        "Бұл есеп серіктес ұйымдарға арналған. Адамдардың аты-жөні көрсетілген; оны жариялауға болмайды.",
    ),
    "withheld.public": (
        "This report may be published.",
        "Этот отчёт может быть опубликован.",
        "Бұл есепті жариялауға болады.",
    ),
    "withheld.secret": (
        "Contact details, exact addresses, GPS coordinates, the identities of confidential sources, health "
        "details, evidence file names and capture metadata are withheld to protect the people concerned "
        "({n} values).",
        "Контактные данные, точные адреса, GPS-координаты, личности конфиденциальных источников, сведения о "
        "здоровье, имена файлов доказательств и метаданные съёмки скрыты, чтобы защитить упомянутых людей "
        "(значений: {n}).",
        "Аталған адамдарды қорғау үшін байланыс деректері, нақты мекенжайлар, GPS координаттары, құпия "
        "дереккөздердің жеке басы, денсаулық туралы мәліметтер, дәлелдеме файлдарының атаулары және түсірілім "
        "метадеректері жасырылды (мәндер саны: {n}).",
    ),
    "withheld.pseudonyms": (
        "{n} persons who have not agreed to be named publicly appear under pseudonyms such as “{example}”. "
        "Pseudonyms follow each person's role and are not derived from names. Their personal details and "
        "family ties are omitted, and their names are replaced wherever they occurred in the text.",
        "Лица, не давшие согласия на публичное упоминание своего имени (всего {n}), указаны под псевдонимами, "
        "например «{example}». Псевдонимы присвоены по роли лица и не связаны с именами. Их личные данные и "
        "родственные связи опущены, а имена заменены везде, где они встречались в тексте.",
        "Аты-жөнін жария етуге келісім бермеген адамдар (барлығы {n}) бүркеншік атпен көрсетілген, мысалы "
        "«{example}». Бүркеншік аттар адамның рөліне қарай берілген және есімдерден алынбаған. Олардың жеке "
        "деректері мен туыстық байланыстары көрсетілмеген, ал есімдері мәтіннің барлық жерінде ауыстырылған.",
    ),
    "withheld.identifying": (
        "Internal notes and the names of those who brought evidence are omitted ({n} values).",
        "Внутренние заметки и имена лиц, передавших доказательства, опущены (значений: {n}).",
        "Ішкі жазбалар мен дәлелдемені тапсырған адамдардың аты-жөні көрсетілмеген (мәндер саны: {n}).",
    ),
    "withheld.scrubbed": (
        "Withheld names and values found inside other text were replaced by the pseudonym or by “{placeholder}” "
        "({n} fields).",
        "Скрытые имена и значения, встретившиеся в другом тексте, заменены псевдонимом или пометкой «{placeholder}» "
        "(полей: {n}).",
        "Басқа мәтіннің ішінде кездескен жасырын есімдер мен мәндер бүркеншік атпен немесе «{placeholder}» "
        "белгісімен ауыстырылды (өрістер саны: {n}).",
    ),
    "withheld.regions": (
        "{n} image regions marked for redaction are blacked out.",
        "Отмеченные для скрытия области изображений закрашены чёрным (областей: {n}).",
        "Жасыруға белгіленген сурет аймақтары қара түспен боялды (аймақтар саны: {n}).",
    ),
    "withheld.shown": (
        "{n} values normally withheld at this profile are shown by the explicit choice of the report's author.",
        "Значения, обычно скрываемые в этом профиле, показаны по явному решению составителя отчёта (значений: {n}).",
        "Әдетте бұл профильде жасырылатын мәндер есеп құрастырушының нақты шешімімен көрсетілді (мәндер саны: {n}).",
    ),
    "withheld.checked": (
        "Before it was saved, this file was checked for every withheld name and value, in all recorded spellings "
        "and scripts, in its text, its data and its metadata.",
        "Перед сохранением файл проверен: ни одно скрытое имя или значение (во всех записанных написаниях и "
        "алфавитах) не встречается в его тексте, данных и метаданных.",
        "Сақталмас бұрын файл тексерілді: жасырылған есімдер мен мәндердің ешқайсысы (тіркелген барлық жазылу "
        "түрлері мен әліпбилерде) оның мәтінінде, деректерінде және метадеректерінде кездеспейді.",
    ),
    "summary": ("Summary", "Краткое изложение", "Қысқаша мазмұны"),
    "key_figures": ("Key figures", "Основные данные", "Негізгі деректер"),
    "organisations": ("Organisations", "Организации", "Ұйымдар"),
    "deadlines": ("Upcoming deadlines", "Ближайшие сроки", "Жақын мерзімдер"),
    "persons": ("Persons", "Лица", "Адамдар"),
    "timeline": ("Timeline", "Временная шкала", "Уақыт шкаласы"),
    "timeline_note": (
        "Dots are events with a known day; bars span events dated only within a range. Numbers refer to the "
        "chronology.",
        "Точки — события с известной датой; полосы — события, дата которых известна лишь в пределах интервала. "
        "Номера соответствуют хронологии.",
        "Нүктелер — күні белгілі оқиғалар; жолақтар — күні белгілі бір аралықта ғана белгілі оқиғалар. "
        "Нөмірлер хронологиядағы нөмірлерге сәйкес.",
    ),
    "chronology": ("Chronology of events", "Хронология событий", "Оқиғалар хронологиясы"),
    "proceedings": ("Proceedings", "Производства", "Іс жүргізу"),
    "hearings": ("Hearings", "Судебные заседания", "Сот отырыстары"),
    "measures": ("Restrictive measures", "Меры пресечения", "Бұлтартпау шаралары"),
    "other_measures": ("Other restrictive measures", "Прочие меры пресечения", "Басқа бұлтартпау шаралары"),
    "communications": ("Communications and statements", "Обращения и заявления", "Хаттар мен мәлімдемелер"),
    "questions": ("Questions", "Вопросы", "Сұрақтар"),
    "recommendations": ("Recommendations", "Рекомендации", "Ұсыныстар"),
    "rights": ("Standards invoked", "Упомянутые нормы", "Сілтеме жасалған нормалар"),
    "evidence": ("Evidence index", "Перечень доказательств", "Дәлелдемелер тізімі"),
    "sources": ("Sources", "Источники", "Дереккөздер"),
    "name": ("Name", "Имя", "Аты-жөні"),
    "role": ("Role", "Роль", "Рөлі"),
    "status": ("Status", "Статус", "Мәртебесі"),
    "measures_col": ("Measures (expiry)", "Меры (срок истечения)", "Шаралар (аяқталу мерзімі)"),
    "health": ("Health concerns", "Состояние здоровья", "Денсаулығы"),
    "date": ("Date", "Дата", "Күні"),
    "place": ("Place", "Место", "Орны"),
    "type": ("Type", "Вид", "Түрі"),
    "person": ("Person", "Лицо", "Адам"),
    "act": ("Act", "Действие", "Әрекет"),
    "details": ("Details", "Подробности", "Толығырақ"),
    "responsible": ("Responsible", "Ответственные", "Жауапты тарап"),
    "source": ("Source", "Источник", "Дереккөз"),
    "sources_of": ("Sources", "Источники", "Дереккөздер"),
    "sources_disagree": ("Sources disagree", "Источники расходятся", "Дереккөздер әртүрлі мәлімет береді"),
    "about_field": ("on {field}", "о поле «{field}»", "«{field}» туралы"),
    "related": ("Related events", "Связанные события", "Байланысты оқиғалар"),
    "court": ("Court", "Суд", "Сот"),
    "case_number": ("Case number", "Номер дела", "Іс нөмірі"),
    "provisions": ("Charges", "Статьи обвинения", "Айып тағылған баптар"),
    "kind": ("Kind", "Вид", "Түрі"),
    "parties": ("Parties", "Участники", "Қатысушылар"),
    "outcome": ("Outcome", "Результат", "Нәтижесі"),
    "next_date": ("Next date", "Следующая дата", "Келесі күні"),
    "closed": ("Closed session", "Закрытое заседание", "Жабық отырыс"),
    "notes": ("Notes", "Примечания", "Ескертпелер"),
    "yes": ("yes", "да", "иә"),
    "no": ("no", "нет", "жоқ"),
    "start": ("Start", "Начало", "Басталуы"),
    "duration": ("Term", "Срок", "Мерзімі"),
    "expiry": ("Expiry", "Истекает", "Аяқталуы"),
    "extension": ("extension", "продление", "ұзарту"),
    "sender": ("From", "Отправитель", "Жіберуші"),
    "addressee": ("To", "Адресат", "Алушы"),
    "mandates": ("Mandates", "Мандаты", "Мандаттар"),
    "reply_window": ("Reply window", "Срок для ответа", "Жауап беру мерзімі"),
    "days_n": ("{n} days", "{n} дн.", "{n} күн"),
    "reply_due": ("Reply due", "Ответ ожидается до", "Жауап беру күні"),
    "publication": ("Publication", "Публикация", "Жариялану"),
    "reply_received": ("Reply received", "Ответ получен", "Жауап алынды"),
    "no_reply": ("no reply recorded", "ответ не зафиксирован", "жауап тіркелмеген"),
    "follow_up": ("Follow-up", "Контроль исполнения", "Бақылау күні"),
    "overdue": ("overdue", "просрочено", "мерзімі өтті"),
    "in_days": ("in {n} days", "через {n} дн.", "{n} күннен кейін"),
    "today": ("today", "сегодня", "бүгін"),
    "expired": ("expired", "истёк", "мерзімі аяқталды"),
    "status_until": ("{what} until {date}", "{what}, срок: {date}", "{what}, мерзімі: {date}"),
    "status_ended": ("{what} (ended)", "{what} (прекращена)", "{what} (тоқтатылды)"),
    "id": ("ID", "Идентификатор", "Идентификатор"),
    "size": ("Size", "Размер", "Көлемі"),
    "media_type": ("Type", "Тип", "Түрі"),
    "sha_original": ("SHA-256 of the original", "SHA-256 оригинала", "Түпнұсқаның SHA-256"),
    "sha_derivative": (
        "SHA-256 of the image in this report",
        "SHA-256 изображения в отчёте",
        "Есептегі суреттің SHA-256",
    ),
    "derived_from": ("Derivative of {id} ({op})", "Производная от {id} ({op})", "{id} туынды нұсқасы ({op})"),
    "copy_of_item": (
        "Copy made by Casefile ({op}): {id}, {size}, SHA-256:",
        "Копия, сделанная Casefile ({op}): {id}, {size}, SHA-256:",
        "Casefile жасаған көшірме ({op}): {id}, {size}, SHA-256:",
    ),
    "custody": ("Custody", "Хранение", "Сақтау тізбегі"),
    "custody_summary": (
        "{n} records: first {first}, last {last}",
        "записей: {n}; первая — {first}, последняя — {last}",
        "жазбалар: {n}; алғашқысы — {first}, соңғысы — {last}",
    ),
    "cc": ("Content Credentials (C2PA)", "Учётные данные контента (C2PA)", "Мазмұнның тіркелгі деректері (C2PA)"),
    "cc.intact": (
        "intact, signed by {signer}",
        "не изменён, подписал(а): {signer}",
        "өзгертілмеген, қол қойған: {signer}",
    ),
    "cc.unknown_signer": (
        "unchanged since signing, by a signer not on the trust list: {signer}",
        "не изменён после подписи; подписант не из списка доверенных: {signer}",
        "қол қойылғаннан бері өзгермеген; қол қоюшы сенім тізімінде жоқ: {signer}",
    ),
    "cc.tampered": ("changed after signing", "изменён после подписи", "қол қойылғаннан кейін өзгертілген"),
    "cc.unreadable": ("present but unreadable", "есть, но не читаются", "бар, бірақ оқылмайды"),
    "cc.none": ("none", "нет", "жоқ"),
    "preview_unavailable": ("preview unavailable", "предпросмотр недоступен", "алдын ала қарау мүмкін емес"),
    "not_image": (
        "no preview (not an image)",
        "без предпросмотра (не изображение)",
        "алдын ала көрініс жоқ (сурет емес)",
    ),
    "regions_blacked": ("{n} regions blacked out", "закрашено областей: {n}", "боялған аймақтар: {n}"),
    "regions_marked": (
        "{n} regions marked for redaction (outlined)",
        "отмечено для скрытия областей: {n} (обведены)",
        "жасыруға белгіленген аймақтар: {n} (қоршалған)",
    ),
    "description": ("Description", "Описание", "Сипаттамасы"),
    "truncated": (
        "[… {n} more characters not shown]",
        "[… ещё {n} симв. не показано]",
        "[… тағы {n} таңба көрсетілмеді]",
    ),
    "author": ("Author", "Автор", "Авторы"),
    "reliability": ("Reliability", "Надёжность", "Сенімділігі"),
    "informant": ("Informant", "Информатор", "Ақпарат беруші"),
    "contact": ("Contact", "Контакты", "Байланыс"),
    "address": ("Address", "Адрес", "Мекенжай"),
    "coordinates": ("Coordinates", "Координаты", "Координаттар"),
    "exact_address": ("Exact address", "Точный адрес", "Нақты мекенжай"),
    "unnamed": ("(unnamed)", "(без имени)", "(аты-жөні жоқ)"),
    "none": ("none recorded", "нет данных", "дерек жоқ"),
    "approx": ("(approx.)", "(прибл.)", "(шамамен)"),
    "footer": ("page {n} of {m}", "стр. {n} из {m}", "{n}-бет, барлығы {m}"),
    "fig.persons": ("Persons", "Лица", "Адамдар"),
    "fig.events": ("Events", "События", "Оқиғалар"),
    "fig.acts": ("Acts", "Действия", "Әрекеттер"),
    "fig.active_measures": (
        "Active restrictive measures",
        "Действующие меры пресечения",
        "Күшіндегі бұлтартпау шаралары",
    ),
    "fig.hearings": ("Hearings", "Судебные заседания", "Сот отырыстары"),
    "fig.communications": ("Communications", "Обращения", "Хаттар"),
    "fig.evidence": ("Evidence items", "Доказательства", "Дәлелдемелер"),
    "fig.sources": ("Sources", "Источники", "Дереккөздер"),
    "deadline.measure": ("{what} ends: {who}", "Истекает {what}: {who}", "{what} аяқталады: {who}"),
    "deadline.hearing": ("Hearing: {what}", "Заседание: {what}", "Сот отырысы: {what}"),
    "deadline.reply": ("Reply due: {what}", "Срок ответа: {what}", "Жауап беру мерзімі: {what}"),
    "deadline.follow_up": ("Follow-up: {what}", "Контроль: {what}", "Бақылау: {what}"),
}

_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "ru_nom": ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
               "ноябрь", "декабрь"],
    "ru_gen": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
               "ноября", "декабря"],
    "kk": ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
           "қараша", "желтоқсан"],
    # genitive ("of November"): қарашаның аяғы = the end of November
    "kk_gen": ["қаңтардың", "ақпанның", "наурыздың", "сәуірдің", "мамырдың", "маусымның", "шілденің", "тамыздың",
               "қыркүйектің", "қазанның", "қарашаның", "желтоқсанның"],
}  # fmt: skip

_SEASONS = {
    "en": ("winter", "spring", "summer", "autumn"),
    "ru": ("зима", "весна", "лето", "осень"),
    "kk": ("қыс", "көктем", "жаз", "күз"),
}
_PARTS = {
    "en": ("early {m}", "mid-{m}", "late {m}"),
    "ru": ("начало {m}", "середина {m}", "конец {m}"),
    "kk": ("{m} басы", "{m} ортасы", "{m} аяғы"),
}


def t(key: str, lang: str, **kw: Any) -> str:
    """The report string ``key`` in ``lang``, formatted with ``kw``."""
    row = _S[key]
    text = row[LANGS.index(lang)] if lang in LANGS else row[0]
    return text.format(**kw) if kw else text


def parse_iso(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def fmt_day(d: dt.date, lang: str) -> str:
    m = d.month - 1
    if lang == "ru":
        return f"{d.day} {_MONTHS['ru_gen'][m]} {d.year} г."
    if lang == "kk":
        return f"{d.year} жылғы {d.day} {_MONTHS['kk'][m]}"
    return f"{d.day} {_MONTHS['en'][m]} {d.year}"


def fmt_month(d: dt.date, lang: str) -> str:
    m = d.month - 1
    if lang == "ru":
        return f"{_MONTHS['ru_nom'][m]} {d.year} г."
    if lang == "kk":
        return f"{d.year} жылғы {_MONTHS['kk'][m]}"
    return f"{_MONTHS['en'][m]} {d.year}"


def fmt_year(year: int, lang: str) -> str:
    return {"ru": f"{year} г.", "kk": f"{year} жыл"}.get(lang, str(year))


def _fmt_day_range(a: dt.date, b: dt.date, lang: str) -> str:
    if a.year == b.year and a.month == b.month:
        m = a.month - 1
        if lang == "ru":
            return f"{a.day}–{b.day} {_MONTHS['ru_gen'][m]} {a.year} г."
        if lang == "kk":
            return f"{a.year} жылғы {a.day}–{b.day} {_MONTHS['kk'][m]}"
        return f"{a.day}–{b.day} {_MONTHS['en'][m]} {a.year}"
    return f"{fmt_day(a, lang)} – {fmt_day(b, lang)}"


def fmt_fuzzy(value: Any, lang: str) -> str:
    """A fuzzy date ({text, start, end, precision, certainty}) in words of ``lang``."""
    if value is None:
        return ""
    if not isinstance(value, dict):
        d = parse_iso(value)
        return fmt_day(d, lang) if d else str(value)
    start, end = parse_iso(value.get("start")), parse_iso(value.get("end"))
    if start is None:
        return str(value.get("text") or "")
    end = end or start
    precision = str(value.get("precision") or "day")
    if precision == "year":
        out = fmt_year(start.year, lang) if start.year == end.year else f"{start.year}–{fmt_year(end.year, lang)}"
    elif precision == "month" and (start.year, start.month) == (end.year, end.month):
        out = fmt_month(start, lang)
    elif precision == "season":
        season = _SEASONS.get(lang, _SEASONS["en"])[(start.month % 12) // 3]
        out = {"ru": f"{season} {start.year} г.", "kk": f"{start.year} жылғы {season}"}.get(
            lang, f"{season} {start.year}"
        )
    elif precision == "part_of_month" and (start.year, start.month) == (end.year, end.month):
        part = 0 if end.day <= 11 else (2 if start.day >= 20 else 1)
        m = start.month - 1
        if lang == "ru":
            out = _PARTS["ru"][part].format(m=_MONTHS["ru_gen"][m]) + f" {start.year} г."
        elif lang == "kk":
            out = f"{start.year} жылғы " + _PARTS["kk"][part].format(m=_MONTHS["kk_gen"][m])
        else:
            out = _PARTS["en"][part].format(m=_MONTHS["en"][m]) + f" {start.year}"
    elif start == end:
        out = fmt_day(start, lang)
    else:
        out = _fmt_day_range(start, end, lang)
    if value.get("certainty") == "approximate":
        out += " " + t("approx", lang)
    return out


def fuzzy_bounds(value: Any) -> tuple[dt.date, dt.date] | None:
    """(start, end) of a fuzzy date (``FuzzyDate.sort_key``) or of an ISO day; None if it has none."""
    if isinstance(value, dict):
        try:
            date = FuzzyDate.from_json(value)
        except DateParseError:
            return None
        return date.sort_key if date else None
    day = parse_iso(value)
    return (day, day) if day else None


def sort_key(value: Any) -> tuple[str, str]:
    b = fuzzy_bounds(value)
    return (b[0].isoformat(), b[1].isoformat()) if b else ("9999-99-99", "")


def fmt_size(n: Any, lang: str) -> str:
    try:
        size = int(n)
    except (TypeError, ValueError):
        return ""
    units = {"en": ("bytes", "KB", "MB", "GB"), "ru": ("байт", "КБ", "МБ", "ГБ"), "kk": ("байт", "КБ", "МБ", "ГБ")}
    u = units.get(lang, units["en"])
    if size < 1024:
        return f"{size} {u[0]}"
    value = float(size)
    for unit in u[1:]:
        value /= 1024
        if value < 1024 or unit == u[-1]:
            text = f"{value:.1f}"
            return f"{text.replace('.', ',') if lang != 'en' else text} {unit}"
    return str(size)


def relative_days(d: dt.date, today: dt.date, lang: str) -> str:
    delta = (d - today).days
    if delta < 0:
        return t("overdue", lang)
    if delta == 0:
        return t("today", lang)
    return t("in_days", lang, n=delta)


def report_words() -> list[str]:
    """Everything the report prints by itself, in every language (for ``redact(reserved_words=...)``)."""
    out = [text for row in _S.values() for text in row]
    out += [m for months in _MONTHS.values() for m in months]
    out += [w for words in _SEASONS.values() for w in words]
    return out
