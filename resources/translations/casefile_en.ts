<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActForm</name>
    <message>
        <location filename="../../ui/forms/event_edit.py" line="+58"/>
        <source>Correct what was done to a person</source>
        <translation>Correct what was done to a person</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What was done:</source>
        <translation>&amp;What was done:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>W&amp;hen:</source>
        <translation>W&amp;hen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty: the event&apos;s date</source>
        <translation>Leave empty: the event&apos;s date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Details:</source>
        <translation>&amp;Details:</translation>
    </message>
</context>
<context>
    <name>CardsDialog</name>
    <message>
        <location filename="../../ui/packs/cards_dialog.py" line="+45"/>
        <location line="+4"/>
        <source>Contact cards</source>
        <translation>Contact cards</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;My card</source>
        <translation>&amp;My card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Partners</source>
        <translation>&amp;Partners</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The name partners see on your card</source>
        <translation>The name partners see on your card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save name</source>
        <translation>&amp;Save name</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+15"/>
        <source>Your fingerprint</source>
        <translation>Your fingerprint</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Your card as a QR code</source>
        <translation>Your card as a QR code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export card to a file…</source>
        <translation>&amp;Export card to a file…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name on the card:</source>
        <translation>&amp;Name on the card:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When you give your card to a partner, read this fingerprint to them, in person or on a call you trust, and have them read theirs to you: that is how each of you knows that the card was not swapped.</source>
        <translation>When you give your card to a partner, read this fingerprint to them, in person or on a call you trust, and have them read theirs to you: that is how each of you knows that the card was not swapped.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(No QR code: the optional “segno” package is not installed.)</source>
        <translation>(No QR code: the optional “segno” package is not installed.)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved. Export your card again for partners to see the new name.</source>
        <translation>Saved. Export your card again for partners to see the new name.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save your contact card as</source>
        <translation>Save your contact card as</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact cards (*.card)</source>
        <translation>Contact cards (*.card)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Partner cards</source>
        <translation>Partner cards</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import a partner&apos;s card…</source>
        <translation>&amp;Import a partner&apos;s card…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Check and trust…</source>
        <translation>&amp;Check and trust…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fingerprint of the card</source>
        <translation>Fingerprint of the card</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I &amp;compared this fingerprint with my partner, and it is exactly the same</source>
        <translation>I &amp;compared this fingerprint with my partner, and it is exactly the same</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Trust this card</source>
        <translation>&amp;Trust this card</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;without trusting</source>
        <translation>Add &amp;without trusting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ask your partner to read their fingerprint to you, in person or on a call you trust. If a single character differs, do not trust the card: someone may have replaced it on the way.</source>
        <translation>Ask your partner to read their fingerprint to you, in person or on a call you trust. If a single character differs, do not trust the card: someone may have replaced it on the way.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Packs are encrypted only for trusted partners, and a pack is accepted only from a trusted signer.</source>
        <translation>Packs are encrypted only for trusted partners, and a pack is accepted only from a trusted signer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trusted</source>
        <translation>Trusted</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NO: not checked</source>
        <translation>NO: not checked</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a partner&apos;s contact card</source>
        <translation>Choose a partner&apos;s contact card</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Card of “%1”</source>
        <translation>Card of “%1”</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is trusted.</source>
        <translation>%1 is trusted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was added, not trusted yet.</source>
        <translation>%1 was added, not trusted yet.</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../ui/forms/case.py" line="+21"/>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Case title</source>
        <translation>Case title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Atajurt activists detained after the border protest</source>
        <translation>e.g. Atajurt activists detained after the border protest</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Short reference</source>
        <translation>Short reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. ATAJURT-2025</source>
        <translation>e.g. ATAJURT-2025</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create case</source>
        <translation>Create case</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Summary:</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ui/case/view.py" line="+67"/>
        <source>Case sections</source>
        <translation>Case sections</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a case on the left, or create one.</source>
        <translation>Choose a case on the left, or create one.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;People</source>
        <translation>&amp;People</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Events</source>
        <translation>&amp;Events</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proceedin&amp;gs</source>
        <translation>Proceedin&amp;gs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sou&amp;rces</source>
        <translation>Sou&amp;rces</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>E&amp;vidence</source>
        <translation>E&amp;vidence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;mmunications</source>
        <translation>Co&amp;mmunications</translation>
    </message>
</context>
<context>
    <name>CasesPanel</name>
    <message>
        <location filename="../../ui/sidebar.py" line="+72"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>No cases yet. Create one to start recording.</source>
        <translation>No cases yet. Create one to start recording.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New case…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New case</source>
        <translation>New case</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../ui/integrity.py" line="+28"/>
        <location line="+19"/>
        <source>Check the vault</source>
        <translation>Check the vault</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Every page of the database, every evidence file and the audit log are checked. Nothing in the vault is changed.</source>
        <translation>Every page of the database, every evidence file and the audit log are checked. Nothing in the vault is changed.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Results of the check</source>
        <translation>Results of the check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database: %1 pages, each checked against its authentication code, and its structure.</source>
        <translation>Database: %1 pages, each checked against its authentication code, and its structure.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence: %1 files decrypted and compared with the SHA-256 recorded at intake.</source>
        <translation>Evidence: %1 files decrypted and compared with the SHA-256 recorded at intake.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit log: %1 entries, their chain and signatures.</source>
        <translation>Audit log: %1 entries, their chain and signatures.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All checks passed.</source>
        <translation>All checks passed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems found: %1</source>
        <translation>Problems found: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep a copy of the whole vault folder before changing anything.</source>
        <translation>Keep a copy of the whole vault folder before changing anything.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The check was cancelled; nothing was changed.</source>
        <translation>The check was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Check the vault…</source>
        <translation>&amp;Check the vault…</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <location filename="../../ui/forms/fields.py" line="+327"/>
        <source>“%1” is not one of the choices: pick one from the list.</source>
        <translation>“%1” is not one of the choices: pick one from the list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose one from the list.</source>
        <translation>Choose one from the list.</translation>
    </message>
</context>
<context>
    <name>CommunicationForm</name>
    <message>
        <location filename="../../ui/forms/communication.py" line="+25"/>
        <source>Correct a communication</source>
        <translation>Correct a communication</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a communication</source>
        <translation>Add a communication</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. AL KAZ 2/2026</source>
        <translation>e.g. AL KAZ 2/2026</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it is about, in a line</source>
        <translation>What it is about, in a line</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sent:</source>
        <translation>&amp;Sent:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;o:</source>
        <translation>T&amp;o:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Government of Kazakhstan</source>
        <translation>e.g. Government of Kazakhstan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Mandates:</source>
        <translation>&amp;Mandates:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One per line: the mandates or organisations sending it</source>
        <translation>One per line: the mandates or organisations sending it</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Questions asked:</source>
        <translation>&amp;Questions asked:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One question per line</source>
        <translation>One question per line</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recommendatio&amp;ns:</source>
        <translation>Recommendatio&amp;ns:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One per line</source>
        <translation>One per line</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply &amp;window:</source>
        <translation>Reply &amp;window:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply &amp;due:</source>
        <translation>Reply &amp;due:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Published:</source>
        <translation>&amp;Published:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply recei&amp;ved:</source>
        <translation>Reply recei&amp;ved:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(from the reply window)</source>
        <translation>(from the reply window)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fo&amp;llow up on:</source>
        <translation>Fo&amp;llow up on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source re&amp;cord:</source>
        <translation>Source re&amp;cord:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A reply is due %1 (the date sent plus the reply window).</source>
        <translation>A reply is due %1 (the date sent plus the reply window).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A communication needs a title.</source>
        <translation>A communication needs a title.</translation>
    </message>
</context>
<context>
    <name>CommunicationsTab</name>
    <message>
        <location filename="../../ui/case/communications.py" line="+24"/>
        <location line="+66"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+66"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+68"/>
        <source>Reply due</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+67"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Communications</source>
        <translation>Communications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Communication details</source>
        <translation>Communication details</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>OVERDUE</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply window</source>
        <translation>Reply window</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply received</source>
        <translation>Reply received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up</source>
        <translation>Follow up</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Questions asked (%1)</source>
        <translation>Questions asked (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent by</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standards invoked</source>
        <translation>Standards invoked</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>&amp;Add letter or statement…</source>
        <translation>&amp;Add letter or statement…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a communication</source>
        <translation>Add a communication</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;dit…</source>
        <translation>E&amp;dit…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct or delete the selected communication</source>
        <translation>Correct or delete the selected communication</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <location filename="../../ui/i18n.py" line="+155"/>
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln evidence files</source>
        <translation>
            <numerusform>%Ln evidence file</numerusform>
            <numerusform>%Ln evidence files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln sources</source>
        <translation>
            <numerusform>%Ln source</numerusform>
            <numerusform>%Ln sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln communications</source>
        <translation>
            <numerusform>%Ln communication</numerusform>
            <numerusform>%Ln communications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>in %Ln days</source>
        <translation>
            <numerusform>in %Ln day</numerusform>
            <numerusform>in %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln days ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln bytes</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln entries</source>
        <comment>the custody trail of an evidence file</comment>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln other people in this case have no recorded restriction (see People).</source>
        <translation>
            <numerusform>%Ln other person in this case has no recorded restriction (see People).</numerusform>
            <numerusform>%Ln other people in this case have no recorded restriction (see People).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Locked after %Ln minutes without activity.</source>
        <translation>
            <numerusform>Locked after %Ln minute without activity.</numerusform>
            <numerusform>Locked after %Ln minutes without activity.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>+ %Ln more events: zoom in or choose one person</source>
        <translation>
            <numerusform>+ %Ln more event: zoom in or choose one person</numerusform>
            <numerusform>+ %Ln more events: zoom in or choose one person</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln events: how many began on each day (zoom in or choose one person to see them one by one)</source>
        <translation>
            <numerusform>%Ln event: how many began on each day (zoom in or choose one person to see them one by one)</numerusform>
            <numerusform>%Ln events: how many began on each day (zoom in or choose one person to see them one by one)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln days</source>
        <comment>a length of time</comment>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln weeks</source>
        <comment>a length of time</comment>
        <translation>
            <numerusform>%Ln week</numerusform>
            <numerusform>%Ln weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln months</source>
        <comment>a length of time</comment>
        <translation>
            <numerusform>%Ln month</numerusform>
            <numerusform>%Ln months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln years</source>
        <comment>a length of time</comment>
        <translation>
            <numerusform>%Ln year</numerusform>
            <numerusform>%Ln years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialsPanel</name>
    <message>
        <location filename="../../ui/case/credentials.py" line="+87"/>
        <source>Content Credentials:</source>
        <translation>Content Credentials:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed at:</source>
        <translation>Signed at:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made with:</source>
        <translation>Made with:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names in the credentials:</source>
        <translation>Names in the credentials:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Content Credentials</source>
        <translation>Content Credentials</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 (kept here, removed on export)</source>
        <translation>%1 (kept here, removed on export)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/forms/fields.py" line="-209"/>
        <source>13.11.2025, late November 2025, summer 2025…</source>
        <translation>13.11.2025, late November 2025, summer 2025…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the date was understood</source>
        <translation>How the date was understood</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A date is needed here.</source>
        <translation>A date is needed here.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>“%1” is not understood in a date. Try 13.11.2025, “late November 2025”.</source>
        <translation>“%1” is not understood in a date. Try 13.11.2025, “late November 2025”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the year as well, e.g. 13.11.2025.</source>
        <translation>Give the year as well, e.g. 13.11.2025.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no such day in the calendar.</source>
        <translation>There is no such day in the calendar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A range needs both ends, the first before the last: 13–15 November 2025.</source>
        <translation>A range needs both ends, the first before the last: 13–15 November 2025.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not understood yet. Try 13.11.2025, “late November 2025” or “summer 2025”.</source>
        <translation>Not understood yet. Try 13.11.2025, “late November 2025” or “summer 2025”.</translation>
    </message>
</context>
<context>
    <name>DaysField</name>
    <message>
        <location line="+151"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> days</source>
        <translation> days</translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message>
        <location filename="../../ui/sidebar.py" line="+40"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Nothing due in the next 30 days.</source>
        <translation>Nothing due in the next 30 days.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue first, then the next 30 days. Click one to open its case.</source>
        <translation>Overdue first, then the next 30 days. Click one to open its case.</translation>
    </message>
</context>
<context>
    <name>DraftedDialog</name>
    <message>
        <location filename="../../ui/forms/base.py" line="+93"/>
        <source>Discard this draft?</source>
        <translation>Discard this draft?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed in this form will be thrown away.</source>
        <translation>What you typed in this form will be thrown away.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <location filename="../../ui/forms/duplicates.py" line="+133"/>
        <source>%1 and %2, both typed here, are possibly one person.</source>
        <translation>%1 and %2, both typed here, are possibly one person.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is possibly %2, who is already listed here.</source>
        <translation>%1 is possibly %2, who is already listed here.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is possibly the same as %2.</source>
        <translation>%1 is possibly the same as %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possibly the same as %1.</source>
        <translation>Possibly the same as %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why: %1.</source>
        <translation>Why: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use this person</source>
        <translation>Use this person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the existing person %1</source>
        <translation>Use the existing person %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take %1, who is already in the vault, instead of a new person.</source>
        <translation>Take %1, who is already in the vault, instead of a new person.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same person</source>
        <translation>Same person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is the same person as %2</source>
        <translation>%1 is the same person as %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep one person, with %1 as another spelling of the name.</source>
        <translation>Keep one person, with %1 as another spelling of the name.</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../../ui/forms/event_edit.py" line="-49"/>
        <source>Correct an event</source>
        <translation>Correct an event</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Headline:</source>
        <translation>&amp;Headline:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When:</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whe&amp;re:</source>
        <translation>Whe&amp;re:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What &amp;happened:</source>
        <translation>What &amp;happened:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>An event needs a headline.</source>
        <translation>An event needs a headline.</translation>
    </message>
</context>
<context>
    <name>EventTreeModel</name>
    <message>
        <location filename="../../ui/models/events.py" line="+40"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened / to whom</source>
        <translation>What happened / to whom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where / by whom</source>
        <translation>Where / by whom</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>date unknown</source>
        <translation>date unknown</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>by %1</source>
        <comment>who did it: a police force, a court</comment>
        <translation>by %1</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <location filename="../../ui/case/events.py" line="+57"/>
        <source>Events and acts</source>
        <translation>Events and acts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the acts under each event</source>
        <translation>Show the acts under each event</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event details</source>
        <translation>Event details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show events of</source>
        <translation>Show events of</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record incident</source>
        <translation>Record incident</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record &amp;incident…</source>
        <translation>Record &amp;incident…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading the chronology…</source>
        <translation>Reading the chronology…</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+10"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>date unknown</source>
        <translation>date unknown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>According to</source>
        <translation>According to</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>E&amp;dit…</source>
        <translation>E&amp;dit…</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>S&amp;how what was done to each person</source>
        <translation>S&amp;how what was done to each person</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Correct or delete the selected event or act</source>
        <translation>Correct or delete the selected event or act</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <location filename="../../ui/case/evidence.py" line="+69"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+161"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-160"/>
        <location line="+159"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+163"/>
        <source>Added</source>
        <translation>Added</translation>
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
        <translation>Evidence files</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence details</source>
        <translation>Evidence details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;files…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add evidence files</source>
        <translation>Add evidence files</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the SHA-256 of the selected file</source>
        <translation>Copy the SHA-256 of the selected file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link the selected file to an event or person</source>
        <translation>Link the selected file to an event or person</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>or drop files anywhere on this case. Files are encrypted into the vault; the originals stay where they are.</source>
        <translation>or drop files anywhere on this case. Files are encrypted into the vault; the originals stay where they are.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No evidence yet.</source>
        <translation>No evidence yet.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Decrypting the preview…</source>
        <translation>Decrypting the preview…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No preview for this kind of file.</source>
        <translation>No preview for this kind of file.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This image cannot be shown.</source>
        <translation>This image cannot be shown.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Captured</source>
        <translation>Captured</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture size</source>
        <translation>Picture size</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPS position</source>
        <translation>GPS position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recorded in the file (kept here, removed on export)</source>
        <translation>recorded in the file (kept here, removed on export)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brought by</source>
        <translation>Brought by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked to</source>
        <translation>Linked to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custody trail</source>
        <translation>Custody trail</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>&amp;Describe…</source>
        <translation>&amp;Describe…</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Cop&amp;y SHA-256</source>
        <translation>Cop&amp;y SHA-256</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lin&amp;k to…</source>
        <translation>Lin&amp;k to…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the selected file</source>
        <translation>Describe the selected file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected file</source>
        <translation>Delete the selected file</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Copies made for packs</source>
        <translation>Copies made for packs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>metadata-free copy</source>
        <translation>metadata-free copy</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+7"/>
        <source>Describe evidence</source>
        <translation>Describe evidence</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>What “%1” shows:</source>
        <translation>What “%1” shows:</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+16"/>
        <location line="+7"/>
        <source>Delete evidence</source>
        <translation>Delete evidence</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>“%1” will be deleted: its encrypted file is overwritten and removed from the vault, and cannot be brought back.</source>
        <translation>“%1” will be deleted: its encrypted file is overwritten and removed from the vault, and cannot be brought back.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What remains: its SHA-256 and its custody trail (%1) stay in the audit log, so that its history can still be shown.</source>
        <translation>What remains: its SHA-256 and its custody trail (%1) stay in the audit log, so that its history can still be shown.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its links to events and people (%1) are removed.</source>
        <translation>Its links to events and people (%1) are removed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copies made of it for packs (%1) are deleted too.</source>
        <translation>The copies made of it for packs (%1) are deleted too.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete for good</source>
        <translation>Delete for good</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <location filename="../../ui/screens/firstrun.py" line="+65"/>
        <source>Create your Casefile vault</source>
        <translation>Create your Casefile vault</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything you record is kept encrypted in one folder on this computer. Nobody can open it without your passphrase: not us, not someone who takes the laptop. Choose a passphrase of four or more unrelated words, and remember which keyboard layout you type it in.</source>
        <translation>Everything you record is kept encrypted in one folder on this computer. Nobody can open it without your passphrase: not us, not someone who takes the laptop. Choose a passphrase of four or more unrelated words, and remember which keyboard layout you type it in.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vault folder: %1</source>
        <translation>Vault folder: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat the passphrase</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show what I type</source>
        <translation>Show what I type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the passphrase</source>
        <translation>Show the passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Bind this vault to this computer</source>
        <translation>Bind this vault to this computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer&apos;s keychain then holds a second key. A copy of the vault folder (a backup, a USB stick, a disk image) will not open anywhere else, even with the passphrase. It does not help if this laptop itself is seized while you are logged in. If the computer breaks or is reinstalled, only the recovery code opens the vault.</source>
        <translation>This computer&apos;s keychain then holds a second key. A copy of the vault folder (a backup, a USB stick, a disk image) will not open anywhere else, even with the passphrase. It does not help if this laptop itself is seized while you are logged in. If the computer breaks or is reinstalled, only the recovery code opens the vault.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;vault</source>
        <translation>Create &amp;vault</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;demo vault instead</source>
        <translation>Open the &amp;demo vault instead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A practice vault with the Atajurt activists&apos; case.</source>
        <translation>A practice vault with the Atajurt activists&apos; case.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Four or more unrelated words make a strong passphrase.</source>
        <translation>Four or more unrelated words make a strong passphrase.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two passphrases differ; type the same passphrase twice.</source>
        <translation>The two passphrases differ; type the same passphrase twice.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Creating the vault… This takes a few seconds: the passphrase is stretched so that guessing it is slow.</source>
        <translation>Creating the vault… This takes a few seconds: the passphrase is stretched so that guessing it is slow.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Write down your recovery code</source>
        <translation>Write down your recovery code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you forget the passphrase, this code is the only other way into the vault. Write it on paper now and keep the paper away from this computer. It is shown only once.</source>
        <translation>If you forget the passphrase, this code is the only other way into the vault. Write it on paper now and keep the paper away from this computer. It is shown only once.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have written it down: &amp;continue</source>
        <translation>I have written it down: &amp;continue</translation>
    </message>
</context>
<context>
    <name>HearingForm</name>
    <message>
        <location filename="../../ui/forms/proceeding.py" line="+104"/>
        <source>Correct a hearing</source>
        <translation>Correct a hearing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a hearing</source>
        <translation>Add a hearing</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Proceeding:</source>
        <translation>&amp;Proceeding:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;lace:</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Taldykorgan</source>
        <translation>e.g. Taldykorgan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not known yet)</source>
        <translation>(not known yet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next hearing:</source>
        <translation>&amp;Next hearing:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed doors:</source>
        <translation>Closed doors:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held &amp;behind closed doors</source>
        <translation>Held &amp;behind closed doors</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source&apos;s &amp;words:</source>
        <translation>Source&apos;s &amp;words:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. “The first hearing is scheduled … on 21 January 2026.”</source>
        <translation>e.g. “The first hearing is scheduled … on 21 January 2026.”</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../ui/forms/incident.py" line="+102"/>
        <source>Record an incident</source>
        <translation>Record an incident</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>13.11.2025, late November 2025, summer 2025…</source>
        <translation>13.11.2025, late November 2025, summer 2025…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the date was understood</source>
        <translation>How the date was understood</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town, region, or “near the Kazakhstan–China border”</source>
        <translation>Town, region, or “near the Kazakhstan–China border”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind of incident</source>
        <translation>Kind of incident</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened, in your own words.</source>
        <translation>What happened, in your own words.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Who: type a name</source>
        <translation>Who: type a name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name, Enter to add it (several: separate with commas)</source>
        <translation>Type a name, Enter to add it (several: separate with commas)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add the typed name</source>
        <translation>Add the typed name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People and what was done to each</source>
        <translation>People and what was done to each</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Done by</source>
        <translation>Done by</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+110"/>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+106"/>
        <source>(no source yet)</source>
        <translation>(no source yet)</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Form status</source>
        <translation>Form status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your typing is kept as a draft inside the vault.</source>
        <translation>Your typing is kept as a draft inside the vault.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save  (Ctrl+Enter)</source>
        <translation>&amp;Save  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>What h&amp;appened:</source>
        <translation>What h&amp;appened:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wh&amp;o:</source>
        <translation>Wh&amp;o:</translation>
    </message>
    <message>
        <location line="+341"/>
        <source>Nobody is listed yet: type who it happened to in Who and press Enter there. To save an incident that names nobody, press Ctrl+Enter.</source>
        <translation>Nobody is listed yet: type who it happened to in Who and press Enter there. To save an incident that names nobody, press Ctrl+Enter.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter in Who adds a name; it does not save. Press Ctrl+Enter to save, or Tab to the next field.</source>
        <translation>Enter in Who adds a name; it does not save. Press Ctrl+Enter to save, or Tab to the next field.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a name in Who, then press Enter to add it.</source>
        <translation>Type a name in Who, then press Enter to add it.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is typed in Who but not added: press Enter there to add it, or clear the field.</source>
        <translation>“%1” is typed in Who but not added: press Enter there to add it, or clear the field.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save as new people?</source>
        <translation>Save as new people?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 may be someone already known (see the warning under the list). If it is, choose “Use this person” or “Same person” instead, so that their records stay together.</source>
        <translation>%1 may be someone already known (see the warning under the list). If it is, choose “Use this person” or “Same person” instead, so that their records stay together.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as new people</source>
        <translation>Save as new people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <location line="-413"/>
        <source>Save the incident</source>
        <translation>Save the incident</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;When:</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whe&amp;re:</source>
        <translation>Whe&amp;re:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Headline:</source>
        <translation>&amp;Headline:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done &amp;by:</source>
        <translation>Done &amp;by:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>According &amp;to:</source>
        <translation>According &amp;to:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What was done to them</source>
        <translation>What was done to them</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+167"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Type the date the way a source gives it.</source>
        <translation>Type the date the way a source gives it.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>%1 (new person)</source>
        <translation>%1 (new person)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What was done to %1</source>
        <translation>What was done to %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>  (used if you leave this empty)</source>
        <translation>  (used if you leave this empty)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Restored your unsaved draft.</source>
        <translation>Restored your unsaved draft.</translation>
    </message>
</context>
<context>
    <name>IntakeRow</name>
    <message>
        <location filename="../../ui/case/intake.py" line="+40"/>
        <source>Progress of %1</source>
        <translation>Progress of %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting…</source>
        <translation>Waiting…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel adding %1</source>
        <translation>Cancel adding %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled; nothing was kept.</source>
        <translation>Cancelled; nothing was kept.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypting into the vault…</source>
        <translation>Encrypting into the vault…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stored, %1. SHA-256: %2</source>
        <translation>Stored, %1. SHA-256: %2</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../ui/forms/link.py" line="+31"/>
        <source>Link evidence</source>
        <translation>Link evidence</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type a name, a word of a title or a date; Enter ticks the only match</source>
        <translation>Type a name, a word of a title or a date; Enter ticks the only match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find an event or a person</source>
        <translation>Find an event or a person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events and people of the case</source>
        <translation>Events and people of the case</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save links</source>
        <translation>Save links</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What “%1” shows or concerns:</source>
        <translation>What “%1” shows or concerns:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>date unknown</source>
        <translation>date unknown</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event: %1</source>
        <translation>Event: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Person: %1</source>
        <translation>Person: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window.py" line="+157"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New recovery c&amp;ode…</source>
        <translation>New recovery c&amp;ode…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Panic wipe…</source>
        <translation>&amp;Panic wipe…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record incident…</source>
        <translation>&amp;Record incident…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;person…</source>
        <translation>Add &amp;person…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add evidence &amp;files…</source>
        <translation>Add evidence &amp;files…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;New case…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the interface</source>
        <translation>Language of the interface</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>This is the demo vault. Its passphrase is: %1</source>
        <translation>This is the demo vault. Its passphrase is: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Creating the demo vault…</source>
        <translation>Creating the demo vault…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>An evidence intake was stopped by the lock; nothing of it was kept. Add the file again.</source>
        <translation>An evidence intake was stopped by the lock; nothing of it was kept. Add the file again.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>There is no vault here: nothing to wipe.</source>
        <translation>There is no vault here: nothing to wipe.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The vault&apos;s keys were destroyed: nothing can open it any more. Some of its files could not be removed (%1); delete the folder %2.</source>
        <translation>The vault&apos;s keys were destroyed: nothing can open it any more. Some of its files could not be removed (%1); delete the folder %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was wiped: %1 The vault still opens with its passphrase.</source>
        <translation>Nothing was wiped: %1 The vault still opens with its passphrase.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault was wiped: its keys were destroyed and its files removed.</source>
        <translation>The vault was wiped: its keys were destroyed and its files removed.</translation>
    </message>
    <message>
        <location line="-350"/>
        <source>&amp;Wipe after failed unlocks…</source>
        <translation>&amp;Wipe after failed unlocks…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Vie&amp;w</source>
        <translation>Vie&amp;w</translation>
    </message>
    <message>
        <location line="+233"/>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>After %1 failed unlocks</source>
        <translation>After %1 failed unlocks</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <location line="+12"/>
        <source>Wipe after failed unlocks</source>
        <translation>Wipe after failed unlocks</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Destroy this vault after this many wrong passphrases or recovery codes in a row:</source>
        <translation>Destroy this vault after this many wrong passphrases or recovery codes in a row:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>After %1 wrong attempts in a row the vault is destroyed for good, even if it was you mistyping. A successful unlock starts the count again.</source>
        <translation>After %1 wrong attempts in a row the vault is destroyed for good, even if it was you mistyping. A successful unlock starts the count again.</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Opening the vault</source>
        <translation>Opening the vault</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Vau&amp;lt</source>
        <translation>Vau&amp;lt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add &amp;source…</source>
        <translation>Add &amp;source…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add pr&amp;oceeding…</source>
        <translation>Add pr&amp;oceeding…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;hearing…</source>
        <translation>Add &amp;hearing…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;measure…</source>
        <translation>Add &amp;measure…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;communication…</source>
        <translation>Add &amp;communication…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo last change…</source>
        <translation>&amp;Undo last change…</translation>
    </message>
</context>
<context>
    <name>MeasureForm</name>
    <message>
        <location filename="../../ui/forms/measure.py" line="+26"/>
        <source>Correct a measure</source>
        <translation>Correct a measure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a measure</source>
        <translation>Add a measure</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;People:</source>
        <translation>&amp;People:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Measure:</source>
        <translation>&amp;Measure:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pr&amp;oceeding:</source>
        <translation>Pr&amp;oceeding:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For (&amp;duration):</source>
        <translation>For (&amp;duration):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 10 days, two months</source>
        <translation>e.g. 10 days, two months</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Ends:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extension:</source>
        <translation>Extension:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xtends the measure of this kind in force</source>
        <translation>E&amp;xtends the measure of this kind in force</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;State:</source>
        <translation>&amp;State:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not known)</source>
        <translation>(not known)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source&apos;s &amp;words:</source>
        <translation>Source&apos;s &amp;words:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. “remanded in custody for 10 days”</source>
        <translation>e.g. “remanded in custody for 10 days”</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give the end, or the start and a duration (days, weeks, months).</source>
        <translation>Give the end, or the start and a duration (days, weeks, months).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ends %1 (from the start and the duration).</source>
        <translation>Ends %1 (from the start and the duration).</translation>
    </message>
</context>
<context>
    <name>NewRecoveryCodeDialog</name>
    <message>
        <location filename="../../ui/recovery_dialog.py" line="+31"/>
        <source>New recovery code</source>
        <translation>New recovery code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write down your new recovery code</source>
        <translation>Write down your new recovery code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It replaces the old code once you have typed its last group below: from then on the old code no longer opens the vault. Until then, or if you cancel, the old code stays in force.</source>
        <translation>It replaces the old code once you have typed its last group below: from then on the old code no longer opens the vault. Until then, or if you cancel, the old code stays in force.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have written it down: &amp;replace the old code</source>
        <translation>I have written it down: &amp;replace the old code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Making a new code… This takes a few seconds.</source>
        <translation>Making a new code… This takes a few seconds.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Recovery code not confirmed</source>
        <translation>Recovery code not confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When this vault was made, its recovery code was shown but Casefile was closed before you confirmed writing it down. If you forget the passphrase, only that code opens the vault. Make a new recovery code now and write it down?</source>
        <translation>When this vault was made, its recovery code was shown but Casefile was closed before you confirmed writing it down. If you forget the passphrase, only that code opens the vault. Make a new recovery code now and write it down?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make a new code</source>
        <translation>Make a new code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind me next time</source>
        <translation>Remind me next time</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../ui/case/overview.py" line="+56"/>
        <source>Case summary</source>
        <translation>Case summary</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counts</source>
        <translation>Counts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+33"/>
        <source>People at risk</source>
        <translation>People at risk</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Next deadlines of this case</source>
        <translation>Next deadlines of this case</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>date unknown</source>
        <translation>date unknown</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+15"/>
        <source>Latest events</source>
        <translation>Latest events</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Next deadlines</source>
        <translation>Next deadlines</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> (passed)</source>
        <translation> (passed)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reading who is at risk…</source>
        <translation>Reading who is at risk…</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <location filename="../../ui/packs/pack_dialog.py" line="+34"/>
        <source>Handoff pack</source>
        <translation>Handoff pack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Produce</source>
        <translation>Produce</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No trusted partner yet. Import your partner&apos;s contact card and confirm its fingerprint first.</source>
        <translation>No trusted partner yet. Import your partner&apos;s contact card and confirm its fingerprint first.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redaction profile</source>
        <translation>Redaction profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the report in the pack</source>
        <translation>Language of the report in the pack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the redacted &amp;report (PDF)</source>
        <translation>Include the redacted &amp;report (PDF)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send &amp;original evidence files (with their metadata) instead of metadata-free copies</source>
        <translation>Send &amp;original evidence files (with their metadata) instead of metadata-free copies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partners who can open the pack</source>
        <translation>Partners who can open the pack</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Case:</source>
        <translation>&amp;Case:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report &amp;language:</source>
        <translation>Report &amp;language:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A pack is one encrypted file that only the partners you choose can open, signed by this vault so that they can check nothing was changed on the way.</source>
        <translation>A pack is one encrypted file that only the partners you choose can open, signed by this vault so that they can check nothing was changed on the way.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Encrypt for these partners:</source>
        <translation>&amp;Encrypt for these partners:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Partner: names shown, secrets left out</source>
        <translation>Partner: names shown, secrets left out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal: everything, originals included</source>
        <translation>Internal: everything, originals included</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public: non-consenting people pseudonymised</source>
        <translation>Public: non-consenting people pseudonymised</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What the pack will hold</source>
        <translation>What the pack will hold</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pack will hold</source>
        <translation>The pack will hold</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved pack</source>
        <translation>Saved pack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack id</source>
        <translation>Pack id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 of the pack</source>
        <translation>SHA-256 of the pack</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details of the pack</source>
        <translation>Details of the pack</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved to:</source>
        <translation>Saved to:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack id:</source>
        <translation>Pack id:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1    %2  (not trusted yet: confirm its fingerprint in Contact cards)</source>
        <translation>%1    %2  (not trusted yet: confirm its fingerprint in Contact cards)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Make pack…</source>
        <translation>&amp;Make pack…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only these partners can open it:</source>
        <translation>Only these partners can open it:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile: %1</source>
        <translation>Profile: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The redacted report (PDF, %1): %2 of %3 people under a pseudonym, %4 values hidden</source>
        <translation>The redacted report (PDF, %1): %2 of %3 people under a pseudonym, %4 values hidden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No report</source>
        <translation>No report</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No evidence files in this case</source>
        <translation>No evidence files in this case</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a copy of its text, with hidden names, contacts and places withheld</source>
        <translation>a copy of its text, with hidden names, contacts and places withheld</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>too large for a metadata-free copy. Tick to send the original, with its metadata, instead</source>
        <translation>too large for a metadata-free copy. Tick to send the original, with its metadata, instead</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too large for a metadata-free copy, and a public pack never carries originals</source>
        <translation>too large for a metadata-free copy, and a public pack never carries originals</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>no metadata-free copy could be made of it</source>
        <translation>no metadata-free copy could be made of it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out: %1 (%2)</source>
        <translation>Left out: %1 (%2)</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>The custody trail of each evidence file, and this vault&apos;s signature</source>
        <translation>The custody trail of each evidence file, and this vault&apos;s signature</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Contact car&amp;ds…</source>
        <translation>Contact car&amp;ds…</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Re&amp;view…</source>
        <translation>Re&amp;view…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Evidence that will go (%1):</source>
        <translation>Evidence that will go (%1):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>metadata-free copy (with the original&apos;s SHA-256)</source>
        <translation>metadata-free copy (with the original&apos;s SHA-256)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the original, with its metadata</source>
        <translation>the original, with its metadata</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evidence that will NOT go (%1):</source>
        <translation>Evidence that will NOT go (%1):</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+84"/>
        <source>its file is not in this vault (imported as a record only)</source>
        <translation>its file is not in this vault (imported as a record only)</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>no metadata-free copy can be made of this kind of file (%1). Tick to send the original, with its metadata, instead</source>
        <translation>no metadata-free copy can be made of this kind of file (%1). Tick to send the original, with its metadata, instead</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no metadata-free copy can be made of this kind of file (%1), and a public pack never carries originals</source>
        <translation>no metadata-free copy can be made of this kind of file (%1), and a public pack never carries originals</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save the pack as</source>
        <translation>Save the pack as</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Casefile packs (*.casefile-pack)</source>
        <translation>Casefile packs (*.casefile-pack)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Encrypting and signing the pack…</source>
        <translation>Encrypting and signing the pack…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The pack was saved. Send it any way you like; tell your partner its SHA-256 by another channel.</source>
        <translation>The pack was saved. Send it any way you like; tell your partner its SHA-256 by another channel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 bytes, %2 files inside</source>
        <translation>%1 bytes, %2 files inside</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancelled. No pack was saved.</source>
        <translation>Cancelled. No pack was saved.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No pack was saved.</source>
        <translation>No pack was saved.</translation>
    </message>
</context>
<context>
    <name>PeopleField</name>
    <message>
        <location filename="../../ui/forms/fields.py" line="+146"/>
        <source>Type part of a name, Enter to tick; Space ticks in the list</source>
        <translation>Type part of a name, Enter to tick; Space ticks in the list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a person</source>
        <translation>Find a person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People of the case</source>
        <translation>People of the case</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tick at least one person.</source>
        <translation>Tick at least one person.</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../ui/case/people.py" line="+26"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other spellings</source>
        <translation>Other spellings</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People in this case</source>
        <translation>People in this case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person details</source>
        <translation>Person details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add person…</source>
        <translation>&amp;Add person…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location line="+40"/>
        <source> until %1</source>
        <translation> until %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Spellings</source>
        <translation>Spellings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent to be named publicly</source>
        <translation>Consent to be named publicly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What was done to them</source>
        <translation>What was done to them</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>E&amp;dit…</source>
        <translation>E&amp;dit…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct or delete the selected person</source>
        <translation>Correct or delete the selected person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add meas&amp;ure…</source>
        <translation>Add meas&amp;ure…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a measure for the selected person</source>
        <translation>Add a measure for the selected person</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/forms/person.py" line="+135"/>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Name, as written</source>
        <translation>Name, as written</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+88"/>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Name as written</source>
        <translation>Name as written</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+85"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Kind of spelling</source>
        <translation>Kind of spelling</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add another &amp;spelling</source>
        <translation>Add another &amp;spelling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another spelling</source>
        <translation>Add another spelling</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Individual or group</source>
        <translation>Individual or group</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who this is</source>
        <translation>Who this is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Atajurt activist from Almaty region; for a group, who is in it</source>
        <translation>e.g. Atajurt activist from Almaty region; for a group, who is in it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role in this case</source>
        <translation>Role in this case</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Has agreed to be named in public reports</source>
        <translation>Has agreed to be named in public reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to be named publicly</source>
        <translation>Consent to be named publicly</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the person</source>
        <translation>Save the person</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Keep every spelling as the source wrote it; add transliterations as further rows. The first row is the main one.</source>
        <translation>Keep every spelling as the source wrote it; add transliterations as further rows. The first row is the main one.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Names:</source>
        <translation>Names:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Individual or group:</source>
        <translation>&amp;Individual or group:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who they are:</source>
        <translation>&amp;Who they are:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Role in this case:</source>
        <translation>&amp;Role in this case:</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Restored your unsaved draft.</source>
        <translation>Restored your unsaved draft.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save as a new person?</source>
        <translation>Save as a new person?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 may already be in the vault as %2. If it is the same person, choose “Use this person” instead, so that their records stay together.</source>
        <translation>%1 may already be in the vault as %2. If it is the same person, choose “Use this person” instead, so that their records stay together.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as a new person</source>
        <translation>Save as a new person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
</context>
<context>
    <name>PersonEditDialog</name>
    <message>
        <location filename="../../ui/forms/person_edit.py" line="+38"/>
        <source>Correct a person</source>
        <translation>Correct a person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+108"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This person is also in %1 other case(s): they go from there too.</source>
        <translation>This person is also in %1 other case(s): they go from there too.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete this person?</source>
        <translation>Delete this person?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep them</source>
        <translation>Keep them</translation>
    </message>
</context>
<context>
    <name>PersonFilter</name>
    <message>
        <location filename="../../ui/case/events.py" line="-49"/>
        <location line="+7"/>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
</context>
<context>
    <name>ProceedingForm</name>
    <message>
        <location filename="../../ui/forms/proceeding.py" line="-112"/>
        <source>Correct a proceeding</source>
        <translation>Correct a proceeding</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a proceeding</source>
        <translation>Add a proceeding</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Criminal case against 19 activists under art. 174(2)</source>
        <translation>e.g. Criminal case against 19 activists under art. 174(2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ourt:</source>
        <translation>C&amp;ourt:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Specialised criminal court</source>
        <translation>e.g. Specialised criminal court</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case &amp;number:</source>
        <translation>Case &amp;number:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Charges:</source>
        <translation>&amp;Charges:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One per line, e.g. Criminal Code art. 174(2)</source>
        <translation>One per line, e.g. Criminal Code art. 174(2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Stage:</source>
        <translation>&amp;Stage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not known)</source>
        <translation>(not known)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;fendants:</source>
        <translation>De&amp;fendants:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source&apos;s &amp;words:</source>
        <translation>Source&apos;s &amp;words:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the source says (optional)</source>
        <translation>What the source says (optional)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A proceeding needs a title.</source>
        <translation>A proceeding needs a title.</translation>
    </message>
</context>
<context>
    <name>ProceedingsTab</name>
    <message>
        <location filename="../../ui/case/proceedings.py" line="+35"/>
        <source>Proceeding</source>
        <translation>Proceeding</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+128"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed doors</source>
        <translation>Closed doors</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (passed)</source>
        <translation> (passed)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+33"/>
        <source>Proceedings</source>
        <translation>Proceedings</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Proceeding details</source>
        <translation>Proceeding details</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Hearings</source>
        <translation>Hearings</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New proceed&amp;ing…</source>
        <translation>New proceed&amp;ing…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Measures (detention, house arrest) and when they expire</source>
        <translation>Measures (detention, house arrest) and when they expire</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>extended</source>
        <translation>extended</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court</source>
        <translation>Court</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charges</source>
        <translation>Charges</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Add a proceeding</source>
        <translation>Add a proceeding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;hearing…</source>
        <translation>New &amp;hearing…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a hearing</source>
        <translation>Add a hearing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New meas&amp;ure…</source>
        <translation>New meas&amp;ure…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a measure (detention, house arrest, extension)</source>
        <translation>Add a measure (detention, house arrest, extension)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;dit…</source>
        <translation>E&amp;dit…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct or delete the selected line</source>
        <translation>Correct or delete the selected line</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../ui/steps.py" line="+79"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../ui/packs/receive_dialog.py" line="+27"/>
        <source>Verify or receive a pack</source>
        <translation>Verify or receive a pack</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the pack</source>
        <translation>Choose the pack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check it</source>
        <translation>Check it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receive</source>
        <translation>Receive</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pack file</source>
        <translation>Pack file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose pack file…</source>
        <translation>C&amp;hoose pack file…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pack is checked completely first: that it was made for this vault, who signed it, and the SHA-256 of every file in it. Nothing is kept until you choose to receive it, and then everything or nothing is.</source>
        <translation>The pack is checked completely first: that it was made for this vault, who signed it, and the SHA-256 of every file in it. Nothing is kept until you choose to receive it, and then everything or nothing is.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pack:</source>
        <translation>Pack:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 of the pack file</source>
        <translation>SHA-256 of the pack file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What verification found</source>
        <translation>What verification found</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Persons who may already be in this vault</source>
        <translation>Persons who may already be in this vault</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pack names these persons in spellings close to persons you already have. Merge a person only if you are sure it is the same one: the pack&apos;s spellings become aliases, and each fact keeps the sender it came from.</source>
        <translation>The pack names these persons in spellings close to persons you already have. Merge a person only if you are sure it is the same one: the pack&apos;s spellings become aliases, and each fact keeps the sender it came from.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What was received</source>
        <translation>What was received</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a pack file</source>
        <translation>Choose a pack file</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Verify…</source>
        <translation>&amp;Verify…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Receive into this vault</source>
        <translation>&amp;Receive into this vault</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Checking the pack…</source>
        <translation>Checking the pack…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every check passed, and this pack was already received on %1: there is nothing new to receive.</source>
        <translation>Every check passed, and this pack was already received on %1: there is nothing new to receive.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every check passed. You can receive this pack.</source>
        <translation>Every check passed. You can receive this pack.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 checks failed. Do not rely on this pack; nothing of it was kept.</source>
        <translation>%1 checks failed. Do not rely on this pack; nothing of it was kept.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>trusted</source>
        <translation>trusted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT trusted</source>
        <translation>NOT trusted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signature valid</source>
        <translation>signature valid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>signature NOT valid</source>
        <translation>signature NOT valid</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case %1, profile %2, made %3</source>
        <translation>Case %1, profile %2, made %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+72"/>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Keep as a separate person</source>
        <translation>Keep as a separate person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (in the pack)</source>
        <translation>%1 (in the pack)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to do with %1</source>
        <translation>What to do with %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge into %1 (%2)</source>
        <translation>Merge into %1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checking again and receiving…</source>
        <translation>Checking again and receiving…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Received. A new case was created from the pack.</source>
        <translation>Received. A new case was created from the pack.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received into the existing case.</source>
        <translation>Received into the existing case.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From %1  %2</source>
        <translation>From %1  %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 evidence files stored in this vault</source>
        <translation>%1 evidence files stored in this vault</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pack SHA-256 %1 (kept in the custody trail)</source>
        <translation>Pack SHA-256 %1 (kept in the custody trail)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A person of the pack was merged into %1</source>
        <translation>A person of the pack was merged into %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 persons of the pack who may already be here were kept separate</source>
        <translation>%1 persons of the pack who may already be here were kept separate</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled; nothing was received.</source>
        <translation>Cancelled; nothing was received.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was received.</source>
        <translation>Nothing was received.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/forms/record.py" line="+63"/>
        <source>Form status</source>
        <translation>Form status</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>(no source yet)</source>
        <translation>(no source yet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>According to</source>
        <translation>According to</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>New so&amp;urce…</source>
        <translation>New so&amp;urce…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a new source, e.g. an interview</source>
        <translation>Add a new source, e.g. an interview</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Accordin&amp;g to:</source>
        <translation>Accordin&amp;g to:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+116"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Your typing is kept as a draft inside the vault.</source>
        <translation>Your typing is kept as a draft inside the vault.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Restored your unsaved draft.</source>
        <translation>Restored your unsaved draft.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Delete this record?</source>
        <translation>Delete this record?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This %1 will be deleted.</source>
        <translation>This %1 will be deleted.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With it go: %1.</source>
        <translation>With it go: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo (Ctrl+Z) brings everything back.</source>
        <translation>Undo (Ctrl+Z) brings everything back.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <location filename="../../ui/screens/recovery_code.py" line="+29"/>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last group of the recovery code</source>
        <translation>Last group of the recovery code</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>To check you have it, type its last group of four characters:</source>
        <translation>To check you have it, type its last group of four characters:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>That is not the last group.</source>
        <translation>That is not the last group.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/reports/dialog.py" line="+62"/>
        <source>Redacted report</source>
        <translation>Redacted report</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review what will be hidden</source>
        <translation>Review what will be hidden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Produce</source>
        <translation>Produce</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who will read the report</source>
        <translation>Who will read the report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the report</source>
        <translation>Language of the report</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Case:</source>
        <translation>&amp;Case:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Readers:</source>
        <translation>&amp;Readers:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report is redacted in its data before any page is drawn, and the finished file is checked for every hidden name and value before it is saved. You will see what is hidden before you produce it.</source>
        <translation>The report is redacted in its data before any page is drawn, and the finished file is checked for every hidden name and value before it is saved. You will see what is hidden before you produce it.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Public: anyone (press, public UN documents)</source>
        <translation>Public: anyone (press, public UN documents)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner: a trusted organisation</source>
        <translation>Partner: a trusted organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal: your own team only</source>
        <translation>Internal: your own team only</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>People who have not consented to be named are shown by a pseudonym; contacts, addresses, health and other sensitive details are left out.</source>
        <translation>People who have not consented to be named are shown by a pseudonym; contacts, addresses, health and other sensitive details are left out.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Names are shown; secrets (sources&apos; identities, contacts, addresses, coordinates) are left out.</source>
        <translation>Names are shown; secrets (sources&apos; identities, contacts, addresses, coordinates) are left out.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything is shown. Never give this report to anyone outside your team.</source>
        <translation>Everything is shown. Never give this report to anyone outside your team.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>People in the report</source>
        <translation>People in the report</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Values hidden from the report</source>
        <translation>Values hidden from the report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the report includes</source>
        <translation>What the report includes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tick “Pseudonymise” to hide a person&apos;s name behind a pseudonym; untick it to print their name. Print a name only with that person&apos;s consent: it can put them in danger.</source>
        <translation>Tick “Pseudonymise” to hide a person&apos;s name behind a pseudonym; untick it to print their name. Print a name only with that person&apos;s consent: it can put them in danger.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hidden</source>
        <translation>Hidden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Included</source>
        <translation>Included</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved report</source>
        <translation>Saved report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 of the report</source>
        <translation>SHA-256 of the report</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to:</source>
        <translation>Saved to:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Produce report…</source>
        <translation>&amp;Produce report…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>consented to be named</source>
        <translation>consented to be named</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no consent to be named in public</source>
        <translation>no consent to be named in public</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your choice</source>
        <translation>your choice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this profile shows names</source>
        <translation>this profile shows names</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pseudonymise</source>
        <translation>Pseudonymise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in this vault</source>
        <translation>Name in this vault</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the report</source>
        <translation>In the report</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pseudonymised</source>
        <translation>Pseudonymised</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name shown</source>
        <translation>Name shown</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 of %2 — hidden: %3</source>
        <translation>%1 of %2 — hidden: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 names removed from free text</source>
        <translation>%1 names removed from free text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 linked entries left out (they would point to a hidden person or value)</source>
        <translation>%1 linked entries left out (they would point to a hidden person or value)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 image regions blacked out</source>
        <translation>%1 image regions blacked out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is hidden at this profile.</source>
        <translation>Nothing is hidden at this profile.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 proceedings, %2 hearings, %3 measures</source>
        <translation>%1 proceedings, %2 hearings, %3 measures</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2 people will appear under a pseudonym; %3 values are hidden. Language of the report: %4.</source>
        <translation>%1 of %2 people will appear under a pseudonym; %3 values are hidden. Language of the report: %4.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Save the report as</source>
        <translation>Save the report as</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Building, checking and saving the report…</source>
        <translation>Building, checking and saving the report…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report passed the leak check and was saved.</source>
        <translation>The report passed the leak check and was saved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 pages</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled. No report was saved.</source>
        <translation>Cancelled. No report was saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No report was saved.</source>
        <translation>No report was saved.</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>Show these values in this report (only if they need not be secret)</source>
        <translation>Show these values in this report (only if they need not be secret)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Re&amp;view…</source>
        <translation>Re&amp;view…</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>A withheld value (%1, field %2) is written like the name of %3, whom the report shows: the name could give it away, and the leak check may refuse the report. Tick “Pseudonymise” for %3, or show these values below.</source>
        <translation>A withheld value (%1, field %2) is written like the name of %3, whom the report shows: the name could give it away, and the leak check may refuse the report. Tick “Pseudonymise” for %3, or show these values below.</translation>
    </message>
</context>
<context>
    <name>ReportFieldNames</name>
    <message>
        <location filename="../../ui/reports/field_names.py" line="+11"/>
        <source>the case</source>
        <translation>the case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people&apos;s names</source>
        <translation>people&apos;s names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people in the case</source>
        <translation>people in the case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>events</source>
        <translation>events</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acts</source>
        <translation>acts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sources</source>
        <translation>sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence</source>
        <translation>evidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the custody trail</source>
        <translation>the custody trail</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>who handled it</source>
        <translation>who handled it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of birth</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who brought it</source>
        <translation>who brought it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>camera data (device, place, time)</source>
        <translation>camera data (device, place, time)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>citizenship</source>
        <translation>citizenship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact details</source>
        <translation>contact details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>map coordinates</source>
        <translation>map coordinates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exact address</source>
        <translation>exact address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gender</source>
        <translation>gender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health notes</source>
        <translation>health notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>informant</source>
        <translation>informant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where it came from</source>
        <translation>where it came from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file name</source>
        <translation>file name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>name</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../../ui/search_panel.py" line="+18"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communications</source>
        <translation>Communications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Search is not available: %1</source>
        <translation>Search is not available: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing found for “%1”.</source>
        <translation>Nothing found for “%1”.</translation>
    </message>
</context>
<context>
    <name>ShareMenu</name>
    <message>
        <location filename="../../ui/packs/__init__.py" line="+66"/>
        <source>Handoff &amp;pack…</source>
        <translation>Handoff &amp;pack…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Verify or receive a pack…</source>
        <translation>&amp;Verify or receive a pack…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Contact cards…</source>
        <translation>&amp;Contact cards…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/__init__.py" line="+35"/>
        <source>Redacted &amp;report…</source>
        <translation>Redacted &amp;report…</translation>
    </message>
    <message>
        <location filename="../../ui/share.py" line="+28"/>
        <source>&amp;Share</source>
        <translation>&amp;Share</translation>
    </message>
    <message>
        <location filename="../../ui/uwazi_dialog.py" line="+259"/>
        <source>Export for &amp;Uwazi…</source>
        <translation>Export for &amp;Uwazi…</translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <location filename="../../ui/forms/source.py" line="+19"/>
        <source>Correct a source</source>
        <translation>Correct a source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a source</source>
        <translation>Add a source</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Interview with a relative, 2 December 2025</source>
        <translation>e.g. Interview with a relative, 2 December 2025</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Author:</source>
        <translation>&amp;Author:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation, mandate or interviewer</source>
        <translation>Organisation, mandate or interviewer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. AL KAZ 2/2026</source>
        <translation>e.g. AL KAZ 2/2026</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;liability:</source>
        <translation>Re&amp;liability:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not assessed)</source>
        <translation>(not assessed)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Who told us:</source>
        <translation>&amp;Who told us:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret: kept in the vault, removed from every report and pack</source>
        <translation>Secret: kept in the vault, removed from every report and pack</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A source needs a title.</source>
        <translation>A source needs a title.</translation>
    </message>
</context>
<context>
    <name>SourcesTab</name>
    <message>
        <location filename="../../ui/case/sources.py" line="+40"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliability</source>
        <translation>Reliability</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Says</source>
        <translation>Says</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+18"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>What this source says</source>
        <translation>What this source says</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>Where sources disagree</source>
        <translation>Where sources disagree</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>What the selected source says</source>
        <translation>What the selected source says</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hover a line for the source&apos;s own words; double-click to open the fact.</source>
        <translation>Hover a line for the source&apos;s own words; double-click to open the fact.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Hearing of %1</source>
        <translation>Hearing of %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No disagreement between sources is recorded.</source>
        <translation>No disagreement between sources is recorded.</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>&amp;Add source…</source>
        <translation>&amp;Add source…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a source</source>
        <translation>Add a source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;dit…</source>
        <translation>E&amp;dit…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct or delete the selected source</source>
        <translation>Correct or delete the selected source</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../ui/steps.py" line="+38"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+58"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Step %1 of %2: %3</source>
        <translation>Step %1 of %2: %3</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>TickField</name>
    <message>
        <location filename="../../ui/forms/fields.py" line="-44"/>
        <source>Ticked: %1</source>
        <translation>Ticked: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Tick at least one.</source>
        <translation>Tick at least one.</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <location filename="../../ui/case/timeline.py" line="+60"/>
        <source>Timeline of events</source>
        <translation>Timeline of events</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location line="-20"/>
        <source>Whole case</source>
        <translation>Whole case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 5 years</source>
        <translation>Last 5 years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 3 months</source>
        <translation>Last 3 months</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>Show the timeline of</source>
        <translation>Show the timeline of</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time span</source>
        <translation>Time span</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>● a known day    ▭ dashed: a fuzzy date (a range such as “late November 2025”)    click an event to open it</source>
        <translation>● a known day    ▭ dashed: a fuzzy date (a range such as “late November 2025”)    click an event to open it</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Span:</source>
        <translation>Span:</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../ui/screens/unlock.py" line="+50"/>
        <source>Casefile is locked</source>
        <translation>Casefile is locked</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>I forgot the passphrase: use the &amp;recovery code</source>
        <translation>I forgot the passphrase: use the &amp;recovery code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the recovery code instead of the passphrase</source>
        <translation>Use the recovery code instead of the passphrase</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Panic wipe: destroy this vault</source>
        <translation>Panic wipe: destroy this vault</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Panic wipe…  (Ctrl+Shift+Del)</source>
        <translation>&amp;Panic wipe…  (Ctrl+Shift+Del)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Type the recovery code you wrote down (dashes and spaces do not matter).</source>
        <translation>Type the recovery code you wrote down (dashes and spaces do not matter).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type your passphrase to unlock.</source>
        <translation>Type your passphrase to unlock.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock status</source>
        <translation>Unlock status</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>Vault: %1</source>
        <translation>Vault: %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Caps Lock is on.</source>
        <translation>Caps Lock is on.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Caps Lock</source>
        <translation>Caps Lock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard: typing Latin letters (an English layout).</source>
        <translation>Keyboard: typing Latin letters (an English layout).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard: typing Cyrillic letters (a Russian or Kazakh layout).</source>
        <translation>Keyboard: typing Cyrillic letters (a Russian or Kazakh layout).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyboard layout</source>
        <translation>Keyboard layout</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This vault is bound to a computer&apos;s keychain, and no keychain is available here: the passphrase alone cannot open it. Use the recovery code.</source>
        <translation>This vault is bound to a computer&apos;s keychain, and no keychain is available here: the passphrase alone cannot open it. Use the recovery code.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Type the passphrase first.</source>
        <translation>Type the passphrase first.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Finishing the work that was running when Casefile locked…</source>
        <translation>Finishing the work that was running when Casefile locked…</translation>
    </message>
</context>
<context>
    <name>UwaziDialog</name>
    <message>
        <location filename="../../ui/uwazi_dialog.py" line="-221"/>
        <source>Export for Uwazi</source>
        <translation>Export for Uwazi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Produce</source>
        <translation>Produce</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cases to export</source>
        <translation>Cases to export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redaction profile</source>
        <translation>Redaction profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default language of the Uwazi instance</source>
        <translation>Default language of the Uwazi instance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uwazi&apos;s default &amp;language:</source>
        <translation>Uwazi&apos;s default &amp;language:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uwazi (HURIDOCS) imports one zip per template and a CSV per thesaurus. They are made from the same redacted data as a report at the chosen profile, and every cell is checked before anything is written.</source>
        <translation>Uwazi (HURIDOCS) imports one zip per template and a CSV per thesaurus. They are made from the same redacted data as a report at the chosen profile, and every cell is checked before anything is written.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Cases:</source>
        <translation>&amp;Cases:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partner: names shown, secrets left out</source>
        <translation>Partner: names shown, secrets left out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal: everything, original evidence files included</source>
        <translation>Internal: everything, original evidence files included</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public: non-consenting people pseudonymised</source>
        <translation>Public: non-consenting people pseudonymised</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the export will hold</source>
        <translation>What the export will hold</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export will hold</source>
        <translation>The export will hold</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export folder</source>
        <translation>Export folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files written</source>
        <translation>Files written</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved to:</source>
        <translation>Saved to:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Re&amp;view…</source>
        <translation>Re&amp;view…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Profile: %1</source>
        <translation>Profile: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uwazi&apos;s default language: %1</source>
        <translation>Uwazi&apos;s default language: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 people under a pseudonym, %3 values hidden, %4 names removed from free text</source>
        <translation>%1 of %2 people under a pseudonym, %3 values hidden, %4 names removed from free text</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 evidence files, as originals (with their metadata)</source>
        <translation>%1 evidence files, as originals (with their metadata)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 evidence items: pictures as metadata-free copies; other files and pictures with regions to black out keep their row without the file</source>
        <translation>%1 evidence items: pictures as metadata-free copies; other files and pictures with regions to black out keep their row without the file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The files are not encrypted: keep them off shared disks and delete them once Uwazi has them.</source>
        <translation>The files are not encrypted: keep them off shared disks and delete them once Uwazi has them.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name a new folder for the Uwazi files</source>
        <translation>Name a new folder for the Uwazi files</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Folders (*)</source>
        <translation>Folders (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Writing the Uwazi files…</source>
        <translation>Writing the Uwazi files…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Uwazi files were written. Import them in the order README.txt gives.</source>
        <translation>The Uwazi files were written. Import them in the order README.txt gives.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 bytes, %3 rows</source>
        <translation>%1: %2 bytes, %3 rows</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2 bytes</source>
        <translation>%1: %2 bytes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file for evidence %1: %2</source>
        <translation>No file for evidence %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled. Nothing was written.</source>
        <translation>Cancelled. Nothing was written.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was written.</source>
        <translation>Nothing was written.</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <location filename="../../ui/wipe.py" line="+20"/>
        <source>Panic wipe</source>
        <translation>Panic wipe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was wiped: the word %1 was not typed.</source>
        <translation>Nothing was wiped: the word %1 was not typed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was wiped: the panic wipe was cancelled.</source>
        <translation>Nothing was wiped: the panic wipe was cancelled.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was wiped: “%2” is not the word %1.</source>
        <translation>Nothing was wiped: “%2” is not the word %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The word that confirms the wipe</source>
        <translation>The word that confirms the wipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wipe status</source>
        <translation>Wipe status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wipe now</source>
        <translation>&amp;Wipe now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This destroys the vault for good: every case, person and evidence file in it. Neither the passphrase nor the recovery code will open it again.</source>
        <translation>This destroys the vault for good: every case, person and evidence file in it. Neither the passphrase nor the recovery code will open it again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type %1 and press Enter. Letter case and keyboard layout do not matter: on a Russian or Kazakh layout the same keys type ЦШЗУ.</source>
        <translation>Type %1 and press Enter. Letter case and keyboard layout do not matter: on a Russian or Kazakh layout the same keys type ЦШЗУ.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter wipes the vault now.</source>
        <translation>Enter wipes the vault now.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/workspace.py" line="+56"/>
        <source>Search people, events, evidence, sources…  (Ctrl+F)</source>
        <translation>Search people, events, evidence, sources…  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the vault</source>
        <translation>Search the vault</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record incident  (Ctrl+N)</source>
        <translation>Record incident  (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record an incident</source>
        <translation>Record an incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock  (Ctrl+L)</source>
        <translation>Lock  (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock Casefile now</source>
        <translation>Lock Casefile now</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>No case chosen</source>
        <translation>No case chosen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose or create a case first.</source>
        <translation>Choose or create a case first.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Add evidence files</source>
        <translation>Add evidence files</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+2"/>
        <location line="+7"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>There is no change to undo.</source>
        <translation>There is no change to undo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Undo the correction of a %1 made %2?</source>
        <translation>Undo the correction of a %1 made %2?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring back the %1 deleted %2, with what was deleted with it?</source>
        <translation>Bring back the %1 deleted %2, with what was deleted with it?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the addition of a %1 made %2?</source>
        <translation>Undo the addition of a %1 made %2?</translation>
    </message>
</context>
<context>
    <name>credentials</name>
    <message>
        <location filename="../../ui/case/credentials.py" line="-118"/>
        <source>Signed by a trusted signer; the file is unchanged since.</source>
        <translation>Signed by a trusted signer; the file is unchanged since.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is unchanged since it was signed, but the signer is not on Casefile&apos;s trust list.</source>
        <translation>The file is unchanged since it was signed, but the signer is not on Casefile&apos;s trust list.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is unchanged since it was signed, but the signing certificate was not valid then.</source>
        <translation>The file is unchanged since it was signed, but the signing certificate was not valid then.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is unchanged since it was signed, but the signing certificate was revoked.</source>
        <translation>The file is unchanged since it was signed, but the signing certificate was revoked.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is unchanged since it was signed, but its time stamp could not be trusted.</source>
        <translation>The file is unchanged since it was signed, but its time stamp could not be trusted.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file&apos;s content changed after it was signed.</source>
        <translation>The file&apos;s content changed after it was signed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature does not match the credentials.</source>
        <translation>The signature does not match the credentials.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The credentials fail validation.</source>
        <translation>The credentials fail validation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file points to credentials kept online; Casefile never goes online to fetch them.</source>
        <translation>The file points to credentials kept online; Casefile never goes online to fetch them.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The credentials in the file are damaged or cut short.</source>
        <translation>The credentials in the file are damaged or cut short.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials cannot be read from this kind of file.</source>
        <translation>Credentials cannot be read from this kind of file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The credentials reader stopped on this file.</source>
        <translation>The credentials reader stopped on this file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the credentials took too long and was stopped.</source>
        <translation>Reading the credentials took too long and was stopped.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is too large to check from memory.</source>
        <translation>The file is too large to check from memory.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file carries no Content Credentials.</source>
        <translation>The file carries no Content Credentials.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no name given)</source>
        <translation>(no name given)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intact — signed by %1</source>
        <translation>Intact — signed by %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unchanged since signed — signer not on the trust list: %1</source>
        <translation>Unchanged since signed — signer not on the trust list: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed after it was signed</source>
        <translation>Changed after it was signed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Present but unreadable</source>
        <translation>Present but unreadable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <location filename="../../ui/dates.py" line="+24"/>
        <source>Dates look like %1.</source>
        <translation>Dates look like %1.</translation>
    </message>
</context>
<context>
    <name>deadlines</name>
    <message>
        <location filename="../../ui/sidebar.py" line="-104"/>
        <source>%1 ends: %2</source>
        <comment>%1 a measure (house arrest), %2 who</comment>
        <translation>%1 ends: %2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Hearing: %1</source>
        <translation>Hearing: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next hearing: %1</source>
        <translation>Next hearing: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply due: %1</source>
        <translation>Reply due: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up: %1</source>
        <translation>Follow up: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>OVERDUE · %1</source>
        <translation>OVERDUE · %1</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="+51"/>
        <location line="+53"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <location filename="../../ui/forms/duplicates.py" line="-135"/>
        <source>“%1”</source>
        <comment>a quoted name</comment>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 and %2 are written identically</source>
        <translation>%1 and %2 are written identically</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2 match letter for letter after transliteration</source>
        <translation>%1 and %2 match letter for letter after transliteration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2 match after transliteration</source>
        <translation>%1 and %2 match after transliteration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, in a different order</source>
        <translation>, in a different order</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>but only one name part can be compared</source>
        <translation>but only one name part can be compared</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2 differ only in the ending</source>
        <translation>%1 and %2 differ only in the ending</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2 differ by a small spelling variant</source>
        <translation>%1 and %2 differ by a small spelling variant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has more name parts (%2)</source>
        <translation>%1 has more name parts (%2)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="+23"/>
        <source>Wrong passphrase, or the vault header is damaged.</source>
        <translation>Wrong passphrase, or the vault header is damaged.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong recovery code, or the vault header is damaged.</source>
        <translation>Wrong recovery code, or the vault header is damaged.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong passphrase, or the vault&apos;s database is damaged.</source>
        <translation>Wrong passphrase, or the vault&apos;s database is damaged.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This vault is bound to another computer&apos;s keychain, and that keychain is not available here. Use the recovery code to open it.</source>
        <translation>This vault is bound to another computer&apos;s keychain, and that keychain is not available here. Use the recovery code to open it.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This vault is already open in another Casefile window or process.</source>
        <translation>This vault is already open in another Casefile window or process.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault folder is read-only; Casefile needs to write to it to open the vault.</source>
        <translation>The vault folder is read-only; Casefile needs to write to it to open the vault.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A vault already exists in this folder.</source>
        <translation>A vault already exists in this folder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder for the new vault is not empty; choose an empty or new folder.</source>
        <translation>The folder for the new vault is not empty; choose an empty or new folder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no vault in this folder.</source>
        <translation>There is no vault in this folder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault&apos;s database (casefile.db) is missing.</source>
        <translation>The vault&apos;s database (casefile.db) is missing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault&apos;s evidence folder is missing.</source>
        <translation>The vault&apos;s evidence folder is missing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database does not belong to this vault header.</source>
        <translation>The database does not belong to this vault header.</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+47"/>
        <source>The passphrase is empty.</source>
        <translation>The passphrase is empty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase contains a NUL character, which some keyboards cannot type again.</source>
        <translation>The passphrase contains a NUL character, which some keyboards cannot type again.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>This vault was written by a newer version of Casefile; please update Casefile.</source>
        <translation>This vault was written by a newer version of Casefile; please update Casefile.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This SQLite library has no encryption; refusing to open the vault.</source>
        <translation>This SQLite library has no encryption; refusing to open the vault.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No system keychain is available on this computer; Casefile works with the passphrase alone.</source>
        <translation>No system keychain is available on this computer; Casefile works with the passphrase alone.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keychain could not be read (is it locked?).</source>
        <translation>The system keychain could not be read (is it locked?).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system keychain refused to store the device key.</source>
        <translation>The system keychain refused to store the device key.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That case does not exist in this vault.</source>
        <translation>That case does not exist in this vault.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That evidence item does not exist.</source>
        <translation>That evidence item does not exist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This evidence item&apos;s file is not in this vault (it was imported as a record only).</source>
        <translation>This evidence item&apos;s file is not in this vault (it was imported as a record only).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 Attempts left before this vault is wiped: %2.</source>
        <translation>%1 Attempts left before this vault is wiped: %2.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Another key change is waiting for confirmation; finish or cancel it first.</source>
        <translation>Another key change is waiting for confirmation; finish or cancel it first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Casefile does not understand this date.</source>
        <translation>Casefile does not understand this date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a date word Casefile knows.</source>
        <translation>“%1” is not a date word Casefile knows.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date has no year, or its year is not written in full (2025, not 25).</source>
        <translation>The date has no year, or its year is not written in full (2025, not 25).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no such day in the calendar (such as 31 February, or month 13).</source>
        <translation>There is no such day in the calendar (such as 31 February, or month 13).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The range is not complete: give both ends, the first before the last.</source>
        <translation>The range is not complete: give both ends, the first before the last.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This passphrase is among the first a guessing program tries. Use four or more unrelated words.</source>
        <translation>This passphrase is among the first a guessing program tries. Use four or more unrelated words.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This passphrase could be guessed by a program trying common words and patterns. Use four or more unrelated words.</source>
        <translation>This passphrase could be guessed by a program trying common words and patterns. Use four or more unrelated words.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancelled; nothing was kept.</source>
        <translation>Cancelled; nothing was kept.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The operation stopped unexpectedly.</source>
        <translation>The operation stopped unexpectedly.</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>The passphrase is too short: use at least %1 characters.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The file “%1” is empty; nothing was stored.</source>
        <translation>The file “%1” is empty; nothing was stored.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file “%1” does not exist.</source>
        <translation>The file “%1” does not exist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file “%1” cannot be read (check its permissions).</source>
        <translation>The file “%1” cannot be read (check its permissions).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file “%1” cannot be read.</source>
        <translation>The file “%1” cannot be read.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is a folder, not a file.</source>
        <translation>“%1” is a folder, not a file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a regular file.</source>
        <translation>“%1” is not a regular file.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Something went wrong (%1); nothing was changed.</source>
        <translation>Something went wrong (%1); nothing was changed.</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>The disk is full; nothing was changed. Free some space and try again.</source>
        <translation>The disk is full; nothing was changed. Free some space and try again.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The vault folder cannot be written to; nothing was changed.</source>
        <translation>The vault folder cannot be written to; nothing was changed.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The vault header is missing; the vault cannot be unlocked.</source>
        <translation>The vault header is missing; the vault cannot be unlocked.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Too many wrong attempts: this vault has been destroyed, as its owner had set it up to be.</source>
        <translation>Too many wrong attempts: this vault has been destroyed, as its owner had set it up to be.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The key material in the vault header is damaged or was destroyed; the vault cannot be unlocked.</source>
        <translation>The key material in the vault header is damaged or was destroyed; the vault cannot be unlocked.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The vault header is older than this vault&apos;s database: it was put back from an earlier copy since the last unlock. Failed attempts may have been hidden, and an old passphrase may work again: if you did not restore it yourself, run rotate-key.</source>
        <translation>The vault header is older than this vault&apos;s database: it was put back from an earlier copy since the last unlock. Failed attempts may have been hidden, and an old passphrase may work again: if you did not restore it yourself, run rotate-key.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The vault header&apos;s limit on failed unlocks had been changed outside Casefile; it was set back to what you chose.</source>
        <translation>The vault header&apos;s limit on failed unlocks had been changed outside Casefile; it was set back to what you chose.</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>%1 Use the recovery code to open this vault.</source>
        <translation>%1 Use the recovery code to open this vault.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>A case needs a title.</source>
        <translation>A case needs a title.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A person needs at least one name (or, for a group, a description).</source>
        <translation>A person needs at least one name (or, for a group, a description).</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>This record needs a title.</source>
        <translation>This record needs a title.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not one of the known choices.</source>
        <translation>“%1” is not one of the known choices.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A record this needs is not in this case (any more).</source>
        <translation>A record this needs is not in this case (any more).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the person (or people) the measure is imposed on.</source>
        <translation>Choose the person (or people) the measure is imposed on.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reply window must be a number of days between 1 and 3650.</source>
        <translation>The reply window must be a number of days between 1 and 3650.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no change to undo.</source>
        <translation>There is no change to undo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What this change touched was changed again since; nothing was undone.</source>
        <translation>What this change touched was changed again since; nothing was undone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This cannot be changed this way.</source>
        <translation>This cannot be changed this way.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record is not in the vault (any more).</source>
        <translation>This record is not in the vault (any more).</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../ui/case/base.py" line="+143"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outcome</source>
        <translation>outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed doors</source>
        <translation>closed doors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>citizenship</source>
        <translation>citizenship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health</source>
        <translation>health</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>court</source>
        <translation>court</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>charges</source>
        <translation>charges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent by</source>
        <translation>sent by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recommendations</source>
        <translation>recommendations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>publication date</source>
        <translation>publication date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reply window</source>
        <translation>reply window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reply due</source>
        <translation>reply due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expiry</source>
        <translation>expiry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration</source>
        <translation>duration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reference</source>
        <translation>reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>case number</source>
        <translation>case number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event</source>
        <translation>event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>act</source>
        <translation>act</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measure</source>
        <translation>measure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hearing</source>
        <translation>hearing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proceeding</source>
        <translation>proceeding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>communication</source>
        <translation>communication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence</source>
        <translation>evidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person in the case</source>
        <translation>person in the case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation in the case</source>
        <translation>organisation in the case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spelling of a name</source>
        <translation>spelling of a name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relation</source>
        <translation>relation</translation>
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
        <translation>%1 %2 %3</translation>
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
        <translation>spring %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spring %1</source>
        <comment>in a table; %1 year</comment>
        <translation>spring %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>summer %1</source>
        <comment>in full; %1 year</comment>
        <translation>summer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>summer %1</source>
        <comment>in a table; %1 year</comment>
        <translation>summer %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>autumn %1</source>
        <comment>in full; %1 year</comment>
        <translation>autumn %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>autumn %1</source>
        <comment>in a table; %1 year</comment>
        <translation>autumn %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>winter %1</source>
        <comment>in full; %1 year (the winter starting in December)</comment>
        <translation>winter %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>winter %1</source>
        <comment>in a table; %1 year (the winter starting in December)</comment>
        <translation>winter %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>early %1 %2</source>
        <comment>in full; first third of a month: %1 month, %2 year</comment>
        <translation>early %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>early %1 %2</source>
        <comment>in a table; first third of a month: %1 month, %2 year</comment>
        <translation>early %1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mid %1 %2</source>
        <comment>in full; middle of a month: %1 month, %2 year</comment>
        <translation>mid %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mid %1 %2</source>
        <comment>in a table; middle of a month: %1 month, %2 year</comment>
        <translation>mid %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>late %1 %2</source>
        <comment>in full; last third of a month: %1 month, %2 year</comment>
        <translation>late %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>late %1 %2</source>
        <comment>in a table; last third of a month: %1 month, %2 year</comment>
        <translation>late %1 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2</source>
        <comment>a month in full: %1 month name, %2 year</comment>
        <translation>%1 %2</translation>
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
        <translation>%1–%2 %3 %4</translation>
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
        <translation>%1 %2 – %3 %4 %5</translation>
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
        <translation>c. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>c. %1</source>
        <comment>an approximate date, in a table</comment>
        <translation>c. %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> (the source says: “%1”)</source>
        <translation> (the source says: “%1”)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>yesterday</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 bytes</source>
        <comment>a file size under 1 KB</comment>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 KB</source>
        <comment>kilobytes</comment>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 MB</source>
        <comment>megabytes</comment>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 GB</source>
        <comment>gigabytes</comment>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 TB</source>
        <comment>terabytes</comment>
        <translation>%1 TB</translation>
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
        <translation>The pack was not made</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report was not saved</source>
        <translation>The report was not saved</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its pictures can only be checked for withheld names with OCR, and Tesseract OCR with its Kazakh, Russian and English data is not installed on this computer</source>
        <translation>its pictures can only be checked for withheld names with OCR, and Tesseract OCR with its Kazakh, Russian and English data is not installed on this computer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a part of it could not be checked for withheld names</source>
        <translation>a part of it could not be checked for withheld names</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 appears %3.</source>
        <translation>%1: %2 appears %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(%1 more findings.)</source>
        <translation>(%1 more findings.)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the name of a pseudonymised person (“%1”, field %2)</source>
        <translation>the name of a pseudonymised person (“%1”, field %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a withheld value (“%1”, field %2)</source>
        <translation>a withheld value (“%1”, field %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a value marked as hidden (“%1”, field %2)</source>
        <translation>a value marked as hidden (“%1”, field %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>in the picture of evidence item %1 on page %2</source>
        <translation>in the picture of evidence item %1 on page %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>in the picture of evidence item %1</source>
        <translation>in the picture of evidence item %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in the text note evidence item %1</source>
        <translation>in the text note evidence item %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on page %1</source>
        <translation>on page %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the document information</source>
        <translation>in the document information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the file&apos;s internal data</source>
        <translation>in the file&apos;s internal data</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That value is written like the name of %1, whom the report names, so the name would give it away. Either hide that name too (tick “Pseudonymise” for %1 in the review), or, if the value need not be secret, show it (tick “Show these values” in the review).</source>
        <translation>That value is written like the name of %1, whom the report names, so the name would give it away. Either hide that name too (tick “Pseudonymise” for %1 in the review), or, if the value need not be secret, show it (tick “Show these values” in the review).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That value is written like the name of %1, whom the report names, so the name would give it away. Either hide that name too, or, if the value need not be secret, show it: make the pack with the command line, adding --pseudonymise %1 or --show-value %2.</source>
        <translation>That value is written like the name of %1, whom the report names, so the name would give it away. Either hide that name too, or, if the value need not be secret, show it: make the pack with the command line, adding --pseudonymise %1 or --show-value %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Black out the part of that picture that shows it (mark it as a region to redact on the evidence item), or remove the picture from the case.</source>
        <translation>Black out the part of that picture that shows it (mark it as a region to redact on the evidence item), or remove the picture from the case.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is probably written in a spelling or form the person&apos;s records do not hold: add that spelling to the person&apos;s names, so that it is replaced, or rewrite the text where it appears.</source>
        <translation>It is probably written in a spelling or form the person&apos;s records do not hold: add that spelling to the person&apos;s names, so that it is replaced, or rewrite the text where it appears.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is probably written another way than the recorded value: rewrite the text where it appears, or leave it out.</source>
        <translation>It is probably written another way than the recorded value: rewrite the text where it appears, or leave it out.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Install it, then try again.</source>
        <translation>Install it, then try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a fault in Casefile rather than in your data: please report it.</source>
        <translation>This is a fault in Casefile rather than in your data: please report it.</translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <location filename="../../ui/forms/person.py" line="-342"/>
        <source>(automatic)</source>
        <translation>(automatic)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyrillic</source>
        <translation>Cyrillic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latin</source>
        <translation>Latin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese characters</source>
        <translation>Chinese characters</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>(not known)</source>
        <translation>(not known)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh</source>
        <translation>Kazakh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uyghur</source>
        <translation>Uyghur</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../ui/case/overview.py" line="-140"/>
        <source>Imprisoned</source>
        <translation>Imprisoned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detained</source>
        <translation>Detained</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House arrest</source>
        <translation>House arrest</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Travel ban</source>
        <translation>Travel ban</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charged</source>
        <translation>Charged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fined</source>
        <translation>Fined</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Restricted liberty</source>
        <translation>Restricted liberty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended sentence</source>
        <translation>Suspended sentence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must not leave town</source>
        <translation>Must not leave town</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On bail</source>
        <translation>On bail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity ban</source>
        <translation>Activity ban</translation>
    </message>
</context>
<context>
    <name>strength</name>
    <message>
        <location filename="../../ui/screens/strength.py" line="+20"/>
        <source>Too short: use at least %1 characters; several words are best.</source>
        <translation>Too short: use at least %1 characters; several words are best.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Fair. One or two more words would make it strong.</source>
        <translation>Fair. One or two more words would make it strong.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>This passphrase is among the first a guessing program tries. Use four or more unrelated words.</source>
        <translation>This passphrase is among the first a guessing program tries. Use four or more unrelated words.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This passphrase could be guessed by a program trying common words and patterns. Use four or more unrelated words.</source>
        <translation>This passphrase could be guessed by a program trying common words and patterns. Use four or more unrelated words.</translation>
    </message>
</context>
</TS>
