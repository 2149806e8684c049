<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>ActForm</name>
    <message>
        <location filename="../../ui/forms/event_edit.py" line="+58"/>
        <source>Correct what was done to a person</source>
        <translation>Адамға не істелгенін түзету</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Person:</source>
        <translation>Адам:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What was done:</source>
        <translation>&amp;Не істелді:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>W&amp;hen:</source>
        <translation>Қа&amp;шан:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty: the event&apos;s date</source>
        <translation>Бос қалдырыңыз: оқиға күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Details:</source>
        <translation>&amp;Толығырақ:</translation>
    </message>
</context>
<context>
    <name>CardsDialog</name>
    <message>
        <location filename="../../ui/packs/cards_dialog.py" line="+45"/>
        <location line="+4"/>
        <source>Contact cards</source>
        <translation>Байланыс карточкалары</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;My card</source>
        <translation>&amp;Менің карточкам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Partners</source>
        <translation>&amp;Серіктестер</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The name partners see on your card</source>
        <translation>Серіктестер карточкаңызда көретін ат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save name</source>
        <translation>Атт&amp;ы сақтау</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+15"/>
        <source>Your fingerprint</source>
        <translation>Сіздің цифрлық ізіңіз</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Your card as a QR code</source>
        <translation>Карточкаңыз QR-код түрінде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export card to a file…</source>
        <translation>Карточканы &amp;файлға сақтау…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name on the card:</source>
        <translation>Карточкадағы &amp;ат:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When you give your card to a partner, read this fingerprint to them, in person or on a call you trust, and have them read theirs to you: that is how each of you knows that the card was not swapped.</source>
        <translation>Карточкаңызды серіктеске бергенде, осы цифрлық ізді оған жеке өзіңіз немесе сенімді қоңырау арқылы оқып беріңіз, ал ол өзінікін сізге оқысын: осылайша екеуіңіз де карточка ауыстырылмағанын білесіздер.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(No QR code: the optional “segno” package is not installed.)</source>
        <translation>(QR-код жоқ: қосымша «segno» пакеті орнатылмаған.)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved. Export your card again for partners to see the new name.</source>
        <translation>Сақталды. Серіктестер жаңа атты көруі үшін карточканы файлға қайта сақтаңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save your contact card as</source>
        <translation>Байланыс карточкасын былай сақтау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact cards (*.card)</source>
        <translation>Байланыс карточкалары (*.card)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved: %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Partner cards</source>
        <translation>Серіктестердің карточкалары</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import a partner&apos;s card…</source>
        <translation>Серіктес карточкасын &amp;қосу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Check and trust…</source>
        <translation>&amp;Тексеріп, сенім арту…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fingerprint of the card</source>
        <translation>Карточканың цифрлық ізі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I &amp;compared this fingerprint with my partner, and it is exactly the same</source>
        <translation>Осы цифрлық ізді серіктесіммен &amp;салыстырдым, ол дәл сәйкес келеді</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Trust this card</source>
        <translation>Бұл карточкаға &amp;сенім арту</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;without trusting</source>
        <translation>Сенім артпай &amp;қосу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard</source>
        <translation>&amp;Тастау</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ask your partner to read their fingerprint to you, in person or on a call you trust. If a single character differs, do not trust the card: someone may have replaced it on the way.</source>
        <translation>Серіктесіңізден өз цифрлық ізін сізге жеке өзі немесе сенімді қоңырау арқылы оқуын сұраңыз. Бір таңба болса да өзгеше болса, карточкаға сенбеңіз: оны жолда ауыстырып қойған болуы мүмкін.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Packs are encrypted only for trusted partners, and a pack is accepted only from a trusted signer.</source>
        <translation>Пакеттер тек сенімді серіктестер үшін шифрланады және тек сенімді жіберушіден қабылданады.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Partner</source>
        <translation>Серіктес</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fingerprint</source>
        <translation>Цифрлық із</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trusted</source>
        <translation>Сенім</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NO: not checked</source>
        <translation>ЖОҚ: тексерілмеген</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a partner&apos;s contact card</source>
        <translation>Серіктестің байланыс карточкасын таңдаңыз</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Card of “%1”</source>
        <translation>«%1» карточкасы</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is trusted.</source>
        <translation>%1: сенім артылды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was added, not trusted yet.</source>
        <translation>%1: карточка қосылды, әзірге сенім артылмаған.</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../ui/forms/case.py" line="+21"/>
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Case title</source>
        <translation>Істің атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Atajurt activists detained after the border protest</source>
        <translation>мысалы: шекарадағы наразылықтан кейін ұсталған «Атажұрт» белсенділері</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Short reference</source>
        <translation>Қысқа белгісі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. ATAJURT-2025</source>
        <translation>мысалы: ATAJURT-2025</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary</source>
        <translation>Қысқаша сипаттама</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create case</source>
        <translation>Іс ашу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Белгісі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Сипаттамасы:</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ui/case/view.py" line="+67"/>
        <source>Case sections</source>
        <translation>Іс бөлімдері</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a case on the left, or create one.</source>
        <translation>Сол жақтан істі таңдаңыз немесе жаңасын ашыңыз.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Overview</source>
        <translation>&amp;Шолу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;People</source>
        <translation>&amp;Адамдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Events</source>
        <translation>&amp;Оқиғалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Уақыт шкаласы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proceedin&amp;gs</source>
        <translation>Іс жүргі&amp;зу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sou&amp;rces</source>
        <translation>&amp;Дереккөздер</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>E&amp;vidence</source>
        <translation>А&amp;йғақтар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;mmunications</source>
        <translation>&amp;Хаттар</translation>
    </message>
</context>
<context>
    <name>CasesPanel</name>
    <message>
        <location filename="../../ui/sidebar.py" line="+72"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>No cases yet. Create one to start recording.</source>
        <translation>Әзірге іс жоқ. Жазуды бастау үшін іс ашыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New case…</source>
        <translation>&amp;Жаңа іс…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../ui/integrity.py" line="+28"/>
        <location line="+19"/>
        <source>Check the vault</source>
        <translation>Қойманы тексеру</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Every page of the database, every evidence file and the audit log are checked. Nothing in the vault is changed.</source>
        <translation>Дерекқордың әр беті, әр дәлел файлы және аудит журналы тексеріледі. Қоймада ештеңе өзгермейді.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Results of the check</source>
        <translation>Тексеру нәтижелері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Checking…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database: %1 pages, each checked against its authentication code, and its structure.</source>
        <translation>Дерекқор: %1 бет, әрқайсысы өз түпнұсқалық кодымен салыстырылды, және оның құрылымы.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence: %1 files decrypted and compared with the SHA-256 recorded at intake.</source>
        <translation>Дәлелдер: %1 файл шифрдан шығарылып, қабылдау кезінде жазылған SHA-256 мәнімен салыстырылды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit log: %1 entries, their chain and signatures.</source>
        <translation>Аудит журналы: %1 жазба, олардың тізбегі мен қолтаңбалары.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All checks passed.</source>
        <translation>Барлық тексерулерден өтті.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems found: %1</source>
        <translation>Табылған ақаулар: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep a copy of the whole vault folder before changing anything.</source>
        <translation>Бір нәрсені өзгертпес бұрын қойма қалтасының толық көшірмесін сақтаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The check was cancelled; nothing was changed.</source>
        <translation>Тексеру тоқтатылды; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Check the vault…</source>
        <translation>Қойманы &amp;тексеру…</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <location filename="../../ui/forms/fields.py" line="+327"/>
        <source>“%1” is not one of the choices: pick one from the list.</source>
        <translation>«%1» нұсқалар арасында жоқ: тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose one from the list.</source>
        <translation>Тізімнен таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>CommunicationForm</name>
    <message>
        <location filename="../../ui/forms/communication.py" line="+25"/>
        <source>Correct a communication</source>
        <translation>Хатты түзету</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a communication</source>
        <translation>Хат қосу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Нөмірі:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. AL KAZ 2/2026</source>
        <translation>мысалы: AL KAZ 2/2026</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it is about, in a line</source>
        <translation>Не туралы, бір жолмен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sent:</source>
        <translation>&amp;Жіберілді:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Кімнен:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;o:</source>
        <translation>Кім&amp;ге:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Government of Kazakhstan</source>
        <translation>мысалы: Қазақстан Үкіметі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Mandates:</source>
        <translation>&amp;Мандаттар:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One per line: the mandates or organisations sending it</source>
        <translation>Әр жолға біреуден: жіберуші мандаттар не ұйымдар</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Questions asked:</source>
        <translation>Қойылған &amp;сұрақтар:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One question per line</source>
        <translation>Әр жолға бір сұрақ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recommendatio&amp;ns:</source>
        <translation>&amp;Ұсыныстар:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One per line</source>
        <translation>Әр жолға біреуден</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply &amp;window:</source>
        <translation>Жауап беру мерз&amp;імі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply &amp;due:</source>
        <translation>Жауап к&amp;үні:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Published:</source>
        <translation>Жа&amp;рияланды:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply recei&amp;ved:</source>
        <translation>Жауап ал&amp;ынды:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>St&amp;atus:</source>
        <translation>Кү&amp;йі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(from the reply window)</source>
        <translation>(жауап беру мерзімі бойынша)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fo&amp;llow up on:</source>
        <translation>&amp;Қайта қарау күні:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source re&amp;cord:</source>
        <translation>&amp;Дереккөз ретінде:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A reply is due %1 (the date sent plus the reply window).</source>
        <translation>Жауап %1 дейін күтіледі (жіберілген күн мен жауап беру мерзімі бойынша).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A communication needs a title.</source>
        <translation>Хаттың атауы болуы керек.</translation>
    </message>
</context>
<context>
    <name>CommunicationsTab</name>
    <message>
        <location filename="../../ui/case/communications.py" line="+24"/>
        <location line="+66"/>
        <source>Reference</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+66"/>
        <source>Sent</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+68"/>
        <source>Reply due</source>
        <translation>Жауап мерзімі</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+67"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Communications</source>
        <translation>Хаттар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Communication details</source>
        <translation>Хат туралы толық мәлімет</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>OVERDUE</source>
        <translation>МЕРЗІМІ ӨТТІ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>Кімнен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply window</source>
        <translation>Жауап беру мерзімі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply received</source>
        <translation>Жауап алынды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Жарияланды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up</source>
        <translation>Қайта қарау</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Questions asked (%1)</source>
        <translation>Қойылған сұрақтар (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommendations</source>
        <translation>Ұсынымдар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent by</source>
        <translation>Жіберушілер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standards invoked</source>
        <translation>Сілтеме жасалған нормалар</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>&amp;Add letter or statement…</source>
        <translation>Хат не &amp;мәлімдеме қосу…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a communication</source>
        <translation>Хат қосу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;dit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct or delete the selected communication</source>
        <translation>Таңдалған хатты түзету не жою</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <location filename="../../ui/i18n.py" line="+155"/>
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln адам</numerusform>
            <numerusform>%Ln адам</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln оқиға</numerusform>
            <numerusform>%Ln оқиға</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln evidence files</source>
        <translation>
            <numerusform>%Ln айғақ файлы</numerusform>
            <numerusform>%Ln айғақ файлы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln sources</source>
        <translation>
            <numerusform>%Ln дереккөз</numerusform>
            <numerusform>%Ln дереккөз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln communications</source>
        <translation>
            <numerusform>%Ln хат</numerusform>
            <numerusform>%Ln хат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln күн</numerusform>
            <numerusform>%Ln күн</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>in %Ln days</source>
        <translation>
            <numerusform>%Ln күннен кейін</numerusform>
            <numerusform>%Ln күннен кейін</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln days ago</source>
        <translation>
            <numerusform>%Ln күн бұрын</numerusform>
            <numerusform>%Ln күн бұрын</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln bytes</source>
        <translation>
            <numerusform>%Ln байт</numerusform>
            <numerusform>%Ln байт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln entries</source>
        <comment>the custody trail of an evidence file</comment>
        <translation>
            <numerusform>%Ln жазба</numerusform>
            <numerusform>%Ln жазба</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln other people in this case have no recorded restriction (see People).</source>
        <translation>
            <numerusform>Бұл істегі тағы %Ln адамға қатысты шектеу тіркелмеген («Адамдар» бөлімін қараңыз).</numerusform>
            <numerusform>Бұл істегі тағы %Ln адамға қатысты шектеу тіркелмеген («Адамдар» бөлімін қараңыз).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Locked after %Ln minutes without activity.</source>
        <translation>
            <numerusform>%Ln минут әрекетсіз тұрғаннан кейін құлыпталды.</numerusform>
            <numerusform>%Ln минут әрекетсіз тұрғаннан кейін құлыпталды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>+ %Ln more events: zoom in or choose one person</source>
        <translation>
            <numerusform>+ тағы %Ln оқиға: кезеңді қысқартыңыз не бір адамды таңдаңыз</numerusform>
            <numerusform>+ тағы %Ln оқиға: кезеңді қысқартыңыз не бір адамды таңдаңыз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln events: how many began on each day (zoom in or choose one person to see them one by one)</source>
        <translation>
            <numerusform>%Ln оқиға: әр күні қаншасы басталды (оларды жеке көру үшін кезеңді қысқартыңыз не бір адамды таңдаңыз)</numerusform>
            <numerusform>%Ln оқиға: әр күні қаншасы басталды (оларды жеке көру үшін кезеңді қысқартыңыз не бір адамды таңдаңыз)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln days</source>
        <comment>a length of time</comment>
        <translation>
            <numerusform>%Ln күн</numerusform>
            <numerusform>%Ln күн</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln weeks</source>
        <comment>a length of time</comment>
        <translation>
            <numerusform>%Ln апта</numerusform>
            <numerusform>%Ln апта</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln months</source>
        <comment>a length of time</comment>
        <translation>
            <numerusform>%Ln ай</numerusform>
            <numerusform>%Ln ай</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln years</source>
        <comment>a length of time</comment>
        <translation>
            <numerusform>%Ln жыл</numerusform>
            <numerusform>%Ln жыл</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialsPanel</name>
    <message>
        <location filename="../../ui/case/credentials.py" line="+87"/>
        <source>Content Credentials:</source>
        <translation>Мазмұнның тіркелгі деректері:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed at:</source>
        <translation>Қол қойылған уақыты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made with:</source>
        <translation>Жасалған құрал:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names in the credentials:</source>
        <translation>Деректердегі аттар:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Content Credentials</source>
        <translation>Мазмұнның тіркелгі деректері</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 (kept here, removed on export)</source>
        <translation>%1 (осында сақталады, экспорт кезінде алынып тасталады)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/forms/fields.py" line="-209"/>
        <source>13.11.2025, late November 2025, summer 2025…</source>
        <translation>13.11.2025, 2025 ж. қараша соңы, 2025 ж. жазы…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the date was understood</source>
        <translation>Күн қалай түсінілді</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A date is needed here.</source>
        <translation>Мұнда күн керек.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>“%1” is not understood in a date. Try 13.11.2025, “late November 2025”.</source>
        <translation>Күндегі «%1» түсініксіз. 13.11.2025, «2025 ж. қараша соңы» деп көріңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the year as well, e.g. 13.11.2025.</source>
        <translation>Жылын да көрсетіңіз, мысалы: 13.11.2025.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no such day in the calendar.</source>
        <translation>Күнтізбеде мұндай күн жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A range needs both ends, the first before the last: 13–15 November 2025.</source>
        <translation>Аралықтың екі шеті де болуы керек, біріншісі екіншісінен бұрын: 2025 ж. 13–15 қараша.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not understood yet. Try 13.11.2025, “late November 2025” or “summer 2025”.</source>
        <translation>Әзірге түсініксіз. 13.11.2025, «2025 ж. қараша соңы» не «2025 ж. жазы» деп көріңіз.</translation>
    </message>
</context>
<context>
    <name>DaysField</name>
    <message>
        <location line="+151"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> days</source>
        <translation> күн</translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message>
        <location filename="../../ui/sidebar.py" line="+40"/>
        <source>Deadline</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Deadlines</source>
        <translation>Мерзімдер</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Nothing due in the next 30 days.</source>
        <translation>Алдағы 30 күнде мерзім жоқ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue first, then the next 30 days. Click one to open its case.</source>
        <translation>Алдымен мерзімі өткендер, содан кейін алдағы 30 күн. Ісін ашу үшін мерзімді басыңыз.</translation>
    </message>
</context>
<context>
    <name>DraftedDialog</name>
    <message>
        <location filename="../../ui/forms/base.py" line="+93"/>
        <source>Discard this draft?</source>
        <translation>Қараламаны өшіру керек пе?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed in this form will be thrown away.</source>
        <translation>Осы пішінге енгізгеннің бәрі өшіріледі.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Жалғастыру</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <location filename="../../ui/forms/duplicates.py" line="+133"/>
        <source>%1 and %2, both typed here, are possibly one person.</source>
        <translation>Мұнда терілген %1 мен %2 — бәлкім, бір адам.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is possibly %2, who is already listed here.</source>
        <translation>%1 — бәлкім, тізімде бар %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is possibly the same as %2.</source>
        <translation>%1 — бәлкім, бұл %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possibly the same as %1.</source>
        <translation>Бәлкім, бұл %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why: %1.</source>
        <translation>Себебі: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use this person</source>
        <translation>Осы адамды таңдау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the existing person %1</source>
        <translation>Тіркелген адамды таңдау: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take %1, who is already in the vault, instead of a new person.</source>
        <translation>Жаңа жазбаның орнына қоймада бар %1 адамын алу.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same person</source>
        <translation>Сол адам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is the same person as %2</source>
        <translation>%1 — %2 деген сол адам</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep one person, with %1 as another spelling of the name.</source>
        <translation>Бір адамды қалдырып, %1 атауын есімнің басқа жазылуы ретінде сақтау.</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../../ui/forms/event_edit.py" line="-49"/>
        <source>Correct an event</source>
        <translation>Оқиғаны түзету</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Headline:</source>
        <translation>Тақ&amp;ырып:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When:</source>
        <translation>&amp;Қашан:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whe&amp;re:</source>
        <translation>Қа&amp;йда:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What &amp;happened:</source>
        <translation>&amp;Не болды:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>An event needs a headline.</source>
        <translation>Оқиғаның тақырыбы болуы керек.</translation>
    </message>
</context>
<context>
    <name>EventTreeModel</name>
    <message>
        <location filename="../../ui/models/events.py" line="+40"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened / to whom</source>
        <translation>Не болды / кіммен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where / by whom</source>
        <translation>Қайда / кім</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>date unknown</source>
        <translation>күні белгісіз</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>by %1</source>
        <comment>who did it: a police force, a court</comment>
        <translation>орындаған: %1</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <location filename="../../ui/case/events.py" line="+57"/>
        <source>Events and acts</source>
        <translation>Оқиғалар мен әрекеттер</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the acts under each event</source>
        <translation>Әр оқиғаның астында әрекеттерді көрсету</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event details</source>
        <translation>Оқиға туралы толық мәлімет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show events of</source>
        <translation>Адамның оқиғаларын көрсету</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record incident</source>
        <translation>Оқиғаны тіркеу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record &amp;incident…</source>
        <translation>Оқиғаны &amp;тіркеу…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show:</source>
        <translation>Көрсету:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading the chronology…</source>
        <translation>Хронология оқылуда…</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+10"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>date unknown</source>
        <translation>күні белгісіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>According to</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>E&amp;dit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>S&amp;how what was done to each person</source>
        <translation>Әр адамға не істелгенін кө&amp;рсету</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Correct or delete the selected event or act</source>
        <translation>Таңдалған оқиғаны не әрекетті түзету не жою</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <location filename="../../ui/case/evidence.py" line="+69"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+161"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="-160"/>
        <location line="+159"/>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+163"/>
        <source>Added</source>
        <translation>Қосылды</translation>
    </message>
    <message>
        <location line="-164"/>
        <location line="+161"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Evidence files</source>
        <translation>Айғақ файлдары</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence details</source>
        <translation>Айғақ туралы толық мәлімет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;files…</source>
        <translation>&amp;Файл қосу…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add evidence files</source>
        <translation>Айғақ файлдарын қосу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the SHA-256 of the selected file</source>
        <translation>Таңдалған файлдың SHA-256 мәнін көшіру</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link the selected file to an event or person</source>
        <translation>Таңдалған файлды оқиғамен немесе адаммен байланыстыру</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>or drop files anywhere on this case. Files are encrypted into the vault; the originals stay where they are.</source>
        <translation>немесе файлдарды істің кез келген жеріне сүйреп апарыңыз. Файлдар қоймаға шифрланып сақталады; түпнұсқалар орнында қалады.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No evidence yet.</source>
        <translation>Әзірге айғақ жоқ.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Decrypting the preview…</source>
        <translation>Қарау үшін шифрі ашылуда…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No preview for this kind of file.</source>
        <translation>Мұндай файлды алдын ала қарау мүмкін емес.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This image cannot be shown.</source>
        <translation>Бұл суретті көрсету мүмкін емес.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Captured</source>
        <translation>Түсірілген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Құрылғы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture size</source>
        <translation>Сурет өлшемі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPS position</source>
        <translation>GPS орны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recorded in the file (kept here, removed on export)</source>
        <translation>файлда жазылған (мұнда сақталады, экспорт кезінде өшіріледі)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brought by</source>
        <translation>Кім әкелді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked to</source>
        <translation>Байланысты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custody trail</source>
        <translation>Сақтау журналы</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>&amp;Describe…</source>
        <translation>&amp;Сипаттау…</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Cop&amp;y SHA-256</source>
        <translation>SHA-256 көші&amp;ру</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lin&amp;k to…</source>
        <translation>&amp;Байланыстыру…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the selected file</source>
        <translation>Таңдалған файлды сипаттау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Жою…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected file</source>
        <translation>Таңдалған файлды жою</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Copies made for packs</source>
        <translation>Пакеттер үшін жасалған көшірмелер</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>metadata-free copy</source>
        <translation>метадеректерсіз көшірме</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+7"/>
        <source>Describe evidence</source>
        <translation>Айғақ сипаттамасы</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>What “%1” shows:</source>
        <translation>«%1» нені көрсетеді:</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+16"/>
        <location line="+7"/>
        <source>Delete evidence</source>
        <translation>Айғақты жою</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>“%1” will be deleted: its encrypted file is overwritten and removed from the vault, and cannot be brought back.</source>
        <translation>«%1» жойылады: оның шифрланған файлы қайта жазылып, қоймадан өшіріледі, оны қайтару мүмкін болмайды.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What remains: its SHA-256 and its custody trail (%1) stay in the audit log, so that its history can still be shown.</source>
        <translation>Не қалады: оның SHA-256 мәні мен сақтау журналы (%1) аудит журналында қалады, сондықтан оның тарихын әлі де көрсетуге болады.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its links to events and people (%1) are removed.</source>
        <translation>Оның оқиғалармен және адамдармен байланыстары (%1) өшіріледі.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copies made of it for packs (%1) are deleted too.</source>
        <translation>Одан пакеттер үшін жасалған көшірмелер (%1) де жойылады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete for good</source>
        <translation>Біржола жою</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep it</source>
        <translation>Қалдыру</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <location filename="../../ui/screens/firstrun.py" line="+65"/>
        <source>Create your Casefile vault</source>
        <translation>Casefile қоймаңызды жасаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything you record is kept encrypted in one folder on this computer. Nobody can open it without your passphrase: not us, not someone who takes the laptop. Choose a passphrase of four or more unrelated words, and remember which keyboard layout you type it in.</source>
        <translation>Жазғаныңыздың бәрі осы компьютердегі бір қалтада шифрланып сақталады. Құпия сөз тіркесіңізсіз оны ешкім аша алмайды: біз де, ноутбукті алып кеткен адам да. Бір-бірімен байланысы жоқ төрт не одан көп сөзден тұратын құпия сөз тіркесін таңдаңыз және оны қай пернетақта тілінде теретініңізді есте сақтаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vault folder: %1</source>
        <translation>Қойма қалтасы: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New passphrase</source>
        <translation>Жаңа құпия сөз тіркесі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat the passphrase</source>
        <translation>Құпия сөз тіркесін қайталаңыз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show what I type</source>
        <translation>Терілгенді көрсету</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the passphrase</source>
        <translation>Құпия сөз тіркесін көрсету</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase strength</source>
        <translation>Құпия сөз тіркесінің беріктігі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase:</source>
        <translation>Құпия &amp;сөз тіркесі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>Қ&amp;айталаңыз:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Bind this vault to this computer</source>
        <translation>Қойманы осы компьютерге байлау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer&apos;s keychain then holds a second key. A copy of the vault folder (a backup, a USB stick, a disk image) will not open anywhere else, even with the passphrase. It does not help if this laptop itself is seized while you are logged in. If the computer breaks or is reinstalled, only the recovery code opens the vault.</source>
        <translation>Сонда осы компьютердің кілттер қоймасы екінші кілтті сақтайды. Қойма қалтасының көшірмесі (сақтық көшірме, флешка, диск бейнесі) құпия сөз тіркесімен де басқа жерде ашылмайды. Жүйеге кіріп тұрған кезде ноутбуктің өзі алынып қойылса, бұл көмектеспейді. Компьютер бұзылса не жүйе қайта орнатылса, қойманы тек қалпына келтіру коды ашады.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;vault</source>
        <translation>Қойма &amp;жасау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;demo vault instead</source>
        <translation>&amp;Демо қойманы ашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A practice vault with the Atajurt activists&apos; case.</source>
        <translation>«Атажұрт» белсенділерінің ісі бар жаттығу қоймасы.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Four or more unrelated words make a strong passphrase.</source>
        <translation>Байланысы жоқ төрт не одан көп сөз — берік құпия сөз тіркесі.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passphrases differ.</source>
        <translation>Екі тіркес сәйкес емес.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two passphrases differ; type the same passphrase twice.</source>
        <translation>Екі тіркес сәйкес емес; бір құпия сөз тіркесін екі рет теріңіз.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Creating the vault… This takes a few seconds: the passphrase is stretched so that guessing it is slow.</source>
        <translation>Қойма жасалуда… Бұл бірнеше секундқа созылады: құпия сөз тіркесін табу қиын болуы үшін ол күшейтіледі.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Write down your recovery code</source>
        <translation>Қалпына келтіру кодын жазып алыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you forget the passphrase, this code is the only other way into the vault. Write it on paper now and keep the paper away from this computer. It is shown only once.</source>
        <translation>Құпия сөз тіркесін ұмытсаңыз, қойманы тек осы код ашады. Оны қазір қағазға жазып, қағазды компьютерден бөлек сақтаңыз. Код бір-ақ рет көрсетіледі.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have written it down: &amp;continue</source>
        <translation>Кодты жазып алдым: &amp;жалғастыру</translation>
    </message>
</context>
<context>
    <name>HearingForm</name>
    <message>
        <location filename="../../ui/forms/proceeding.py" line="+104"/>
        <source>Correct a hearing</source>
        <translation>Отырысты түзету</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a hearing</source>
        <translation>Отырыс қосу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Proceeding:</source>
        <translation>&amp;Іс жүргізу:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;lace:</source>
        <translation>&amp;Орны:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Taldykorgan</source>
        <translation>мысалы: Талдықорған</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Нәтижесі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not known yet)</source>
        <translation>(әзірге белгісіз)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next hearing:</source>
        <translation>Келесі о&amp;тырыс:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed doors:</source>
        <translation>Жабық:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held &amp;behind closed doors</source>
        <translation>&amp;Жабық есік жағдайында өтті</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No&amp;tes:</source>
        <translation>Ескерт&amp;пелер:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source&apos;s &amp;words:</source>
        <translation>Дереккөздің &amp;өз сөзі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. “The first hearing is scheduled … on 21 January 2026.”</source>
        <translation>мысалы: «Алғашқы отырыс… 2026 жылғы 21 қаңтарға белгіленді»</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../ui/forms/incident.py" line="+102"/>
        <source>Record an incident</source>
        <translation>Оқиғаны тіркеу</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>13.11.2025, late November 2025, summer 2025…</source>
        <translation>13.11.2025, 2025 ж. қараша соңы, 2025 ж. жазы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the date was understood</source>
        <translation>Күн қалай түсінілді</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town, region, or “near the Kazakhstan–China border”</source>
        <translation>Қала, облыс немесе «Қазақстан–Қытай шекарасының маңы»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind of incident</source>
        <translation>Оқиға түрі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Headline</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened, in your own words.</source>
        <translation>Не болғанын өз сөзіңізбен жазыңыз.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Who: type a name</source>
        <translation>Кім: атын теріңіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name, Enter to add it (several: separate with commas)</source>
        <translation>Атын теріп, Enter басыңыз (бірнешеуін үтір арқылы)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add the typed name</source>
        <translation>Терілген атты қосу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People and what was done to each</source>
        <translation>Адамдар және әрқайсысына не істелгені</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Done by</source>
        <translation>Кім істеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+110"/>
        <source>(not recorded)</source>
        <translation>(көрсетілмеген)</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+106"/>
        <source>(no source yet)</source>
        <translation>(әзірге дереккөз жоқ)</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Form status</source>
        <translation>Пішін күйі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your typing is kept as a draft inside the vault.</source>
        <translation>Терілгеннің бәрі қоймада қаралама ретінде сақталады.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save  (Ctrl+Enter)</source>
        <translation>&amp;Сақтау  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>What h&amp;appened:</source>
        <translation>Не &amp;болды:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wh&amp;o:</source>
        <translation>&amp;Кім:</translation>
    </message>
    <message>
        <location line="+341"/>
        <source>Nobody is listed yet: type who it happened to in Who and press Enter there. To save an incident that names nobody, press Ctrl+Enter.</source>
        <translation>Тізімде әзірге ешкім жоқ: «Кім» өрісіне бұл кіммен болғанын теріп, сонда Enter басыңыз. Ешкім аталмаған оқиғаны сақтау үшін Ctrl+Enter басыңыз.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter in Who adds a name; it does not save. Press Ctrl+Enter to save, or Tab to the next field.</source>
        <translation>«Кім» өрісіндегі Enter есімді қосады, сақтамайды. Сақтау үшін Ctrl+Enter, келесі өріске өту үшін Tab басыңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a name in Who, then press Enter to add it.</source>
        <translation>«Кім» өрісіне есімді теріп, қосу үшін Enter басыңыз.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is typed in Who but not added: press Enter there to add it, or clear the field.</source>
        <translation>«%1» «Кім» өрісіне терілген, бірақ қосылмаған: қосу үшін сонда Enter басыңыз немесе өрісті тазалаңыз.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save as new people?</source>
        <translation>Жаңа адамдар ретінде сақтау керек пе?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 may be someone already known (see the warning under the list). If it is, choose “Use this person” or “Same person” instead, so that their records stay together.</source>
        <translation>%1 — бәлкім, бұрыннан белгілі адам (тізім астындағы ескертуді қараңыз). Солай болса, жазбалары бірге тұруы үшін «Осы адамды таңдау» немесе «Сол адам» түймесін басыңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as new people</source>
        <translation>Жаңа адамдар ретінде сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <location line="-413"/>
        <source>Save the incident</source>
        <translation>Оқиғаны сақтау</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;When:</source>
        <translation>&amp;Қашан:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whe&amp;re:</source>
        <translation>Қа&amp;йда:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Headline:</source>
        <translation>Тақы&amp;рып:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done &amp;by:</source>
        <translation>Кім &amp;істеді:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>According &amp;to:</source>
        <translation>&amp;Дереккөз:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What was done to them</source>
        <translation>Оған не істелді</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+167"/>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Type the date the way a source gives it.</source>
        <translation>Күнді дереккөзде қалай берілсе, солай теріңіз.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>%1 (new person)</source>
        <translation>%1 (жаңа адам)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What was done to %1</source>
        <translation>Не істелді: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove %1</source>
        <translation>Алып тастау: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>  (used if you leave this empty)</source>
        <translation>  (бос қалдырсаңыз)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Restored your unsaved draft.</source>
        <translation>Сақталмаған қаралама қалпына келтірілді.</translation>
    </message>
</context>
<context>
    <name>IntakeRow</name>
    <message>
        <location filename="../../ui/case/intake.py" line="+40"/>
        <source>Progress of %1</source>
        <translation>Қосылу барысы: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting…</source>
        <translation>Күту…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel adding %1</source>
        <translation>Қосудан бас тарту: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismiss</source>
        <translation>Жасыру</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled; nothing was kept.</source>
        <translation>Тоқтатылды; ештеңе сақталмады.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypting into the vault…</source>
        <translation>Қоймаға шифрлануда…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stored, %1. SHA-256: %2</source>
        <translation>Сақталды, %1. SHA-256: %2</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../ui/forms/link.py" line="+31"/>
        <source>Link evidence</source>
        <translation>Айғақты байланыстыру</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type a name, a word of a title or a date; Enter ticks the only match</source>
        <translation>Атты, атаудағы сөзді не күнді теріңіз; Enter жалғыз сәйкесін белгілейді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find an event or a person</source>
        <translation>Оқиғаны не адамды табу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events and people of the case</source>
        <translation>Істегі оқиғалар мен адамдар</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save links</source>
        <translation>Байланыстарды сақтау</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What “%1” shows or concerns:</source>
        <translation>«%1» нені көрсетеді не неге қатысты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find:</source>
        <translation>&amp;Іздеу:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>date unknown</source>
        <translation>күні белгісіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event: %1</source>
        <translation>Оқиға: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Person: %1</source>
        <translation>Адам: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window.py" line="+157"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Құлыптау</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New recovery c&amp;ode…</source>
        <translation>Жаңа қалпына келтіру к&amp;оды…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Panic wipe…</source>
        <translation>&amp;Шұғыл жою…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case</source>
        <translation>&amp;Іс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record incident…</source>
        <translation>Оқиғаны &amp;тіркеу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;person…</source>
        <translation>Ада&amp;м қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add evidence &amp;files…</source>
        <translation>Айғақ &amp;файлдарын қосу…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;New case…</source>
        <translation>&amp;Жаңа іс…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find…</source>
        <translation>&amp;Іздеу…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>&amp;Тіл (Language)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the interface</source>
        <translation>Интерфейс тілі</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>This is the demo vault. Its passphrase is: %1</source>
        <translation>Бұл — демо қойма. Оның құпия сөз тіркесі: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Creating the demo vault…</source>
        <translation>Демо қойма жасалуда…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>An evidence intake was stopped by the lock; nothing of it was kept. Add the file again.</source>
        <translation>Құлыптау айғақты қосуды тоқтатты; ештеңе сақталмады. Файлды қайта қосыңыз.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>There is no vault here: nothing to wipe.</source>
        <translation>Мұнда қойма жоқ: жоятын ештеңе жоқ.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The vault&apos;s keys were destroyed: nothing can open it any more. Some of its files could not be removed (%1); delete the folder %2.</source>
        <translation>Қойманың кілттері жойылды: оны енді ештеңе ашпайды. Оның кейбір файлдарын өшіру мүмкін болмады (%1); %2 қалтасын өшіріңіз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was wiped: %1 The vault still opens with its passphrase.</source>
        <translation>Ештеңе жойылған жоқ: %1 Қойма әлі де құпия сөз тіркесімен ашылады.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault was wiped: its keys were destroyed and its files removed.</source>
        <translation>Қойма жойылды: оның кілттері жойылып, файлдары өшірілді.</translation>
    </message>
    <message>
        <location line="-350"/>
        <source>&amp;Wipe after failed unlocks…</source>
        <translation>Сәтсіз кіру әрекеттерінен кейін &amp;жою…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Vie&amp;w</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location line="+233"/>
        <source>Off</source>
        <translation>Өшірулі</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>After %1 failed unlocks</source>
        <translation>%1 сәтсіз кіру әрекетінен кейін</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <location line="+12"/>
        <source>Wipe after failed unlocks</source>
        <translation>Сәтсіз кіру әрекеттерінен кейін жою</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Destroy this vault after this many wrong passphrases or recovery codes in a row:</source>
        <translation>Қатарынан осынша қате құпия сөз тіркесі немесе қалпына келтіру кодынан кейін қойманы жою:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>After %1 wrong attempts in a row the vault is destroyed for good, even if it was you mistyping. A successful unlock starts the count again.</source>
        <translation>Қатарынан %1 қате әрекеттен кейін қойма біржола жойылады, тіпті қате терген өзіңіз болсаңыз да. Сәтті кіру санауды қайта бастайды.</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Opening the vault</source>
        <translation>Қойманы ашу</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Vau&amp;lt</source>
        <translation>&amp;Қойма</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add &amp;source…</source>
        <translation>&amp;Дереккөз қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add pr&amp;oceeding…</source>
        <translation>&amp;Іс жүргізу қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;hearing…</source>
        <translation>&amp;Отырыс қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;measure…</source>
        <translation>&amp;Шара қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;communication…</source>
        <translation>&amp;Хат қосу…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo last change…</source>
        <translation>Соңғы өзгерісті &amp;болдырмау…</translation>
    </message>
</context>
<context>
    <name>MeasureForm</name>
    <message>
        <location filename="../../ui/forms/measure.py" line="+26"/>
        <source>Correct a measure</source>
        <translation>Шараны түзету</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a measure</source>
        <translation>Шара қосу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;People:</source>
        <translation>&amp;Адамдар:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Person:</source>
        <translation>Адам:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Measure:</source>
        <translation>&amp;Шара:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pr&amp;oceeding:</source>
        <translation>&amp;Іс жүргізу:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;From:</source>
        <translation>&amp;Басталуы:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For (&amp;duration):</source>
        <translation>Мерзімі (&amp;ұзақтығы):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 10 days, two months</source>
        <translation>мысалы: 10 тәулік, екі ай</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ends:</source>
        <translation>Аяқ&amp;талуы:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extension:</source>
        <translation>Ұзарту:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xtends the measure of this kind in force</source>
        <translation>Қ&amp;олданыстағы осы түрдегі шараны ұзартады</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;State:</source>
        <translation>&amp;Күйі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not known)</source>
        <translation>(белгісіз)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Ескертпелер:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source&apos;s &amp;words:</source>
        <translation>Дереккөздің &amp;өз сөзі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. “remanded in custody for 10 days”</source>
        <translation>мысалы: «10 тәулікке күзетпен ұстауға алынды»</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give the end, or the start and a duration (days, weeks, months).</source>
        <translation>Аяқталуын не басталуы мен мерзімін (тәулік, апта, ай) көрсетіңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ends %1 (from the start and the duration).</source>
        <translation>Аяқталуы: %1 (басталуы мен мерзімі бойынша).</translation>
    </message>
</context>
<context>
    <name>NewRecoveryCodeDialog</name>
    <message>
        <location filename="../../ui/recovery_dialog.py" line="+31"/>
        <source>New recovery code</source>
        <translation>Жаңа қалпына келтіру коды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write down your new recovery code</source>
        <translation>Жаңа қалпына келтіру кодын жазып алыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It replaces the old code once you have typed its last group below: from then on the old code no longer opens the vault. Until then, or if you cancel, the old code stays in force.</source>
        <translation>Төменде оның соңғы тобын тергенде ол ескі кодты алмастырады: осыдан кейін ескі код қойманы ашпайды. Оған дейін, немесе бас тартсаңыз, ескі код күшінде қалады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have written it down: &amp;replace the old code</source>
        <translation>Кодты жазып алдым: ескі кодты &amp;ауыстыру</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Making a new code… This takes a few seconds.</source>
        <translation>Жаңа код жасалуда… Бұл бірнеше секундқа созылады.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Recovery code not confirmed</source>
        <translation>Қалпына келтіру коды расталмаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When this vault was made, its recovery code was shown but Casefile was closed before you confirmed writing it down. If you forget the passphrase, only that code opens the vault. Make a new recovery code now and write it down?</source>
        <translation>Қойма жасалғанда қалпына келтіру коды көрсетілді, бірақ оны жазып алғаныңызды растамай тұрып Casefile жабылды. Құпия сөз тіркесін ұмытсаңыз, қойманы тек сол код ашады. Қазір жаңа қалпына келтіру кодын жасап, жазып аласыз ба?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make a new code</source>
        <translation>Жаңа код жасау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind me next time</source>
        <translation>Келесі жолы еске салу</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../ui/case/overview.py" line="+56"/>
        <source>Case summary</source>
        <translation>Іс туралы қысқаша</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counts</source>
        <translation>Сандар</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Жағдайы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+33"/>
        <source>People at risk</source>
        <translation>Қауіп төнген адамдар</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Deadline</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Next deadlines of this case</source>
        <translation>Істің алдағы мерзімдері</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>date unknown</source>
        <translation>күні белгісіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+15"/>
        <source>Latest events</source>
        <translation>Соңғы оқиғалар</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Next deadlines</source>
        <translation>Алдағы мерзімдер</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> (passed)</source>
        <translation> (өтті)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reading who is at risk…</source>
        <translation>Кімге қауіп төнгені қаралуда…</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <location filename="../../ui/packs/pack_dialog.py" line="+34"/>
        <source>Handoff pack</source>
        <translation>Беру пакеті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose</source>
        <translation>Таңдау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Produce</source>
        <translation>Жасау</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No trusted partner yet. Import your partner&apos;s contact card and confirm its fingerprint first.</source>
        <translation>Әзірге сенімді серіктес жоқ. Алдымен серіктестің байланыс карточкасын қосып, оның цифрлық ізін растаңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redaction profile</source>
        <translation>Жасыру профилі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the report in the pack</source>
        <translation>Пакеттегі есептің тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the redacted &amp;report (PDF)</source>
        <translation>Деректері жасырылған &amp;есепті қосу (PDF)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send &amp;original evidence files (with their metadata) instead of metadata-free copies</source>
        <translation>Метадеректерсіз көшірмелердің орнына айғақ файлдарының түпнұсқа&amp;ларын (метадеректерімен) жіберу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partners who can open the pack</source>
        <translation>Пакетті аша алатын серіктестер</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Case:</source>
        <translation>&amp;Іс:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Профиль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report &amp;language:</source>
        <translation>Е&amp;сеп тілі:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A pack is one encrypted file that only the partners you choose can open, signed by this vault so that they can check nothing was changed on the way.</source>
        <translation>Пакет — тек сіз таңдаған серіктестер аша алатын бір шифрланған файл. Жолда ештеңе өзгермегенін олар тексере алуы үшін оған осы қойма қол қояды.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Encrypt for these partners:</source>
        <translation>Мына серіктестер үшін &amp;шифрлау:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Partner: names shown, secrets left out</source>
        <translation>Серіктес: аттар көрсетіледі, құпия мәліметтер қосылмайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal: everything, originals included</source>
        <translation>Ішкі: бәрі, түпнұсқаларымен қоса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public: non-consenting people pseudonymised</source>
        <translation>Жария: келісім бермегендер — бүркеншік атпен</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What the pack will hold</source>
        <translation>Пакетте не болады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pack will hold</source>
        <translation>Пакетте мыналар болады</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved pack</source>
        <translation>Сақталған пакет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack id</source>
        <translation>Пакет идентификаторы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 of the pack</source>
        <translation>Пакеттің SHA-256 мәні</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details of the pack</source>
        <translation>Пакет туралы толық мәлімет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved to:</source>
        <translation>Сақталған орны:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack id:</source>
        <translation>Пакет идентификаторы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1    %2  (not trusted yet: confirm its fingerprint in Contact cards)</source>
        <translation>%1    %2  (әзірге сенім жоқ: цифрлық ізін «Байланыс карточкаларында» растаңыз)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Make pack…</source>
        <translation>Пакет &amp;жасау…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only these partners can open it:</source>
        <translation>Оны тек мына серіктестер аша алады:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile: %1</source>
        <translation>Профиль: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The redacted report (PDF, %1): %2 of %3 people under a pseudonym, %4 values hidden</source>
        <translation>Деректері жасырылған есеп (PDF, %1): %3 адамның %2 бүркеншік атпен; жасырылған мәндер: %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No report</source>
        <translation>Есепсіз</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No evidence files in this case</source>
        <translation>Бұл істе дәлел файлдары жоқ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a copy of its text, with hidden names, contacts and places withheld</source>
        <translation>мәтінінің көшірмесі: жасырын адамдардың аттары, байланыстары мен орындары алынып тасталған</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>too large for a metadata-free copy. Tick to send the original, with its metadata, instead</source>
        <translation>метадеректерсіз көшірме үшін тым үлкен. Оның орнына түпнұсқаны метадеректерімен жіберу үшін белгілеңіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too large for a metadata-free copy, and a public pack never carries originals</source>
        <translation>метадеректерсіз көшірме үшін тым үлкен, ал жария пакет ешқашан түпнұсқаларды қамтымайды</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>no metadata-free copy could be made of it</source>
        <translation>оның метадеректерсіз көшірмесін жасау мүмкін болмады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out: %1 (%2)</source>
        <translation>Енгізілмеді: %1 (%2)</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>The custody trail of each evidence file, and this vault&apos;s signature</source>
        <translation>Әр айғақ файлының сақтау журналы және осы қойманың қолтаңбасы</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Contact car&amp;ds…</source>
        <translation>Байланыс &amp;карточкалары…</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Re&amp;view…</source>
        <translation>&amp;Тексеру…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Evidence that will go (%1):</source>
        <translation>Жіберілетін дәлелдер (%1):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>metadata-free copy (with the original&apos;s SHA-256)</source>
        <translation>метадеректерсіз көшірме (түпнұсқаның SHA-256 мәнімен)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the original, with its metadata</source>
        <translation>түпнұсқа, метадеректерімен</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evidence that will NOT go (%1):</source>
        <translation>Жіберілмейтін дәлелдер (%1):</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+84"/>
        <source>its file is not in this vault (imported as a record only)</source>
        <translation>оның файлы бұл қоймада жоқ (тек жазба импортталған)</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>no metadata-free copy can be made of this kind of file (%1). Tick to send the original, with its metadata, instead</source>
        <translation>мұндай файлдың (%1) метадеректерсіз көшірмесін жасау мүмкін емес. Оның орнына түпнұсқаны метадеректерімен жіберу үшін белгілеңіз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no metadata-free copy can be made of this kind of file (%1), and a public pack never carries originals</source>
        <translation>мұндай файлдың (%1) метадеректерсіз көшірмесін жасау мүмкін емес, ал жария пакет ешқашан түпнұсқаларды қамтымайды</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save the pack as</source>
        <translation>Пакетті былай сақтау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Casefile packs (*.casefile-pack)</source>
        <translation>Casefile пакеттері (*.casefile-pack)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Encrypting and signing the pack…</source>
        <translation>Пакет шифрланып, қол қойылуда…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The pack was saved. Send it any way you like; tell your partner its SHA-256 by another channel.</source>
        <translation>Пакет сақталды. Оны кез келген жолмен жіберіңіз; оның SHA-256 мәнін серіктесіңізге басқа арна арқылы айтыңыз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 bytes, %2 files inside</source>
        <translation>Көлемі: %1 байт; ішіндегі файлдар: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancelled. No pack was saved.</source>
        <translation>Тоқтатылды. Пакет сақталмады.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No pack was saved.</source>
        <translation>Пакет сақталмады.</translation>
    </message>
</context>
<context>
    <name>PeopleField</name>
    <message>
        <location filename="../../ui/forms/fields.py" line="+146"/>
        <source>Type part of a name, Enter to tick; Space ticks in the list</source>
        <translation>Аттың бір бөлігін теріңіз, Enter — белгілеу; тізімде бос орын пернесі белгілейді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a person</source>
        <translation>Адамды табу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People of the case</source>
        <translation>Істегі адамдар</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tick at least one person.</source>
        <translation>Кемінде бір адамды белгілеңіз.</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../ui/case/people.py" line="+26"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Жағдайы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other spellings</source>
        <translation>Басқа жазылуы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People in this case</source>
        <translation>Осы істегі адамдар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person details</source>
        <translation>Адам туралы толық мәлімет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add person…</source>
        <translation>Ада&amp;м қосу…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add person</source>
        <translation>Адам қосу</translation>
    </message>
    <message>
        <location line="+40"/>
        <source> until %1</source>
        <translation>, мерзімі: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Spellings</source>
        <translation>Жазылуы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent to be named publicly</source>
        <translation>Жария аталуға келісімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not recorded</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What was done to them</source>
        <translation>Оған не істелді</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Measures</source>
        <translation>Бұлтартпау шаралары</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>E&amp;dit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct or delete the selected person</source>
        <translation>Таңдалған адамды түзету не жою</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add meas&amp;ure…</source>
        <translation>&amp;Бұлтартпау шарасы…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a measure for the selected person</source>
        <translation>Таңдалған адамға шара қосу</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/forms/person.py" line="+135"/>
        <source>Add a person</source>
        <translation>Адам қосу</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Name, as written</source>
        <translation>Аты, жазылғандай</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+88"/>
        <source>Script</source>
        <translation>Жазу</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Name as written</source>
        <translation>Аты, жазылғандай</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+85"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Kind of spelling</source>
        <translation>Жазылу түрі</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add another &amp;spelling</source>
        <translation>Басқа &amp;жазылуын қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another spelling</source>
        <translation>Басқа жазылуын қосу</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Individual or group</source>
        <translation>Бір адам немесе топ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who this is</source>
        <translation>Бұл кім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Atajurt activist from Almaty region; for a group, who is in it</source>
        <translation>мысалы: Алматы облысынан «Атажұрт» белсендісі; топ болса — оған кімдер кіреді</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role in this case</source>
        <translation>Осы істегі рөлі</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Has agreed to be named in public reports</source>
        <translation>Жария есептерде аталуға келісті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to be named publicly</source>
        <translation>Жария аталуға келісім</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save (Enter)</source>
        <translation>Сақтау (Enter)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the person</source>
        <translation>Адамды сақтау</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Keep every spelling as the source wrote it; add transliterations as further rows. The first row is the main one.</source>
        <translation>Әр жазылуды дереккөздегідей сақтаңыз; транслитерацияны жеке жолмен қосыңыз. Бірінші жол — негізгісі.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Names:</source>
        <translation>Аттары:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Individual or group:</source>
        <translation>&amp;Адам не топ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who they are:</source>
        <translation>&amp;Кім:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Role in this case:</source>
        <translation>Істегі &amp;рөлі:</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Restored your unsaved draft.</source>
        <translation>Сақталмаған қаралама қалпына келтірілді.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save as a new person?</source>
        <translation>Жаңа адам ретінде сақтау керек пе?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 may already be in the vault as %2. If it is the same person, choose “Use this person” instead, so that their records stay together.</source>
        <translation>«%1» қоймада %2 ретінде бар болуы мүмкін. Егер бұл сол адам болса, жазбалары бірге тұруы үшін «Осы адамды таңдау» түймесін басыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as a new person</source>
        <translation>Жаңа адам ретінде сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>Артқа</translation>
    </message>
</context>
<context>
    <name>PersonEditDialog</name>
    <message>
        <location filename="../../ui/forms/person_edit.py" line="+38"/>
        <source>Correct a person</source>
        <translation>Адам туралы деректерді түзету</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete…</source>
        <translation>Жою…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+108"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>person</source>
        <translation>адам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This person is also in %1 other case(s): they go from there too.</source>
        <translation>Бұл адам басқа істерде де бар (%1): ол сол жерлерден де жойылады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete this person?</source>
        <translation>Бұл адамды жою керек пе?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep them</source>
        <translation>Қалдыру</translation>
    </message>
</context>
<context>
    <name>PersonFilter</name>
    <message>
        <location filename="../../ui/case/events.py" line="-49"/>
        <location line="+7"/>
        <source>Everyone</source>
        <translation>Барлығы</translation>
    </message>
</context>
<context>
    <name>ProceedingForm</name>
    <message>
        <location filename="../../ui/forms/proceeding.py" line="-112"/>
        <source>Correct a proceeding</source>
        <translation>Іс жүргізуді түзету</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a proceeding</source>
        <translation>Іс жүргізу қосу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Criminal case against 19 activists under art. 174(2)</source>
        <translation>мысалы: 19 белсендіге қарсы 174-баптың 2-бөлігі бойынша қылмыстық іс</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ourt:</source>
        <translation>&amp;Сот:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Specialised criminal court</source>
        <translation>мысалы: Қылмыстық істер жөніндегі мамандандырылған сот</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case &amp;number:</source>
        <translation>Іс &amp;нөмірі:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Charges:</source>
        <translation>Айы&amp;птар:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One per line, e.g. Criminal Code art. 174(2)</source>
        <translation>Әр жолға біреуден, мысалы: ҚК 174-бабының 2-бөлігі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Stage:</source>
        <translation>Сат&amp;ысы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not known)</source>
        <translation>(белгісіз)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Description:</source>
        <translation>С&amp;ипаттамасы:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;fendants:</source>
        <translation>Айыпталушы&amp;лар:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source&apos;s &amp;words:</source>
        <translation>Дереккөздің &amp;өз сөзі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the source says (optional)</source>
        <translation>Дереккөз не дейді (міндетті емес)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A proceeding needs a title.</source>
        <translation>Іс жүргізудің атауы болуы керек.</translation>
    </message>
</context>
<context>
    <name>ProceedingsTab</name>
    <message>
        <location filename="../../ui/case/proceedings.py" line="+35"/>
        <source>Proceeding</source>
        <translation>Іс жүргізу</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+128"/>
        <source>Status</source>
        <translation>Сатысы</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed doors</source>
        <translation>Жабық</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Шара</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Аяқталады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (passed)</source>
        <translation> (өтті)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+33"/>
        <source>Proceedings</source>
        <translation>Іс жүргізу</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Proceeding details</source>
        <translation>Іс жүргізу туралы толық мәлімет</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Hearings</source>
        <translation>Отырыстар</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Measures</source>
        <translation>Шаралар</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New proceed&amp;ing…</source>
        <translation>Жаңа іс жүр&amp;гізу…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Measures (detention, house arrest) and when they expire</source>
        <translation>Бұлтартпау шаралары (қамау, үй қамағы) және олардың мерзімі</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>extended</source>
        <translation>ұзартылды</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number</source>
        <translation>Іс нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charges</source>
        <translation>Айыптар</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Parties</source>
        <translation>Тараптар</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Add a proceeding</source>
        <translation>Іс жүргізу қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;hearing…</source>
        <translation>Жаңа о&amp;тырыс…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a hearing</source>
        <translation>Отырыс қосу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New meas&amp;ure…</source>
        <translation>Жаңа &amp;бұлтартпау шарасы…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a measure (detention, house arrest, extension)</source>
        <translation>Шара қосу (күзетпен ұстау, үйқамақ, ұзарту)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;dit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct or delete the selected line</source>
        <translation>Таңдалған жолды түзету не жою</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../ui/steps.py" line="+79"/>
        <source>Progress</source>
        <translation>Барысы</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../ui/packs/receive_dialog.py" line="+27"/>
        <source>Verify or receive a pack</source>
        <translation>Пакетті тексеру не қабылдау</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the pack</source>
        <translation>Пакетті таңдау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check it</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receive</source>
        <translation>Қабылдау</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pack file</source>
        <translation>Пакет файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose pack file…</source>
        <translation>Пакет &amp;файлын таңдау…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pack is checked completely first: that it was made for this vault, who signed it, and the SHA-256 of every file in it. Nothing is kept until you choose to receive it, and then everything or nothing is.</source>
        <translation>Алдымен пакет толық тексеріледі: оның осы қойма үшін жасалғаны, оған кім қол қойғаны және ішіндегі әр файлдың SHA-256 мәні. Сіз қабылдауды таңдамайынша ештеңе сақталмайды, ал сонда не бәрі, не ештеңе сақталады.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pack:</source>
        <translation>Пакет:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signed by</source>
        <translation>Қол қойған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 of the pack file</source>
        <translation>Пакет файлының SHA-256 мәні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What verification found</source>
        <translation>Тексеру нәтижесі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by:</source>
        <translation>Қол қойған:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checks</source>
        <translation>Тексерулер</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Persons who may already be in this vault</source>
        <translation>Осы қоймада бұрыннан болуы мүмкін адамдар</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pack names these persons in spellings close to persons you already have. Merge a person only if you are sure it is the same one: the pack&apos;s spellings become aliases, and each fact keeps the sender it came from.</source>
        <translation>Пакет бұл адамдарды сізде бар адамдардың атына жақын жазылуда атайды. Бір адам екеніне сенімді болсаңыз ғана біріктіріңіз: пакеттегі жазылулар атаудың нұсқалары болады, ал әр дерек өзін жіберген жіберушіні сақтайды.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What was received</source>
        <translation>Не қабылданды</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a pack file</source>
        <translation>Пакет файлын таңдаңыз</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Verify…</source>
        <translation>&amp;Тексеру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Receive into this vault</source>
        <translation>Осы қоймаға &amp;қабылдау</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Checking the pack…</source>
        <translation>Пакет тексерілуде…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every check passed, and this pack was already received on %1: there is nothing new to receive.</source>
        <translation>Барлық тексеруден өтті, бұл пакет %1 қабылданған: қабылдайтын жаңа ештеңе жоқ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every check passed. You can receive this pack.</source>
        <translation>Барлық тексеруден өтті. Бұл пакетті қабылдауға болады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 checks failed. Do not rely on this pack; nothing of it was kept.</source>
        <translation>Өтпеген тексерулер: %1. Бұл пакетке сенбеңіз; одан ештеңе сақталмады.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>trusted</source>
        <translation>сенімді</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT trusted</source>
        <translation>сенімді ЕМЕС</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signature valid</source>
        <translation>қолтаңба дұрыс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>signature NOT valid</source>
        <translation>қолтаңба дұрыс ЕМЕС</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed: %1</source>
        <translation>Өтпеді: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case %1, profile %2, made %3</source>
        <translation>Іс %1, профиль %2, жасалған уақыты %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+72"/>
        <source>Note: %1</source>
        <translation>Ескертпе: %1</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Keep as a separate person</source>
        <translation>Бөлек адам ретінде қалдыру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (in the pack)</source>
        <translation>%1 (пакетте)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to do with %1</source>
        <translation>%1 туралы не істеу керек</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge into %1 (%2)</source>
        <translation>%1 адамымен біріктіру (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled.</source>
        <translation>Тоқтатылды.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checking again and receiving…</source>
        <translation>Қайта тексеріліп, қабылдануда…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Received. A new case was created from the pack.</source>
        <translation>Қабылданды. Пакеттен жаңа іс ашылды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received into the existing case.</source>
        <translation>Бар іске қабылданды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From %1  %2</source>
        <translation>Жіберуші: %1  %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 evidence files stored in this vault</source>
        <translation>Қоймада сақталған айғақ файлдары: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pack SHA-256 %1 (kept in the custody trail)</source>
        <translation>Пакеттің SHA-256 мәні %1 (сақтау журналына жазылды)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A person of the pack was merged into %1</source>
        <translation>Пакеттегі адам %1 адамымен біріктірілді</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 persons of the pack who may already be here were kept separate</source>
        <translation>Мұнда бұрыннан болуы мүмкін, бөлек қалдырылған пакеттегі адамдар саны: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled; nothing was received.</source>
        <translation>Тоқтатылды; ештеңе қабылданбады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was received.</source>
        <translation>Ештеңе қабылданбады.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/forms/record.py" line="+63"/>
        <source>Form status</source>
        <translation>Пішін күйі</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>(no source yet)</source>
        <translation>(әзірге дереккөз жоқ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>According to</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>New so&amp;urce…</source>
        <translation>Жаңа дереккө&amp;з…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a new source, e.g. an interview</source>
        <translation>Жаңа дереккөз қосу, мысалы, сұхбат</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Accordin&amp;g to:</source>
        <translation>&amp;Дереккөз:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save (Enter)</source>
        <translation>Сақтау (Enter)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete…</source>
        <translation>Жою…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+116"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Your typing is kept as a draft inside the vault.</source>
        <translation>Терілгеннің бәрі қоймада қаралама ретінде сақталады.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Restored your unsaved draft.</source>
        <translation>Сақталмаған қаралама қалпына келтірілді.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Delete this record?</source>
        <translation>Бұл жазбаны жою керек пе?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This %1 will be deleted.</source>
        <translation>Жойылады: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With it go: %1.</source>
        <translation>Онымен бірге жойылады: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo (Ctrl+Z) brings everything back.</source>
        <translation>Болдырмау (Ctrl+Z) бәрін қайтарады.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <location filename="../../ui/screens/recovery_code.py" line="+29"/>
        <source>Recovery code</source>
        <translation>Қалпына келтіру коды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last group of the recovery code</source>
        <translation>Қалпына келтіру кодының соңғы тобы</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>To check you have it, type its last group of four characters:</source>
        <translation>Тексеру үшін соңғы төрт таңбалы топты теріңіз:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>That is not the last group.</source>
        <translation>Бұл соңғы топ емес.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/reports/dialog.py" line="+62"/>
        <source>Redacted report</source>
        <translation>Деректері жасырылған есеп</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose</source>
        <translation>Таңдау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review what will be hidden</source>
        <translation>Не жасырылатынын тексеріңіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Produce</source>
        <translation>Жасау</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who will read the report</source>
        <translation>Есепті кім оқиды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the report</source>
        <translation>Есептің тілі</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Case:</source>
        <translation>&amp;Іс:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Readers:</source>
        <translation>&amp;Оқырмандар:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>Ті&amp;л:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report is redacted in its data before any page is drawn, and the finished file is checked for every hidden name and value before it is saved. You will see what is hidden before you produce it.</source>
        <translation>Деректер бірінші бет салынбай тұрып жасырылады, ал дайын файл сақталмас бұрын әр жасырылған ат пен мәнге тексеріледі. Есепті жасамас бұрын не жасырылатынын көресіз.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Public: anyone (press, public UN documents)</source>
        <translation>Жария: барлығына (баспасөз, БҰҰ-ның ашық құжаттары)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner: a trusted organisation</source>
        <translation>Серіктес: сенімді ұйым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal: your own team only</source>
        <translation>Ішкі: тек өз командаңыз</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>People who have not consented to be named are shown by a pseudonym; contacts, addresses, health and other sensitive details are left out.</source>
        <translation>Аталуға келісім бермеген адамдар бүркеншік атпен көрсетіледі; байланыс деректері, мекенжайлар, денсаулық және басқа сезімтал мәліметтер қосылмайды.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Names are shown; secrets (sources&apos; identities, contacts, addresses, coordinates) are left out.</source>
        <translation>Аттар көрсетіледі; құпия мәліметтер (дереккөздердің кім екені, байланыс деректері, мекенжайлар, координаттар) қосылмайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything is shown. Never give this report to anyone outside your team.</source>
        <translation>Бәрі көрсетіледі. Бұл есепті командаңыздан тыс ешкімге бермеңіз.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>People in the report</source>
        <translation>Есептегі адамдар</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Values hidden from the report</source>
        <translation>Есептен жасырылған мәндер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the report includes</source>
        <translation>Есепке не кіреді</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tick “Pseudonymise” to hide a person&apos;s name behind a pseudonym; untick it to print their name. Print a name only with that person&apos;s consent: it can put them in danger.</source>
        <translation>Адамның атын бүркеншік атпен жасыру үшін «Бүркеншік ат» белгісін қойыңыз; атын басу үшін белгіні алыңыз. Атты тек сол адамның келісімімен басыңыз: бұл оған қауіп төндіруі мүмкін.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hidden</source>
        <translation>Жасырылған</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Included</source>
        <translation>Қосылған</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved report</source>
        <translation>Сақталған есеп</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 of the report</source>
        <translation>Есептің SHA-256 мәні</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to:</source>
        <translation>Сақталған орны:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Produce report…</source>
        <translation>Есеп &amp;жасау…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>consented to be named</source>
        <translation>аталуға келісім берген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no consent to be named in public</source>
        <translation>жария аталуға келісім жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your choice</source>
        <translation>сіздің таңдауыңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this profile shows names</source>
        <translation>бұл профиль аттарды көрсетеді</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pseudonymise</source>
        <translation>Бүркеншік ат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in this vault</source>
        <translation>Қоймадағы аты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the report</source>
        <translation>Есепте</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pseudonymised</source>
        <translation>Бүркеншік атпен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name shown</source>
        <translation>Аты көрсетілген</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 of %2 — hidden: %3</source>
        <translation>%2 ішінен %1 — жасырылған: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 names removed from free text</source>
        <translation>Еркін мәтіннен алынған аттар: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 linked entries left out (they would point to a hidden person or value)</source>
        <translation>Қосылмаған байланысты жазбалар: %1 (олар жасырылған адамды не мәнді көрсетер еді)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 image regions blacked out</source>
        <translation>Бояп жасырылған сурет аймақтары: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is hidden at this profile.</source>
        <translation>Бұл профильде ештеңе жасырылмайды.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 proceedings, %2 hearings, %3 measures</source>
        <translation>Іс жүргізу: %1, отырыстар: %2, шаралар: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2 people will appear under a pseudonym; %3 values are hidden. Language of the report: %4.</source>
        <translation>%2 адамның %1 бүркеншік атпен көрсетіледі; жасырылған мәндер: %3. Есептің тілі: %4.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Save the report as</source>
        <translation>Есепті былай сақтау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Building, checking and saving the report…</source>
        <translation>Есеп жасалып, тексеріліп, сақталуда…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report passed the leak check and was saved.</source>
        <translation>Есеп ақпарат ағуына тексеруден өтіп, сақталды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 pages</source>
        <translation>Беттер: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled. No report was saved.</source>
        <translation>Тоқтатылды. Есеп сақталмады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No report was saved.</source>
        <translation>Есеп сақталмады.</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>Show these values in this report (only if they need not be secret)</source>
        <translation>Бұл мәндерді есепте көрсету (тек оларды жасыру қажет болмаса)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Re&amp;view…</source>
        <translation>&amp;Тексеру…</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>A withheld value (%1, field %2) is written like the name of %3, whom the report shows: the name could give it away, and the leak check may refuse the report. Tick “Pseudonymise” for %3, or show these values below.</source>
        <translation>Жасырылған мән (%1, %2 өрісі) есепте көрсетілетін %3 есімі сияқты жазылған: есім оны әшкерелеуі мүмкін, ал ағып кетуді тексеру есепті өткізбеуі мүмкін. %3 үшін «Бүркеншік ат» белгісін қойыңыз немесе төменде бұл мәндерді көрсетіңіз.</translation>
    </message>
</context>
<context>
    <name>ReportFieldNames</name>
    <message>
        <location filename="../../ui/reports/field_names.py" line="+11"/>
        <source>the case</source>
        <translation>іс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people</source>
        <translation>адамдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people&apos;s names</source>
        <translation>адамдардың аттары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people in the case</source>
        <translation>іске қатысушылар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>events</source>
        <translation>оқиғалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acts</source>
        <translation>әрекеттер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sources</source>
        <translation>дереккөздер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence</source>
        <translation>дәлелдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the custody trail</source>
        <translation>сақтау тізбегі</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>who handled it</source>
        <translation>онымен кім жұмыс істеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address</source>
        <translation>мекенжай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of birth</source>
        <translation>туған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who brought it</source>
        <translation>оны кім әкелді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>camera data (device, place, time)</source>
        <translation>камера деректері (құрылғы, орын, уақыт)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>citizenship</source>
        <translation>азаматтығы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact details</source>
        <translation>байланыс деректері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>map coordinates</source>
        <translation>координаттар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exact address</source>
        <translation>нақты мекенжай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gender</source>
        <translation>жынысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health notes</source>
        <translation>денсаулық туралы жазбалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>informant</source>
        <translation>ақпарат беруші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>жазбалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where it came from</source>
        <translation>қайдан алынды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file name</source>
        <translation>файл аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>аты</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../../ui/search_panel.py" line="+18"/>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Айғақтар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communications</source>
        <translation>Хаттар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations</source>
        <translation>Ұйымдар</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Search results</source>
        <translation>Іздеу нәтижелері</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Search is not available: %1</source>
        <translation>Іздеу қолжетімсіз: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing found for “%1”.</source>
        <translation>«%1» бойынша ештеңе табылмады.</translation>
    </message>
</context>
<context>
    <name>ShareMenu</name>
    <message>
        <location filename="../../ui/packs/__init__.py" line="+66"/>
        <source>Handoff &amp;pack…</source>
        <translation>Беру &amp;пакеті…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Verify or receive a pack…</source>
        <translation>Пакетті &amp;тексеру не қабылдау…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Contact cards…</source>
        <translation>Байланыс &amp;карточкалары…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/__init__.py" line="+35"/>
        <source>Redacted &amp;report…</source>
        <translation>Деректері жасырылған &amp;есеп…</translation>
    </message>
    <message>
        <location filename="../../ui/share.py" line="+28"/>
        <source>&amp;Share</source>
        <translation>Бө&amp;лісу</translation>
    </message>
    <message>
        <location filename="../../ui/uwazi_dialog.py" line="+259"/>
        <source>Export for &amp;Uwazi…</source>
        <translation>&amp;Uwazi үшін экспорт…</translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <location filename="../../ui/forms/source.py" line="+19"/>
        <source>Correct a source</source>
        <translation>Дереккөзді түзету</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a source</source>
        <translation>Дереккөз қосу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Interview with a relative, 2 December 2025</source>
        <translation>мысалы: Туысқанмен сұхбат, 2025 ж. 2 желтоқсан</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Author:</source>
        <translation>Авт&amp;оры:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation, mandate or interviewer</source>
        <translation>Ұйым, мандат немесе сұхбат алған адам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Нөмірі:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. AL KAZ 2/2026</source>
        <translation>мысалы: AL KAZ 2/2026</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;liability:</source>
        <translation>&amp;Сенімділігі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not assessed)</source>
        <translation>(бағаланбаған)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Who told us:</source>
        <translation>&amp;Хабарлаған адам:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret: kept in the vault, removed from every report and pack</source>
        <translation>Құпия: қоймада сақталады, барлық есеп пен пакеттен алынып тасталады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Ескертпелер:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A source needs a title.</source>
        <translation>Дереккөздің атауы болуы керек.</translation>
    </message>
</context>
<context>
    <name>SourcesTab</name>
    <message>
        <location filename="../../ui/case/sources.py" line="+40"/>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliability</source>
        <translation>Сенімділігі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About</source>
        <translation>Не туралы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Says</source>
        <translation>Не делінген</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+18"/>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>What this source says</source>
        <translation>Бұл дереккөз не дейді</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>Where sources disagree</source>
        <translation>Дереккөздер қай жерде алшақтайды</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>What the selected source says</source>
        <translation>Таңдалған дереккөз не дейді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hover a line for the source&apos;s own words; double-click to open the fact.</source>
        <translation>Дереккөздің өз сөзін көру үшін жолға меңзерді апарыңыз; фактіні ашу үшін екі рет басыңыз.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Hearing of %1</source>
        <translation>%1 отырысы</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No disagreement between sources is recorded.</source>
        <translation>Дереккөздер арасында алшақтық тіркелмеген.</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>&amp;Add source…</source>
        <translation>Д&amp;ереккөз қосу…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a source</source>
        <translation>Дереккөз қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;dit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct or delete the selected source</source>
        <translation>Таңдалған дереккөзді түзету не жою</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../ui/steps.py" line="+38"/>
        <source>&amp;Back</source>
        <translation>&amp;Артқа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Келесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+58"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Step %1 of %2: %3</source>
        <translation>%2 қадамның %1-қадамы: %3</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>TickField</name>
    <message>
        <location filename="../../ui/forms/fields.py" line="-44"/>
        <source>Ticked: %1</source>
        <translation>Белгіленді: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Tick at least one.</source>
        <translation>Кемінде біреуін белгілеңіз.</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <location filename="../../ui/case/timeline.py" line="+60"/>
        <source>Timeline of events</source>
        <translation>Оқиғалардың уақыт шкаласы</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location line="-20"/>
        <source>Whole case</source>
        <translation>Бүкіл іс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 5 years</source>
        <translation>Соңғы 5 жыл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>Соңғы 12 ай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 3 months</source>
        <translation>Соңғы 3 ай</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>Show the timeline of</source>
        <translation>Адамның уақыт шкаласын көрсету</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time span</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>● a known day    ▭ dashed: a fuzzy date (a range such as “late November 2025”)    click an event to open it</source>
        <translation>● нақты күн    ▭ үзік сызық: шамалы күн (мысалы, «2025 ж. қараша соңы» сияқты аралық)    ашу үшін оқиғаны басыңыз</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show:</source>
        <translation>Көрсету:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Span:</source>
        <translation>Кезең:</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../ui/screens/unlock.py" line="+50"/>
        <source>Casefile is locked</source>
        <translation>Casefile құлыпталған</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Notice</source>
        <translation>Хабарлама</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>I forgot the passphrase: use the &amp;recovery code</source>
        <translation>Құпия сөз тіркесін ұмыттым: қалпына келтіру кодын &amp;енгізу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the recovery code instead of the passphrase</source>
        <translation>Құпия сөз тіркесінің орнына қалпына келтіру кодын енгізу</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Unlock</source>
        <translation>Құлпын &amp;ашу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Panic wipe: destroy this vault</source>
        <translation>Шұғыл жою: осы қойманы жою</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Panic wipe…  (Ctrl+Shift+Del)</source>
        <translation>Шұғыл &amp;жою…  (Ctrl+Shift+Del)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Type the recovery code you wrote down (dashes and spaces do not matter).</source>
        <translation>Жазып алған қалпына келтіру кодын теріңіз (сызықша мен бос орын маңызды емес).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery code</source>
        <translation>Қалпына келтіру коды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type your passphrase to unlock.</source>
        <translation>Құлпын ашу үшін құпия сөз тіркесін теріңіз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Құпия сөз тіркесі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock status</source>
        <translation>Құлып ашу күйі</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>Vault: %1</source>
        <translation>Қойма: %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Caps Lock is on.</source>
        <translation>Caps Lock қосулы.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Caps Lock</source>
        <translation>Caps Lock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard: typing Latin letters (an English layout).</source>
        <translation>Пернетақта: латын әріптері терілуде (ағылшын тілі орналасуы).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard: typing Cyrillic letters (a Russian or Kazakh layout).</source>
        <translation>Пернетақта: кирилл әріптері терілуде (орыс не қазақ тілі орналасуы).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyboard layout</source>
        <translation>Пернетақта орналасуы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This vault is bound to a computer&apos;s keychain, and no keychain is available here: the passphrase alone cannot open it. Use the recovery code.</source>
        <translation>Бұл қойма компьютердің кілттер қоймасына байланған, ал мұнда кілттер қоймасы жоқ: құпия сөз тіркесі жалғыз оны ашпайды. Қалпына келтіру кодын енгізіңіз.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Type the passphrase first.</source>
        <translation>Алдымен құпия сөз тіркесін теріңіз.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unlocking…</source>
        <translation>Құлпы ашылуда…</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Finishing the work that was running when Casefile locked…</source>
        <translation>Casefile құлыпталғанда басталған жұмыс аяқталуда…</translation>
    </message>
</context>
<context>
    <name>UwaziDialog</name>
    <message>
        <location filename="../../ui/uwazi_dialog.py" line="-221"/>
        <source>Export for Uwazi</source>
        <translation>Uwazi үшін экспорт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose</source>
        <translation>Таңдау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Produce</source>
        <translation>Жасау</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cases to export</source>
        <translation>Экспортталатын істер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redaction profile</source>
        <translation>Жасыру профилі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default language of the Uwazi instance</source>
        <translation>Uwazi-дің негізгі тілі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Профиль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uwazi&apos;s default &amp;language:</source>
        <translation>Uwazi-дің негізгі ті&amp;лі:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uwazi (HURIDOCS) imports one zip per template and a CSV per thesaurus. They are made from the same redacted data as a report at the chosen profile, and every cell is checked before anything is written.</source>
        <translation>Uwazi (HURIDOCS) әр үлгіге бір zip-мұрағат және әр тезаурусқа бір CSV файл импорттайды. Олар таңдалған профильдегі есеппен бірдей жасырылған деректерден жасалады, және ештеңе жазылмас бұрын әр ұяшық тексеріледі.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Cases:</source>
        <translation>&amp;Істер:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partner: names shown, secrets left out</source>
        <translation>Серіктес: аттар көрсетіледі, құпия мәліметтер қосылмайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal: everything, original evidence files included</source>
        <translation>Ішкі: бәрі, айғақтардың түпнұсқа файлдарымен қоса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public: non-consenting people pseudonymised</source>
        <translation>Жария: келісім бермегендер — бүркеншік атпен</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the export will hold</source>
        <translation>Экспортқа не кіреді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export will hold</source>
        <translation>Экспортқа кіреді</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export folder</source>
        <translation>Экспорт қалтасы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files written</source>
        <translation>Жазылған файлдар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved to:</source>
        <translation>Сақталған орны:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Re&amp;view…</source>
        <translation>&amp;Тексеру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Profile: %1</source>
        <translation>Профиль: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uwazi&apos;s default language: %1</source>
        <translation>Uwazi-дің негізгі тілі: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 people under a pseudonym, %3 values hidden, %4 names removed from free text</source>
        <translation>Бүркеншік атпен: %2 адамның %1; жасырылған мәндер: %3; мәтіннен алынған аттар: %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 evidence files, as originals (with their metadata)</source>
        <translation>Айғақ файлдары (%1) — түпнұсқалар (метадеректерімен)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 evidence items: pictures as metadata-free copies; other files and pictures with regions to black out keep their row without the file</source>
        <translation>Айғақтар (%1): суреттер — метадеректерсіз көшірмелер; басқа файлдар мен бояуға белгіленген аймақтары бар суреттер файлсыз жазба болып қалады</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The files are not encrypted: keep them off shared disks and delete them once Uwazi has them.</source>
        <translation>Файлдар шифрланбаған: оларды ортақ дискілерде сақтамаңыз және Uwazi-ге импорттағаннан кейін жойыңыз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name a new folder for the Uwazi files</source>
        <translation>Uwazi файлдары үшін жаңа қалтаның атын беріңіз</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Folders (*)</source>
        <translation>Қалталар (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Writing the Uwazi files…</source>
        <translation>Uwazi файлдары жазылуда…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Uwazi files were written. Import them in the order README.txt gives.</source>
        <translation>Uwazi файлдары жазылды. Оларды README.txt көрсеткен ретпен импорттаңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 bytes, %3 rows</source>
        <translation>%1: %2 байт, жолдар: %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2 bytes</source>
        <translation>%1: %2 байт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file for evidence %1: %2</source>
        <translation>%1 айғағы үшін файл жоқ: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled. Nothing was written.</source>
        <translation>Тоқтатылды. Ештеңе жазылмады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was written.</source>
        <translation>Ештеңе жазылмады.</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <location filename="../../ui/wipe.py" line="+20"/>
        <source>Panic wipe</source>
        <translation>Шұғыл жою</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was wiped: the word %1 was not typed.</source>
        <translation>Ештеңе жойылған жоқ: %1 сөзі терілмеді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was wiped: the panic wipe was cancelled.</source>
        <translation>Ештеңе жойылған жоқ: шұғыл жоюдан бас тартылды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was wiped: “%2” is not the word %1.</source>
        <translation>Ештеңе жойылған жоқ: «%2» — %1 сөзі емес.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The word that confirms the wipe</source>
        <translation>Жоюды растайтын сөз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wipe status</source>
        <translation>Жою күйі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wipe now</source>
        <translation>Қазір &amp;жою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This destroys the vault for good: every case, person and evidence file in it. Neither the passphrase nor the recovery code will open it again.</source>
        <translation>Қойма біржола жойылады: ондағы барлық іс, адам және айғақ файлы. Оны енді құпия сөз тіркесі де, қалпына келтіру коды да ашпайды.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type %1 and press Enter. Letter case and keyboard layout do not matter: on a Russian or Kazakh layout the same keys type ЦШЗУ.</source>
        <translation>%1 деп теріп, Enter басыңыз. Әріп регистрі мен пернетақта тілі маңызды емес: орыс не қазақ тілінде сол пернелер ЦШЗУ деп жазады.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter wipes the vault now.</source>
        <translation>Enter қазір қойманы жояды.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/workspace.py" line="+56"/>
        <source>Search people, events, evidence, sources…  (Ctrl+F)</source>
        <translation>Адамдарды, оқиғаларды, айғақтарды, дереккөздерді іздеу…  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the vault</source>
        <translation>Қоймадан іздеу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record incident  (Ctrl+N)</source>
        <translation>Оқиғаны тіркеу  (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record an incident</source>
        <translation>Оқиғаны тіркеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock  (Ctrl+L)</source>
        <translation>Құлыптау  (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock Casefile now</source>
        <translation>Casefile-ды қазір құлыптау</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>No case chosen</source>
        <translation>Іс таңдалмаған</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose or create a case first.</source>
        <translation>Алдымен істі таңдаңыз немесе жаңасын ашыңыз.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Add evidence files</source>
        <translation>Айғақ файлдарын қосу</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+2"/>
        <location line="+7"/>
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>There is no change to undo.</source>
        <translation>Болдырмайтын өзгеріс жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Undo the correction of a %1 made %2?</source>
        <translation>%2 жасалған түзетуді (%1) болдырмау керек пе?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring back the %1 deleted %2, with what was deleted with it?</source>
        <translation>%2 жойылғанды (%1) онымен бірге жойылғанның бәрімен қайтару керек пе?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the addition of a %1 made %2?</source>
        <translation>%2 жасалған қосуды (%1) болдырмау керек пе?</translation>
    </message>
</context>
<context>
    <name>credentials</name>
    <message>
        <location filename="../../ui/case/credentials.py" line="-118"/>
        <source>Signed by a trusted signer; the file is unchanged since.</source>
        <translation>Сенімді қол қоюшы қол қойған; содан бері файл өзгермеген.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is unchanged since it was signed, but the signer is not on Casefile&apos;s trust list.</source>
        <translation>Файл қол қойылғаннан бері өзгермеген, бірақ қол қоюшы Casefile сенім тізімінде жоқ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is unchanged since it was signed, but the signing certificate was not valid then.</source>
        <translation>Файл қол қойылғаннан бері өзгермеген, бірақ қол қою сертификаты ол кезде жарамсыз болған.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is unchanged since it was signed, but the signing certificate was revoked.</source>
        <translation>Файл қол қойылғаннан бері өзгермеген, бірақ қол қою сертификаты кері қайтарылған.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is unchanged since it was signed, but its time stamp could not be trusted.</source>
        <translation>Файл қол қойылғаннан бері өзгермеген, бірақ оның уақыт белгісіне сенуге болмайды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file&apos;s content changed after it was signed.</source>
        <translation>Файлдың мазмұны қол қойылғаннан кейін өзгерген.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature does not match the credentials.</source>
        <translation>Қолтаңба тіркелгі деректеріне сәйкес келмейді.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The credentials fail validation.</source>
        <translation>Тіркелгі деректері тексеруден өтпейді.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file points to credentials kept online; Casefile never goes online to fetch them.</source>
        <translation>Файл интернетте сақталған деректерге сілтейді; Casefile оларды алу үшін ешқашан желіге шықпайды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The credentials in the file are damaged or cut short.</source>
        <translation>Файлдағы тіркелгі деректері бүлінген не қысқартылған.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials cannot be read from this kind of file.</source>
        <translation>Мұндай файлдан тіркелгі деректерін оқу мүмкін емес.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The credentials reader stopped on this file.</source>
        <translation>Тіркелгі деректерін оқу бағдарламасы осы файлда тоқтап қалды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the credentials took too long and was stopped.</source>
        <translation>Тіркелгі деректерін оқу тым ұзаққа созылып, тоқтатылды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is too large to check from memory.</source>
        <translation>Файл жадта тексеру үшін тым үлкен.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file carries no Content Credentials.</source>
        <translation>Файлда мазмұнның тіркелгі деректері жоқ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no name given)</source>
        <translation>(аты көрсетілмеген)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intact — signed by %1</source>
        <translation>Өзгермеген — қол қойған: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unchanged since signed — signer not on the trust list: %1</source>
        <translation>Қол қойылғаннан бері өзгермеген — қол қоюшы сенім тізімінде жоқ: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed after it was signed</source>
        <translation>Қол қойылғаннан кейін өзгертілген</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Present but unreadable</source>
        <translation>Бар, бірақ оқылмайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Жоқ</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <location filename="../../ui/dates.py" line="+24"/>
        <source>Dates look like %1.</source>
        <translation>Күндер былай жазылады: %1.</translation>
    </message>
</context>
<context>
    <name>deadlines</name>
    <message>
        <location filename="../../ui/sidebar.py" line="-104"/>
        <source>%1 ends: %2</source>
        <comment>%1 a measure (house arrest), %2 who</comment>
        <translation>%1 аяқталады: %2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Hearing: %1</source>
        <translation>Отырыс: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next hearing: %1</source>
        <translation>Келесі отырыс: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply due: %1</source>
        <translation>Жауап мерзімі: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up: %1</source>
        <translation>Қайта қарау: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>OVERDUE · %1</source>
        <translation>МЕРЗІМІ ӨТТІ · %1</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="+51"/>
        <location line="+53"/>
        <source>OK</source>
        <translation>Жарайды</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <location filename="../../ui/forms/duplicates.py" line="-135"/>
        <source>“%1”</source>
        <comment>a quoted name</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 and %2 are written identically</source>
        <translation>%1 мен %2 бірдей жазылған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2 match letter for letter after transliteration</source>
        <translation>%1 мен %2 транслитерациядан кейін әріппе-әріп сәйкес келеді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2 match after transliteration</source>
        <translation>%1 мен %2 транслитерациядан кейін сәйкес келеді</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, in a different order</source>
        <translation>, басқа ретпен</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>but only one name part can be compared</source>
        <translation>бірақ аттың бір ғана бөлігін салыстыруға болады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2 differ only in the ending</source>
        <translation>%1 мен %2 тек жалғауымен ерекшеленеді</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2 differ by a small spelling variant</source>
        <translation>%1 мен %2 жазылуындағы шағын айырмашылықпен ерекшеленеді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has more name parts (%2)</source>
        <translation>%1 атында бөліктер көбірек (%2)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="+23"/>
        <source>Wrong passphrase, or the vault header is damaged.</source>
        <translation>Құпия сөз тіркесі қате, не қойма тақырыбы зақымдалған.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong recovery code, or the vault header is damaged.</source>
        <translation>Қалпына келтіру коды қате, не қойма тақырыбы зақымдалған.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong passphrase, or the vault&apos;s database is damaged.</source>
        <translation>Құпия сөз тіркесі қате, не қойманың дерекқоры зақымдалған.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This vault is bound to another computer&apos;s keychain, and that keychain is not available here. Use the recovery code to open it.</source>
        <translation>Бұл қойма басқа компьютердің кілттер қоймасына байланған, ал мұнда ол жоқ. Оны қалпына келтіру кодымен ашыңыз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This vault is already open in another Casefile window or process.</source>
        <translation>Бұл қойма Casefile-дың басқа терезесінде не процесінде ашық тұр.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault folder is read-only; Casefile needs to write to it to open the vault.</source>
        <translation>Қойма қалтасы тек оқуға арналған; қойманы ашу үшін Casefile оған жазуы керек.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A vault already exists in this folder.</source>
        <translation>Бұл қалтада қойма бар.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder for the new vault is not empty; choose an empty or new folder.</source>
        <translation>Жаңа қоймаға арналған қалта бос емес; бос не жаңа қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no vault in this folder.</source>
        <translation>Бұл қалтада қойма жоқ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault&apos;s database (casefile.db) is missing.</source>
        <translation>Қойманың дерекқоры (casefile.db) жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault&apos;s evidence folder is missing.</source>
        <translation>Қойманың айғақтар қалтасы жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database does not belong to this vault header.</source>
        <translation>Дерекқор осы қойма тақырыбына тиесілі емес.</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+47"/>
        <source>The passphrase is empty.</source>
        <translation>Құпия сөз тіркесі бос.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase contains a NUL character, which some keyboards cannot type again.</source>
        <translation>Құпия сөз тіркесінде кейбір пернетақтада терілмейтін NUL таңбасы бар.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>This vault was written by a newer version of Casefile; please update Casefile.</source>
        <translation>Бұл қойманы Casefile-дың жаңарақ нұсқасы жазған; Casefile-ды жаңартыңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This SQLite library has no encryption; refusing to open the vault.</source>
        <translation>Бұл SQLite кітапханасында шифрлау жоқ; қойма ашылмайды.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No system keychain is available on this computer; Casefile works with the passphrase alone.</source>
        <translation>Бұл компьютерде жүйелік кілттер қоймасы жоқ; Casefile тек құпия сөз тіркесімен жұмыс істейді.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keychain could not be read (is it locked?).</source>
        <translation>Жүйелік кілттер қоймасын оқу мүмкін болмады (ол құлыптаулы емес пе?).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system keychain refused to store the device key.</source>
        <translation>Жүйелік кілттер қоймасы құрылғы кілтін сақтамады.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That case does not exist in this vault.</source>
        <translation>Қоймада мұндай іс жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That evidence item does not exist.</source>
        <translation>Мұндай айғақ жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This evidence item&apos;s file is not in this vault (it was imported as a record only).</source>
        <translation>Бұл айғақтың файлы қоймада жоқ (тек жазбасы импортталған).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 Attempts left before this vault is wiped: %2.</source>
        <translation>%1 Қойма жойылғанға дейін қалған әрекеттер: %2.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Another key change is waiting for confirmation; finish or cancel it first.</source>
        <translation>Кілттердің басқа өзгерісі растауды күтіп тұр; алдымен оны аяқтаңыз немесе болдырмаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Casefile does not understand this date.</source>
        <translation>Casefile бұл күнді түсінбейді.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a date word Casefile knows.</source>
        <translation>«%1» — Casefile күн жазуында мұндай сөзді білмейді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date has no year, or its year is not written in full (2025, not 25).</source>
        <translation>Күнде жыл жоқ немесе жыл толық жазылмаған (25 емес, 2025).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no such day in the calendar (such as 31 February, or month 13).</source>
        <translation>Күнтізбеде мұндай күн жоқ (мысалы, 31 ақпан немесе 13-ші ай).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The range is not complete: give both ends, the first before the last.</source>
        <translation>Аралық толық емес: екі шетін де көрсетіңіз, басы соңынан бұрын болсын.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This passphrase is among the first a guessing program tries. Use four or more unrelated words.</source>
        <translation>Мұндай құпия сөз тіркесін таңдау бағдарламасы алғашқылардың бірі болып сынайды. Өзара байланыссыз төрт не одан көп сөз алыңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This passphrase could be guessed by a program trying common words and patterns. Use four or more unrelated words.</source>
        <translation>Мұндай құпия сөз тіркесін жиі кездесетін сөздер мен үлгілерді сынайтын бағдарлама таба алады. Өзара байланыссыз төрт не одан көп сөз алыңыз.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancelled; nothing was kept.</source>
        <translation>Тоқтатылды; ештеңе сақталмады.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The operation stopped unexpectedly.</source>
        <translation>Әрекет күтпеген жерден тоқтады.</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>Құпия сөз тіркесі тым қысқа: кемінде %1 таңба керек.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The file “%1” is empty; nothing was stored.</source>
        <translation>«%1» файлы бос; ештеңе сақталмады.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file “%1” does not exist.</source>
        <translation>«%1» файлы жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file “%1” cannot be read (check its permissions).</source>
        <translation>«%1» файлы оқылмайды (қол жеткізу құқығын тексеріңіз).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file “%1” cannot be read.</source>
        <translation>«%1» файлы оқылмайды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is a folder, not a file.</source>
        <translation>«%1» — файл емес, қалта.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a regular file.</source>
        <translation>«%1» — қарапайым файл емес.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Something went wrong (%1); nothing was changed.</source>
        <translation>Бірдеңе дұрыс болмады (%1); ештеңе өзгермеді.</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>The disk is full; nothing was changed. Free some space and try again.</source>
        <translation>Диск толы; ештеңе өзгермеді. Орын босатып, қайта көріңіз.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The vault folder cannot be written to; nothing was changed.</source>
        <translation>Қойма қалтасына жазу мүмкін емес; ештеңе өзгермеді.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The vault header is missing; the vault cannot be unlocked.</source>
        <translation>Қойманың тақырыптамасы жоқ; қойманы ашу мүмкін емес.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Too many wrong attempts: this vault has been destroyed, as its owner had set it up to be.</source>
        <translation>Қате әрекеттер тым көп: қойма иесі баптағандай жойылды.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The key material in the vault header is damaged or was destroyed; the vault cannot be unlocked.</source>
        <translation>Қойма тақырыптамасындағы кілт деректері бүлінген немесе жойылған; қойманы ашу мүмкін емес.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The vault header is older than this vault&apos;s database: it was put back from an earlier copy since the last unlock. Failed attempts may have been hidden, and an old passphrase may work again: if you did not restore it yourself, run rotate-key.</source>
        <translation>Қойма тақырыптамасы оның дерекқорынан ескі: соңғы кіруден кейін ол ертерек көшірмеден қайтарылған. Сәтсіз әрекеттер жасырылған болуы мүмкін, ал ескі құпия сөз тіркесі қайта жұмыс істеуі мүмкін: егер оны өзіңіз қалпына келтірмесеңіз, rotate-key орындаңыз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The vault header&apos;s limit on failed unlocks had been changed outside Casefile; it was set back to what you chose.</source>
        <translation>Қойма тақырыптамасындағы сәтсіз кіру шегі Casefile-дан тыс өзгертілген; сіз таңдаған мән қайтарылды.</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>%1 Use the recovery code to open this vault.</source>
        <translation>%1 Қойманы қалпына келтіру кодымен ашыңыз.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>A case needs a title.</source>
        <translation>Істің атауы болуы керек.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A person needs at least one name (or, for a group, a description).</source>
        <translation>Кемінде бір ат керек (топ үшін — сипаттама).</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>This record needs a title.</source>
        <translation>Бұл жазбаның атауы болуы керек.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not one of the known choices.</source>
        <translation>«%1» белгілі нұсқалар арасында жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A record this needs is not in this case (any more).</source>
        <translation>Бұған қажет жазба бұл істе жоқ (енді жоқ).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the person (or people) the measure is imposed on.</source>
        <translation>Шара қолданылған адамды (не адамдарды) таңдаңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reply window must be a number of days between 1 and 3650.</source>
        <translation>Жауап беру мерзімі 1-ден 3650-ге дейінгі күн саны болуы керек.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no change to undo.</source>
        <translation>Болдырмайтын өзгеріс жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What this change touched was changed again since; nothing was undone.</source>
        <translation>Бұл өзгеріс қозғаған жазба содан бері қайта өзгертілген; ештеңе болдырылмады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This cannot be changed this way.</source>
        <translation>Мұны бұлай өзгертуге болмайды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record is not in the vault (any more).</source>
        <translation>Бұл жазба қоймада жоқ (енді жоқ).</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../ui/case/base.py" line="+143"/>
        <source>date</source>
        <translation>күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place</source>
        <translation>орны</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>kind</source>
        <translation>түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>сипаттамасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>жазбалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>күйі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>рөлі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outcome</source>
        <translation>нәтижесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed doors</source>
        <translation>жабық отырыс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>citizenship</source>
        <translation>азаматтығы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health</source>
        <translation>денсаулығы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>court</source>
        <translation>сот</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>charges</source>
        <translation>айыптар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent by</source>
        <translation>жіберушілер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recommendations</source>
        <translation>ұсынымдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>publication date</source>
        <translation>жарияланған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reply window</source>
        <translation>жауап беру мерзімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reply due</source>
        <translation>жауап мерзімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expiry</source>
        <translation>аяқталуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start</source>
        <translation>басталуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration</source>
        <translation>ұзақтығы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reference</source>
        <translation>нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>case number</source>
        <translation>іс нөмірі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>person</source>
        <translation>адам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event</source>
        <translation>оқиға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>act</source>
        <translation>әрекет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measure</source>
        <translation>шара</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hearing</source>
        <translation>отырыс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proceeding</source>
        <translation>іс жүргізу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>communication</source>
        <translation>хат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>дереккөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence</source>
        <translation>дәлелдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation</source>
        <translation>ұйым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person in the case</source>
        <translation>істегі адам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation in the case</source>
        <translation>істегі ұйым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spelling of a name</source>
        <translation>аттың жазылуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relation</source>
        <translation>туыстығы</translation>
    </message>
</context>
<context>
    <name>fmt</name>
    <message>
        <location filename="../../ui/fmt.py" line="+175"/>
        <source>%1 – %2</source>
        <comment>a range of two dates</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>%1 %2 %3</source>
        <comment>a date in full: %1 day, %2 month name, %3 year</comment>
        <translation>%3 ж. %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 %3</source>
        <comment>a date in a table: %1 day, %2 short month, %3 year</comment>
        <translation>%3 ж. %1 %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>spring %1</source>
        <comment>in full; %1 year</comment>
        <translation>%1 ж. көктемі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spring %1</source>
        <comment>in a table; %1 year</comment>
        <translation>%1 ж. көктемі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>summer %1</source>
        <comment>in full; %1 year</comment>
        <translation>%1 ж. жазы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>summer %1</source>
        <comment>in a table; %1 year</comment>
        <translation>%1 ж. жазы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>autumn %1</source>
        <comment>in full; %1 year</comment>
        <translation>%1 ж. күзі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>autumn %1</source>
        <comment>in a table; %1 year</comment>
        <translation>%1 ж. күзі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>winter %1</source>
        <comment>in full; %1 year (the winter starting in December)</comment>
        <translation>%1 ж. қысы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>winter %1</source>
        <comment>in a table; %1 year (the winter starting in December)</comment>
        <translation>%1 ж. қысы</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>early %1 %2</source>
        <comment>in full; first third of a month: %1 month, %2 year</comment>
        <translation>%2 ж. %1 басы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>early %1 %2</source>
        <comment>in a table; first third of a month: %1 month, %2 year</comment>
        <translation>%2 ж. %1 басы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mid %1 %2</source>
        <comment>in full; middle of a month: %1 month, %2 year</comment>
        <translation>%2 ж. %1 ортасы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mid %1 %2</source>
        <comment>in a table; middle of a month: %1 month, %2 year</comment>
        <translation>%2 ж. %1 ортасы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>late %1 %2</source>
        <comment>in full; last third of a month: %1 month, %2 year</comment>
        <translation>%2 ж. %1 соңы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>late %1 %2</source>
        <comment>in a table; last third of a month: %1 month, %2 year</comment>
        <translation>%2 ж. %1 соңы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2</source>
        <comment>a month in full: %1 month name, %2 year</comment>
        <translation>%2 ж. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <comment>a month in a table: %1 short month name, %2 year</comment>
        <translation>%2 ж. %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1–%2 %3 %4</source>
        <comment>in full; days of one month: %1 first day, %2 last day, %3 month, %4 year</comment>
        <translation>%4 ж. %1–%2 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1–%2 %3 %4</source>
        <comment>in a table; days of one month: %1 first day, %2 last day, %3 month, %4 year</comment>
        <translation>%4 ж. %1–%2 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 – %3 %4 %5</source>
        <comment>in full; a range in one year: %1 day, %2 month, %3 day, %4 month, %5 year</comment>
        <translation>%5 ж. %1 %2 – %3 %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 – %3 %4 %5</source>
        <comment>in a table; a range in one year: %1 day, %2 month, %3 day, %4 month, %5 year</comment>
        <translation>%5 ж. %1 %2 – %3 %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>c. %1</source>
        <comment>an approximate date, in full</comment>
        <translation>шамамен %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>c. %1</source>
        <comment>an approximate date, in a table</comment>
        <translation>≈ %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> (the source says: “%1”)</source>
        <translation> (дереккөзде: «%1»)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>today</source>
        <translation>бүгін</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>ертең</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>кеше</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 bytes</source>
        <comment>a file size under 1 KB</comment>
        <translation>%1 Б</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 KB</source>
        <comment>kilobytes</comment>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 MB</source>
        <comment>megabytes</comment>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 GB</source>
        <comment>gigabytes</comment>
        <translation>%1 ГБ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 TB</source>
        <comment>terabytes</comment>
        <translation>%1 ТБ</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+8"/>
        <source>%1, %2</source>
        <comment>a date and a time of day</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>leaks</name>
    <message>
        <location filename="../../ui/reports/refusals.py" line="+38"/>
        <source>The pack was not made</source>
        <translation>Пакет жасалмады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report was not saved</source>
        <translation>Есеп сақталмады</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its pictures can only be checked for withheld names with OCR, and Tesseract OCR with its Kazakh, Russian and English data is not installed on this computer</source>
        <translation>оның суреттерін жасырын есімдерге тек OCR арқылы тексеруге болады, ал қазақ, орыс және ағылшын деректері бар Tesseract OCR бұл компьютерге орнатылмаған</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a part of it could not be checked for withheld names</source>
        <translation>оның бір бөлігін жасырын есімдерге тексеру мүмкін болмады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 appears %3.</source>
        <translation>%1: %3 %2 кездеседі.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(%1 more findings.)</source>
        <translation>(тағы табылғаны: %1.)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the name of a pseudonymised person (“%1”, field %2)</source>
        <translation>бүркеншік атпен көрсетілген адамның есімі («%1», %2 өрісі)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a withheld value (“%1”, field %2)</source>
        <translation>жасырылған мән («%1», %2 өрісі)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a value marked as hidden (“%1”, field %2)</source>
        <translation>жасырын деп белгіленген мән («%1», %2 өрісі)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>in the picture of evidence item %1 on page %2</source>
        <translation>%2-беттегі %1 дәлелдемесінің суретінде</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>in the picture of evidence item %1</source>
        <translation>%1 дәлелдемесінің суретінде</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in the text note evidence item %1</source>
        <translation>%1 дәлелдемесінің мәтіндік жазбасында</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on page %1</source>
        <translation>%1-бетте</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the document information</source>
        <translation>құжат туралы мәліметтерде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the file&apos;s internal data</source>
        <translation>файлдың ішкі деректерінде</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That value is written like the name of %1, whom the report names, so the name would give it away. Either hide that name too (tick “Pseudonymise” for %1 in the review), or, if the value need not be secret, show it (tick “Show these values” in the review).</source>
        <translation>Бұл мән есепте аталған %1 есімі сияқты жазылған, сондықтан есім оны әшкерелеп қояды. Не бұл есімді де жасырыңыз (қарау кезінде %1 үшін «Бүркеншік ат» белгісін қойыңыз), не мәнді жасыру қажет болмаса, оны көрсетіңіз (қарау кезінде «Бұл мәндерді көрсету» белгісін қойыңыз).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That value is written like the name of %1, whom the report names, so the name would give it away. Either hide that name too, or, if the value need not be secret, show it: make the pack with the command line, adding --pseudonymise %1 or --show-value %2.</source>
        <translation>Бұл мән есепте аталған %1 есімі сияқты жазылған, сондықтан есім оны әшкерелеп қояды. Не бұл есімді де жасырыңыз, не мәнді жасыру қажет болмаса, оны көрсетіңіз: пакетті командалық жолда --pseudonymise %1 немесе --show-value %2 қосып жасаңыз.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Black out the part of that picture that shows it (mark it as a region to redact on the evidence item), or remove the picture from the case.</source>
        <translation>Суреттің оны көрсететін бөлігін қара түспен бояңыз (дәлелдемеде оны жасыру аймағы ретінде белгілеңіз) немесе суретті істен алып тастаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is probably written in a spelling or form the person&apos;s records do not hold: add that spelling to the person&apos;s names, so that it is replaced, or rewrite the text where it appears.</source>
        <translation>Ол адамның жазбаларында жоқ жазылу түрінде немесе формада жазылған болуы мүмкін: ауыстырылуы үшін бұл жазылуды адамның есімдеріне қосыңыз немесе ол кездесетін мәтінді қайта жазыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is probably written another way than the recorded value: rewrite the text where it appears, or leave it out.</source>
        <translation>Ол сақталған мәннен басқаша жазылған болуы мүмкін: ол кездесетін мәтінді қайта жазыңыз немесе алып тастаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Install it, then try again.</source>
        <translation>Оны орнатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a fault in Casefile rather than in your data: please report it.</source>
        <translation>Бұл деректеріңіздің емес, Casefile-дың қатесі: бұл туралы хабарлаңыз.</translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <location filename="../../ui/forms/person.py" line="-342"/>
        <source>(automatic)</source>
        <translation>(автоматты түрде)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyrillic</source>
        <translation>Кирилл жазуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latin</source>
        <translation>Латын жазуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>Араб жазуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese characters</source>
        <translation>Қытай иероглифтері</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chinese</source>
        <translation>Қытай тілі</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>(not known)</source>
        <translation>(белгісіз)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Ағылшын тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uyghur</source>
        <translation>Ұйғыр тілі</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../ui/case/overview.py" line="-140"/>
        <source>Imprisoned</source>
        <translation>Түрмеде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detained</source>
        <translation>Қамауда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House arrest</source>
        <translation>Үй қамағында</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Travel ban</source>
        <translation>Шығуға тыйым</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charged</source>
        <translation>Айып тағылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fined</source>
        <translation>Айыппұл салынған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released</source>
        <translation>Босатылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Белгісіз</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Restricted liberty</source>
        <translation>Бас бостандығы шектелген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended sentence</source>
        <translation>Шартты түрде сотталған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must not leave town</source>
        <translation>Кетпеу туралы қолхат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On bail</source>
        <translation>Кепілде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity ban</source>
        <translation>Қызметке тыйым</translation>
    </message>
</context>
<context>
    <name>strength</name>
    <message>
        <location filename="../../ui/screens/strength.py" line="+20"/>
        <source>Too short: use at least %1 characters; several words are best.</source>
        <translation>Тым қысқа: кемінде %1 таңба керек; бірнеше сөз болғаны жақсы.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Fair. One or two more words would make it strong.</source>
        <translation>Орташа. Тағы бір-екі сөз оны берік етеді.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong.</source>
        <translation>Берік.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>This passphrase is among the first a guessing program tries. Use four or more unrelated words.</source>
        <translation>Мұндай құпия сөз тіркесін таңдау бағдарламасы алғашқылардың бірі болып сынайды. Өзара байланыссыз төрт не одан көп сөз алыңыз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This passphrase could be guessed by a program trying common words and patterns. Use four or more unrelated words.</source>
        <translation>Мұндай құпия сөз тіркесін жиі кездесетін сөздер мен үлгілерді сынайтын бағдарлама таба алады. Өзара байланыссыз төрт не одан көп сөз алыңыз.</translation>
    </message>
</context>
</TS>
