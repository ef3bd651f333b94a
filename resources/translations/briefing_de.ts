<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ClaimDialog</name>
    <message>
        <source>Edit Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Claim from Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote is a t&amp;ranslation (the footnote says so)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what it translates, e.g. CNN&apos;s English report of the speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who translated it, when known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished">Aussage</translation>
    </message>
    <message>
        <source>The claim in plain English, faithful to the quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short and neutral, for the minister: printed in the footnote unless the status is &quot;as reported&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For curators: sources checked, doubts, instructions. Never exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translated &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translated &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">A&amp;rt:</translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished">Stat&amp;us:</translation>
    </message>
    <message>
        <source>R&amp;eader note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curator &amp;note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimFields</name>
    <message>
        <source>statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event_date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reader_note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curator_note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote_is_translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote_translated_from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote_translator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source title_short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source date_approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source url</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sort by statement (click again to reverse, a third time for best match first)</source>
        <translation>Nach Aussage sortieren (erneut klicken: umgekehrt, ein drittes Mal: beste Treffer zuerst)</translation>
    </message>
    <message>
        <source>Sort by source (click again to reverse, a third time for best match first)</source>
        <translation>Nach Quelle sortieren (erneut klicken: umgekehrt, ein drittes Mal: beste Treffer zuerst)</translation>
    </message>
    <message>
        <source>Sort by date (click again to reverse, a third time for best match first)</source>
        <translation>Nach Datum sortieren (erneut klicken: umgekehrt, ein drittes Mal: beste Treffer zuerst)</translation>
    </message>
    <message>
        <source>Sort by status (click again to reverse, a third time for best match first)</source>
        <translation>Nach Status sortieren (erneut klicken: umgekehrt, ein drittes Mal: beste Treffer zuerst)</translation>
    </message>
    <message>
        <source>{statement} — “{quote}”</source>
        <translation>{statement} – „{quote}“</translation>
    </message>
    <message>
        <source>{status} (retired)</source>
        <translation>{status} (zurückgezogen)</translation>
    </message>
    <message>
        <source>Already in this briefing (“{section}”).</source>
        <translation>Bereits in diesem Briefing („{section}“).</translation>
    </message>
    <message>
        <source>“{quote}”</source>
        <translation>„{quote}“</translation>
    </message>
    <message>
        <source>{statement} ({status}, already in the briefing)</source>
        <translation>{statement} ({status}, bereits im Briefing)</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Typing</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Ablegen</translation>
    </message>
    <message>
        <source>Add Claim</source>
        <translation>Aussage hinzufügen</translation>
    </message>
    <message>
        <source>Add Paragraph</source>
        <translation>Absatz hinzufügen</translation>
    </message>
    <message>
        <source>Remove Item</source>
        <translation>Element entfernen</translation>
    </message>
    <message>
        <source>Move Item</source>
        <translation>Element verschieben</translation>
    </message>
    <message>
        <source>Edit Paragraph</source>
        <translation>Absatz bearbeiten</translation>
    </message>
    <message>
        <source>Edit Commentary</source>
        <translation>Kommentar bearbeiten</translation>
    </message>
    <message>
        <source>Edit Private Note</source>
        <translation>Private Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Retire Claim</source>
        <translation>Aussage zurückziehen</translation>
    </message>
    <message>
        <source>Restore Claim</source>
        <translation>Aussage wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Claims</source>
        <translation>
            <numerusform>%n Aussage hinzufügen</numerusform>
            <numerusform>%n Aussagen hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>{field} bearbeiten</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Briefing outline</source>
        <translation>Gliederung des Briefings</translation>
    </message>
    <message>
        <source>Paragraph or commentary text</source>
        <translation>Text des Absatzes oder Kommentars</translation>
    </message>
    <message>
        <source>Select a paragraph to edit it, or a claim to write commentary on it.</source>
        <translation>Wählen Sie einen Absatz, um ihn zu bearbeiten, oder eine Aussage, um sie zu kommentieren.</translation>
    </message>
    <message>
        <source>Private note (never exported)</source>
        <translation>Private Notiz (wird nie exportiert)</translation>
    </message>
    <message>
        <source>A reminder for yourself: kept in the file, never exported.</source>
        <translation>Eine Erinnerung für Sie selbst: wird in der Datei gespeichert, nie exportiert.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Private Notiz</translation>
    </message>
    <message>
        <source>Length of the briefing</source>
        <translation>Länge des Briefings</translation>
    </message>
    <message>
        <source>Add &amp;Paragraph</source>
        <translation>Absatz hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Add your own paragraph after the selected item (Ctrl+Shift+P)</source>
        <translation>Einen eigenen Absatz nach dem ausgewählten Element hinzufügen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected item up (Ctrl+Up)</source>
        <translation>Das ausgewählte Element nach oben verschieben (Strg+Pfeil nach oben)</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected item down (Ctrl+Down)</source>
        <translation>Das ausgewählte Element nach unten verschieben (Strg+Pfeil nach unten)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected item (Delete)</source>
        <translation>Das ausgewählte Element entfernen (Entf)</translation>
    </message>
    <message>
        <source>The item you were writing in was removed (Undo); Redo brings it back with its text.</source>
        <translation>Das Element, in dem Sie geschrieben haben, wurde entfernt (Rückgängig); „Wiederholen“ stellt es mit seinem Text wieder her.</translation>
    </message>
    <message>
        <source>Commentary on “{claim}” — printed in the briefing after the claim:</source>
        <translation>Kommentar zu „{claim}“ – wird im Briefing nach der Aussage gedruckt:</translation>
    </message>
    <message>
        <source>Private note on this claim — kept in the file, never exported:</source>
        <translation>Private Notiz zu dieser Aussage – wird in der Datei gespeichert, nie exportiert:</translation>
    </message>
    <message>
        <source>Paragraph {number} of “{section}” — your own text, printed as written:</source>
        <translation>Absatz {number} in „{section}“ – Ihr eigener Text, wird wie geschrieben gedruckt:</translation>
    </message>
    <message>
        <source>Private note on this paragraph — kept in the file, never exported:</source>
        <translation>Private Notiz zu diesem Absatz – wird in der Datei gespeichert, nie exportiert:</translation>
    </message>
    <message>
        <source>Text (select a paragraph or a claim in the outline):</source>
        <translation>Text (wählen Sie in der Gliederung einen Absatz oder eine Aussage):</translation>
    </message>
    <message>
        <source>Private note:</source>
        <translation>Private Notiz:</translation>
    </message>
    <message>
        <source>Whole briefing: {length}</source>
        <translation>Gesamtes Briefing: {length}</translation>
    </message>
    <message numerus="yes">
        <source> — longer than the %n page(s) this template allows</source>
        <translation>
            <numerusform> – länger als die %n Seite, die diese Vorlage zulässt</numerusform>
            <numerusform> – länger als die %n Seiten, die diese Vorlage zulässt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Word document (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the original-language &amp;quotes in notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use e&amp;ndnotes instead of footnotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put original quotes and verification notes in an &amp;annex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The style&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (UK): 4 August 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (US): August 4, 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German: 4. August 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;trict: do not export while there are findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a finding to go to its item in the composer; double-click (or Enter) to close this dialog and fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation &amp;style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation &amp;locale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preflight findings (click one to go to it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: the briefing is ready to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {path} ({size} bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Datum</translation>
    </message>
    <message>
        <source>Reference Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action Sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Claim details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the source text with the quote highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit C&amp;laim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the claim&apos;s statement, kind, actors, topics or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the claim from search; briefings citing it keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your paragraph in “{section}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private note</source>
        <translation type="unfinished">Private Notiz</translation>
    </message>
    <message>
        <source>(never exported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the claim in search again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the claim from search (asks first; Undo brings it back); briefings citing it keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a claim to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Reader note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader note (not printed while “as reported”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curator note (never exported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n.d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Quelle</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{claim}, {percent} alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link as corroborating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation by {translator} of {original}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation by {translator}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation of {original}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <source>&amp;Topic:</source>
        <translation>The&amp;ma:</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>A&amp;kteur:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>Que&amp;lle:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ar&amp;t:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Filter by topic</source>
        <translation>Nach Thema filtern</translation>
    </message>
    <message>
        <source>Filter by actor</source>
        <translation>Nach Akteur filtern</translation>
    </message>
    <message>
        <source>Filter by source</source>
        <translation>Nach Quelle filtern</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Nach Art filtern</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Only claims with this topic</source>
        <translation>Nur Aussagen zu diesem Thema</translation>
    </message>
    <message>
        <source>Only claims with this actor</source>
        <translation>Nur Aussagen mit diesem Akteur</translation>
    </message>
    <message>
        <source>Only claims from this source</source>
        <translation>Nur Aussagen aus dieser Quelle</translation>
    </message>
    <message>
        <source>Only claims of this kind</source>
        <translation>Nur Aussagen dieser Art</translation>
    </message>
    <message>
        <source>Only claims with this status; “retired” lists the claims curators hid from search</source>
        <translation>Nur Aussagen mit diesem Status; „zurückgezogen“ listet die Aussagen, die die Kuratoren aus der Suche genommen haben</translation>
    </message>
    <message>
        <source>Search claims (Ctrl+F)…</source>
        <translation>Aussagen suchen (Strg+F)…</translation>
    </message>
    <message>
        <source>Search claims</source>
        <translation>Aussagen suchen</translation>
    </message>
    <message>
        <source>Every word must match; accents, case and ß/ss do not matter. &quot;exact phrase&quot; finds words together, -word leaves out claims with it, OR between words finds either. Down moves into the results.</source>
        <translation>Jedes Wort muss vorkommen; Akzente, Groß- und Kleinschreibung und ß/ss spielen keine Rolle. &quot;genaue Wortgruppe&quot; findet Wörter zusammen, -Wort lässt Aussagen mit diesem Wort weg, OR zwischen Wörtern findet jedes der beiden. Pfeil nach unten springt in die Ergebnisse.</translation>
    </message>
    <message>
        <source>retired (hidden from search)</source>
        <translation>zurückgezogen (aus der Suche genommen)</translation>
    </message>
    <message>
        <source>from YYYY-MM-DD</source>
        <translation>von JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>to YYYY-MM-DD</source>
        <translation>bis JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Event date from</source>
        <translation>Ereignisdatum von</translation>
    </message>
    <message>
        <source>Event date from (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>Ereignisdatum von (JJJJ, JJJJ-MM oder JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>Event date to</source>
        <translation>Ereignisdatum bis</translation>
    </message>
    <message>
        <source>Event date to (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>Ereignisdatum bis (JJJJ, JJJJ-MM oder JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Result count</source>
        <translation>Anzahl der Treffer</translation>
    </message>
    <message>
        <source>Target section</source>
        <translation>Zielabschnitt</translation>
    </message>
    <message>
        <source>Enter adds the selected claims to this section; choose another with Ctrl+1…Ctrl+9 or by selecting it in the outline</source>
        <translation>Die Eingabetaste fügt die ausgewählten Aussagen diesem Abschnitt hinzu; einen anderen wählen Sie mit Strg+1…Strg+9 oder in der Gliederung</translation>
    </message>
    <message>
        <source>Library claims</source>
        <translation>Aussagen der Bibliothek</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Bibliothek wird geöffnet…</translation>
    </message>
    <message>
        <source>Enter adds to: {section}</source>
        <translation>Eingabetaste fügt hinzu zu: {section}</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message numerus="yes">
        <source>%n+ claims, counting…</source>
        <translation>
            <numerusform>%n+ Aussagen, wird gezählt…</numerusform>
            <numerusform>%n+ Aussagen, wird gezählt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n Aussage</numerusform>
            <numerusform>%n Aussagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composer and details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previe&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector and preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reco&amp;ver Unsaved Work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an autosaved copy of unsaved work (kept when not recovered at start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a text, Markdown, HTML, Word or PDF document to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse Sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a source&apos;s text to read it or capture claims from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Paragraph</source>
        <translation type="unfinished">Absatz hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>&amp;Target Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section Enter in the library adds claims to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Curator Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer the curators&apos; actions: edit and retire claims, capture claims and suggestions in the source viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing &amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the menus and dialogs (from the next start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation type="unfinished">Bibliothek wird geöffnet…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this new briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This briefing was written with the template “{template}”, which is not installed here. Its sections are kept as saved; the preview and exports use a generic layout until the template is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template “{template}” is not installed: generic layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no unsaved work to recover: every briefing was saved or closed without changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved work:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered: save it to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{claim} (in “{section}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>These claims are already in the briefing:
{claims}

Add them again?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The licence files are missing ({error}); this installation is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>{words}/{limit} words — over the limit</source>
        <translation>{words}/{limit} Wörter – über der Wortgrenze</translation>
    </message>
    <message>
        <source>{words}/{limit} words</source>
        <translation>{words}/{limit} Wörter</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message>
        <source>↳ Commentary: {text}</source>
        <translation>↳ Kommentar: {text}</translation>
    </message>
    <message>
        <source>(empty paragraph)</source>
        <translation>(leerer Absatz)</translation>
    </message>
    <message>
        <source>✎ Private note (not exported): {text}</source>
        <translation>✎ Private Notiz (nicht exportiert): {text}</translation>
    </message>
    <message>
        <source>“{quote}”
— {source}</source>
        <translation>„{quote}“
– {source}</translation>
    </message>
    <message>
        <source>Private note (never exported): {text}</source>
        <translation>Private Notiz (wird nie exportiert): {text}</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>No briefing open.</source>
        <translation>Kein Briefing geöffnet.</translation>
    </message>
    <message>
        <source>Updating preview…</source>
        <translation>Vorschau wird aktualisiert…</translation>
    </message>
    <message>
        <source>Preview (as exported)</source>
        <translation>Vorschau (wie exportiert)</translation>
    </message>
    <message>
        <source>Preview unavailable: {reason}</source>
        <translation>Vorschau nicht verfügbar: {reason}</translation>
    </message>
</context>
<context>
    <name>Searcher</name>
    <message>
        <source>The search failed. {reason}</source>
        <translation>Die Suche ist fehlgeschlagen. {reason}</translation>
    </message>
</context>
<context>
    <name>SourceViewer</name>
    <message>
        <source>figure</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>quotation</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Source — {title}</source>
        <translation>Quelle – {title}</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Text der Quelle</translation>
    </message>
    <message>
        <source>Find in the text (Ctrl+F)</source>
        <translation>Im Text suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Find in the source text</source>
        <translation>Im Text der Quelle suchen</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Pre&amp;vious</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Matches found</source>
        <translation>Gefundene Treffer</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>New &amp;Claim from Selection</source>
        <translation>Neue &amp;Aussage aus Auswahl</translation>
    </message>
    <message>
        <source>Select the exact words to quote, then make a claim of them</source>
        <translation>Markieren Sie genau die Worte, die Sie zitieren möchten, und erfassen Sie daraus eine Aussage</translation>
    </message>
    <message>
        <source>Suggested sentences</source>
        <translation>Vorgeschlagene Sätze</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Make a claim of the suggested sentence</source>
        <translation>Aus dem vorgeschlagenen Satz eine Aussage erfassen</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Remove the suggestion from the list</source>
        <translation>Den Vorschlag aus der Liste entfernen</translation>
    </message>
    <message>
        <source>&amp;Suggested claims:</source>
        <translation>V&amp;orgeschlagene Aussagen:</translation>
    </message>
    <message>
        <source>“{passage}” appears again further down</source>
        <translation>„{passage}“ kommt weiter unten noch einmal vor</translation>
    </message>
    <message>
        <source>“{passage}” appears again further down, with small differences</source>
        <translation>„{passage}“ kommt weiter unten noch einmal vor, mit kleinen Abweichungen</translation>
    </message>
    <message>
        <source>Repeated passages (shaded grey; cite the first): {passages}.</source>
        <translation>Wiederholte Passagen (grau hinterlegt; zitieren Sie die erste): {passages}.</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>{number} of {total}</source>
        <translation>{number} von {total}</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figure</source>
        <translation type="unfinished">Zahl</translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corroborated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>The template requires the {label}; it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date &apos;{date}&apos; is not a date like {forms}: it is printed as written, and the document&apos;s properties get no date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template &apos;{template}&apos; is not installed here; the export uses a generic layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required section &apos;{heading}&apos; is missing from this briefing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section &apos;{heading}&apos; is not part of the template &apos;{template}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required section &apos;{heading}&apos; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{heading}&apos; has {count} words; its limit is {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no {tongue} {what}; the export prints the English. Add the {tongue} in the library{how} and refresh the briefing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {status}: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is no longer in the library; the briefing cites its saved copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was retired by the library&apos;s curators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is now {status} in the library: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is now {status} in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} changed in the library ({fields}); refresh it to use the current text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source of {name} ({source}) is not in this library, so its quote cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote of {name} no longer matches its source text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing DOCX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing MD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict export stopped by {count} preflight findings: {lines} (and {more} more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict export stopped by {count} preflight findings: {lines}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict export stopped by 1 preflight finding: {lines}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The briefing fills {pages} pages; the template &apos;{template}&apos; is meant to fit on {limit} pages. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The briefing fills {pages} pages; the template &apos;{template}&apos; is meant to fit on 1 page. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF shows {shown}{more} as �: no bundled font has these characters. The Word export keeps them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to {path} would overwrite the briefing itself; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting citations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {format} export failed while writing the file ({detail}); nothing was written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim {claim} is no longer in the library; the briefing keeps its saved copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim {claim} was retired by the library&apos;s curators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim {claim} changed in the library ({fields}); the briefing keeps its saved copy until you refresh it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” (unsaved changes to {file}), autosaved {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” (never saved), autosaved {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s), about {pages} pages</source>
        <translation>
            <numerusform>%n Wort, etwa {pages} Seiten</numerusform>
            <numerusform>%n Wörter, etwa {pages} Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s), about {pages} page</source>
        <translation>
            <numerusform>%n Wort, etwa {pages} Seite</numerusform>
            <numerusform>%n Wörter, etwa {pages} Seite</numerusform>
        </translation>
    </message>
</context>
</TS>
