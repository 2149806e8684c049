<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ActForm</name>
    <message>
        <location filename="../../ui/forms/event_edit.py" line="+58"/>
        <source>Correct what was done to a person</source>
        <translation>Исправить, что было сделано с человеком</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Person:</source>
        <translation>Человек:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What was done:</source>
        <translation>&amp;Что сделано:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>W&amp;hen:</source>
        <translation>К&amp;огда:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty: the event&apos;s date</source>
        <translation>Оставьте пустым: дата события</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Details:</source>
        <translation>&amp;Подробности:</translation>
    </message>
</context>
<context>
    <name>CardsDialog</name>
    <message>
        <location filename="../../ui/packs/cards_dialog.py" line="+45"/>
        <location line="+4"/>
        <source>Contact cards</source>
        <translation>Контактные карточки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;My card</source>
        <translation>&amp;Моя карточка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Partners</source>
        <translation>&amp;Партнёры</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The name partners see on your card</source>
        <translation>Имя, которое партнёры видят на вашей карточке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save name</source>
        <translation>&amp;Сохранить имя</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+15"/>
        <source>Your fingerprint</source>
        <translation>Ваш отпечаток</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Your card as a QR code</source>
        <translation>Ваша карточка в виде QR-кода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export card to a file…</source>
        <translation>Сохранить &amp;карточку в файл…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name on the card:</source>
        <translation>&amp;Имя на карточке:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When you give your card to a partner, read this fingerprint to them, in person or on a call you trust, and have them read theirs to you: that is how each of you knows that the card was not swapped.</source>
        <translation>Передавая карточку партнёру, прочитайте ему этот отпечаток — лично или по звонку, которому вы доверяете, — и попросите прочитать вам свой: так каждый из вас убедится, что карточку не подменили.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(No QR code: the optional “segno” package is not installed.)</source>
        <translation>(QR-кода нет: необязательный пакет «segno» не установлен.)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved. Export your card again for partners to see the new name.</source>
        <translation>Сохранено. Сохраните карточку в файл ещё раз, чтобы партнёры увидели новое имя.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save your contact card as</source>
        <translation>Сохранить контактную карточку как</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact cards (*.card)</source>
        <translation>Контактные карточки (*.card)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Partner cards</source>
        <translation>Карточки партнёров</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import a partner&apos;s card…</source>
        <translation>&amp;Добавить карточку партнёра…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Check and trust…</source>
        <translation>&amp;Проверить и доверять…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fingerprint of the card</source>
        <translation>Отпечаток карточки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I &amp;compared this fingerprint with my partner, and it is exactly the same</source>
        <translation>Отпечаток &amp;сверен с партнёром и полностью совпадает</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Trust this card</source>
        <translation>&amp;Доверять этой карточке</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;without trusting</source>
        <translation>Добавить &amp;без доверия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard</source>
        <translation>&amp;Отбросить</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ask your partner to read their fingerprint to you, in person or on a call you trust. If a single character differs, do not trust the card: someone may have replaced it on the way.</source>
        <translation>Попросите партнёра прочитать вам свой отпечаток — лично или по звонку, которому вы доверяете. Если отличается хоть один знак, не доверяйте карточке: её могли подменить по дороге.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Packs are encrypted only for trusted partners, and a pack is accepted only from a trusted signer.</source>
        <translation>Пакеты шифруются только для доверенных партнёров и принимаются только от доверенного отправителя.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trusted</source>
        <translation>Доверие</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NO: not checked</source>
        <translation>НЕТ: не проверено</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a partner&apos;s contact card</source>
        <translation>Выберите контактную карточку партнёра</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Card of “%1”</source>
        <translation>Карточка «%1»</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is trusted.</source>
        <translation>%1: доверие установлено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was added, not trusted yet.</source>
        <translation>%1: карточка добавлена, но ещё без доверия.</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../ui/forms/case.py" line="+21"/>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Case title</source>
        <translation>Название дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Atajurt activists detained after the border protest</source>
        <translation>например: активисты «Атажурта», задержанные после акции у границы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Short reference</source>
        <translation>Краткое обозначение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. ATAJURT-2025</source>
        <translation>например: ATAJURT-2025</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create case</source>
        <translation>Создать дело</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Обозначение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Описание:</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ui/case/view.py" line="+67"/>
        <source>Case sections</source>
        <translation>Разделы дела</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a case on the left, or create one.</source>
        <translation>Выберите дело слева или создайте новое.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Overview</source>
        <translation>&amp;Обзор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;People</source>
        <translation>&amp;Люди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Events</source>
        <translation>&amp;События</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Шкала времени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proceedin&amp;gs</source>
        <translation>Процесс&amp;ы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sou&amp;rces</source>
        <translation>&amp;Источники</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>E&amp;vidence</source>
        <translation>Док&amp;азательства</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;mmunications</source>
        <translation>Сооб&amp;щения</translation>
    </message>
</context>
<context>
    <name>CasesPanel</name>
    <message>
        <location filename="../../ui/sidebar.py" line="+72"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>No cases yet. Create one to start recording.</source>
        <translation>Дел пока нет. Создайте дело, чтобы начать записи.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New case…</source>
        <translation>&amp;Новое дело…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../ui/integrity.py" line="+28"/>
        <location line="+19"/>
        <source>Check the vault</source>
        <translation>Проверка хранилища</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Every page of the database, every evidence file and the audit log are checked. Nothing in the vault is changed.</source>
        <translation>Проверяются каждая страница базы данных, каждый файл доказательств и журнал аудита. В хранилище ничего не меняется.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Results of the check</source>
        <translation>Результаты проверки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Checking…</source>
        <translation>Идёт проверка…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database: %1 pages, each checked against its authentication code, and its structure.</source>
        <translation>База данных: %1 страниц, каждая сверена со своим кодом подлинности, и её структура.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence: %1 files decrypted and compared with the SHA-256 recorded at intake.</source>
        <translation>Доказательства: %1 файлов расшифровано и сверено с SHA-256, записанным при добавлении.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit log: %1 entries, their chain and signatures.</source>
        <translation>Журнал аудита: %1 записей, их цепочка и подписи.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All checks passed.</source>
        <translation>Все проверки пройдены.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems found: %1</source>
        <translation>Найдено проблем: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep a copy of the whole vault folder before changing anything.</source>
        <translation>Прежде чем что-либо менять, сохраните копию всей папки хранилища.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The check was cancelled; nothing was changed.</source>
        <translation>Проверка отменена; ничего не изменено.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Check the vault…</source>
        <translation>&amp;Проверить хранилище…</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <location filename="../../ui/forms/fields.py" line="+327"/>
        <source>“%1” is not one of the choices: pick one from the list.</source>
        <translation>«%1» нет среди вариантов: выберите из списка.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose one from the list.</source>
        <translation>Выберите из списка.</translation>
    </message>
</context>
<context>
    <name>CommunicationForm</name>
    <message>
        <location filename="../../ui/forms/communication.py" line="+25"/>
        <source>Correct a communication</source>
        <translation>Исправить сообщение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a communication</source>
        <translation>Добавить сообщение</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reference:</source>
        <translation>Н&amp;омер:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. AL KAZ 2/2026</source>
        <translation>например: AL KAZ 2/2026</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it is about, in a line</source>
        <translation>О чём оно, в одной строке</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sent:</source>
        <translation>Отп&amp;равлено:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>О&amp;т кого:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;o:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Government of Kazakhstan</source>
        <translation>например: Правительство Казахстана</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Mandates:</source>
        <translation>&amp;Мандаты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One per line: the mandates or organisations sending it</source>
        <translation>По одному в строке: мандаты или организации-отправители</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Questions asked:</source>
        <translation>&amp;Заданные вопросы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One question per line</source>
        <translation>По одному вопросу в строке</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recommendatio&amp;ns:</source>
        <translation>Рекоменда&amp;ции:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One per line</source>
        <translation>По одной в строке</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply &amp;window:</source>
        <translation>Срок для отв&amp;ета:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply &amp;due:</source>
        <translation>Срок ответа (&amp;дата):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Published:</source>
        <translation>Опу&amp;бликовано:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply recei&amp;ved:</source>
        <translation>Ответ &amp;получен:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>St&amp;atus:</source>
        <translation>&amp;Состояние:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(from the reply window)</source>
        <translation>(по сроку для ответа)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fo&amp;llow up on:</source>
        <translation>Вернуться к вопрос&amp;у:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source re&amp;cord:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A reply is due %1 (the date sent plus the reply window).</source>
        <translation>Ответ ожидается до %1 (дата отправки плюс срок для ответа).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A communication needs a title.</source>
        <translation>У сообщения должно быть название.</translation>
    </message>
</context>
<context>
    <name>CommunicationsTab</name>
    <message>
        <location filename="../../ui/case/communications.py" line="+24"/>
        <location line="+66"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+66"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+68"/>
        <source>Reply due</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+67"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Communications</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Communication details</source>
        <translation>Подробности сообщения</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>OVERDUE</source>
        <translation>СРОК ИСТЁК</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply window</source>
        <translation>Срок для ответа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply received</source>
        <translation>Ответ получен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up</source>
        <translation>Вернуться к вопросу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Questions asked (%1)</source>
        <translation>Заданные вопросы (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent by</source>
        <translation>Отправители</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standards invoked</source>
        <translation>Упомянутые нормы</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>&amp;Add letter or statement…</source>
        <translation>Добавить письмо или &amp;заявление…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a communication</source>
        <translation>Добавить сообщение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;dit…</source>
        <translation>Изм&amp;енить…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct or delete the selected communication</source>
        <translation>Исправить или удалить выбранное сообщение</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <location filename="../../ui/i18n.py" line="+155"/>
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln человек</numerusform>
            <numerusform>%Ln человека</numerusform>
            <numerusform>%Ln человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln событие</numerusform>
            <numerusform>%Ln события</numerusform>
            <numerusform>%Ln событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln evidence files</source>
        <translation>
            <numerusform>%Ln файл доказательств</numerusform>
            <numerusform>%Ln файла доказательств</numerusform>
            <numerusform>%Ln файлов доказательств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln sources</source>
        <translation>
            <numerusform>%Ln источник</numerusform>
            <numerusform>%Ln источника</numerusform>
            <numerusform>%Ln источников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln communications</source>
        <translation>
            <numerusform>%Ln сообщение</numerusform>
            <numerusform>%Ln сообщения</numerusform>
            <numerusform>%Ln сообщений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln день</numerusform>
            <numerusform>%Ln дня</numerusform>
            <numerusform>%Ln дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>in %Ln days</source>
        <translation>
            <numerusform>через %Ln день</numerusform>
            <numerusform>через %Ln дня</numerusform>
            <numerusform>через %Ln дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln days ago</source>
        <translation>
            <numerusform>%Ln день назад</numerusform>
            <numerusform>%Ln дня назад</numerusform>
            <numerusform>%Ln дней назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln bytes</source>
        <translation>
            <numerusform>%Ln байт</numerusform>
            <numerusform>%Ln байта</numerusform>
            <numerusform>%Ln байт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln entries</source>
        <comment>the custody trail of an evidence file</comment>
        <translation>
            <numerusform>%Ln запись</numerusform>
            <numerusform>%Ln записи</numerusform>
            <numerusform>%Ln записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln other people in this case have no recorded restriction (see People).</source>
        <translation>
            <numerusform>Ещё у %Ln человека в этом деле ограничения не записаны (см. «Люди»).</numerusform>
            <numerusform>Ещё у %Ln человек в этом деле ограничения не записаны (см. «Люди»).</numerusform>
            <numerusform>Ещё у %Ln человек в этом деле ограничения не записаны (см. «Люди»).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Locked after %Ln minutes without activity.</source>
        <translation>
            <numerusform>Заблокировано после %Ln минуты без действий.</numerusform>
            <numerusform>Заблокировано после %Ln минут без действий.</numerusform>
            <numerusform>Заблокировано после %Ln минут без действий.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>+ %Ln more events: zoom in or choose one person</source>
        <translation>
            <numerusform>+ ещё %Ln событие: уменьшите период или выберите одного человека</numerusform>
            <numerusform>+ ещё %Ln события: уменьшите период или выберите одного человека</numerusform>
            <numerusform>+ ещё %Ln событий: уменьшите период или выберите одного человека</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln events: how many began on each day (zoom in or choose one person to see them one by one)</source>
        <translation>
            <numerusform>%Ln событие: сколько началось в каждый день (уменьшите период или выберите одного человека, чтобы видеть их по отдельности)</numerusform>
            <numerusform>%Ln события: сколько началось в каждый день (уменьшите период или выберите одного человека, чтобы видеть их по отдельности)</numerusform>
            <numerusform>%Ln событий: сколько началось в каждый день (уменьшите период или выберите одного человека, чтобы видеть их по отдельности)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln days</source>
        <comment>a length of time</comment>
        <translation>
            <numerusform>%Ln день</numerusform>
            <numerusform>%Ln дня</numerusform>
            <numerusform>%Ln дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln weeks</source>
        <comment>a length of time</comment>
        <translation>
            <numerusform>%Ln неделя</numerusform>
            <numerusform>%Ln недели</numerusform>
            <numerusform>%Ln недель</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln months</source>
        <comment>a length of time</comment>
        <translation>
            <numerusform>%Ln месяц</numerusform>
            <numerusform>%Ln месяца</numerusform>
            <numerusform>%Ln месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln years</source>
        <comment>a length of time</comment>
        <translation>
            <numerusform>%Ln год</numerusform>
            <numerusform>%Ln года</numerusform>
            <numerusform>%Ln лет</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialsPanel</name>
    <message>
        <location filename="../../ui/case/credentials.py" line="+87"/>
        <source>Content Credentials:</source>
        <translation>Учётные данные контента:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed at:</source>
        <translation>Подписано:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made with:</source>
        <translation>Создано в:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names in the credentials:</source>
        <translation>Имена в учётных данных:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Content Credentials</source>
        <translation>Учётные данные контента</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 (kept here, removed on export)</source>
        <translation>%1 (хранится здесь, удаляется при экспорте)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/forms/fields.py" line="-209"/>
        <source>13.11.2025, late November 2025, summer 2025…</source>
        <translation>13.11.2025, конец ноября 2025, лето 2025…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the date was understood</source>
        <translation>Как понята дата</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A date is needed here.</source>
        <translation>Здесь нужна дата.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>“%1” is not understood in a date. Try 13.11.2025, “late November 2025”.</source>
        <translation>«%1» в дате не понято. Попробуйте 13.11.2025, «конец ноября 2025».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the year as well, e.g. 13.11.2025.</source>
        <translation>Укажите и год, например 13.11.2025.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no such day in the calendar.</source>
        <translation>Такого дня в календаре нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A range needs both ends, the first before the last: 13–15 November 2025.</source>
        <translation>У промежутка должны быть оба конца, первый раньше второго: 13–15 ноября 2025.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not understood yet. Try 13.11.2025, “late November 2025” or “summer 2025”.</source>
        <translation>Пока не понятно. Попробуйте 13.11.2025, «конец ноября 2025» или «лето 2025».</translation>
    </message>
</context>
<context>
    <name>DaysField</name>
    <message>
        <location line="+151"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message>
        <location filename="../../ui/sidebar.py" line="+40"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Nothing due in the next 30 days.</source>
        <translation>В ближайшие 30 дней сроков нет.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue first, then the next 30 days. Click one to open its case.</source>
        <translation>Сначала просроченные, затем ближайшие 30 дней. Щёлкните по сроку, чтобы открыть его дело.</translation>
    </message>
</context>
<context>
    <name>DraftedDialog</name>
    <message>
        <location filename="../../ui/forms/base.py" line="+93"/>
        <source>Discard this draft?</source>
        <translation>Удалить черновик?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed in this form will be thrown away.</source>
        <translation>Всё, что вы ввели в этой форме, будет удалено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Продолжить</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <location filename="../../ui/forms/duplicates.py" line="+133"/>
        <source>%1 and %2, both typed here, are possibly one person.</source>
        <translation>%1 и %2, оба введены здесь, — возможно, один человек.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is possibly %2, who is already listed here.</source>
        <translation>%1 — возможно, %2, который уже есть в списке.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is possibly the same as %2.</source>
        <translation>%1 — возможно, это %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possibly the same as %1.</source>
        <translation>Возможно, это %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why: %1.</source>
        <translation>Почему: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use this person</source>
        <translation>Выбрать этого человека</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the existing person %1</source>
        <translation>Выбрать уже записанного человека: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take %1, who is already in the vault, instead of a new person.</source>
        <translation>Взять человека %1, который уже есть в хранилище, вместо новой записи.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same person</source>
        <translation>Тот же человек</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is the same person as %2</source>
        <translation>%1 — тот же человек, что и %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep one person, with %1 as another spelling of the name.</source>
        <translation>Оставить одного человека, а %1 сохранить как другое написание имени.</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../../ui/forms/event_edit.py" line="-49"/>
        <source>Correct an event</source>
        <translation>Исправить событие</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Headline:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When:</source>
        <translation>&amp;Когда:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whe&amp;re:</source>
        <translation>&amp;Где:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What &amp;happened:</source>
        <translation>&amp;Что случилось:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>An event needs a headline.</source>
        <translation>У события должен быть заголовок.</translation>
    </message>
</context>
<context>
    <name>EventTreeModel</name>
    <message>
        <location filename="../../ui/models/events.py" line="+40"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened / to whom</source>
        <translation>Что случилось / с кем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where / by whom</source>
        <translation>Где / кем</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>date unknown</source>
        <translation>дата неизвестна</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>by %1</source>
        <comment>who did it: a police force, a court</comment>
        <translation>исполнитель: %1</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <location filename="../../ui/case/events.py" line="+57"/>
        <source>Events and acts</source>
        <translation>События и действия</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the acts under each event</source>
        <translation>Показать действия под каждым событием</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event details</source>
        <translation>Подробности события</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show events of</source>
        <translation>Показать события человека</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record incident</source>
        <translation>Записать случай</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record &amp;incident…</source>
        <translation>&amp;Записать случай…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading the chronology…</source>
        <translation>Читаю хронологию…</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+10"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>date unknown</source>
        <translation>дата неизвестна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>According to</source>
        <translation>По данным</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>E&amp;dit…</source>
        <translation>Изм&amp;енить…</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>S&amp;how what was done to each person</source>
        <translation>Показать, что сделали с &amp;каждым</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Correct or delete the selected event or act</source>
        <translation>Исправить или удалить выбранное событие или действие</translation>
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
        <translation>Тип</translation>
    </message>
    <message>
        <location line="-160"/>
        <location line="+159"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+163"/>
        <source>Added</source>
        <translation>Добавлено</translation>
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
        <translation>Файлы доказательств</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence details</source>
        <translation>Подробности доказательства</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;files…</source>
        <translation>Добавить &amp;файлы…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add evidence files</source>
        <translation>Добавить файлы доказательств</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the SHA-256 of the selected file</source>
        <translation>Копировать SHA-256 выбранного файла</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link the selected file to an event or person</source>
        <translation>Связать выбранный файл с событием или человеком</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>or drop files anywhere on this case. Files are encrypted into the vault; the originals stay where they are.</source>
        <translation>или перетащите файлы в любое место дела. Файлы шифруются в хранилище; оригиналы остаются на месте.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No evidence yet.</source>
        <translation>Доказательств пока нет.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Decrypting the preview…</source>
        <translation>Расшифровываю для просмотра…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No preview for this kind of file.</source>
        <translation>Для такого файла просмотра нет.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This image cannot be shown.</source>
        <translation>Это изображение нельзя показать.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Captured</source>
        <translation>Снято</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture size</source>
        <translation>Размер изображения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPS position</source>
        <translation>Координаты GPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recorded in the file (kept here, removed on export)</source>
        <translation>записаны в файле (хранятся здесь, удаляются при экспорте)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brought by</source>
        <translation>Кто передал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked to</source>
        <translation>Связано с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custody trail</source>
        <translation>Журнал хранения</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>&amp;Describe…</source>
        <translation>Описа&amp;ть…</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Cop&amp;y SHA-256</source>
        <translation>&amp;Копировать SHA-256</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lin&amp;k to…</source>
        <translation>Св&amp;язать с…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the selected file</source>
        <translation>Описать выбранный файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected file</source>
        <translation>Удалить выбранный файл</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Copies made for packs</source>
        <translation>Копии, сделанные для пакетов</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>metadata-free copy</source>
        <translation>копия без метаданных</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+7"/>
        <source>Describe evidence</source>
        <translation>Описание доказательства</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>What “%1” shows:</source>
        <translation>Что показывает «%1»:</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+16"/>
        <location line="+7"/>
        <source>Delete evidence</source>
        <translation>Удалить доказательство</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>“%1” will be deleted: its encrypted file is overwritten and removed from the vault, and cannot be brought back.</source>
        <translation>«%1» будет удалено: его зашифрованный файл перезаписывается и удаляется из хранилища, вернуть его будет нельзя.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What remains: its SHA-256 and its custody trail (%1) stay in the audit log, so that its history can still be shown.</source>
        <translation>Что останется: его SHA-256 и журнал хранения (%1) сохраняются в журнале аудита, чтобы его история оставалась доказуемой.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its links to events and people (%1) are removed.</source>
        <translation>Его связи с событиями и людьми (%1) удаляются.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copies made of it for packs (%1) are deleted too.</source>
        <translation>Копии, сделанные с него для пакетов (%1), тоже удаляются.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete for good</source>
        <translation>Удалить навсегда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <location filename="../../ui/screens/firstrun.py" line="+65"/>
        <source>Create your Casefile vault</source>
        <translation>Создайте своё хранилище Casefile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything you record is kept encrypted in one folder on this computer. Nobody can open it without your passphrase: not us, not someone who takes the laptop. Choose a passphrase of four or more unrelated words, and remember which keyboard layout you type it in.</source>
        <translation>Всё, что вы записываете, хранится в зашифрованном виде в одной папке на этом компьютере. Без вашей парольной фразы её не откроет никто: ни мы, ни тот, кто заберёт ноутбук. Выберите парольную фразу из четырёх или более не связанных между собой слов и запомните, в какой раскладке клавиатуры вы её набираете.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vault folder: %1</source>
        <translation>Папка хранилища: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show what I type</source>
        <translation>Показывать вводимое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the passphrase</source>
        <translation>Показать парольную фразу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase strength</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase:</source>
        <translation>Па&amp;рольная фраза:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>Пов&amp;торите:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Bind this vault to this computer</source>
        <translation>Привязать хранилище к этому компьютеру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer&apos;s keychain then holds a second key. A copy of the vault folder (a backup, a USB stick, a disk image) will not open anywhere else, even with the passphrase. It does not help if this laptop itself is seized while you are logged in. If the computer breaks or is reinstalled, only the recovery code opens the vault.</source>
        <translation>Тогда связка ключей этого компьютера хранит второй ключ. Копия папки хранилища (резервная копия, флешка, образ диска) нигде больше не откроется, даже с парольной фразой. Это не поможет, если изымут сам ноутбук, пока вы в системе. Если компьютер сломается или систему переустановят, хранилище откроет только код восстановления.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;vault</source>
        <translation>&amp;Создать хранилище</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;demo vault instead</source>
        <translation>&amp;Открыть демо-хранилище</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A practice vault with the Atajurt activists&apos; case.</source>
        <translation>Учебное хранилище с делом активистов «Атажурта».</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Four or more unrelated words make a strong passphrase.</source>
        <translation>Четыре или более не связанных слова — надёжная парольная фраза.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passphrases differ.</source>
        <translation>Фразы не совпадают.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two passphrases differ; type the same passphrase twice.</source>
        <translation>Фразы не совпадают; введите одну и ту же парольную фразу дважды.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Creating the vault… This takes a few seconds: the passphrase is stretched so that guessing it is slow.</source>
        <translation>Создаю хранилище… Это займёт несколько секунд: парольная фраза усиливается, чтобы её было трудно подобрать.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Write down your recovery code</source>
        <translation>Запишите код восстановления</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you forget the passphrase, this code is the only other way into the vault. Write it on paper now and keep the paper away from this computer. It is shown only once.</source>
        <translation>Если вы забудете парольную фразу, только этот код откроет хранилище. Запишите его на бумаге сейчас и храните бумагу отдельно от компьютера. Код показывается только один раз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have written it down: &amp;continue</source>
        <translation>Код записан: &amp;продолжить</translation>
    </message>
</context>
<context>
    <name>HearingForm</name>
    <message>
        <location filename="../../ui/forms/proceeding.py" line="+104"/>
        <source>Correct a hearing</source>
        <translation>Исправить заседание</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a hearing</source>
        <translation>Добавить заседание</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Proceeding:</source>
        <translation>&amp;Производство:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;lace:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Taldykorgan</source>
        <translation>например: Талдыкорган</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Outcome:</source>
        <translation>Ит&amp;ог:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not known yet)</source>
        <translation>(пока неизвестно)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next hearing:</source>
        <translation>&amp;Следующее заседание:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed doors:</source>
        <translation>Закрытое:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held &amp;behind closed doors</source>
        <translation>Проходило за &amp;закрытыми дверями</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No&amp;tes:</source>
        <translation>Замет&amp;ки:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source&apos;s &amp;words:</source>
        <translation>Цитата &amp;источника:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. “The first hearing is scheduled … on 21 January 2026.”</source>
        <translation>например: «Первое заседание назначено… на 21 января 2026 г.»</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../ui/forms/incident.py" line="+102"/>
        <source>Record an incident</source>
        <translation>Записать случай</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>13.11.2025, late November 2025, summer 2025…</source>
        <translation>13.11.2025, конец ноября 2025, лето 2025…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the date was understood</source>
        <translation>Как понята дата</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town, region, or “near the Kazakhstan–China border”</source>
        <translation>Город, область или «у границы Казахстана и Китая»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind of incident</source>
        <translation>Вид случая</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What happened</source>
        <translation>Что случилось</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened, in your own words.</source>
        <translation>Что случилось, своими словами.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Who: type a name</source>
        <translation>Кто: введите имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name, Enter to add it (several: separate with commas)</source>
        <translation>Введите имя и нажмите Enter (несколько — через запятую)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add the typed name</source>
        <translation>Добавить введённое имя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People and what was done to each</source>
        <translation>Люди и что сделали с каждым</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Done by</source>
        <translation>Кем сделано</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+110"/>
        <source>(not recorded)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+106"/>
        <source>(no source yet)</source>
        <translation>(источника пока нет)</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Form status</source>
        <translation>Состояние формы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your typing is kept as a draft inside the vault.</source>
        <translation>Всё введённое сохраняется как черновик в хранилище.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save  (Ctrl+Enter)</source>
        <translation>Сохр&amp;анить  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>What h&amp;appened:</source>
        <translation>Что &amp;произошло:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wh&amp;o:</source>
        <translation>К&amp;то:</translation>
    </message>
    <message>
        <location line="+341"/>
        <source>Nobody is listed yet: type who it happened to in Who and press Enter there. To save an incident that names nobody, press Ctrl+Enter.</source>
        <translation>В списке пока никого нет: введите в поле «Кто», с кем это случилось, и нажмите там Enter. Чтобы сохранить случай без людей, нажмите Ctrl+Enter.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter in Who adds a name; it does not save. Press Ctrl+Enter to save, or Tab to the next field.</source>
        <translation>Enter в поле «Кто» добавляет имя, но не сохраняет. Нажмите Ctrl+Enter, чтобы сохранить, или Tab — к следующему полю.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a name in Who, then press Enter to add it.</source>
        <translation>Введите имя в поле «Кто» и нажмите Enter, чтобы добавить его.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is typed in Who but not added: press Enter there to add it, or clear the field.</source>
        <translation>«%1» введено в поле «Кто», но не добавлено: нажмите там Enter, чтобы добавить, или очистите поле.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save as new people?</source>
        <translation>Сохранить как новых людей?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 may be someone already known (see the warning under the list). If it is, choose “Use this person” or “Same person” instead, so that their records stay together.</source>
        <translation>%1 — возможно, уже известный человек (см. предупреждение под списком). Если так, выберите «Выбрать этого человека» или «Тот же человек», чтобы все записи о нём были вместе.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as new people</source>
        <translation>Сохранить как новых</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>Вернуться</translation>
    </message>
    <message>
        <location line="-413"/>
        <source>Save the incident</source>
        <translation>Сохранить случай</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;When:</source>
        <translation>&amp;Когда:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whe&amp;re:</source>
        <translation>&amp;Где:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Headline:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done &amp;by:</source>
        <translation>Кем &amp;сделано:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>According &amp;to:</source>
        <translation>По &amp;данным:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What was done to them</source>
        <translation>Что с ним сделали</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+167"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Type the date the way a source gives it.</source>
        <translation>Введите дату так, как её указывает источник.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>%1 (new person)</source>
        <translation>%1 (новый человек)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What was done to %1</source>
        <translation>Что сделали с человеком: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove %1</source>
        <translation>Убрать: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>  (used if you leave this empty)</source>
        <translation>  (если оставить пустым)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Restored your unsaved draft.</source>
        <translation>Несохранённый черновик восстановлен.</translation>
    </message>
</context>
<context>
    <name>IntakeRow</name>
    <message>
        <location filename="../../ui/case/intake.py" line="+40"/>
        <source>Progress of %1</source>
        <translation>Ход добавления: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting…</source>
        <translation>Ожидание…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel adding %1</source>
        <translation>Отменить добавление: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelling…</source>
        <translation>Отменяю…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled; nothing was kept.</source>
        <translation>Отменено; ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypting into the vault…</source>
        <translation>Шифрую в хранилище…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stored, %1. SHA-256: %2</source>
        <translation>Сохранено, %1. SHA-256: %2</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../ui/forms/link.py" line="+31"/>
        <source>Link evidence</source>
        <translation>Связать доказательство</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type a name, a word of a title or a date; Enter ticks the only match</source>
        <translation>Введите имя, слово из названия или дату; Enter отмечает единственное совпадение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find an event or a person</source>
        <translation>Найти событие или человека</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events and people of the case</source>
        <translation>События и люди по делу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save links</source>
        <translation>Сохранить связи</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What “%1” shows or concerns:</source>
        <translation>Что показывает «%1» или к чему относится:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>date unknown</source>
        <translation>дата неизвестна</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event: %1</source>
        <translation>Событие: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Person: %1</source>
        <translation>Человек: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window.py" line="+157"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New recovery c&amp;ode…</source>
        <translation>Новый &amp;код восстановления…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Panic wipe…</source>
        <translation>&amp;Экстренное уничтожение…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case</source>
        <translation>&amp;Дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record incident…</source>
        <translation>&amp;Записать случай…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;person…</source>
        <translation>Добавить &amp;человека…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add evidence &amp;files…</source>
        <translation>Добавить &amp;файлы доказательств…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;New case…</source>
        <translation>&amp;Новое дело…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык (Language)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the interface</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>This is the demo vault. Its passphrase is: %1</source>
        <translation>Это демо-хранилище. Его парольная фраза: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Creating the demo vault…</source>
        <translation>Создаю демо-хранилище…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>An evidence intake was stopped by the lock; nothing of it was kept. Add the file again.</source>
        <translation>Добавление доказательства прервано блокировкой; ничего не сохранено. Добавьте файл ещё раз.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>There is no vault here: nothing to wipe.</source>
        <translation>Здесь нет хранилища: уничтожать нечего.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The vault&apos;s keys were destroyed: nothing can open it any more. Some of its files could not be removed (%1); delete the folder %2.</source>
        <translation>Ключи хранилища уничтожены: его больше ничто не откроет. Некоторые его файлы удалить не удалось (%1); удалите папку %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was wiped: %1 The vault still opens with its passphrase.</source>
        <translation>Ничего не уничтожено: %1 Хранилище по-прежнему открывается парольной фразой.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault was wiped: its keys were destroyed and its files removed.</source>
        <translation>Хранилище уничтожено: его ключи уничтожены, файлы удалены.</translation>
    </message>
    <message>
        <location line="-350"/>
        <source>&amp;Wipe after failed unlocks…</source>
        <translation>&amp;Стирать после неудачных попыток входа…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Vie&amp;w</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+233"/>
        <source>Off</source>
        <translation>Выключено</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>After %1 failed unlocks</source>
        <translation>После %1 неудачных попыток входа</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <location line="+12"/>
        <source>Wipe after failed unlocks</source>
        <translation>Стирание после неудачных попыток входа</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Destroy this vault after this many wrong passphrases or recovery codes in a row:</source>
        <translation>Уничтожить хранилище после стольких неверных парольных фраз или кодов восстановления подряд:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>After %1 wrong attempts in a row the vault is destroyed for good, even if it was you mistyping. A successful unlock starts the count again.</source>
        <translation>После %1 неверных попыток подряд хранилище будет уничтожено безвозвратно, даже если это вы ошиблись при вводе. Успешный вход начинает отсчёт заново.</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Opening the vault</source>
        <translation>Открытие хранилища</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Vau&amp;lt</source>
        <translation>&amp;Хранилище</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add &amp;source…</source>
        <translation>Добавить &amp;источник…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add pr&amp;oceeding…</source>
        <translation>Добавить &amp;производство…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;hearing…</source>
        <translation>Добавить засе&amp;дание…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;measure…</source>
        <translation>Добавить &amp;меру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;communication…</source>
        <translation>Добавить &amp;сообщение…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo last change…</source>
        <translation>&amp;Отменить последнее изменение…</translation>
    </message>
</context>
<context>
    <name>MeasureForm</name>
    <message>
        <location filename="../../ui/forms/measure.py" line="+26"/>
        <source>Correct a measure</source>
        <translation>Исправить меру</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a measure</source>
        <translation>Добавить меру</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;People:</source>
        <translation>&amp;Люди:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Person:</source>
        <translation>Человек:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Measure:</source>
        <translation>&amp;Мера:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pr&amp;oceeding:</source>
        <translation>&amp;Производство:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;From:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For (&amp;duration):</source>
        <translation>Срок (&amp;длительность):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 10 days, two months</source>
        <translation>например: 10 суток, два месяца</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Окончание:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extension:</source>
        <translation>Продление:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xtends the measure of this kind in force</source>
        <translation>Продл&amp;евает действующую меру этого вида</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;State:</source>
        <translation>&amp;Состояние:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not known)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source&apos;s &amp;words:</source>
        <translation>Цитата &amp;источника:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. “remanded in custody for 10 days”</source>
        <translation>например: «заключены под стражу на 10 суток»</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give the end, or the start and a duration (days, weeks, months).</source>
        <translation>Укажите окончание или начало и срок (сутки, недели, месяцы).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ends %1 (from the start and the duration).</source>
        <translation>Окончание: %1 (по началу и сроку).</translation>
    </message>
</context>
<context>
    <name>NewRecoveryCodeDialog</name>
    <message>
        <location filename="../../ui/recovery_dialog.py" line="+31"/>
        <source>New recovery code</source>
        <translation>Новый код восстановления</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write down your new recovery code</source>
        <translation>Запишите новый код восстановления</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It replaces the old code once you have typed its last group below: from then on the old code no longer opens the vault. Until then, or if you cancel, the old code stays in force.</source>
        <translation>Он заменит старый код, когда вы введёте ниже его последнюю группу: после этого старый код хранилище больше не открывает. До тех пор, или если вы отмените, действует старый код.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have written it down: &amp;replace the old code</source>
        <translation>Код записан: &amp;заменить старый код</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Making a new code… This takes a few seconds.</source>
        <translation>Создаётся новый код… Это займёт несколько секунд.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Recovery code not confirmed</source>
        <translation>Код восстановления не подтверждён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When this vault was made, its recovery code was shown but Casefile was closed before you confirmed writing it down. If you forget the passphrase, only that code opens the vault. Make a new recovery code now and write it down?</source>
        <translation>При создании хранилища был показан код восстановления, но Casefile закрыли до того, как вы подтвердили, что записали его. Если вы забудете парольную фразу, хранилище откроет только этот код. Создать новый код восстановления сейчас и записать его?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make a new code</source>
        <translation>Создать новый код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind me next time</source>
        <translation>Напомнить в следующий раз</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../ui/case/overview.py" line="+56"/>
        <source>Case summary</source>
        <translation>Краткое описание дела</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counts</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Положение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+33"/>
        <source>People at risk</source>
        <translation>Люди в опасности</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Next deadlines of this case</source>
        <translation>Ближайшие сроки по делу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>date unknown</source>
        <translation>дата неизвестна</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened</source>
        <translation>Что случилось</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+15"/>
        <source>Latest events</source>
        <translation>Последние события</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Next deadlines</source>
        <translation>Ближайшие сроки</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> (passed)</source>
        <translation> (прошёл)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reading who is at risk…</source>
        <translation>Смотрю, кто в опасности…</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <location filename="../../ui/packs/pack_dialog.py" line="+34"/>
        <source>Handoff pack</source>
        <translation>Пакет для передачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose</source>
        <translation>Выбор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Produce</source>
        <translation>Создание</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No trusted partner yet. Import your partner&apos;s contact card and confirm its fingerprint first.</source>
        <translation>Доверенных партнёров пока нет. Сначала добавьте контактную карточку партнёра и подтвердите её отпечаток.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redaction profile</source>
        <translation>Профиль сокрытия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the report in the pack</source>
        <translation>Язык отчёта в пакете</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the redacted &amp;report (PDF)</source>
        <translation>Включить &amp;отчёт со скрытыми данными (PDF)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send &amp;original evidence files (with their metadata) instead of metadata-free copies</source>
        <translation>Отправить ори&amp;гиналы файлов доказательств (с метаданными) вместо копий без метаданных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partners who can open the pack</source>
        <translation>Партнёры, которые смогут открыть пакет</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Case:</source>
        <translation>&amp;Дело:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Профиль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report &amp;language:</source>
        <translation>&amp;Язык отчёта:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A pack is one encrypted file that only the partners you choose can open, signed by this vault so that they can check nothing was changed on the way.</source>
        <translation>Пакет — это один зашифрованный файл, который откроют только выбранные вами партнёры. Он подписан этим хранилищем, чтобы они могли проверить, что по дороге ничего не изменили.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Encrypt for these partners:</source>
        <translation>&amp;Зашифровать для партнёров:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Partner: names shown, secrets left out</source>
        <translation>Партнёрский: имена видны, секретное не включено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal: everything, originals included</source>
        <translation>Внутренний: всё, включая оригиналы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public: non-consenting people pseudonymised</source>
        <translation>Публичный: люди без согласия — под псевдонимами</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What the pack will hold</source>
        <translation>Что будет в пакете</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pack will hold</source>
        <translation>В пакете будет</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved pack</source>
        <translation>Сохранённый пакет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack id</source>
        <translation>Идентификатор пакета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 of the pack</source>
        <translation>SHA-256 пакета</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details of the pack</source>
        <translation>Подробности пакета</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved to:</source>
        <translation>Сохранено в:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack id:</source>
        <translation>Идентификатор пакета:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1    %2  (not trusted yet: confirm its fingerprint in Contact cards)</source>
        <translation>%1    %2  (ещё без доверия: подтвердите отпечаток в «Контактных карточках»)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Make pack…</source>
        <translation>&amp;Создать пакет…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only these partners can open it:</source>
        <translation>Открыть его смогут только эти партнёры:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile: %1</source>
        <translation>Профиль: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The redacted report (PDF, %1): %2 of %3 people under a pseudonym, %4 values hidden</source>
        <translation>Отчёт со скрытыми данными (PDF, %1): под псевдонимом — %2 из %3 человек; скрыто значений: %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No report</source>
        <translation>Без отчёта</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No evidence files in this case</source>
        <translation>В этом деле нет файлов доказательств</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a copy of its text, with hidden names, contacts and places withheld</source>
        <translation>копия текста: имена скрытых людей, контакты и места удалены</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>too large for a metadata-free copy. Tick to send the original, with its metadata, instead</source>
        <translation>слишком велик для копии без метаданных. Отметьте, чтобы отправить оригинал вместе с его метаданными</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too large for a metadata-free copy, and a public pack never carries originals</source>
        <translation>слишком велик для копии без метаданных, а публичный пакет никогда не содержит оригиналов</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>no metadata-free copy could be made of it</source>
        <translation>не удалось сделать его копию без метаданных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out: %1 (%2)</source>
        <translation>Не вошло: %1 (%2)</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>The custody trail of each evidence file, and this vault&apos;s signature</source>
        <translation>Журнал хранения каждого файла доказательств и подпись этого хранилища</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Contact car&amp;ds…</source>
        <translation>Контактные &amp;карточки…</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Re&amp;view…</source>
        <translation>Про&amp;верить…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Evidence that will go (%1):</source>
        <translation>Доказательства, которые войдут (%1):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>metadata-free copy (with the original&apos;s SHA-256)</source>
        <translation>копия без метаданных (с SHA-256 оригинала)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the original, with its metadata</source>
        <translation>оригинал, с его метаданными</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evidence that will NOT go (%1):</source>
        <translation>Доказательства, которые НЕ войдут (%1):</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+84"/>
        <source>its file is not in this vault (imported as a record only)</source>
        <translation>его файла нет в этом хранилище (импортирована только запись)</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>no metadata-free copy can be made of this kind of file (%1). Tick to send the original, with its metadata, instead</source>
        <translation>из файлов такого вида (%1) нельзя сделать копию без метаданных. Отметьте, чтобы вместо неё отправить оригинал с его метаданными</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no metadata-free copy can be made of this kind of file (%1), and a public pack never carries originals</source>
        <translation>из файлов такого вида (%1) нельзя сделать копию без метаданных, а публичный пакет никогда не содержит оригиналов</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save the pack as</source>
        <translation>Сохранить пакет как</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Casefile packs (*.casefile-pack)</source>
        <translation>Пакеты Casefile (*.casefile-pack)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Encrypting and signing the pack…</source>
        <translation>Шифрую и подписываю пакет…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The pack was saved. Send it any way you like; tell your partner its SHA-256 by another channel.</source>
        <translation>Пакет сохранён. Отправьте его любым способом, а его SHA-256 сообщите партнёру по другому каналу.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 bytes, %2 files inside</source>
        <translation>Размер: %1 байт; файлов внутри: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancelled. No pack was saved.</source>
        <translation>Отменено. Пакет не сохранён.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No pack was saved.</source>
        <translation>Пакет не сохранён.</translation>
    </message>
</context>
<context>
    <name>PeopleField</name>
    <message>
        <location filename="../../ui/forms/fields.py" line="+146"/>
        <source>Type part of a name, Enter to tick; Space ticks in the list</source>
        <translation>Введите часть имени, Enter — отметить; в списке отмечает пробел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a person</source>
        <translation>Найти человека</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People of the case</source>
        <translation>Люди по делу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tick at least one person.</source>
        <translation>Отметьте хотя бы одного человека.</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../ui/case/people.py" line="+26"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Положение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other spellings</source>
        <translation>Другие написания</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People in this case</source>
        <translation>Люди в этом деле</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person details</source>
        <translation>Подробности о человеке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add person…</source>
        <translation>Добавить &amp;человека…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add person</source>
        <translation>Добавить человека</translation>
    </message>
    <message>
        <location line="+40"/>
        <source> until %1</source>
        <translation>, до: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Spellings</source>
        <translation>Написания</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Кто это</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent to be named publicly</source>
        <translation>Согласие на публичное упоминание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not recorded</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What was done to them</source>
        <translation>Что с ним сделали</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Measures</source>
        <translation>Меры пресечения</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>E&amp;dit…</source>
        <translation>Изм&amp;енить…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct or delete the selected person</source>
        <translation>Исправить или удалить выбранного человека</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add meas&amp;ure…</source>
        <translation>Добавить &amp;меру…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a measure for the selected person</source>
        <translation>Добавить меру для выбранного человека</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/forms/person.py" line="+135"/>
        <source>Add a person</source>
        <translation>Добавить человека</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Name, as written</source>
        <translation>Имя, как написано</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+88"/>
        <source>Script</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Name as written</source>
        <translation>Имя, как написано</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+85"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Kind of spelling</source>
        <translation>Вид написания</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add another &amp;spelling</source>
        <translation>Добавить другое &amp;написание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another spelling</source>
        <translation>Добавить другое написание</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Individual or group</source>
        <translation>Один человек или группа</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who this is</source>
        <translation>Кто это</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Atajurt activist from Almaty region; for a group, who is in it</source>
        <translation>например: активист «Атажурта» из Алматинской области; для группы — кто в неё входит</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role in this case</source>
        <translation>Роль в этом деле</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Has agreed to be named in public reports</source>
        <translation>Есть согласие на упоминание в публичных отчётах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to be named publicly</source>
        <translation>Согласие на публичное упоминание</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save (Enter)</source>
        <translation>Сохранить (Enter)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the person</source>
        <translation>Сохранить человека</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Keep every spelling as the source wrote it; add transliterations as further rows. The first row is the main one.</source>
        <translation>Сохраняйте каждое написание так, как в источнике; транслитерации добавляйте отдельными строками. Первая строка — основная.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Names:</source>
        <translation>Имена:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Individual or group:</source>
        <translation>&amp;Человек или группа:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who they are:</source>
        <translation>&amp;Кто это:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Role in this case:</source>
        <translation>&amp;Роль в деле:</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Restored your unsaved draft.</source>
        <translation>Несохранённый черновик восстановлен.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save as a new person?</source>
        <translation>Сохранить как нового человека?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 may already be in the vault as %2. If it is the same person, choose “Use this person” instead, so that their records stay together.</source>
        <translation>Возможно, «%1» уже есть в хранилище как %2. Если это тот же человек, нажмите «Выбрать этого человека», чтобы его записи были вместе.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as a new person</source>
        <translation>Сохранить как нового</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>Вернуться</translation>
    </message>
</context>
<context>
    <name>PersonEditDialog</name>
    <message>
        <location filename="../../ui/forms/person_edit.py" line="+38"/>
        <source>Correct a person</source>
        <translation>Исправить данные человека</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+108"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>person</source>
        <translation>человек</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This person is also in %1 other case(s): they go from there too.</source>
        <translation>Этот человек есть ещё в других делах (%1): он будет удалён и оттуда.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete this person?</source>
        <translation>Удалить этого человека?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep them</source>
        <translation>Оставить</translation>
    </message>
</context>
<context>
    <name>PersonFilter</name>
    <message>
        <location filename="../../ui/case/events.py" line="-49"/>
        <location line="+7"/>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
</context>
<context>
    <name>ProceedingForm</name>
    <message>
        <location filename="../../ui/forms/proceeding.py" line="-112"/>
        <source>Correct a proceeding</source>
        <translation>Исправить производство</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a proceeding</source>
        <translation>Добавить производство</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Criminal case against 19 activists under art. 174(2)</source>
        <translation>например: Уголовное дело против 19 активистов по ст. 174 ч. 2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ourt:</source>
        <translation>&amp;Суд:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Specialised criminal court</source>
        <translation>например: Специализированный суд по уголовным делам</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case &amp;number:</source>
        <translation>Номер &amp;дела:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Charges:</source>
        <translation>&amp;Обвинения:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One per line, e.g. Criminal Code art. 174(2)</source>
        <translation>По одному в строке, например: УК РК, ст. 174 ч. 2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Stage:</source>
        <translation>Стади&amp;я:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not known)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Description:</source>
        <translation>Описани&amp;е:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;fendants:</source>
        <translation>Обвиняе&amp;мые:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source&apos;s &amp;words:</source>
        <translation>Цитата &amp;источника:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the source says (optional)</source>
        <translation>Что говорит источник (необязательно)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A proceeding needs a title.</source>
        <translation>У производства должно быть название.</translation>
    </message>
</context>
<context>
    <name>ProceedingsTab</name>
    <message>
        <location filename="../../ui/case/proceedings.py" line="+35"/>
        <source>Proceeding</source>
        <translation>Производство</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+128"/>
        <source>Status</source>
        <translation>Стадия</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed doors</source>
        <translation>Закрытое</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Мера</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (passed)</source>
        <translation> (прошёл)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+33"/>
        <source>Proceedings</source>
        <translation>Процессы</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Proceeding details</source>
        <translation>Подробности процесса</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Hearings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Measures</source>
        <translation>Меры</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New proceed&amp;ing…</source>
        <translation>Новое п&amp;роизводство…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Measures (detention, house arrest) and when they expire</source>
        <translation>Меры пресечения (арест, домашний арест) и их сроки</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>extended</source>
        <translation>продлена</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charges</source>
        <translation>Обвинения</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Add a proceeding</source>
        <translation>Добавить производство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;hearing…</source>
        <translation>Новое &amp;заседание…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a hearing</source>
        <translation>Добавить заседание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New meas&amp;ure…</source>
        <translation>Новая &amp;мера…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a measure (detention, house arrest, extension)</source>
        <translation>Добавить меру (содержание под стражей, домашний арест, продление)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;dit…</source>
        <translation>Изм&amp;енить…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct or delete the selected line</source>
        <translation>Исправить или удалить выбранную строку</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../ui/steps.py" line="+79"/>
        <source>Progress</source>
        <translation>Ход работы</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../ui/packs/receive_dialog.py" line="+27"/>
        <source>Verify or receive a pack</source>
        <translation>Проверить или принять пакет</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the pack</source>
        <translation>Выбор пакета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check it</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receive</source>
        <translation>Приём</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pack file</source>
        <translation>Файл пакета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose pack file…</source>
        <translation>&amp;Выбрать файл пакета…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pack is checked completely first: that it was made for this vault, who signed it, and the SHA-256 of every file in it. Nothing is kept until you choose to receive it, and then everything or nothing is.</source>
        <translation>Сначала пакет проверяется полностью: что он сделан для этого хранилища, кто его подписал и SHA-256 каждого файла в нём. Ничего не сохраняется, пока вы не решите его принять, — и тогда сохраняется всё или ничего.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pack:</source>
        <translation>Пакет:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signed by</source>
        <translation>Подписал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 of the pack file</source>
        <translation>SHA-256 файла пакета</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What verification found</source>
        <translation>Что показала проверка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by:</source>
        <translation>Подписал:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Persons who may already be in this vault</source>
        <translation>Лица, которые, возможно, уже есть в этом хранилище</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pack names these persons in spellings close to persons you already have. Merge a person only if you are sure it is the same one: the pack&apos;s spellings become aliases, and each fact keeps the sender it came from.</source>
        <translation>Пакет называет этих людей в написаниях, близких к людям, которые у вас уже есть. Объединяйте, только если уверены, что это один и тот же человек: написания из пакета станут вариантами имени, а каждый факт сохранит отправителя, от которого пришёл.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What was received</source>
        <translation>Что принято</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a pack file</source>
        <translation>Выберите файл пакета</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Verify…</source>
        <translation>&amp;Проверить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Receive into this vault</source>
        <translation>&amp;Принять в это хранилище</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Checking the pack…</source>
        <translation>Проверяю пакет…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every check passed, and this pack was already received on %1: there is nothing new to receive.</source>
        <translation>Все проверки пройдены, и этот пакет уже был принят %1: нового в нём нет.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every check passed. You can receive this pack.</source>
        <translation>Все проверки пройдены. Пакет можно принять.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 checks failed. Do not rely on this pack; nothing of it was kept.</source>
        <translation>Не пройдено проверок: %1. Не полагайтесь на этот пакет; ничего из него не сохранено.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>trusted</source>
        <translation>доверенный</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT trusted</source>
        <translation>НЕ доверенный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signature valid</source>
        <translation>подпись верна</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>signature NOT valid</source>
        <translation>подпись НЕ верна</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed: %1</source>
        <translation>Не пройдено: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case %1, profile %2, made %3</source>
        <translation>Дело %1, профиль %2, создан %3</translation>
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
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Keep as a separate person</source>
        <translation>Оставить отдельным человеком</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (in the pack)</source>
        <translation>%1 (в пакете)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to do with %1</source>
        <translation>Что сделать с %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge into %1 (%2)</source>
        <translation>Объединить с %1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checking again and receiving…</source>
        <translation>Проверяю ещё раз и принимаю…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Received. A new case was created from the pack.</source>
        <translation>Принято. Из пакета создано новое дело.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received into the existing case.</source>
        <translation>Принято в существующее дело.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From %1  %2</source>
        <translation>От %1  %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 evidence files stored in this vault</source>
        <translation>Файлов доказательств сохранено в хранилище: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pack SHA-256 %1 (kept in the custody trail)</source>
        <translation>SHA-256 пакета %1 (записан в журнал хранения)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A person of the pack was merged into %1</source>
        <translation>Человек из пакета объединён с %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 persons of the pack who may already be here were kept separate</source>
        <translation>Лиц из пакета, которые, возможно, уже здесь есть, оставлено отдельно: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled; nothing was received.</source>
        <translation>Отменено; ничего не принято.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was received.</source>
        <translation>Ничего не принято.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/forms/record.py" line="+63"/>
        <source>Form status</source>
        <translation>Состояние формы</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>(no source yet)</source>
        <translation>(источника пока нет)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>According to</source>
        <translation>По данным</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>New so&amp;urce…</source>
        <translation>Нов&amp;ый источник…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a new source, e.g. an interview</source>
        <translation>Добавить новый источник, например интервью</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Accordin&amp;g to:</source>
        <translation>По д&amp;анным:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save (Enter)</source>
        <translation>Сохранить (Enter)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+116"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Your typing is kept as a draft inside the vault.</source>
        <translation>Всё введённое сохраняется как черновик в хранилище.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Restored your unsaved draft.</source>
        <translation>Несохранённый черновик восстановлен.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Delete this record?</source>
        <translation>Удалить эту запись?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This %1 will be deleted.</source>
        <translation>Будет удалено: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With it go: %1.</source>
        <translation>Вместе с этим удаляется: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo (Ctrl+Z) brings everything back.</source>
        <translation>Отмена (Ctrl+Z) всё вернёт.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <location filename="../../ui/screens/recovery_code.py" line="+29"/>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last group of the recovery code</source>
        <translation>Последняя группа кода восстановления</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>To check you have it, type its last group of four characters:</source>
        <translation>Для проверки введите последнюю группу из четырёх знаков:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>That is not the last group.</source>
        <translation>Это не последняя группа.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/reports/dialog.py" line="+62"/>
        <source>Redacted report</source>
        <translation>Отчёт со скрытыми данными</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose</source>
        <translation>Выбор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review what will be hidden</source>
        <translation>Проверьте, что будет скрыто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Produce</source>
        <translation>Создание</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who will read the report</source>
        <translation>Кто будет читать отчёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the report</source>
        <translation>Язык отчёта</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Case:</source>
        <translation>&amp;Дело:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Readers:</source>
        <translation>&amp;Читатели:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report is redacted in its data before any page is drawn, and the finished file is checked for every hidden name and value before it is saved. You will see what is hidden before you produce it.</source>
        <translation>Данные скрываются ещё до того, как нарисована первая страница, а готовый файл перед сохранением проверяется на каждое скрытое имя и значение. Вы увидите, что будет скрыто, до создания отчёта.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Public: anyone (press, public UN documents)</source>
        <translation>Публичный: для всех (пресса, открытые документы ООН)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner: a trusted organisation</source>
        <translation>Партнёрский: доверенная организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal: your own team only</source>
        <translation>Внутренний: только ваша команда</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>People who have not consented to be named are shown by a pseudonym; contacts, addresses, health and other sensitive details are left out.</source>
        <translation>Люди, не давшие согласия на упоминание, показаны под псевдонимом; контакты, адреса, сведения о здоровье и другие чувствительные данные не включаются.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Names are shown; secrets (sources&apos; identities, contacts, addresses, coordinates) are left out.</source>
        <translation>Имена видны; секретное (личности источников, контакты, адреса, координаты) не включается.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything is shown. Never give this report to anyone outside your team.</source>
        <translation>Показано всё. Никогда не передавайте этот отчёт никому вне вашей команды.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>People in the report</source>
        <translation>Люди в отчёте</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Values hidden from the report</source>
        <translation>Значения, скрытые в отчёте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the report includes</source>
        <translation>Что войдёт в отчёт</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tick “Pseudonymise” to hide a person&apos;s name behind a pseudonym; untick it to print their name. Print a name only with that person&apos;s consent: it can put them in danger.</source>
        <translation>Отметьте «Псевдоним», чтобы скрыть имя человека за псевдонимом; снимите отметку, чтобы напечатать имя. Печатайте имя только с согласия человека: это может подвергнуть его опасности.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hidden</source>
        <translation>Скрыто</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Included</source>
        <translation>Включено</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved report</source>
        <translation>Сохранённый отчёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 of the report</source>
        <translation>SHA-256 отчёта</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to:</source>
        <translation>Сохранено в:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Produce report…</source>
        <translation>&amp;Создать отчёт…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>consented to be named</source>
        <translation>согласие на упоминание есть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no consent to be named in public</source>
        <translation>нет согласия на публичное упоминание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your choice</source>
        <translation>ваш выбор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this profile shows names</source>
        <translation>этот профиль показывает имена</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pseudonymise</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in this vault</source>
        <translation>Имя в хранилище</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the report</source>
        <translation>В отчёте</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pseudonymised</source>
        <translation>Под псевдонимом</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name shown</source>
        <translation>Имя видно</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 of %2 — hidden: %3</source>
        <translation>%1 из %2 — скрыто: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 names removed from free text</source>
        <translation>Имён удалено из свободного текста: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 linked entries left out (they would point to a hidden person or value)</source>
        <translation>Связанных записей не включено: %1 (они указали бы на скрытого человека или значение)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 image regions blacked out</source>
        <translation>Закрашено областей изображений: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is hidden at this profile.</source>
        <translation>В этом профиле ничего не скрывается.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 proceedings, %2 hearings, %3 measures</source>
        <translation>Процессы: %1, заседания: %2, меры: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2 people will appear under a pseudonym; %3 values are hidden. Language of the report: %4.</source>
        <translation>Под псевдонимом будут %1 из %2 человек; скрыто значений: %3. Язык отчёта: %4.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Save the report as</source>
        <translation>Сохранить отчёт как</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Building, checking and saving the report…</source>
        <translation>Создаю, проверяю и сохраняю отчёт…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report passed the leak check and was saved.</source>
        <translation>Отчёт прошёл проверку на утечки и сохранён.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 pages</source>
        <translation>Страниц: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled. No report was saved.</source>
        <translation>Отменено. Отчёт не сохранён.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No report was saved.</source>
        <translation>Отчёт не сохранён.</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>Show these values in this report (only if they need not be secret)</source>
        <translation>Показать эти значения в отчёте (только если их не нужно скрывать)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Re&amp;view…</source>
        <translation>Про&amp;верить…</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>A withheld value (%1, field %2) is written like the name of %3, whom the report shows: the name could give it away, and the leak check may refuse the report. Tick “Pseudonymise” for %3, or show these values below.</source>
        <translation>Скрытое значение (%1, поле %2) написано так же, как имя %3, которое отчёт показывает: имя может его выдать, и проверка на утечки может не пропустить отчёт. Отметьте «Псевдоним» для %3 или покажите эти значения ниже.</translation>
    </message>
</context>
<context>
    <name>ReportFieldNames</name>
    <message>
        <location filename="../../ui/reports/field_names.py" line="+11"/>
        <source>the case</source>
        <translation>дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people</source>
        <translation>люди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people&apos;s names</source>
        <translation>имена людей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people in the case</source>
        <translation>участники дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>events</source>
        <translation>события</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acts</source>
        <translation>действия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sources</source>
        <translation>источники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence</source>
        <translation>доказательства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the custody trail</source>
        <translation>цепочка хранения</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>who handled it</source>
        <translation>кто с ним работал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of birth</source>
        <translation>дата рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who brought it</source>
        <translation>кто его принёс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>camera data (device, place, time)</source>
        <translation>данные камеры (устройство, место, время)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>citizenship</source>
        <translation>гражданство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact details</source>
        <translation>контакты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>map coordinates</source>
        <translation>координаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exact address</source>
        <translation>точный адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gender</source>
        <translation>пол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health notes</source>
        <translation>заметки о здоровье</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>informant</source>
        <translation>информатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where it came from</source>
        <translation>откуда получено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file name</source>
        <translation>имя файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>имя</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../../ui/search_panel.py" line="+18"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communications</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Search is not available: %1</source>
        <translation>Поиск недоступен: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing found for “%1”.</source>
        <translation>По запросу «%1» ничего не найдено.</translation>
    </message>
</context>
<context>
    <name>ShareMenu</name>
    <message>
        <location filename="../../ui/packs/__init__.py" line="+66"/>
        <source>Handoff &amp;pack…</source>
        <translation>&amp;Пакет для передачи…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Verify or receive a pack…</source>
        <translation>П&amp;роверить или принять пакет…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Contact cards…</source>
        <translation>&amp;Контактные карточки…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/__init__.py" line="+35"/>
        <source>Redacted &amp;report…</source>
        <translation>&amp;Отчёт со скрытыми данными…</translation>
    </message>
    <message>
        <location filename="../../ui/share.py" line="+28"/>
        <source>&amp;Share</source>
        <translation>&amp;Передать</translation>
    </message>
    <message>
        <location filename="../../ui/uwazi_dialog.py" line="+259"/>
        <source>Export for &amp;Uwazi…</source>
        <translation>Экспорт для &amp;Uwazi…</translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <location filename="../../ui/forms/source.py" line="+19"/>
        <source>Correct a source</source>
        <translation>Исправить источник</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a source</source>
        <translation>Добавить источник</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Interview with a relative, 2 December 2025</source>
        <translation>например: Интервью с родственницей, 2 декабря 2025</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Author:</source>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation, mandate or interviewer</source>
        <translation>Организация, мандат или кто брал интервью</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reference:</source>
        <translation>Н&amp;омер:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. AL KAZ 2/2026</source>
        <translation>например: AL KAZ 2/2026</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;liability:</source>
        <translation>Надё&amp;жность:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not assessed)</source>
        <translation>(не оценена)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Who told us:</source>
        <translation>&amp;Кто сообщил:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret: kept in the vault, removed from every report and pack</source>
        <translation>Секретно: хранится в хранилище, удаляется из всех отчётов и пакетов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A source needs a title.</source>
        <translation>У источника должно быть название.</translation>
    </message>
</context>
<context>
    <name>SourcesTab</name>
    <message>
        <location filename="../../ui/case/sources.py" line="+40"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliability</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About</source>
        <translation>О чём</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Says</source>
        <translation>Что сказано</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+18"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>What this source says</source>
        <translation>Что говорит этот источник</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>Where sources disagree</source>
        <translation>Где источники расходятся</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>What the selected source says</source>
        <translation>Что говорит выбранный источник</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hover a line for the source&apos;s own words; double-click to open the fact.</source>
        <translation>Наведите на строку, чтобы увидеть слова источника; двойной щелчок открывает факт.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Hearing of %1</source>
        <translation>Заседание %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No disagreement between sources is recorded.</source>
        <translation>Расхождений между источниками не записано.</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>&amp;Add source…</source>
        <translation>Добавить ис&amp;точник…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a source</source>
        <translation>Добавить источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;dit…</source>
        <translation>Изм&amp;енить…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct or delete the selected source</source>
        <translation>Исправить или удалить выбранный источник</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../ui/steps.py" line="+38"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+58"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Step %1 of %2: %3</source>
        <translation>Шаг %1 из %2: %3</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>TickField</name>
    <message>
        <location filename="../../ui/forms/fields.py" line="-44"/>
        <source>Ticked: %1</source>
        <translation>Отмечено: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Tick at least one.</source>
        <translation>Отметьте хотя бы один пункт.</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <location filename="../../ui/case/timeline.py" line="+60"/>
        <source>Timeline of events</source>
        <translation>Шкала времени событий</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location line="-20"/>
        <source>Whole case</source>
        <translation>Всё дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 5 years</source>
        <translation>Последние 5 лет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 3 months</source>
        <translation>Последние 3 месяца</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>Show the timeline of</source>
        <translation>Показать шкалу времени человека</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time span</source>
        <translation>Период</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>● a known day    ▭ dashed: a fuzzy date (a range such as “late November 2025”)    click an event to open it</source>
        <translation>● точный день    ▭ пунктир: примерная дата (промежуток, например «конец ноября 2025»)    щёлкните по событию, чтобы открыть его</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Span:</source>
        <translation>Период:</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../ui/screens/unlock.py" line="+50"/>
        <source>Casefile is locked</source>
        <translation>Casefile заблокирован</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Notice</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>I forgot the passphrase: use the &amp;recovery code</source>
        <translation>Забыли парольную фразу? Ввести &amp;код восстановления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the recovery code instead of the passphrase</source>
        <translation>Ввести код восстановления вместо парольной фразы</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Panic wipe: destroy this vault</source>
        <translation>Экстренное уничтожение этого хранилища</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Panic wipe…  (Ctrl+Shift+Del)</source>
        <translation>Экстренное &amp;уничтожение…  (Ctrl+Shift+Del)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Type the recovery code you wrote down (dashes and spaces do not matter).</source>
        <translation>Введите записанный код восстановления (дефисы и пробелы не важны).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type your passphrase to unlock.</source>
        <translation>Введите парольную фразу, чтобы разблокировать.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock status</source>
        <translation>Состояние разблокировки</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>Vault: %1</source>
        <translation>Хранилище: %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Caps Lock is on.</source>
        <translation>Включён Caps Lock.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Caps Lock</source>
        <translation>Caps Lock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard: typing Latin letters (an English layout).</source>
        <translation>Клавиатура: вводятся латинские буквы (английская раскладка).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard: typing Cyrillic letters (a Russian or Kazakh layout).</source>
        <translation>Клавиатура: вводятся буквы кириллицы (русская или казахская раскладка).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyboard layout</source>
        <translation>Раскладка клавиатуры</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This vault is bound to a computer&apos;s keychain, and no keychain is available here: the passphrase alone cannot open it. Use the recovery code.</source>
        <translation>Это хранилище привязано к связке ключей компьютера, а здесь связки ключей нет: одна парольная фраза его не откроет. Введите код восстановления.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Type the passphrase first.</source>
        <translation>Сначала введите парольную фразу.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unlocking…</source>
        <translation>Разблокирую…</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Finishing the work that was running when Casefile locked…</source>
        <translation>Завершается работа, начатая до блокировки Casefile…</translation>
    </message>
</context>
<context>
    <name>UwaziDialog</name>
    <message>
        <location filename="../../ui/uwazi_dialog.py" line="-221"/>
        <source>Export for Uwazi</source>
        <translation>Экспорт для Uwazi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose</source>
        <translation>Выбор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Produce</source>
        <translation>Создание</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cases to export</source>
        <translation>Дела для экспорта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redaction profile</source>
        <translation>Профиль сокрытия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default language of the Uwazi instance</source>
        <translation>Основной язык Uwazi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Профиль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uwazi&apos;s default &amp;language:</source>
        <translation>Основной &amp;язык Uwazi:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uwazi (HURIDOCS) imports one zip per template and a CSV per thesaurus. They are made from the same redacted data as a report at the chosen profile, and every cell is checked before anything is written.</source>
        <translation>Uwazi (HURIDOCS) импортирует по одному zip-архиву на шаблон и по одному CSV-файлу на тезаурус. Они создаются из тех же данных со скрытием, что и отчёт с выбранным профилем, и каждая ячейка проверяется до того, как что-либо будет записано.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Cases:</source>
        <translation>&amp;Дела:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partner: names shown, secrets left out</source>
        <translation>Партнёрский: имена видны, секретное не включено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal: everything, original evidence files included</source>
        <translation>Внутренний: всё, включая оригиналы файлов доказательств</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public: non-consenting people pseudonymised</source>
        <translation>Публичный: люди без согласия — под псевдонимами</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the export will hold</source>
        <translation>Что войдёт в экспорт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export will hold</source>
        <translation>В экспорт войдёт</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export folder</source>
        <translation>Папка экспорта</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files written</source>
        <translation>Записанные файлы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved to:</source>
        <translation>Сохранено в:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Re&amp;view…</source>
        <translation>Про&amp;верить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспортировать…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Profile: %1</source>
        <translation>Профиль: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uwazi&apos;s default language: %1</source>
        <translation>Основной язык Uwazi: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 people under a pseudonym, %3 values hidden, %4 names removed from free text</source>
        <translation>Под псевдонимом: %1 из %2 человек; скрыто значений: %3; имён удалено из текста: %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 evidence files, as originals (with their metadata)</source>
        <translation>Файлы доказательств (%1) — оригиналы (с метаданными)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 evidence items: pictures as metadata-free copies; other files and pictures with regions to black out keep their row without the file</source>
        <translation>Доказательства (%1): изображения — копиями без метаданных; другие файлы и изображения с областями для закрашивания остаются записями без файла</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The files are not encrypted: keep them off shared disks and delete them once Uwazi has them.</source>
        <translation>Файлы не зашифрованы: не храните их на общих дисках и удалите после импорта в Uwazi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name a new folder for the Uwazi files</source>
        <translation>Назовите новую папку для файлов Uwazi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Folders (*)</source>
        <translation>Папки (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Writing the Uwazi files…</source>
        <translation>Запись файлов Uwazi…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Uwazi files were written. Import them in the order README.txt gives.</source>
        <translation>Файлы для Uwazi записаны. Импортируйте их в порядке, указанном в README.txt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 bytes, %3 rows</source>
        <translation>%1: %2 байт, строк: %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2 bytes</source>
        <translation>%1: %2 байт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file for evidence %1: %2</source>
        <translation>Нет файла для доказательства %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled. Nothing was written.</source>
        <translation>Отменено. Ничего не записано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was written.</source>
        <translation>Ничего не записано.</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <location filename="../../ui/wipe.py" line="+20"/>
        <source>Panic wipe</source>
        <translation>Экстренное уничтожение</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was wiped: the word %1 was not typed.</source>
        <translation>Ничего не уничтожено: слово %1 не введено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was wiped: the panic wipe was cancelled.</source>
        <translation>Ничего не уничтожено: экстренное уничтожение отменено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was wiped: “%2” is not the word %1.</source>
        <translation>Ничего не уничтожено: «%2» — это не слово %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The word that confirms the wipe</source>
        <translation>Слово, подтверждающее уничтожение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wipe status</source>
        <translation>Состояние уничтожения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wipe now</source>
        <translation>&amp;Уничтожить сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This destroys the vault for good: every case, person and evidence file in it. Neither the passphrase nor the recovery code will open it again.</source>
        <translation>Хранилище будет уничтожено навсегда: все дела, люди и файлы доказательств в нём. Ни парольная фраза, ни код восстановления больше его не откроют.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type %1 and press Enter. Letter case and keyboard layout do not matter: on a Russian or Kazakh layout the same keys type ЦШЗУ.</source>
        <translation>Введите %1 и нажмите Enter. Регистр и раскладка не важны: в русской или казахской раскладке те же клавиши дают ЦШЗУ.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter wipes the vault now.</source>
        <translation>Enter сейчас уничтожит хранилище.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/workspace.py" line="+56"/>
        <source>Search people, events, evidence, sources…  (Ctrl+F)</source>
        <translation>Поиск людей, событий, доказательств, источников…  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the vault</source>
        <translation>Поиск по хранилищу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record incident  (Ctrl+N)</source>
        <translation>Записать случай  (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record an incident</source>
        <translation>Записать случай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock  (Ctrl+L)</source>
        <translation>Заблокировать  (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock Casefile now</source>
        <translation>Заблокировать Casefile сейчас</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>No case chosen</source>
        <translation>Дело не выбрано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose or create a case first.</source>
        <translation>Сначала выберите или создайте дело.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Add evidence files</source>
        <translation>Добавить файлы доказательств</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+2"/>
        <location line="+7"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>There is no change to undo.</source>
        <translation>Отменять нечего.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Undo the correction of a %1 made %2?</source>
        <translation>Отменить исправление (%1), сделанное %2?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring back the %1 deleted %2, with what was deleted with it?</source>
        <translation>Вернуть удалённое %2 (%1) вместе со всем, что было удалено вместе с ним?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the addition of a %1 made %2?</source>
        <translation>Отменить добавление (%1), сделанное %2?</translation>
    </message>
</context>
<context>
    <name>credentials</name>
    <message>
        <location filename="../../ui/case/credentials.py" line="-118"/>
        <source>Signed by a trusted signer; the file is unchanged since.</source>
        <translation>Подписано доверенным подписантом; с тех пор файл не менялся.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is unchanged since it was signed, but the signer is not on Casefile&apos;s trust list.</source>
        <translation>Файл не менялся с момента подписания, но подписанта нет в списке доверия Casefile.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is unchanged since it was signed, but the signing certificate was not valid then.</source>
        <translation>Файл не менялся с момента подписания, но сертификат подписи тогда не был действителен.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is unchanged since it was signed, but the signing certificate was revoked.</source>
        <translation>Файл не менялся с момента подписания, но сертификат подписи отозван.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is unchanged since it was signed, but its time stamp could not be trusted.</source>
        <translation>Файл не менялся с момента подписания, но его метке времени нельзя доверять.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file&apos;s content changed after it was signed.</source>
        <translation>Содержимое файла изменилось после подписания.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature does not match the credentials.</source>
        <translation>Подпись не соответствует учётным данным.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The credentials fail validation.</source>
        <translation>Учётные данные не проходят проверку.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file points to credentials kept online; Casefile never goes online to fetch them.</source>
        <translation>Файл ссылается на учётные данные в интернете; Casefile никогда не выходит в сеть за ними.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The credentials in the file are damaged or cut short.</source>
        <translation>Учётные данные в файле повреждены или обрезаны.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials cannot be read from this kind of file.</source>
        <translation>Из файлов такого вида учётные данные прочитать нельзя.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The credentials reader stopped on this file.</source>
        <translation>Программа чтения учётных данных остановилась на этом файле.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the credentials took too long and was stopped.</source>
        <translation>Чтение учётных данных заняло слишком много времени и было остановлено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is too large to check from memory.</source>
        <translation>Файл слишком велик для проверки в памяти.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file carries no Content Credentials.</source>
        <translation>В файле нет учётных данных контента.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no name given)</source>
        <translation>(имя не указано)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intact — signed by %1</source>
        <translation>Не изменён — подписал(а) %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unchanged since signed — signer not on the trust list: %1</source>
        <translation>Не менялся с подписания — подписанта нет в списке доверия: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed after it was signed</source>
        <translation>Изменён после подписания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Present but unreadable</source>
        <translation>Есть, но не читаются</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <location filename="../../ui/dates.py" line="+24"/>
        <source>Dates look like %1.</source>
        <translation>Даты выглядят так: %1.</translation>
    </message>
</context>
<context>
    <name>deadlines</name>
    <message>
        <location filename="../../ui/sidebar.py" line="-104"/>
        <source>%1 ends: %2</source>
        <comment>%1 a measure (house arrest), %2 who</comment>
        <translation>%1 — истекает: %2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Hearing: %1</source>
        <translation>Заседание: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next hearing: %1</source>
        <translation>Следующее заседание: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply due: %1</source>
        <translation>Срок ответа: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up: %1</source>
        <translation>Вернуться к вопросу: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>OVERDUE · %1</source>
        <translation>СРОК ИСТЁК · %1</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="+51"/>
        <location line="+53"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
        <translation>%1 и %2 написаны одинаково</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2 match letter for letter after transliteration</source>
        <translation>%1 и %2 совпадают буква в букву после транслитерации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2 match after transliteration</source>
        <translation>%1 и %2 совпадают после транслитерации</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, in a different order</source>
        <translation>, в другом порядке</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>but only one name part can be compared</source>
        <translation>но сравнить можно только одну часть имени</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2 differ only in the ending</source>
        <translation>%1 и %2 различаются только окончанием</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2 differ by a small spelling variant</source>
        <translation>%1 и %2 различаются небольшим вариантом написания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has more name parts (%2)</source>
        <translation>в %1 больше частей имени (%2)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="+23"/>
        <source>Wrong passphrase, or the vault header is damaged.</source>
        <translation>Неверная парольная фраза, или заголовок хранилища повреждён.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong recovery code, or the vault header is damaged.</source>
        <translation>Неверный код восстановления, или заголовок хранилища повреждён.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong passphrase, or the vault&apos;s database is damaged.</source>
        <translation>Неверная парольная фраза, или база данных хранилища повреждена.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This vault is bound to another computer&apos;s keychain, and that keychain is not available here. Use the recovery code to open it.</source>
        <translation>Это хранилище привязано к связке ключей другого компьютера, а здесь её нет. Откройте его кодом восстановления.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This vault is already open in another Casefile window or process.</source>
        <translation>Это хранилище уже открыто в другом окне или процессе Casefile.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault folder is read-only; Casefile needs to write to it to open the vault.</source>
        <translation>Папка хранилища доступна только для чтения; чтобы открыть хранилище, Casefile нужно записывать в неё.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A vault already exists in this folder.</source>
        <translation>В этой папке уже есть хранилище.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder for the new vault is not empty; choose an empty or new folder.</source>
        <translation>Папка для нового хранилища не пуста; выберите пустую или новую папку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no vault in this folder.</source>
        <translation>В этой папке нет хранилища.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault&apos;s database (casefile.db) is missing.</source>
        <translation>Нет базы данных хранилища (casefile.db).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault&apos;s evidence folder is missing.</source>
        <translation>Нет папки доказательств хранилища.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database does not belong to this vault header.</source>
        <translation>База данных не относится к этому заголовку хранилища.</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+47"/>
        <source>The passphrase is empty.</source>
        <translation>Парольная фраза пуста.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase contains a NUL character, which some keyboards cannot type again.</source>
        <translation>В парольной фразе есть символ NUL, который на некоторых клавиатурах не набрать.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>This vault was written by a newer version of Casefile; please update Casefile.</source>
        <translation>Это хранилище записано более новой версией Casefile; обновите Casefile.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This SQLite library has no encryption; refusing to open the vault.</source>
        <translation>Эта библиотека SQLite не поддерживает шифрование; хранилище не будет открыто.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No system keychain is available on this computer; Casefile works with the passphrase alone.</source>
        <translation>На этом компьютере нет системной связки ключей; Casefile работает только с парольной фразой.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keychain could not be read (is it locked?).</source>
        <translation>Не удалось прочитать системную связку ключей (может быть, она заблокирована?).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system keychain refused to store the device key.</source>
        <translation>Системная связка ключей не приняла ключ устройства.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That case does not exist in this vault.</source>
        <translation>Такого дела в хранилище нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That evidence item does not exist.</source>
        <translation>Такого доказательства нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This evidence item&apos;s file is not in this vault (it was imported as a record only).</source>
        <translation>Файла этого доказательства нет в хранилище (импортирована только запись о нём).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 Attempts left before this vault is wiped: %2.</source>
        <translation>%1 Осталось попыток до стирания хранилища: %2.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Another key change is waiting for confirmation; finish or cancel it first.</source>
        <translation>Другое изменение ключей ждёт подтверждения; сначала завершите или отмените его.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Casefile does not understand this date.</source>
        <translation>Casefile не понимает эту дату.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a date word Casefile knows.</source>
        <translation>«%1» — Casefile не знает такого слова в датах.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date has no year, or its year is not written in full (2025, not 25).</source>
        <translation>В дате нет года или год написан не полностью (2025, а не 25).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no such day in the calendar (such as 31 February, or month 13).</source>
        <translation>В календаре нет такого дня (например, 31 февраля или 13-го месяца).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The range is not complete: give both ends, the first before the last.</source>
        <translation>Промежуток неполный: укажите оба конца, начало раньше конца.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This passphrase is among the first a guessing program tries. Use four or more unrelated words.</source>
        <translation>Такую парольную фразу программа подбора пробует одной из первых. Возьмите четыре или больше не связанных между собой слов.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This passphrase could be guessed by a program trying common words and patterns. Use four or more unrelated words.</source>
        <translation>Такую парольную фразу может подобрать программа, перебирающая частые слова и шаблоны. Возьмите четыре или больше не связанных между собой слов.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancelled; nothing was kept.</source>
        <translation>Отменено; ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The operation stopped unexpectedly.</source>
        <translation>Операция неожиданно прервалась.</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>Парольная фраза слишком короткая: нужно не меньше %1 знаков.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The file “%1” is empty; nothing was stored.</source>
        <translation>Файл «%1» пуст; ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file “%1” does not exist.</source>
        <translation>Файла «%1» нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file “%1” cannot be read (check its permissions).</source>
        <translation>Файл «%1» не читается (проверьте права доступа).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file “%1” cannot be read.</source>
        <translation>Файл «%1» не читается.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is a folder, not a file.</source>
        <translation>«%1» — это папка, а не файл.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a regular file.</source>
        <translation>«%1» — не обычный файл.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Something went wrong (%1); nothing was changed.</source>
        <translation>Что-то пошло не так (%1); ничего не изменено.</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>The disk is full; nothing was changed. Free some space and try again.</source>
        <translation>Диск заполнен; ничего не изменено. Освободите место и попробуйте снова.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The vault folder cannot be written to; nothing was changed.</source>
        <translation>В папку хранилища нельзя записывать; ничего не изменено.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The vault header is missing; the vault cannot be unlocked.</source>
        <translation>Заголовок хранилища отсутствует; хранилище нельзя открыть.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Too many wrong attempts: this vault has been destroyed, as its owner had set it up to be.</source>
        <translation>Слишком много неверных попыток: хранилище уничтожено, как и было настроено его владельцем.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The key material in the vault header is damaged or was destroyed; the vault cannot be unlocked.</source>
        <translation>Ключевые данные в заголовке хранилища повреждены или уничтожены; хранилище нельзя открыть.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The vault header is older than this vault&apos;s database: it was put back from an earlier copy since the last unlock. Failed attempts may have been hidden, and an old passphrase may work again: if you did not restore it yourself, run rotate-key.</source>
        <translation>Заголовок хранилища старее его базы данных: после последнего входа его вернули из более ранней копии. Неудачные попытки могли быть скрыты, а старая парольная фраза может снова подойти: если вы не восстанавливали его сами, выполните rotate-key.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The vault header&apos;s limit on failed unlocks had been changed outside Casefile; it was set back to what you chose.</source>
        <translation>Ограничение на неудачные попытки входа в заголовке хранилища было изменено вне Casefile; восстановлено выбранное вами значение.</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>%1 Use the recovery code to open this vault.</source>
        <translation>%1 Откройте хранилище кодом восстановления.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>A case needs a title.</source>
        <translation>У дела должно быть название.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A person needs at least one name (or, for a group, a description).</source>
        <translation>Нужно хотя бы одно имя (а для группы — описание).</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>This record needs a title.</source>
        <translation>У этой записи должно быть название.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not one of the known choices.</source>
        <translation>«%1» нет среди известных вариантов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A record this needs is not in this case (any more).</source>
        <translation>Нужной для этого записи в деле нет (больше нет).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the person (or people) the measure is imposed on.</source>
        <translation>Выберите человека (или людей), к которому применена мера.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reply window must be a number of days between 1 and 3650.</source>
        <translation>Срок для ответа должен быть числом дней от 1 до 3650.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no change to undo.</source>
        <translation>Отменять нечего.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What this change touched was changed again since; nothing was undone.</source>
        <translation>То, что затронуло это изменение, с тех пор снова менялось; ничего не отменено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This cannot be changed this way.</source>
        <translation>Это нельзя изменить таким образом.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record is not in the vault (any more).</source>
        <translation>Этой записи в хранилище нет (больше нет).</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../ui/case/base.py" line="+143"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outcome</source>
        <translation>итог</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed doors</source>
        <translation>закрытое заседание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>citizenship</source>
        <translation>гражданство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health</source>
        <translation>здоровье</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>court</source>
        <translation>суд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>charges</source>
        <translation>обвинения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent by</source>
        <translation>отправители</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recommendations</source>
        <translation>рекомендации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>publication date</source>
        <translation>дата публикации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reply window</source>
        <translation>срок для ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reply due</source>
        <translation>срок ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expiry</source>
        <translation>окончание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start</source>
        <translation>начало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration</source>
        <translation>продолжительность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reference</source>
        <translation>номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>case number</source>
        <translation>номер дела</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>person</source>
        <translation>человек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event</source>
        <translation>событие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>act</source>
        <translation>действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measure</source>
        <translation>мера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hearing</source>
        <translation>заседание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proceeding</source>
        <translation>производство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>communication</source>
        <translation>сообщение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence</source>
        <translation>доказательства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person in the case</source>
        <translation>человек в деле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation in the case</source>
        <translation>организация в деле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spelling of a name</source>
        <translation>написание имени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relation</source>
        <translation>родство</translation>
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
        <translation>%1 %2 %3 г.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 %3</source>
        <comment>a date in a table: %1 day, %2 short month, %3 year</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>spring %1</source>
        <comment>in full; %1 year</comment>
        <translation>весна %1 г.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spring %1</source>
        <comment>in a table; %1 year</comment>
        <translation>весна %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>summer %1</source>
        <comment>in full; %1 year</comment>
        <translation>лето %1 г.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>summer %1</source>
        <comment>in a table; %1 year</comment>
        <translation>лето %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>autumn %1</source>
        <comment>in full; %1 year</comment>
        <translation>осень %1 г.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>autumn %1</source>
        <comment>in a table; %1 year</comment>
        <translation>осень %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>winter %1</source>
        <comment>in full; %1 year (the winter starting in December)</comment>
        <translation>зима %1 г.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>winter %1</source>
        <comment>in a table; %1 year (the winter starting in December)</comment>
        <translation>зима %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>early %1 %2</source>
        <comment>in full; first third of a month: %1 month, %2 year</comment>
        <translation>начало %1 %2 г.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>early %1 %2</source>
        <comment>in a table; first third of a month: %1 month, %2 year</comment>
        <translation>начало %1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mid %1 %2</source>
        <comment>in full; middle of a month: %1 month, %2 year</comment>
        <translation>середина %1 %2 г.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mid %1 %2</source>
        <comment>in a table; middle of a month: %1 month, %2 year</comment>
        <translation>середина %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>late %1 %2</source>
        <comment>in full; last third of a month: %1 month, %2 year</comment>
        <translation>конец %1 %2 г.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>late %1 %2</source>
        <comment>in a table; last third of a month: %1 month, %2 year</comment>
        <translation>конец %1 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2</source>
        <comment>a month in full: %1 month name, %2 year</comment>
        <translation>%1 %2 г.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <comment>a month in a table: %1 short month name, %2 year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1–%2 %3 %4</source>
        <comment>in full; days of one month: %1 first day, %2 last day, %3 month, %4 year</comment>
        <translation>%1–%2 %3 %4 г.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1–%2 %3 %4</source>
        <comment>in a table; days of one month: %1 first day, %2 last day, %3 month, %4 year</comment>
        <translation>%1–%2 %3 %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 – %3 %4 %5</source>
        <comment>in full; a range in one year: %1 day, %2 month, %3 day, %4 month, %5 year</comment>
        <translation>%1 %2 – %3 %4 %5 г.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 – %3 %4 %5</source>
        <comment>in a table; a range in one year: %1 day, %2 month, %3 day, %4 month, %5 year</comment>
        <translation>%1 %2 – %3 %4 %5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>c. %1</source>
        <comment>an approximate date, in full</comment>
        <translation>примерно %1</translation>
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
        <translation> (в источнике: «%1»)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>завтра</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>вчера</translation>
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
        <translation>Пакет не создан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report was not saved</source>
        <translation>Отчёт не сохранён</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its pictures can only be checked for withheld names with OCR, and Tesseract OCR with its Kazakh, Russian and English data is not installed on this computer</source>
        <translation>его изображения можно проверить на скрытые имена только с помощью OCR, а Tesseract OCR с казахскими, русскими и английскими данными на этом компьютере не установлен</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a part of it could not be checked for withheld names</source>
        <translation>часть его не удалось проверить на скрытые имена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 appears %3.</source>
        <translation>%1: %2 встречается %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(%1 more findings.)</source>
        <translation>(ещё находок: %1.)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the name of a pseudonymised person (“%1”, field %2)</source>
        <translation>имя лица под псевдонимом («%1», поле %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a withheld value (“%1”, field %2)</source>
        <translation>скрытое значение («%1», поле %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a value marked as hidden (“%1”, field %2)</source>
        <translation>значение, отмеченное как скрытое («%1», поле %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>in the picture of evidence item %1 on page %2</source>
        <translation>на изображении доказательства %1 на странице %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>in the picture of evidence item %1</source>
        <translation>на изображении доказательства %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in the text note evidence item %1</source>
        <translation>в текстовой заметке доказательства %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on page %1</source>
        <translation>на странице %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the document information</source>
        <translation>в сведениях о документе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the file&apos;s internal data</source>
        <translation>во внутренних данных файла</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That value is written like the name of %1, whom the report names, so the name would give it away. Either hide that name too (tick “Pseudonymise” for %1 in the review), or, if the value need not be secret, show it (tick “Show these values” in the review).</source>
        <translation>Это значение написано так же, как имя %1, которое называет отчёт, поэтому имя выдало бы его. Либо скройте и это имя (отметьте «Псевдоним» для %1 при просмотре), либо, если значение не нужно скрывать, покажите его (отметьте «Показать эти значения» при просмотре).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That value is written like the name of %1, whom the report names, so the name would give it away. Either hide that name too, or, if the value need not be secret, show it: make the pack with the command line, adding --pseudonymise %1 or --show-value %2.</source>
        <translation>Это значение написано так же, как имя %1, которое называет отчёт, поэтому имя выдало бы его. Либо скройте и это имя, либо, если значение не нужно скрывать, покажите его: создайте пакет в командной строке, добавив --pseudonymise %1 или --show-value %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Black out the part of that picture that shows it (mark it as a region to redact on the evidence item), or remove the picture from the case.</source>
        <translation>Закрасьте часть изображения, на которой оно видно (отметьте её как область для скрытия в доказательстве), или удалите изображение из дела.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is probably written in a spelling or form the person&apos;s records do not hold: add that spelling to the person&apos;s names, so that it is replaced, or rewrite the text where it appears.</source>
        <translation>Вероятно, оно написано в форме или написании, которых нет в записях о человеке: добавьте это написание к именам человека, чтобы оно заменялось, или перепишите текст, где оно встречается.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is probably written another way than the recorded value: rewrite the text where it appears, or leave it out.</source>
        <translation>Вероятно, оно записано иначе, чем сохранённое значение: перепишите текст, где оно встречается, или уберите его.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Install it, then try again.</source>
        <translation>Установите его и попробуйте снова.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a fault in Casefile rather than in your data: please report it.</source>
        <translation>Это ошибка Casefile, а не ваших данных: пожалуйста, сообщите о ней.</translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <location filename="../../ui/forms/person.py" line="-342"/>
        <source>(automatic)</source>
        <translation>(автоматически)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyrillic</source>
        <translation>Кириллица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latin</source>
        <translation>Латиница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>Арабское письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese characters</source>
        <translation>Китайские иероглифы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chinese</source>
        <translation>Китайский</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>(not known)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uyghur</source>
        <translation>Уйгурский</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../ui/case/overview.py" line="-140"/>
        <source>Imprisoned</source>
        <translation>В заключении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detained</source>
        <translation>Под стражей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House arrest</source>
        <translation>Домашний арест</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Travel ban</source>
        <translation>Запрет на выезд</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charged</source>
        <translation>Обвиняется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fined</source>
        <translation>Штраф</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released</source>
        <translation>На свободе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Restricted liberty</source>
        <translation>Ограничение свободы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended sentence</source>
        <translation>Условное осуждение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must not leave town</source>
        <translation>Подписка о невыезде</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On bail</source>
        <translation>Под залогом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity ban</source>
        <translation>Запрет на деятельность</translation>
    </message>
</context>
<context>
    <name>strength</name>
    <message>
        <location filename="../../ui/screens/strength.py" line="+20"/>
        <source>Too short: use at least %1 characters; several words are best.</source>
        <translation>Слишком коротко: нужно не меньше %1 знаков; лучше несколько слов.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Fair. One or two more words would make it strong.</source>
        <translation>Средняя. Ещё одно-два слова сделают её надёжной.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong.</source>
        <translation>Надёжная.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>This passphrase is among the first a guessing program tries. Use four or more unrelated words.</source>
        <translation>Такую парольную фразу программа подбора пробует одной из первых. Возьмите четыре или больше не связанных между собой слов.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This passphrase could be guessed by a program trying common words and patterns. Use four or more unrelated words.</source>
        <translation>Такую парольную фразу может подобрать программа, перебирающая частые слова и шаблоны. Возьмите четыре или больше не связанных между собой слов.</translation>
    </message>
</context>
</TS>
