<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Briefing</source>
            <translation>Über Briefing</translation>
        </message>
        <message>
            <source>An offline composer of cited briefing notes.</source>
            <translation>Verfasst Briefings mit belegten Aussagen – ganz ohne Internetverbindung.</translation>
        </message>
        <message>
            <source>Bundled library {version}.</source>
            <translation>Mitgelieferte Bibliothek: {version}.</translation>
        </message>
        <message>
            <source>Briefing is free software under the MIT licence.</source>
            <translation>Briefing ist freie Software unter der MIT-Lizenz.</translation>
        </message>
        <message>
            <source>Briefing also ships Qt (LGPL-3.0), the CSL styles and locales (CC BY-SA 3.0), QuickJS (MIT) and the Python packages named on the &lt;i&gt;Licences&lt;/i&gt; tab, each under its own licence.</source>
            <translation>Briefing enthält außerdem Qt (LGPL-3.0), die CSL-Zitierstile und -Sprachdateien (CC BY-SA 3.0), QuickJS (MIT) und die auf der Registerkarte &lt;i&gt;Lizenzen&lt;/i&gt; genannten Python-Pakete, jeweils unter ihrer eigenen Lizenz.</translation>
        </message>
        <message>
            <source>Licences</source>
            <translation>Lizenzen</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>Ü&amp;ber Briefing</translation>
        </message>
        <message>
            <source>&amp;Licences</source>
            <translation>&amp;Lizenzen</translation>
        </message>
    </context>
    <context>
        <name>ClaimDialog</name>
        <message>
            <source>Edit Claim</source>
            <translation>Aussage bearbeiten</translation>
        </message>
        <message>
            <source>New Claim from Selection</source>
            <translation>Neue Aussage aus der Auswahl</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Zitat</translation>
        </message>
        <message>
            <source>The quote is a t&amp;ranslation (the footnote says so)</source>
            <translation>Das Zitat ist eine &amp;Übersetzung (die Fußnote weist darauf hin)</translation>
        </message>
        <message>
            <source>what it translates, e.g. CNN's English report of the speech</source>
            <translation>was übersetzt wurde, z. B. der englische CNN-Bericht über die Rede</translation>
        </message>
        <message>
            <source>who translated it, when known</source>
            <translation>wer übersetzt hat, falls bekannt</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Aussage</translation>
        </message>
        <message>
            <source>The claim in plain English, faithful to the quote</source>
            <translation>Die Aussage in klarem Englisch, getreu dem Zitat</translation>
        </message>
        <message>
            <source>The same claim in German, faithful to the quote (optional)</source>
            <translation>Dieselbe Aussage auf Deutsch, getreu dem Zitat (optional)</translation>
        </message>
        <message>
            <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
            <translation>JJJJ, JJJJ-MM oder JJJJ-MM-TT</translation>
        </message>
        <message>
            <source>Short and neutral, for the minister: printed in the footnote unless the status is "as reported"</source>
            <translation>Kurz und sachlich, für die Leitung: steht in der Fußnote, außer beim Status „wie berichtet“</translation>
        </message>
        <message>
            <source>The reader note in German (optional)</source>
            <translation>Die Anmerkung auf Deutsch (optional)</translation>
        </message>
        <message>
            <source>For curators: sources checked, doubts, instructions. Never exported.</source>
            <translation>Für die Kuratierung: geprüfte Quellen, Zweifel, Hinweise. Wird nie exportiert.</translation>
        </message>
        <message>
            <source>Quote:</source>
            <translation>Zitat:</translation>
        </message>
        <message>
            <source>Translated &amp;from:</source>
            <translation>Übersetzt au&amp;s:</translation>
        </message>
        <message>
            <source>Translated &amp;by:</source>
            <translation>Übersetzt &amp;von:</translation>
        </message>
        <message>
            <source>&amp;Statement:</source>
            <translation>&amp;Aussage auf Englisch:</translation>
        </message>
        <message>
            <source>Statement in &amp;German:</source>
            <translation>Aussage auf &amp;Deutsch:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>A&amp;rt:</translation>
        </message>
        <message>
            <source>S&amp;peaker:</source>
            <translation>S&amp;precher:</translation>
        </message>
        <message>
            <source>Event &amp;date:</source>
            <translation>&amp;Ereignisdatum:</translation>
        </message>
        <message>
            <source>&amp;Actors:</source>
            <translation>Ak&amp;teure:</translation>
        </message>
        <message>
            <source>&amp;Topics:</source>
            <translation>T&amp;hemen:</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>Stat&amp;us:</translation>
        </message>
        <message>
            <source>R&amp;eader note:</source>
            <translation>A&amp;nmerkung auf Englisch:</translation>
        </message>
        <message>
            <source>Reader note in Ger&amp;man:</source>
            <translation>Anmer&amp;kung auf Deutsch:</translation>
        </message>
        <message>
            <source>Curator &amp;note:</source>
            <translation>Interner Ver&amp;merk:</translation>
        </message>
    </context>
    <context>
        <name>ClaimFields</name>
        <message>
            <source>statement</source>
            <translation>Aussage</translation>
        </message>
        <message>
            <source>quote</source>
            <translation>Zitat</translation>
        </message>
        <message>
            <source>start</source>
            <translation>Anfang</translation>
        </message>
        <message>
            <source>end</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>speaker</source>
            <translation>Sprecher</translation>
        </message>
        <message>
            <source>event_date</source>
            <translation>Ereignisdatum</translation>
        </message>
        <message>
            <source>actors</source>
            <translation>Akteure</translation>
        </message>
        <message>
            <source>topics</source>
            <translation>Themen</translation>
        </message>
        <message>
            <source>status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>reader_note</source>
            <translation>Anmerkung</translation>
        </message>
        <message>
            <source>curator_note</source>
            <translation>interner Vermerk</translation>
        </message>
        <message>
            <source>quote_is_translation</source>
            <translation>übersetztes Zitat</translation>
        </message>
        <message>
            <source>quote_translated_from</source>
            <translation>Original der Übersetzung</translation>
        </message>
        <message>
            <source>quote_translator</source>
            <translation>Übersetzer</translation>
        </message>
        <message>
            <source>source title</source>
            <translation>Titel der Quelle</translation>
        </message>
        <message>
            <source>source title_short</source>
            <translation>Kurztitel der Quelle</translation>
        </message>
        <message>
            <source>source author</source>
            <translation>Verfasser der Quelle</translation>
        </message>
        <message>
            <source>source outlet</source>
            <translation>Medium der Quelle</translation>
        </message>
        <message>
            <source>source publisher</source>
            <translation>Herausgeber der Quelle</translation>
        </message>
        <message>
            <source>source published</source>
            <translation>Erscheinungsdatum der Quelle</translation>
        </message>
        <message>
            <source>source date_approximate</source>
            <translation>ungefähres Datum der Quelle</translation>
        </message>
        <message>
            <source>source language</source>
            <translation>Sprache der Quelle</translation>
        </message>
        <message>
            <source>source url</source>
            <translation>URL der Quelle</translation>
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
            <source>Pages are counted on the PDF export, typeset in the background a moment after each change (a Word document may break pages a little differently). Until then, and if no PDF can be made, they are estimated from the words.</source>
            <translation>Die Seiten werden am PDF-Export gezählt, der einen Moment nach jeder Änderung im Hintergrund gesetzt wird (ein Word-Dokument kann die Seiten etwas anders umbrechen). Bis dahin, und wenn sich kein PDF erstellen lässt, werden sie aus den Wörtern geschätzt.</translation>
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
            <source>Move the selected item up (Ctrl+Up)</source>
            <translation>Das ausgewählte Element nach oben verschieben (Strg+Pfeil nach oben)</translation>
        </message>
        <message>
            <source>Move the selected item down (Ctrl+Down)</source>
            <translation>Das ausgewählte Element nach unten verschieben (Strg+Pfeil nach unten)</translation>
        </message>
        <message>
            <source>&amp;Move Up</source>
            <translation>Nach &amp;oben</translation>
        </message>
        <message>
            <source>Move Dow&amp;n</source>
            <translation>Na&amp;ch unten</translation>
        </message>
        <message>
            <source>Remove Entr&amp;y</source>
            <translation>Entfer&amp;nen</translation>
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
            <source>The item you were writing in was removed; Edit &gt; Undo brings it back with its text.</source>
            <translation>Das Element, in dem Sie geschrieben haben, wurde entfernt; Bearbeiten &gt; Rückgängig stellt es mit seinem Text wieder her.</translation>
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
            <source>No commentary: type here to add one (optional).</source>
            <translation>Kein Kommentar: hier tippen, um einen hinzuzufügen (optional).</translation>
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
            <source>An empty paragraph: type its text here.</source>
            <translation>Leerer Absatz: Text hier eingeben.</translation>
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
        <message>
            <source>{words}, {pages} as a PDF</source>
            <translation>{words}, {pages} als PDF</translation>
        </message>
        <message numerus="yes">
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n Wort</numerusform>
                <numerusform>%n Wörter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n Seite</numerusform>
                <numerusform>%n Seiten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Controller</name>
        <message>
            <source>Opening the library…</source>
            <translation>Die Bibliothek wird geöffnet …</translation>
        </message>
        <message>
            <source>Loading the templates…</source>
            <translation>Die Vorlagen werden geladen …</translation>
        </message>
        <message>
            <source>Add Claim</source>
            <translation>Aussage hinzufügen</translation>
        </message>
        <message>
            <source>Add {count} Claims</source>
            <translation>{count} Aussagen hinzufügen</translation>
        </message>
        <message>
            <source>Add Paragraph</source>
            <translation>Absatz hinzufügen</translation>
        </message>
        <message>
            <source>Retire Claim</source>
            <translation>Aussage zurückziehen</translation>
        </message>
        <message>
            <source>Restore Claim</source>
            <translation>Aussage wiederherstellen</translation>
        </message>
    </context>
    <context>
        <name>CoreWords</name>
        <message>
            <source>file</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>briefing file</source>
            <translation>Briefing-Datei</translation>
        </message>
        <message>
            <source>citation style file</source>
            <translation>Zitierstildatei</translation>
        </message>
        <message>
            <source>pack file</source>
            <translation>Paketdatei</translation>
        </message>
        <message>
            <source>reference document</source>
            <translation>Referenzdokument</translation>
        </message>
        <message>
            <source>template part</source>
            <translation>Vorlagenteil</translation>
        </message>
        <message>
            <source>manifest</source>
            <translation>Manifest</translation>
        </message>
        <message>
            <source>a folder</source>
            <translation>ein Ordner</translation>
        </message>
        <message>
            <source>a named pipe</source>
            <translation>eine benannte Pipe</translation>
        </message>
        <message>
            <source>a device</source>
            <translation>ein Gerät</translation>
        </message>
        <message>
            <source>a socket</source>
            <translation>ein Socket</translation>
        </message>
        <message>
            <source>not a regular file</source>
            <translation>keine gewöhnliche Datei</translation>
        </message>
        <message>
            <source>a Rich Text (RTF) file</source>
            <translation>eine Rich-Text-Datei (RTF)</translation>
        </message>
        <message>
            <source>a PNG image</source>
            <translation>ein PNG-Bild</translation>
        </message>
        <message>
            <source>a JPEG image</source>
            <translation>ein JPEG-Bild</translation>
        </message>
        <message>
            <source>a GIF image</source>
            <translation>ein GIF-Bild</translation>
        </message>
        <message>
            <source>a TIFF image</source>
            <translation>ein TIFF-Bild</translation>
        </message>
        <message>
            <source>a program</source>
            <translation>ein Programm</translation>
        </message>
        <message>
            <source>a gzip archive</source>
            <translation>ein gzip-Archiv</translation>
        </message>
        <message>
            <source>a 7-Zip archive</source>
            <translation>ein 7-Zip-Archiv</translation>
        </message>
        <message>
            <source>a RAR archive</source>
            <translation>ein RAR-Archiv</translation>
        </message>
        <message>
            <source>an SQLite database</source>
            <translation>eine SQLite-Datenbank</translation>
        </message>
        <message>
            <source>an Excel workbook</source>
            <translation>eine Excel-Arbeitsmappe</translation>
        </message>
        <message>
            <source>a PowerPoint presentation</source>
            <translation>eine PowerPoint-Präsentation</translation>
        </message>
        <message>
            <source>an OpenDocument file</source>
            <translation>eine OpenDocument-Datei</translation>
        </message>
        <message>
            <source>a zip archive</source>
            <translation>ein ZIP-Archiv</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>ein PDF</translation>
        </message>
        <message>
            <source>Word document</source>
            <translation>ein Word-Dokument</translation>
        </message>
        <message>
            <source>publication date</source>
            <translation>Erscheinungsdatum</translation>
        </message>
        <message>
            <source>access date</source>
            <translation>Abrufdatum</translation>
        </message>
        <message>
            <source>date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>from</source>
            <translation>von</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>the briefing</source>
            <translation>das Briefing</translation>
        </message>
        <message>
            <source>statement</source>
            <translation>Aussage</translation>
        </message>
        <message>
            <source>reader's note</source>
            <translation>Anmerkung</translation>
        </message>
        <message>
            <source>note on what the quote translates</source>
            <translation>Angabe, was das Zitat übersetzt</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Englisch</translation>
        </message>
        <message>
            <source>German</source>
            <translation>Deutsch</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Französisch</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Spanisch</translation>
        </message>
        <message>
            <source>Italian</source>
            <translation>Italienisch</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>Chinesisch</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Russisch</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>Japanisch</translation>
        </message>
        <message>
            <source>Korean</source>
            <translation>Koreanisch</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>Arabisch</translation>
        </message>
        <message>
            <source>Portuguese</source>
            <translation>Portugiesisch</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>Niederländisch</translation>
        </message>
        <message>
            <source>Polish</source>
            <translation>Polnisch</translation>
        </message>
        <message>
            <source>Hebrew</source>
            <translation>Hebräisch</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation>Ukrainisch</translation>
        </message>
    </context>
    <context>
        <name>CurationActions</name>
        <message>
            <source>Added claim {claim}</source>
            <translation>Aussage {claim} hinzugefügt</translation>
        </message>
        <message>
            <source>Retire {claim}?

Search will no longer show it (Status filter “retired” still does); briefings that cite it keep it. Edit &gt; Undo, or Restore, brings it back.</source>
            <translation>{claim} zurückziehen?

Die Suche zeigt die Aussage dann nicht mehr an (nur noch mit dem Statusfilter „zurückgezogen“); Briefings, die sie zitieren, behalten sie. Bearbeiten &gt; Rückgängig oder „Wiederherstellen“ holt sie zurück.</translation>
        </message>
        <message>
            <source>Retire Claim</source>
            <translation>Aussage zurückziehen</translation>
        </message>
        <message>
            <source>Retire</source>
            <translation>Zurückziehen</translation>
        </message>
        <message>
            <source>Cannot change the claim</source>
            <translation>Die Aussage kann nicht geändert werden</translation>
        </message>
        <message>
            <source>Restored {claim} — Edit &gt; Undo takes it back</source>
            <translation>{claim} wiederhergestellt – Bearbeiten &gt; Rückgängig nimmt das zurück</translation>
        </message>
        <message>
            <source>Retired {claim} — Edit &gt; Undo takes it back</source>
            <translation>{claim} zurückgezogen – Bearbeiten &gt; Rückgängig nimmt das zurück</translation>
        </message>
        <message>
            <source>Cannot link the claims</source>
            <translation>Die Aussagen können nicht verknüpft werden</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>{file} wird gelesen …</translation>
        </message>
        <message>
            <source>Cannot import the document</source>
            <translation>Das Dokument kann nicht importiert werden</translation>
        </message>
        <message>
            <source>Browse Sources</source>
            <translation>Quellen durchsehen</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>Quelle:</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Word document (.docx)</source>
            <translation>Word-Dokument (.docx)</translation>
        </message>
        <message>
            <source>PDF (.pdf)</source>
            <translation>PDF (.pdf)</translation>
        </message>
        <message>
            <source>Markdown (.md)</source>
            <translation>Markdown (.md)</translation>
        </message>
        <message>
            <source>Web page (.html)</source>
            <translation>Webseite (.html)</translation>
        </message>
        <message>
            <source>note</source>
            <translation>Fußnoten</translation>
        </message>
        <message>
            <source>in-text</source>
            <translation>im Text</translation>
        </message>
        <message>
            <source>Export Briefing</source>
            <translation>Briefing exportieren</translation>
        </message>
        <message>
            <source>Include the original-language &amp;quotes in notes</source>
            <translation>&amp;Originalzitate in die Fußnoten aufnehmen</translation>
        </message>
        <message>
            <source>Use e&amp;ndnotes instead of footnotes</source>
            <translation>E&amp;ndnoten statt Fußnoten verwenden</translation>
        </message>
        <message>
            <source>Put original quotes and verification notes in an &amp;annex</source>
            <translation>Originalzitate und Prüfvermerke in einen &amp;Anhang stellen</translation>
        </message>
        <message>
            <source>Citation locale</source>
            <translation>Sprache der Quellenangaben</translation>
        </message>
        <message>
            <source>The style's own</source>
            <translation>Wie im Zitierstil vorgesehen</translation>
        </message>
        <message>
            <source>English (UK): 4 August 2025</source>
            <translation>Englisch (UK): 4 August 2025</translation>
        </message>
        <message>
            <source>English (US): August 4, 2025</source>
            <translation>Englisch (USA): August 4, 2025</translation>
        </message>
        <message>
            <source>German: 4. August 2025</source>
            <translation>Deutsch: 4. August 2025</translation>
        </message>
        <message>
            <source>S&amp;trict: do not export while there are findings</source>
            <translation>St&amp;reng: nicht exportieren, solange es Befunde gibt</translation>
        </message>
        <message>
            <source>Preflight findings</source>
            <translation>Befunde der Prüfung</translation>
        </message>
        <message>
            <source>Click a finding (or press Enter on it) to close this dialog and go to its item</source>
            <translation>Klicken Sie auf einen Befund (oder drücken Sie darauf die Eingabetaste), um diesen Dialog zu schließen und zur betroffenen Stelle zu springen</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportieren…</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Format:</translation>
        </message>
        <message>
            <source>Citation &amp;style:</source>
            <translation>Zitier&amp;stil:</translation>
        </message>
        <message>
            <source>Citation &amp;locale:</source>
            <translation>Sprache der &amp;Quellenangaben:</translation>
        </message>
        <message>
            <source>&amp;Preflight findings (click one to go to it):</source>
            <translation>Befunde der &amp;Prüfung (zum Springen anklicken):</translation>
        </message>
        <message>
            <source>No findings: the briefing is ready to export.</source>
            <translation>Keine Befunde: Das Briefing kann exportiert werden.</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Wird exportiert …</translation>
        </message>
        <message>
            <source>Exported {path} ({size} bytes).</source>
            <translation>{path} exportiert ({size} Byte).</translation>
        </message>
        <message>
            <source>Cannot Open the Folder</source>
            <translation>Ordner kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>No file manager could be started. The file is saved as:
{path}</source>
            <translation>Es konnte kein Dateimanager gestartet werden. Die Datei ist gespeichert unter:
{path}</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Subtitle</source>
            <translation>Untertitel</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Verfasser</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisationseinheit</translation>
        </message>
        <message>
            <source>Contact Officer</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Reference Number</source>
            <translation>Aktenzeichen</translation>
        </message>
        <message>
            <source>Addressee</source>
            <translation>Empfänger</translation>
        </message>
        <message>
            <source>Action Sought</source>
            <translation>Zweck</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Einstufung</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Find&lt;/b&gt; facts in the library on the left (Ctrl+F; Down moves into the results). Every word must match; accents, case and ß/ss do not matter. &lt;code&gt;"exact phrase"&lt;/code&gt; finds words together, &lt;code&gt;-word&lt;/code&gt; leaves out claims with the word, &lt;code&gt;OR&lt;/code&gt; between words finds either. Filter by topic, actor, source, kind, status (including retired claims) or event date; click a column heading to sort by it (again to reverse, a third time for best match).&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Suchen:&lt;/b&gt; Links steht die Bibliothek. Mit Strg+F gelangen Sie ins Suchfeld, mit der Pfeiltaste nach unten in die Treffer. Gefunden werden Aussagen, die alle eingegebenen Wörter enthalten – auf Akzente, Groß- und Kleinschreibung sowie ß/ss kommt es nicht an. &lt;code&gt;"genaue Wortgruppe"&lt;/code&gt; sucht die Wörter zusammenhängend, &lt;code&gt;-Wort&lt;/code&gt; schließt Aussagen mit diesem Wort aus, und &lt;code&gt;OR&lt;/code&gt; zwischen zwei Wörtern findet Aussagen mit dem einen oder dem anderen. Die Filter grenzen nach Thema, Akteur, Quelle, Art, Status (auch zurückgezogene Aussagen) oder Ereignisdatum ein. Ein Klick auf eine Spaltenüberschrift sortiert nach dieser Spalte, ein zweiter kehrt die Reihenfolge um, ein dritter sortiert wieder nach Relevanz.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Add&lt;/b&gt; a claim to the target section with Enter, by dragging it onto the outline, or with the right-click menu. The target section is the one selected in the outline; choose it with Ctrl+1…Ctrl+9 or Edit &amp;gt; Target Section. Claims already in the briefing are marked ✓.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Zitieren:&lt;/b&gt; Die Eingabetaste fügt die gewählte Aussage in den Zielabschnitt ein; Sie können sie auch in die Gliederung ziehen oder das Kontextmenü (rechte Maustaste) nutzen. Zielabschnitt ist der in der Gliederung markierte Abschnitt – wählen Sie ihn mit Strg+1 bis Strg+9 oder über Bearbeiten &amp;gt; Zielabschnitt. Aussagen, die das Briefing bereits zitiert, tragen ein ✓.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Write&lt;/b&gt; your own paragraphs with &lt;i&gt;Add Paragraph&lt;/i&gt;. Select a claim to write &lt;i&gt;commentary&lt;/i&gt; on it (printed in the briefing after the claim), and any item to keep a &lt;i&gt;private note&lt;/i&gt; on it (kept in the file, never exported; marked ✎ in the outline). Move items with drag and drop or Ctrl+Up/Ctrl+Down; Delete removes. The foot of the outline shows the briefing's length and its pages as the PDF export has them.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Schreiben:&lt;/b&gt; Eigene Absätze legen Sie mit &lt;i&gt;Absatz hinzufügen&lt;/i&gt; an. Zu einer zitierten Aussage schreiben Sie einen &lt;i&gt;Kommentar&lt;/i&gt;, der im Briefing direkt nach der Aussage erscheint. Zu jedem Eintrag können Sie außerdem eine &lt;i&gt;private Notiz&lt;/i&gt; festhalten: Sie bleibt in der Datei, wird aber nie exportiert und ist in der Gliederung mit ✎ gekennzeichnet. Einträge verschieben Sie per Drag-and-drop oder mit Strg+Pfeil nach oben/unten; Entf entfernt sie. Am Fuß der Gliederung sehen Sie den Umfang des Briefings und seine Seitenzahl im PDF-Export.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Check&lt;/b&gt; the selected claim in the Inspector on the right; &lt;i&gt;Show in Source&lt;/i&gt; opens its source with the quote highlighted and centred. Ctrl+F finds words there; F3 and Shift+F3 go to the next and the previous match.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Prüfen:&lt;/b&gt; Der Inspektor rechts zeigt die gewählte Aussage vollständig; &lt;i&gt;In Quelle zeigen&lt;/i&gt; öffnet ihre Quelle, das Zitat markiert und in die Mitte gerückt. Mit Strg+F suchen Sie dort nach Wörtern, mit F3 und Umschalt+F3 springen Sie zum nächsten und zum vorigen Treffer.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Every edit can be undone and redone, typing included (consecutive typing is one step). Unsaved work is autosaved to a recovery file every few seconds; File &amp;gt; Recover Unsaved Work opens it.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Sicherheit:&lt;/b&gt; Jede Änderung lässt sich rückgängig machen und wiederholen, auch Getipptes (zusammenhängend Getipptes zählt als ein Schritt). Was noch nicht gespeichert ist, sichert Briefing alle paar Sekunden in einer Wiederherstellungsdatei; Datei &amp;gt; Nicht gespeicherte Arbeit wiederherstellen öffnet sie.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Export&lt;/b&gt; to Word, PDF, Markdown or HTML: each cited claim gets a footnote in the chosen citation style. The preflight lists what a reviewer would flag; click a finding to go to it.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Exportieren:&lt;/b&gt; Briefings lassen sich als Word, PDF, Markdown oder HTML ausgeben; jede zitierte Aussage erhält eine Fußnote im gewählten Zitierstil. Vor dem Export prüft Briefing das Dokument und listet auf, was bei einer Durchsicht auffallen würde. Ein Klick auf einen Befund führt zur betroffenen Stelle.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Curators&lt;/b&gt; (View &amp;gt; Curator Mode) can import documents, capture claims from a source, edit claims and retire them (Undo, or Restore, brings them back).&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Kuratieren:&lt;/b&gt; Im Kuratiermodus (Ansicht &amp;gt; Kuratiermodus) können Sie Dokumente importieren, Aussagen aus einer Quelle erfassen, Aussagen bearbeiten und zurückziehen. Zurückgezogene Aussagen holen Sie mit „Rückgängig“ oder „Wiederherstellen“ zurück.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Bibliothek</translation>
        </message>
        <message>
            <source>Outline</source>
            <translation>Gliederung</translation>
        </message>
        <message>
            <source>From the search box into the results</source>
            <translation>Vom Suchfeld in die Ergebnisse</translation>
        </message>
        <message>
            <source>Add the selected claims to the target section</source>
            <translation>Die ausgewählten Aussagen in den Zielabschnitt einfügen</translation>
        </message>
        <message>
            <source>Move the selected item up, down</source>
            <translation>Das ausgewählte Element nach oben, nach unten verschieben</translation>
        </message>
        <message>
            <source>Remove the selected item</source>
            <translation>Das ausgewählte Element entfernen</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Next match, previous match</source>
            <translation>Nächster Treffer, vorheriger Treffer</translation>
        </message>
        <message>
            <source>Composer</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Menü</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Befehl</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tastenkürzel</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>&amp;Title *</source>
            <translation>&amp;Titel *</translation>
        </message>
        <message>
            <source>S&amp;hort title</source>
            <translation>&amp;Kurztitel</translation>
        </message>
        <message>
            <source>&amp;Author</source>
            <translation>&amp;Verfasser</translation>
        </message>
        <message>
            <source>&amp;Outlet</source>
            <translation>&amp;Medium</translation>
        </message>
        <message>
            <source>Original &amp;publisher</source>
            <translation>Ursprünglicher &amp;Herausgeber</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <source>&amp;URL</source>
            <translation>&amp;URL</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>A&amp;ccessed</source>
            <translation>A&amp;bgerufen am</translation>
        </message>
        <message>
            <source>Import {file}</source>
            <translation>{file} importieren</translation>
        </message>
        <message>
            <source>{field}:</source>
            <translation>{field}:</translation>
        </message>
        <message>
            <source>YYYY-MM-DD, 'c. 2025' or 'unknown'</source>
            <translation>JJJJ-MM-TT, „c. 2025“ oder „unknown“</translation>
        </message>
        <message>
            <source>Dates read from the file's properties are often the day the file was made: check them.</source>
            <translation>Ein aus den Dateieigenschaften gelesenes Datum ist oft nur der Tag, an dem die Datei erstellt wurde: bitte prüfen.</translation>
        </message>
        <message>
            <source>Detected from the text; a code like de, en, zh</source>
            <translation>Aus dem Text erkannt; ein Kürzel wie de, en, zh</translation>
        </message>
        <message>
            <source>{format}, {count} characters.</source>
            <translation>{format}, {count} Zeichen.</translation>
        </message>
        <message numerus="yes">
            <source>%n passage(s) appear twice in the text; claims should cite the first.</source>
            <translation>
                <numerusform>%n Textstelle kommt im Text zweimal vor; Aussagen sollten die erste zitieren.</numerusform>
                <numerusform>%n Textstellen kommen im Text zweimal vor; Aussagen sollten jeweils die erste zitieren.</numerusform>
            </translation>
        </message>
        <message>
            <source>Extracted text</source>
            <translation>Ausgelesener Text</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <source>Claim details</source>
            <translation>Details der Aussage</translation>
        </message>
        <message>
            <source>Show in &amp;Source</source>
            <translation>In &amp;Quelle zeigen</translation>
        </message>
        <message>
            <source>Show in Source</source>
            <translation>In Quelle zeigen</translation>
        </message>
        <message>
            <source>Open the source text with the quote highlighted</source>
            <translation>Den Text der Quelle öffnen, mit hervorgehobenem Zitat</translation>
        </message>
        <message>
            <source>Edit C&amp;laim…</source>
            <translation>Aussage bea&amp;rbeiten…</translation>
        </message>
        <message>
            <source>Change the claim's statement, kind, actors, topics or status</source>
            <translation>Wortlaut, Art, Akteure, Themen oder Status der Aussage ändern</translation>
        </message>
        <message>
            <source>&amp;Retire…</source>
            <translation>&amp;Zurückziehen…</translation>
        </message>
        <message>
            <source>Hide the claim from search; briefings citing it keep it</source>
            <translation>Die Aussage aus der Suche nehmen; Briefings, die sie zitieren, behalten sie</translation>
        </message>
        <message>
            <source>Your paragraph in “{section}”</source>
            <translation>Ihr Absatz in „{section}“</translation>
        </message>
        <message>
            <source>Your paragraph</source>
            <translation>Ihr Absatz</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(leer)</translation>
        </message>
        <message>
            <source>Private note</source>
            <translation>Private Notiz</translation>
        </message>
        <message>
            <source>(never exported)</source>
            <translation>(wird nie exportiert)</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <source>Show the claim in search again</source>
            <translation>Die Aussage wieder in der Suche zeigen</translation>
        </message>
        <message>
            <source>Hide the claim from search (asks first; Undo brings it back); briefings citing it keep it</source>
            <translation>Die Aussage aus der Suche nehmen (mit Rückfrage; „Rückgängig“ holt sie zurück); Briefings, die sie zitieren, behalten sie</translation>
        </message>
        <message>
            <source>Select a claim to see it in full.</source>
            <translation>Wählen Sie eine Aussage, um sie vollständig zu sehen.</translation>
        </message>
        <message>
            <source> (retired)</source>
            <translation> (zurückgezogen)</translation>
        </message>
        <message>
            <source>Statement ({language})</source>
            <translation>Aussage ({language})</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Zitat</translation>
        </message>
        <message>
            <source>Translated from ({language})</source>
            <translation>Vorlage der Übersetzung ({language})</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>Sprecher</translation>
        </message>
        <message>
            <source>Event date</source>
            <translation>Ereignisdatum</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>Akteure</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Themen</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>{language} translation</source>
            <translation>Übersetzung ({language})</translation>
        </message>
        <message>
            <source>{label} by {translator} of {original}</source>
            <translation>{label} von {original}, übersetzt von {translator}</translation>
        </message>
        <message>
            <source>{label} by {translator}</source>
            <translation>{label}, übersetzt von {translator}</translation>
        </message>
        <message>
            <source>{label} of {original}</source>
            <translation>{label} von {original}</translation>
        </message>
        <message>
            <source>Reader note</source>
            <translation>Anmerkung</translation>
        </message>
        <message>
            <source>Reader note (not printed while “as reported”)</source>
            <translation>Anmerkung (wird bei „wie berichtet“ nicht gedruckt)</translation>
        </message>
        <message>
            <source>Curator note (never exported)</source>
            <translation>Interner Vermerk (wird nie exportiert)</translation>
        </message>
        <message>
            <source>Claim id</source>
            <translation>Kennung der Aussage</translation>
        </message>
        <message>
            <source>c. </source>
            <translation>ca. </translation>
        </message>
        <message>
            <source>n.d.</source>
            <translation>o. J.</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Short title</source>
            <translation>Kurztitel</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Verfasser</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>Medium</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Herausgeber</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Veröffentlicht</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Corroborated by</source>
            <translation>Bestätigt durch</translation>
        </message>
        <message>
            <source>Similar claims</source>
            <translation>Ähnliche Aussagen</translation>
        </message>
        <message>
            <source>looking…</source>
            <translation>wird gesucht …</translation>
        </message>
        <message>
            <source>{claim}, {percent} alike</source>
            <translation>{claim}, zu {percent} ähnlich</translation>
        </message>
        <message>
            <source>link as corroborating</source>
            <translation>als Bestätigung verknüpfen</translation>
        </message>
        <message>
            <source>Translation</source>
            <translation>Übersetzung</translation>
        </message>
    </context>
    <context>
        <name>Launch</name>
        <message>
            <source>Your briefing is still open; save it under a new name if in doubt.</source>
            <translation>Ihr Briefing ist weiterhin geöffnet; speichern Sie es im Zweifel unter einem neuen Namen.</translation>
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
            <source>Every word must match; accents, case and ß/ss do not matter. "exact phrase" finds words together, -word leaves out claims with it, OR between words finds either. Down moves into the results.</source>
            <translation>Jedes Wort muss vorkommen; Akzente, Groß- und Kleinschreibung und ß/ss spielen keine Rolle. "genaue Wortgruppe" findet Wörter zusammen, -Wort lässt Aussagen mit diesem Wort weg, OR zwischen Wörtern findet jedes der beiden. Pfeil nach unten springt in die Ergebnisse.</translation>
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
            <translation>&amp;Entwurf</translation>
        </message>
        <message>
            <source>&amp;Details</source>
            <translation>An&amp;gaben</translation>
        </message>
        <message>
            <source>Composer and details</source>
            <translation>Entwurf und Angaben</translation>
        </message>
        <message>
            <source>&amp;Inspector</source>
            <translation>&amp;Inspektor</translation>
        </message>
        <message>
            <source>Previe&amp;w</source>
            <translation>&amp;Vorschau</translation>
        </message>
        <message>
            <source>Inspector and preview</source>
            <translation>Inspektor und Vorschau</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Wird gestartet …</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Neu…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>Ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>Reco&amp;ver Unsaved Work…</source>
            <translation>Nicht gespeicherte Arbeit &amp;wiederherstellen…</translation>
        </message>
        <message>
            <source>Open an autosaved copy of unsaved work (kept when not recovered at start)</source>
            <translation>Eine automatisch gesicherte Kopie nicht gespeicherter Arbeit öffnen (sie bleibt erhalten, wenn sie beim Start nicht wiederhergestellt wurde)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Speichern &amp;unter…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportieren…</translation>
        </message>
        <message>
            <source>&amp;Import Document…</source>
            <translation>Dokument &amp;importieren…</translation>
        </message>
        <message>
            <source>Add a text, Markdown, HTML, Word or PDF document to the library</source>
            <translation>Ein Text-, Markdown-, HTML-, Word- oder PDF-Dokument in die Bibliothek aufnehmen</translation>
        </message>
        <message>
            <source>&amp;Browse Sources…</source>
            <translation>&amp;Quellen durchsehen…</translation>
        </message>
        <message>
            <source>Open a source's text to read it or capture claims from it</source>
            <translation>Den Text einer Quelle öffnen, um ihn zu lesen oder Aussagen daraus zu erfassen</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>S&amp;chließen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>&amp;Find Claims</source>
            <translation>Aussagen &amp;suchen</translation>
        </message>
        <message>
            <source>Add &amp;Paragraph</source>
            <translation>&amp;Absatz hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Target Section</source>
            <translation>&amp;Zielabschnitt</translation>
        </message>
        <message>
            <source>The section Enter in the library adds claims to</source>
            <translation>Der Abschnitt, in den die Eingabetaste in der Bibliothek Aussagen einfügt</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Curator Mode</source>
            <translation>&amp;Kuratiermodus</translation>
        </message>
        <message>
            <source>Offer the curators' actions: edit and retire claims, capture claims and suggestions in the source viewer</source>
            <translation>Die Befehle für die Kuratierung anbieten: Aussagen bearbeiten und zurückziehen, Aussagen und Vorschläge in der Quellenansicht erfassen</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>Briefing &amp;Help</source>
            <translation>Briefing-&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;About Briefing</source>
            <translation>Ü&amp;ber Briefing</translation>
        </message>
        <message>
            <source>&amp;Undo {step}</source>
            <translation>&amp;Rückgängig: {step}</translation>
        </message>
        <message>
            <source>&amp;Redo {step}</source>
            <translation>&amp;Wiederholen: {step}</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>S&amp;prache</translation>
        </message>
        <message>
            <source>The language of the menus and dialogs (from the next start)</source>
            <translation>Die Sprache der Menüs und Dialoge (ab dem nächsten Start)</translation>
        </message>
        <message>
            <source>&amp;System Language</source>
            <translation>&amp;Systemsprache</translation>
        </message>
        <message>
            <source>Add to {section}</source>
            <translation>Zu „{section}“ hinzufügen</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Unbenannt</translation>
        </message>
        <message>
            <source>Opening the library…</source>
            <translation>Die Bibliothek wird geöffnet …</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Bereit</translation>
        </message>
        <message>
            <source>Library repaired</source>
            <translation>Bibliothek repariert</translation>
        </message>
        <message>
            <source>The library file is damaged</source>
            <translation>Die Bibliotheksdatei ist beschädigt</translation>
        </message>
        <message>
            <source>“{title}”</source>
            <translation>„{title}“</translation>
        </message>
        <message>
            <source>Untitled briefing</source>
            <translation>Unbenanntes Briefing</translation>
        </message>
        <message>
            <source>this new briefing</source>
            <translation>diesem neuen Briefing</translation>
        </message>
        <message>
            <source>Cannot open the briefing</source>
            <translation>Das Briefing kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>This briefing was written with the template “{template}”, which is not installed here. Its sections are kept as saved; the preview and exports use a generic layout until the template is installed.</source>
            <translation>Dieses Briefing wurde mit der Vorlage „{template}“ erstellt, die hier nicht installiert ist. Seine Abschnitte bleiben wie gespeichert erhalten; Vorschau und Export verwenden ein allgemeines Layout, bis die Vorlage installiert ist.</translation>
        </message>
        <message>
            <source>Template “{template}” is not installed: generic layout</source>
            <translation>Vorlage „{template}“ ist nicht installiert: allgemeines Layout</translation>
        </message>
        <message>
            <source>Template not installed</source>
            <translation>Vorlage nicht installiert</translation>
        </message>
        <message>
            <source>Recover Unsaved Work</source>
            <translation>Nicht gespeicherte Arbeit wiederherstellen</translation>
        </message>
        <message>
            <source>There is no unsaved work to recover: every briefing was saved or closed without changes.</source>
            <translation>Es gibt keine nicht gespeicherte Arbeit: Jedes Briefing wurde gespeichert oder ohne Änderungen geschlossen.</translation>
        </message>
        <message>
            <source>Unsaved work:</source>
            <translation>Nicht gespeicherte Arbeit:</translation>
        </message>
        <message>
            <source>Recovered: save it to keep it</source>
            <translation>Wiederhergestellt: Speichern Sie das Briefing, um es zu behalten</translation>
        </message>
        <message>
            <source>Cannot save</source>
            <translation>Speichern nicht möglich</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>{path} gespeichert</translation>
        </message>
        <message>
            <source>Cannot export</source>
            <translation>Export nicht möglich</translation>
        </message>
        <message>
            <source>{claim} (in “{section}”)</source>
            <translation>{claim} (in „{section}“)</translation>
        </message>
        <message numerus="yes">
            <source>These claims are already in the briefing:
{claims}

Add them again?</source>
            <translation>
                <numerusform>Diese Aussage steht bereits im Briefing:
{claims}

Noch einmal hinzufügen?</numerusform>
                <numerusform>Diese Aussagen stehen bereits im Briefing:
{claims}

Noch einmal hinzufügen?</numerusform>
            </translation>
        </message>
        <message>
            <source>Already in the briefing</source>
            <translation>Bereits im Briefing</translation>
        </message>
        <message>
            <source>Add Again</source>
            <translation>Erneut hinzufügen</translation>
        </message>
        <message>
            <source>Cannot add the claim</source>
            <translation>Die Aussage kann nicht hinzugefügt werden</translation>
        </message>
        <message>
            <source>Source not available</source>
            <translation>Quelle nicht verfügbar</translation>
        </message>
        <message>
            <source>Briefing Help</source>
            <translation>Briefing-Hilfe</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>The licence files are missing ({error}); this installation is incomplete.</source>
            <translation>Die Lizenzdateien fehlen ({error}); diese Installation ist unvollständig.</translation>
        </message>
    </context>
    <context>
        <name>MetadataForm</name>
        <message>
            <source>{field}:</source>
            <translation>{field}:</translation>
        </message>
        <message>
            <source>e.g. 04.08.2025 or 4. August 2025</source>
            <translation>z. B. 04.08.2025 oder 4. August 2025</translation>
        </message>
        <message>
            <source>e.g. 2025-08-04 or 4 August 2025</source>
            <translation>z. B. 2025-08-04 oder 4. August 2025</translation>
        </message>
        <message>
            <source>e.g. VS-NUR FÜR DEN DIENSTGEBRAUCH, VS-VERTRAULICH</source>
            <translation>z. B. VS-NUR FÜR DEN DIENSTGEBRAUCH, VS-VERTRAULICH</translation>
        </message>
        <message>
            <source>e.g. OFFICIAL, PROTECTED</source>
            <translation>z. B. VS-NUR FÜR DEN DIENSTGEBRAUCH, VS-VERTRAULICH</translation>
        </message>
        <message>
            <source>e.g. en-GB, de-DE (default: the template's)</source>
            <translation>z. B. de-DE, en-GB (sonst die der Vorlage)</translation>
        </message>
        <message>
            <source>Required by this template</source>
            <translation>Von dieser Vorlage verlangt</translation>
        </message>
        <message>
            <source>{own} ({usual})</source>
            <translation>{own} ({usual})</translation>
        </message>
    </context>
    <context>
        <name>NewBriefingDialog</name>
        <message>
            <source>New Briefing</source>
            <translation>Neues Briefing</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>Vorlagen</translation>
        </message>
        <message>
            <source>&amp;Template:</source>
            <translation>&amp;Vorlage:</translation>
        </message>
        <message>
            <source>{description}

Sections: {sections}</source>
            <translation>{description}

Abschnitte: {sections}</translation>
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
        <name>Prompter</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Nicht gespeicherte Änderungen</translation>
        </message>
        <message>
            <source>Save the changes to {name} before closing?</source>
            <translation>Änderungen an {name} vor dem Schließen speichern?</translation>
        </message>
        <message>
            <source>Recover unsaved work</source>
            <translation>Nicht gespeicherte Arbeit wiederherstellen</translation>
        </message>
        <message>
            <source>Briefing was closed without saving {briefing}. Recover the unsaved changes?</source>
            <translation>Briefing wurde beendet, ohne {briefing} zu speichern. Die nicht gespeicherten Änderungen wiederherstellen?</translation>
        </message>
        <message>
            <source>The library changed</source>
            <translation>Die Bibliothek hat sich geändert</translation>
        </message>
        <message>
            <source>Use the library's current text for the changed claims? (No keeps the saved copies.)</source>
            <translation>Für die geänderten Aussagen den aktuellen Text der Bibliothek übernehmen? („Nein“ behält die gespeicherten Fassungen.)</translation>
        </message>
        <message>
            <source>Open Briefing</source>
            <translation>Briefing öffnen</translation>
        </message>
        <message>
            <source>Briefings (*.briefing);;All files (*)</source>
            <translation>Briefings (*.briefing);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Import Document</source>
            <translation>Dokument importieren</translation>
        </message>
        <message>
            <source>Documents (*.txt *.md *.markdown *.html *.htm *.docx *.pdf);;All files (*)</source>
            <translation>Dokumente (*.txt *.md *.markdown *.html *.htm *.docx *.pdf);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Briefings (*.briefing)</source>
            <translation>Briefings (*.briefing)</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Speichern unter</translation>
        </message>
        <message>
            <source>Replace the File?</source>
            <translation>Datei ersetzen?</translation>
        </message>
        <message>
            <source>{file} already exists in {folder}. Replace it?</source>
            <translation>{file} ist in {folder} bereits vorhanden. Ersetzen?</translation>
        </message>
        <message>
            <source>&amp;Replace</source>
            <translation>&amp;Ersetzen</translation>
        </message>
        <message>
            <source>Export finished</source>
            <translation>Export abgeschlossen</translation>
        </message>
        <message>
            <source>Exported {file}.</source>
            <translation>{file} wurde exportiert.</translation>
        </message>
        <message>
            <source>Open File</source>
            <translation>Datei öffnen</translation>
        </message>
        <message>
            <source>Open Folder</source>
            <translation>Ordner öffnen</translation>
        </message>
        <message>
            <source>Cannot Open the File</source>
            <translation>Datei kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>No program on this computer opens {file}. The export is saved as:
{path}</source>
            <translation>Kein Programm auf diesem Computer öffnet {file}. Der Export ist gespeichert unter:
{path}</translation>
        </message>
        <message>
            <source>Show in Folder</source>
            <translation>Im Ordner anzeigen</translation>
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
        <name>SystemErrors</name>
        <message>
            <source>Read-only file system</source>
            <translation>das Dateisystem ist schreibgeschützt</translation>
        </message>
        <message>
            <source>Permission denied</source>
            <translation>keine Berechtigung</translation>
        </message>
        <message>
            <source>No space left on device</source>
            <translation>kein Speicherplatz mehr auf dem Datenträger</translation>
        </message>
        <message>
            <source>Disk quota exceeded</source>
            <translation>das Speicherkontingent ist erschöpft</translation>
        </message>
        <message>
            <source>No such file or directory</source>
            <translation>Datei oder Ordner nicht gefunden</translation>
        </message>
        <message>
            <source>Is a directory</source>
            <translation>das ist ein Ordner</translation>
        </message>
        <message>
            <source>Not a directory</source>
            <translation>das ist kein Ordner</translation>
        </message>
        <message>
            <source>File name too long</source>
            <translation>der Dateiname ist zu lang</translation>
        </message>
        <message>
            <source>Input/output error</source>
            <translation>Ein-/Ausgabefehler</translation>
        </message>
        <message>
            <source>Operation not permitted</source>
            <translation>Vorgang nicht erlaubt</translation>
        </message>
        <message>
            <source>Text file busy</source>
            <translation>die Datei ist in Benutzung</translation>
        </message>
    </context>
    <context>
        <name>Tasks</name>
        <message>
            <source>Something unexpected went wrong.</source>
            <translation>Etwas Unerwartetes ist schiefgegangen.</translation>
        </message>
        <message>
            <source>Something unexpected went wrong: {detail}</source>
            <translation>Etwas Unerwartetes ist schiefgegangen: {detail}</translation>
        </message>
        <message>
            <source>Your briefing is unchanged.</source>
            <translation>Ihr Briefing ist unverändert.</translation>
        </message>
    </context>
    <context>
        <name>Values</name>
        <message>
            <source>fact</source>
            <translation>Tatsache</translation>
        </message>
        <message>
            <source>figure</source>
            <translation>Zahl</translation>
        </message>
        <message>
            <source>event</source>
            <translation>Ereignis</translation>
        </message>
        <message>
            <source>quote</source>
            <translation>Äußerung</translation>
        </message>
        <message>
            <source>assessment</source>
            <translation>Einschätzung</translation>
        </message>
        <message>
            <source>as reported</source>
            <translation>wie berichtet</translation>
        </message>
        <message>
            <source>corroborated</source>
            <translation>bestätigt</translation>
        </message>
        <message>
            <source>disputed</source>
            <translation>umstritten</translation>
        </message>
        <message>
            <source>corrected</source>
            <translation>berichtigt</translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <source>The template requires the {label}; it is empty.</source>
            <translation>Die Vorlage verlangt das Feld „{label}“; es ist leer.</translation>
        </message>
        <message>
            <source>The date '{date}' is not a date like {forms}: it is printed as written, and the document's properties get no date.</source>
            <translation>„{date}“ ist kein gültiges Datum (etwa {forms}): Es wird so gedruckt, wie es geschrieben ist, und die Dokumenteigenschaften erhalten kein Datum.</translation>
        </message>
        <message>
            <source>The template '{template}' is not installed here; the export uses a generic layout.</source>
            <translation>Die Vorlage „{template}“ ist hier nicht installiert; der Export verwendet ein allgemeines Layout.</translation>
        </message>
        <message>
            <source>The required section '{heading}' is missing from this briefing.</source>
            <translation>Der Pflichtabschnitt „{heading}“ fehlt in diesem Briefing.</translation>
        </message>
        <message>
            <source>The section '{heading}' is not part of the template '{template}'.</source>
            <translation>Der Abschnitt „{heading}“ gehört nicht zur Vorlage „{template}“.</translation>
        </message>
        <message>
            <source>The required section '{heading}' is empty.</source>
            <translation>Der Pflichtabschnitt „{heading}“ ist leer.</translation>
        </message>
        <message>
            <source>'{heading}' has {count} words; its limit is {limit}.</source>
            <translation>„{heading}“ hat {count} Wörter; erlaubt sind höchstens {limit}.</translation>
        </message>
        <message>
            <source>{name} has no {tongue} {what}; the export prints the English. Add the {tongue} in the library{how} and refresh the briefing.</source>
            <translation>Zu {name} fehlt die Fassung auf {tongue} ({what}); der Export druckt die englische. Ergänzen Sie die Fassung auf {tongue} in der Bibliothek{how} und aktualisieren Sie das Briefing.</translation>
        </message>
        <message>
            <source>{name} is {status}: {note}</source>
            <translation>{name} ist {status}: {note}</translation>
        </message>
        <message>
            <source>{name} is {status}.</source>
            <translation>{name} ist {status}.</translation>
        </message>
        <message>
            <source>{name} is no longer in the library; the briefing cites its saved copy.</source>
            <translation>{name} ist nicht mehr in der Bibliothek; das Briefing zitiert die gespeicherte Kopie.</translation>
        </message>
        <message>
            <source>{name} was retired by the library's curators.</source>
            <translation>{name} wurde von den Kuratoren der Bibliothek zurückgezogen.</translation>
        </message>
        <message>
            <source>{name} is now {status} in the library: {note}</source>
            <translation>{name} ist in der Bibliothek jetzt {status}: {note}</translation>
        </message>
        <message>
            <source>{name} is now {status} in the library.</source>
            <translation>{name} ist in der Bibliothek jetzt {status}.</translation>
        </message>
        <message>
            <source>{name} changed in the library ({fields}); refresh it to use the current text.</source>
            <translation>{name} wurde in der Bibliothek geändert ({fields}); aktualisieren Sie die Aussage, um den aktuellen Text zu verwenden.</translation>
        </message>
        <message>
            <source>The source of {name} ({source}) is not in this library, so its quote cannot be checked.</source>
            <translation>Die Quelle von {name} ({source}) ist nicht in dieser Bibliothek; das Zitat kann daher nicht geprüft werden.</translation>
        </message>
        <message>
            <source>The quote of {name} no longer matches its source text.</source>
            <translation>Das Zitat von {name} stimmt nicht mehr mit dem Text der Quelle überein.</translation>
        </message>
        <message>
            <source>Writing DOCX</source>
            <translation>DOCX wird geschrieben</translation>
        </message>
        <message>
            <source>Writing PDF</source>
            <translation>PDF wird geschrieben</translation>
        </message>
        <message>
            <source>Writing MD</source>
            <translation>Markdown wird geschrieben</translation>
        </message>
        <message>
            <source>Writing HTML</source>
            <translation>HTML wird geschrieben</translation>
        </message>
        <message>
            <source>Strict export stopped by {count} preflight findings: {lines} (and {more} more)</source>
            <translation>Der strenge Export wurde wegen {count} Befunden der Prüfung angehalten: {lines} (und {more} weitere)</translation>
        </message>
        <message>
            <source>Strict export stopped by {count} preflight findings: {lines}</source>
            <translation>Der strenge Export wurde wegen {count} Befunden der Prüfung angehalten: {lines}</translation>
        </message>
        <message>
            <source>Strict export stopped by 1 preflight finding: {lines}</source>
            <translation>Der strenge Export wurde wegen eines Befunds der Prüfung angehalten: {lines}</translation>
        </message>
        <message>
            <source>Unknown export format '{fmt}'. Use one of: {names}.</source>
            <translation>Unbekanntes Exportformat „{fmt}“. Verwenden Sie eines dieser Formate: {names}.</translation>
        </message>
        <message>
            <source>The briefing fills {pages} pages; the template '{template}' is meant to fit on {limit} pages. Shorten it.</source>
            <translation>Das Briefing füllt {pages} Seiten; die Vorlage „{template}“ sieht höchstens {limit} Seiten vor. Kürzen Sie es.</translation>
        </message>
        <message>
            <source>The briefing fills {pages} pages; the template '{template}' is meant to fit on 1 page. Shorten it.</source>
            <translation>Das Briefing füllt {pages} Seiten; die Vorlage „{template}“ sieht eine Seite vor. Kürzen Sie es.</translation>
        </message>
        <message>
            <source>The PDF shows {shown}{more} as �: no bundled font has these characters. The Word export keeps them.</source>
            <translation>Das PDF zeigt {shown}{more} als �: Keine mitgelieferte Schrift hat diese Zeichen. Der Word-Export behält sie.</translation>
        </message>
        <message>
            <source>Exporting to {path} would overwrite the briefing itself; choose another file name.</source>
            <translation>Ein Export nach {path} würde das Briefing selbst überschreiben; wählen Sie einen anderen Dateinamen.</translation>
        </message>
        <message>
            <source>Checking the briefing</source>
            <translation>Briefing wird geprüft</translation>
        </message>
        <message>
            <source>Formatting citations</source>
            <translation>Quellenangaben werden formatiert</translation>
        </message>
        <message>
            <source>The {format} export failed while writing the file ({detail}); nothing was written to {path}.</source>
            <translation>Der {format}-Export ist beim Schreiben der Datei gescheitert ({detail}); in {path} wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>2025-07-29, 2025-07 or 2025</source>
            <translation>2025-07-29, 2025-07 oder 2025</translation>
        </message>
        <message>
            <source>2025-08-04, 4 August 2025, August 4, 2025 or 04.08.2025</source>
            <translation>04.08.2025, 4. August 2025 oder 2025-08-04</translation>
        </message>
        <message>
            <source> and </source>
            <translation> und </translation>
        </message>
        <message>
            <source>line {line}, column {column}</source>
            <translation>Zeile {line}, Spalte {column}</translation>
        </message>
        <message>
            <source>“{text}”</source>
            <translation>„{text}“</translation>
        </message>
        <message>
            <source>{where}: {detail}</source>
            <translation>{where}: {detail}</translation>
        </message>
        <message>
            <source>Claim {claim} is no longer in the library; the briefing keeps its saved copy.</source>
            <translation>Die Aussage {claim} ist nicht mehr in der Bibliothek; das Briefing behält seine gespeicherte Kopie.</translation>
        </message>
        <message>
            <source>Claim {claim} was retired by the library's curators.</source>
            <translation>Die Aussage {claim} wurde von den Kuratoren der Bibliothek zurückgezogen.</translation>
        </message>
        <message>
            <source>Claim {claim} changed in the library ({fields}); the briefing keeps its saved copy until you refresh it.</source>
            <translation>Die Aussage {claim} wurde in der Bibliothek geändert ({fields}); das Briefing behält seine gespeicherte Kopie, bis Sie sie aktualisieren.</translation>
        </message>
        <message>
            <source>“{title}” (unsaved changes to {file}), autosaved {when}</source>
            <translation>„{title}“ (nicht gespeicherte Änderungen an {file}), automatisch gesichert am {when}</translation>
        </message>
        <message>
            <source>“{title}” (never saved), autosaved {when}</source>
            <translation>„{title}“ (nie gespeichert), automatisch gesichert am {when}</translation>
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
        <message>
            <source>Cannot save to {path}: {reason}.</source>
            <translation>Speichern in {path} nicht möglich: {reason}.</translation>
        </message>
        <message>
            <source>Cannot save to {path}: it is a folder.</source>
            <translation>Speichern in {path} nicht möglich: Das ist ein Ordner.</translation>
        </message>
        <message>
            <source>Cannot save to {path}: it is a link to {kind}, not a regular file; Briefing saves only to ordinary files. Choose a file name.</source>
            <translation>Speichern in {path} nicht möglich: Das ist ein Link auf {kind}, keine gewöhnliche Datei; Briefing speichert nur in gewöhnliche Dateien. Wählen Sie einen Dateinamen.</translation>
        </message>
        <message>
            <source>Cannot save to {path}: it is {kind}, not a regular file; Briefing saves only to ordinary files. Choose a file name.</source>
            <translation>Speichern in {path} nicht möglich: Das ist {kind}, keine gewöhnliche Datei; Briefing speichert nur in gewöhnliche Dateien. Wählen Sie einen Dateinamen.</translation>
        </message>
        <message>
            <source>Cannot save to {what}: the folder {folder} does not exist.</source>
            <translation>Speichern in {what} nicht möglich: Der Ordner {folder} existiert nicht.</translation>
        </message>
        <message>
            <source>Cannot save to {what}: the disk is full. Nothing was changed; free some space and try again.</source>
            <translation>Speichern in {what} nicht möglich: Der Datenträger ist voll. Es wurde nichts geändert; schaffen Sie Platz und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Cannot save to {what}: {reason}.</source>
            <translation>Speichern in {what} nicht möglich: {reason}.</translation>
        </message>
        <message>
            <source>No locale '{locale}'. Available: {names}.</source>
            <translation>Keine Gebietsschema-Datei „{locale}“. Verfügbar: {names}.</translation>
        </message>
        <message>
            <source>Two sources have the id '{id}'</source>
            <translation>Zwei Quellen haben die ID „{id}“</translation>
        </message>
        <message>
            <source>Could not cite: {detail}</source>
            <translation>Zitieren nicht möglich: {detail}</translation>
        </message>
        <message>
            <source>No source '{source_id}' to cite</source>
            <translation>Keine Quelle „{source_id}“ zum Zitieren</translation>
        </message>
        <message>
            <source>No locator label '{label}' in CSL (page, paragraph, section, …)</source>
            <translation>Keine Fundstellenart „{label}“ in CSL (page, paragraph, section, …)</translation>
        </message>
        <message>
            <source>Could not make the bibliography: {detail}</source>
            <translation>Das Quellenverzeichnis konnte nicht erstellt werden: {detail}</translation>
        </message>
        <message>
            <source>Source '{source_id}': {field} {value!r} is not a date like {forms}</source>
            <translation>Quelle „{source_id}“: {field} {value!r} ist kein Datum der Form {forms}</translation>
        </message>
        <message>
            <source>Source '{id}': kind {kind!r} is not a CSL item type</source>
            <translation>Quelle „{id}“: Die Art {kind!r} ist kein CSL-Eintragstyp</translation>
        </message>
        <message>
            <source>Citation style file '{path}' cannot be used: {reason}</source>
            <translation>Die Zitierstildatei „{path}“ kann nicht verwendet werden: {reason}</translation>
        </message>
        <message>
            <source>No citation style '{style_id}'. Available: {names}.</source>
            <translation>Kein Zitierstil „{style_id}“. Verfügbar: {names}.</translation>
        </message>
        <message>
            <source>The quote is not at offset {start} in source '{id}'{where}.</source>
            <translation>Das Zitat steht nicht an Position {start} der Quelle „{id}“{where}.</translation>
        </message>
        <message>
            <source>The quote occurs {count} times in source '{id}' (at offsets {list}); pass --start with one of them or quote a longer passage.</source>
            <translation>Das Zitat kommt {count}-mal in der Quelle „{id}“ vor (an den Positionen {list}); geben Sie mit --start eine davon an oder zitieren Sie eine längere Passage.</translation>
        </message>
        <message>
            <source>The quote does not occur verbatim in source '{source}'; it occurs with other spaces or line breaks at offset {offset}: copy it exactly from the source text.</source>
            <translation>Das Zitat kommt in der Quelle „{source}“ nicht wörtlich vor; an Position {offset} steht es mit anderen Leerzeichen oder Zeilenumbrüchen: Übernehmen Sie es genau aus dem Quelltext.</translation>
        </message>
        <message>
            <source>The quote does not occur verbatim in source '{source}'; it occurs with other capital letters: copy it exactly.</source>
            <translation>Das Zitat kommt in der Quelle „{source}“ nicht wörtlich vor; es steht dort mit anderer Groß- und Kleinschreibung: Übernehmen Sie es genau.</translation>
        </message>
        <message>
            <source>The quote does not occur verbatim in source '{source}': copy it exactly from the source text (briefing sources show {source} --text).</source>
            <translation>Das Zitat kommt in der Quelle „{source}“ nicht wörtlich vor: Übernehmen Sie es genau aus dem Quelltext (briefing sources show {source} --text).</translation>
        </message>
        <message>
            <source>The claim's {field}: {detail}.</source>
            <translation>Feld „{field}“ der Aussage: {detail}.</translation>
        </message>
        <message>
            <source>A claim needs a statement: say in English what the quote shows.</source>
            <translation>Eine Aussage braucht einen Wortlaut: Schreiben Sie auf Englisch, was das Zitat belegt.</translation>
        </message>
        <message>
            <source>Who translated the quote, or from what, is said only of a quote marked as a translation.</source>
            <translation>Wer das Zitat übersetzt hat und aus welcher Sprache, wird nur bei einem als Übersetzung gekennzeichneten Zitat angegeben.</translation>
        </message>
        <message>
            <source>Unknown kind '{kind}'. Use one of: {names}.</source>
            <translation>Unbekannte Art „{kind}“. Verwenden Sie eine dieser Arten: {names}.</translation>
        </message>
        <message>
            <source>Unknown status '{status}'. Use one of: {names}.</source>
            <translation>Unbekannter Status „{status}“. Verwenden Sie einen dieser Status: {names}.</translation>
        </message>
        <message>
            <source>The event date '{event_date}' is not a date like {forms}.</source>
            <translation>Das Ereignisdatum „{event_date}“ ist kein Datum der Form {forms}.</translation>
        </message>
        <message>
            <source>The claim is too long to keep ({field}); shorten it.</source>
            <translation>Die Aussage ist zu lang, um gespeichert zu werden ({field}); kürzen Sie sie.</translation>
        </message>
        <message>
            <source>The quote is empty: give the exact words from the source.</source>
            <translation>Das Zitat ist leer: Geben Sie den genauen Wortlaut aus der Quelle an.</translation>
        </message>
        <message>
            <source>The selection {start}–{end} is not inside source '{id}' (its text has {count} characters).</source>
            <translation>Die Auswahl {start}–{end} liegt nicht innerhalb der Quelle „{id}“ (ihr Text hat {count} Zeichen).</translation>
        </message>
        <message>
            <source>The selection holds only spaces: select the words to quote.</source>
            <translation>Die Auswahl enthält nur Leerzeichen: Markieren Sie die Wörter, die Sie zitieren möchten.</translation>
        </message>
        <message>
            <source>Unknown claim field(s): {names}.</source>
            <translation>Unbekannte Felder der Aussage: {names}.</translation>
        </message>
        <message>
            <source>The English {what} is the claim's own: change it as it is, not as a translation.</source>
            <translation>Die englische Fassung ({what}) gehört der Aussage selbst: Ändern Sie sie direkt, nicht als Übersetzung.</translation>
        </message>
        <message>
            <source>Claim '{claim_id}' comes with the bundled library and cannot be deleted; retire it instead.</source>
            <translation>Die Aussage „{claim_id}“ gehört zur mitgelieferten Bibliothek und kann nicht gelöscht werden; ziehen Sie sie stattdessen zurück.</translation>
        </message>
        <message>
            <source>Claim '{claim_id}' is cited by {names}{detail}; retire it instead, so those briefings still resolve it.</source>
            <translation>Die Aussage „{claim_id}“ wird in {names}{detail} zitiert; ziehen Sie sie stattdessen zurück, damit diese Briefings sie weiterhin finden.</translation>
        </message>
        <message>
            <source>A claim cannot corroborate itself: name two different claims.</source>
            <translation>Eine Aussage kann sich nicht selbst bestätigen: Nennen Sie zwei verschiedene Aussagen.</translation>
        </message>
        <message>
            <source>Claims '{id}' and '{other}' come from the same source, so they cannot corroborate each other.</source>
            <translation>Die Aussagen „{id}“ und „{other}“ stammen aus derselben Quelle und können einander daher nicht bestätigen.</translation>
        </message>
        <message>
            <source>Cannot save {file}: the file would not open again ({detail}). Nothing was written; shorten that text and save again.</source>
            <translation>{file} kann nicht gespeichert werden: Die Datei ließe sich nicht wieder öffnen ({detail}). Es wurde nichts geschrieben; kürzen Sie diesen Text und speichern Sie erneut.</translation>
        </message>
        <message>
            <source>{name} is empty: it holds no briefing. Open an earlier copy or a recovery file (File &gt; Recover Unsaved Work).</source>
            <translation>{name} ist leer: Die Datei enthält kein Briefing. Öffnen Sie eine frühere Kopie oder eine Wiederherstellungsdatei (Datei &gt; Nicht gespeicherte Arbeit wiederherstellen).</translation>
        </message>
        <message>
            <source>{name} has no valid format version.</source>
            <translation>{name} hat keine gültige Formatversion.</translation>
        </message>
        <message>
            <source>{name} is not a briefing file.</source>
            <translation>{name} ist keine Briefing-Datei.</translation>
        </message>
        <message>
            <source>{name} is damaged: it is nested too deeply to be a briefing.</source>
            <translation>{name} ist beschädigt: Die Datei ist zu tief verschachtelt, um ein Briefing zu sein.</translation>
        </message>
        <message>
            <source>{name} is damaged: a required entry is missing or malformed ({where}).</source>
            <translation>{name} ist beschädigt: Ein notwendiger Eintrag fehlt oder ist fehlerhaft ({where}).</translation>
        </message>
        <message>
            <source>{name} is damaged: {detail}.</source>
            <translation>{name} ist beschädigt: {detail}.</translation>
        </message>
        <message>
            <source>{name} was saved by a newer version of Briefing (format {version}; this app reads up to {newest}). Update the app to open it.</source>
            <translation>{name} wurde mit einer neueren Version von Briefing gespeichert (Format {version}; diese Version liest bis Format {newest}). Aktualisieren Sie Briefing, um die Datei zu öffnen.</translation>
        </message>
        <message>
            <source>{name} is not a briefing file (it is not UTF-8 text).</source>
            <translation>{name} ist keine Briefing-Datei (kein UTF-8-Text).</translation>
        </message>
        <message>
            <source>{name} is incomplete: it ends at {where}, as if it was cut off while being written. Open an earlier copy or the recovery file.</source>
            <translation>{name} ist unvollständig: Die Datei endet bei {where}, als wäre sie beim Schreiben abgeschnitten worden. Öffnen Sie eine frühere Kopie oder die Wiederherstellungsdatei.</translation>
        </message>
        <message>
            <source>{name} is damaged at {where} ({problem}); it may have been edited by hand.</source>
            <translation>{name} ist bei {where} beschädigt ({problem}); die Datei wurde vielleicht von Hand bearbeitet.</translation>
        </message>
        <message>
            <source>{name} is damaged: it holds a number too large to be part of a briefing.</source>
            <translation>{name} ist beschädigt: Die Datei enthält eine Zahl, die zu groß für ein Briefing ist.</translation>
        </message>
        <message>
            <source>This briefing has no section '{key}'. Its sections: {keys}.</source>
            <translation>Dieses Briefing hat keinen Abschnitt „{key}“. Seine Abschnitte: {keys}.</translation>
        </message>
        <message>
            <source>This briefing has no item '{uid}'.</source>
            <translation>Dieses Briefing hat keinen Eintrag „{uid}“.</translation>
        </message>
        <message>
            <source>There is no file {path}.</source>
            <translation>Die Datei {path} gibt es nicht.</translation>
        </message>
        <message>
            <source>{path} cannot be read: {reason}.</source>
            <translation>{path} kann nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <source>{file} is {size:.1f} MB; Briefing imports files up to {limit} MB (split it or extract the part you need).</source>
            <translation>{file} ist {size:.1f} MB groß; Briefing importiert Dateien bis {limit} MB (teilen Sie die Datei oder entnehmen Sie den Teil, den Sie brauchen).</translation>
        </message>
        <message>
            <source>{file} is over the {limit} MB limit.</source>
            <translation>{file} ist größer als die Grenze von {limit} MB.</translation>
        </message>
        <message>
            <source>{name} starts with a {label} byte-order mark but is not valid {label} (bad bytes at position {start}); save it again as UTF-8.</source>
            <translation>{name} beginnt mit einer {label}-Bytereihenfolgemarke, ist aber kein gültiges {label} (ungültige Bytes an Position {start}); speichern Sie die Datei erneut als UTF-8.</translation>
        </message>
        <message>
            <source>{name} is not a text file (it holds binary data); Briefing imports plain text, Markdown, HTML, Word (.docx) and PDF files.</source>
            <translation>{name} ist keine Textdatei (sie enthält Binärdaten); Briefing importiert reinen Text, Markdown, HTML, Word (.docx) und PDF.</translation>
        </message>
        <message>
            <source>{name} is neither UTF-8 nor Windows-1252 text (byte 0x{data:02x} at position {start}); save it as UTF-8 and import it again.</source>
            <translation>{name} ist weder UTF-8- noch Windows-1252-Text (Byte 0x{data:02x} an Position {start}); speichern Sie die Datei als UTF-8 und importieren Sie sie erneut.</translation>
        </message>
        <message>
            <source>{name} holds {count:,} characters of text; Briefing imports up to {limit:,} (import the part you need).</source>
            <translation>{name} enthält {count:,} Zeichen Text; Briefing importiert höchstens {limit:,} (importieren Sie den Teil, den Sie brauchen).</translation>
        </message>
        <message>
            <source>{name} holds more than {limit:,} characters of text; Briefing imports up to that (import the part you need).</source>
            <translation>{name} enthält mehr als {limit:,} Zeichen Text; mehr importiert Briefing nicht (importieren Sie den Teil, den Sie brauchen).</translation>
        </message>
        <message>
            <source>{name} is a password-protected Office document; save an unprotected copy as .docx and import that.</source>
            <translation>{name} ist ein kennwortgeschütztes Office-Dokument; speichern Sie eine ungeschützte Kopie als .docx und importieren Sie diese.</translation>
        </message>
        <message>
            <source>{name} is an old Office document (.doc); save it as .docx and import that.</source>
            <translation>{name} ist ein altes Office-Dokument (.doc); speichern Sie es als .docx und importieren Sie dieses.</translation>
        </message>
        <message>
            <source>{name} is {what}; Briefing imports plain text, Markdown, HTML, Word (.docx) and PDF files.</source>
            <translation>{name} ist {what}; Briefing importiert reinen Text, Markdown, HTML, Word (.docx) und PDF.</translation>
        </message>
        <message>
            <source>{name} is damaged or truncated (it is not a readable Word document).</source>
            <translation>{name} ist beschädigt oder abgeschnitten (kein lesbares Word-Dokument).</translation>
        </message>
        <message>
            <source>{name} holds {count:,} files inside; a Word document has far fewer, so Briefing does not open it.</source>
            <translation>{name} enthält {count:,} Dateien; ein Word-Dokument hat weit weniger, deshalb öffnet Briefing es nicht.</translation>
        </message>
        <message>
            <source>{name} is {kind}, not a Word document; save it as .docx, PDF or text first.</source>
            <translation>{name} ist {kind}, kein Word-Dokument; speichern Sie es zuerst als .docx, PDF oder Text.</translation>
        </message>
        <message>
            <source>{name} is password-protected; save an unprotected copy first.</source>
            <translation>{name} ist kennwortgeschützt; speichern Sie zuerst eine ungeschützte Kopie.</translation>
        </message>
        <message>
            <source>{name} unpacks to {size:,.0f} MB of XML from {packed:,.1f} MB (a zip bomb?); Briefing does not open it.</source>
            <translation>{name} entpackt sich aus {packed:,.1f} MB zu {size:,.0f} MB XML (eine ZIP-Bombe?); Briefing öffnet es nicht.</translation>
        </message>
        <message>
            <source>{name} unpacks to more XML than its size allows (a zip bomb?); Briefing does not open it.</source>
            <translation>{name} entpackt sich zu mehr XML, als seine Größe zulässt (eine ZIP-Bombe?); Briefing öffnet es nicht.</translation>
        </message>
        <message>
            <source>{name} is damaged: {part} is not well-formed XML ({problem}, line {lineno}).</source>
            <translation>{name} ist beschädigt: {part} ist kein wohlgeformtes XML ({problem}, Zeile {lineno}).</translation>
        </message>
        <message>
            <source>{name} is damaged or truncated ({part} cannot be unpacked).</source>
            <translation>{name} ist beschädigt oder abgeschnitten ({part} lässt sich nicht entpacken).</translation>
        </message>
        <message>
            <source>{name} contains an XML document type declaration, which Word documents never have (it could expand entities or read other files); Briefing does not open it.</source>
            <translation>{name} enthält eine XML-Dokumenttypdeklaration, die Word-Dokumente nie haben (sie könnte Entitäten erweitern oder andere Dateien lesen); Briefing öffnet es nicht.</translation>
        </message>
        <message>
            <source>{name} is encrypted with AES, which this installation of Briefing cannot read; save an unencrypted copy and import that.</source>
            <translation>{name} ist mit AES verschlüsselt; diese Installation von Briefing kann das nicht lesen. Speichern Sie eine unverschlüsselte Kopie und importieren Sie diese.</translation>
        </message>
        <message>
            <source>{name} is damaged: its structure nests too deeply to read.</source>
            <translation>{name} ist beschädigt: Die Struktur ist zu tief verschachtelt, um gelesen zu werden.</translation>
        </message>
        <message>
            <source>{name} is damaged or truncated and cannot be read ({reason}).</source>
            <translation>{name} ist beschädigt oder abgeschnitten und kann nicht gelesen werden ({reason}).</translation>
        </message>
        <message>
            <source>{name} has no text layer (it is probably scanned images); run it through OCR or import the text another way.</source>
            <translation>{name} hat keine Textebene (wahrscheinlich gescannte Bilder); lassen Sie eine Texterkennung (OCR) laufen oder importieren Sie den Text auf anderem Weg.</translation>
        </message>
        <message>
            <source>{name} is encrypted (password-protected); open it, save an unprotected copy and import that.</source>
            <translation>{name} ist verschlüsselt (kennwortgeschützt); öffnen Sie die Datei, speichern Sie eine ungeschützte Kopie und importieren Sie diese.</translation>
        </message>
        <message>
            <source>{name} has {count:,} pages; Briefing imports PDFs of up to {limit:,} pages.</source>
            <translation>{name} hat {count:,} Seiten; Briefing importiert PDFs mit höchstens {limit:,} Seiten.</translation>
        </message>
        <message>
            <source>{name} is too much work to read: {why}. Print it to a new PDF, or save its text another way, and import that.</source>
            <translation>{name} ist zu aufwendig zu lesen: {why}. Drucken Sie die Datei in ein neues PDF oder sichern Sie ihren Text auf anderem Weg und importieren Sie das Ergebnis.</translation>
        </message>
        <message>
            <source>{name} is not a {label} (its first bytes are not a {label}'s) nor text; it is damaged or another kind of file.</source>
            <translation>{name} ist weder {label} noch Text (die ersten Bytes passen nicht dazu); die Datei ist beschädigt oder von anderer Art.</translation>
        </message>
        <message>
            <source>{name} holds no text to import.</source>
            <translation>{name} enthält keinen Text, der sich importieren ließe.</translation>
        </message>
        <message>
            <source>The {label} '{value}' is not a date like {forms} (prefix 'c.' for an approximate date, or say 'unknown').</source>
            <translation>{label} „{value}“ ist kein Datum der Form {forms} (für ein ungefähres Datum „c.“ voranstellen oder „unknown“ angeben).</translation>
        </message>
        <message>
            <source>The {label} '{value}' is not a date like {forms}.</source>
            <translation>{label} „{value}“ ist kein Datum der Form {forms}.</translation>
        </message>
        <message>
            <source>Unknown source field(s): {names}.</source>
            <translation>Unbekannte Felder der Quelle: {names}.</translation>
        </message>
        <message>
            <source>The source needs a title; pass one with --title.</source>
            <translation>Die Quelle braucht einen Titel; geben Sie ihn mit --title an.</translation>
        </message>
        <message>
            <source>The language '{value}' is not a language code like de, en or zh-CN.</source>
            <translation>Die Sprache „{value}“ ist kein Sprachcode wie de, en oder zh-CN.</translation>
        </message>
        <message>
            <source>The kind '{value}' is not a citation item type (for example article-newspaper, report, webpage).</source>
            <translation>Die Art „{value}“ ist kein Eintragstyp für Quellenangaben (zum Beispiel article-newspaper, report, webpage).</translation>
        </message>
        <message>
            <source>The source's details are too long to keep ({field}); shorten them.</source>
            <translation>Die Angaben zur Quelle sind zu lang, um gespeichert zu werden ({field}); kürzen Sie sie.</translation>
        </message>
        <message>
            <source>The library already holds this text as source '{existing}'; it was not imported again.</source>
            <translation>Die Bibliothek enthält diesen Text bereits als Quelle „{existing}“; er wurde nicht erneut importiert.</translation>
        </message>
        <message>
            <source>The library already has a source with id '{id}'.</source>
            <translation>Die Bibliothek hat bereits eine Quelle mit der ID „{id}“.</translation>
        </message>
        <message>
            <source>The library {path} is damaged or is not a Briefing library ({detail}).</source>
            <translation>Die Bibliothek {path} ist beschädigt oder keine Briefing-Bibliothek ({detail}).</translation>
        </message>
        <message>
            <source>There is no source with id '{source_id}' in the library.</source>
            <translation>In der Bibliothek gibt es keine Quelle mit der ID „{source_id}“.</translation>
        </message>
        <message>
            <source>There is no claim with id '{claim_id}' in the library.</source>
            <translation>In der Bibliothek gibt es keine Aussage mit der ID „{claim_id}“.</translation>
        </message>
        <message>
            <source>The file {path} is a SQLite database but not a Briefing library; it was left untouched. Move it elsewhere to let Briefing build its library there, or give Briefing another library file with --library.</source>
            <translation>Die Datei {path} ist eine SQLite-Datenbank, aber keine Briefing-Bibliothek; sie wurde nicht verändert. Verschieben Sie sie, damit Briefing dort seine Bibliothek anlegen kann, oder geben Sie Briefing mit --library eine andere Bibliotheksdatei an.</translation>
        </message>
        <message>
            <source>The library {path} must be updated for this version of Briefing, but it cannot be written ({detail}): the file or its folder is read-only, or belongs to another user. Nothing was changed. Make the file and its folder writable and start again.</source>
            <translation>Die Bibliothek {path} muss für diese Version von Briefing aktualisiert werden, aber in sie kann nicht geschrieben werden ({detail}): Die Datei oder ihr Ordner ist schreibgeschützt oder gehört einem anderen Benutzer. Es wurde nichts geändert. Machen Sie die Datei und ihren Ordner beschreibbar und starten Sie erneut.</translation>
        </message>
        <message>
            <source>The library {path} cannot be opened ({detail}): the file or its folder is read-only, or belongs to another user. Nothing was changed. Make the file and its folder writable.</source>
            <translation>Die Bibliothek {path} kann nicht geöffnet werden ({detail}): Die Datei oder ihr Ordner ist schreibgeschützt oder gehört einem anderen Benutzer. Es wurde nichts geändert. Machen Sie die Datei und ihren Ordner beschreibbar.</translation>
        </message>
        <message>
            <source>The library path {path} is a folder, not a library file.</source>
            <translation>Der Bibliothekspfad {path} ist ein Ordner, keine Bibliotheksdatei.</translation>
        </message>
        <message>
            <source>There is no library file at {path}.</source>
            <translation>Unter {path} gibt es keine Bibliotheksdatei.</translation>
        </message>
        <message>
            <source>Cannot create the folder for the library {path}: {reason}.</source>
            <translation>Der Ordner für die Bibliothek {path} kann nicht angelegt werden: {reason}.</translation>
        </message>
        <message>
            <source>The library {path} cannot be read: {reason}.</source>
            <translation>Die Bibliothek {path} kann nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <source>The pack {name} is damaged: {problem}; nothing was imported.</source>
            <translation>Das Paket {name} ist beschädigt: {problem}; es wurde nichts importiert.</translation>
        </message>
        <message>
            <source>{detail} Export fewer sources.</source>
            <translation>{detail} Exportieren Sie weniger Quellen.</translation>
        </message>
        <message>
            <source>The pack {name} has no valid version number; nothing was imported.</source>
            <translation>Das Paket {name} hat keine gültige Versionsnummer; es wurde nichts importiert.</translation>
        </message>
        <message>
            <source>{name} is not a Briefing library pack (its format is not '{format}').</source>
            <translation>{name} ist kein Bibliothekspaket von Briefing (das Format ist nicht „{format}“).</translation>
        </message>
        <message>
            <source>{name} is not a Briefing library pack (its JSON nests too deeply).</source>
            <translation>{name} ist kein Bibliothekspaket von Briefing (das JSON ist zu tief verschachtelt).</translation>
        </message>
        <message>
            <source>The pack {name} was written by a newer version of Briefing (pack version {version}, this app reads {newest}); update the app.</source>
            <translation>Das Paket {name} wurde von einer neueren Version von Briefing geschrieben (Paketversion {version}, diese Version liest {newest}); aktualisieren Sie Briefing.</translation>
        </message>
        <message>
            <source>{name} is not a Briefing library pack (it is not UTF-8 text).</source>
            <translation>{name} ist kein Bibliothekspaket von Briefing (kein UTF-8-Text).</translation>
        </message>
        <message>
            <source>{name} is not a Briefing library pack (not valid JSON: {reason}).</source>
            <translation>{name} ist kein Bibliothekspaket von Briefing (kein gültiges JSON: {reason}).</translation>
        </message>
        <message>
            <source>No claim has the topic '{topic}'. Known: {names}.</source>
            <translation>Keine Aussage hat das Thema „{topic}“. Bekannt: {names}.</translation>
        </message>
        <message>
            <source>Your own sources and claims could not be backed up ({reason}). Briefing works on; the backup is tried again at the next start.</source>
            <translation>Ihre eigenen Quellen und Aussagen konnten nicht gesichert werden ({reason}). Briefing arbeitet weiter; die Sicherung wird beim nächsten Start erneut versucht.</translation>
        </message>
        <message>
            <source>Cannot save to the backups folder {backups}: {reason}.</source>
            <translation>Speichern im Sicherungsordner {backups} nicht möglich: {reason}.</translation>
        </message>
        <message>
            <source>The library file is damaged ({problem}). Quit Briefing and start it again: it will keep the damaged file aside, rebuild the library and restore your own sources and claims from the newest backup. Until then, new claims may not be kept.</source>
            <translation>Die Bibliotheksdatei ist beschädigt ({problem}). Beenden Sie Briefing und starten Sie es erneut: Es legt die beschädigte Datei beiseite, baut die Bibliothek neu auf und stellt Ihre eigenen Quellen und Aussagen aus der neuesten Sicherung wieder her. Bis dahin werden neue Aussagen womöglich nicht gespeichert.</translation>
        </message>
        <message>
            <source>The library {path} was written by a newer version of Briefing (schema {found}, this app reads up to {newest}). Update the app.</source>
            <translation>Die Bibliothek {path} wurde von einer neueren Version von Briefing geschrieben (Schema {found}, diese Version liest bis {newest}). Aktualisieren Sie Briefing.</translation>
        </message>
        <message>
            <source>Cannot sort by '{order}'. Sort by one of: {names} ('-' before it: descending).</source>
            <translation>Nach „{order}“ kann nicht sortiert werden. Sortieren Sie nach einem dieser Felder: {names} („-“ davor: absteigend).</translation>
        </message>
        <message>
            <source>The date {label} '{value}' is not a real date written YYYY, YYYY-MM or YYYY-MM-DD.</source>
            <translation>Das Datum „{label}“ („{value}“) ist kein gültiges Datum in der Form JJJJ, JJJJ-MM oder JJJJ-MM-TT.</translation>
        </message>
        <message>
            <source>The date range {date_from} to {date_to} is empty: 'from' is after 'to'.</source>
            <translation>Der Zeitraum {date_from} bis {date_to} ist leer: „von“ liegt nach „bis“.</translation>
        </message>
        <message>
            <source>{detail} Known sources: {known}.</source>
            <translation>{detail} Bekannte Quellen: {known}.</translation>
        </message>
        <message>
            <source>No claim has the {field} '{value}'. Known: {hint}.</source>
            <translation>Keine Aussage hat „{value}“ im Feld „{field}“. Bekannt: {hint}.</translation>
        </message>
        <message>
            <source>The library {path} is damaged ({detail}). Start Briefing (or run the command) again: it will keep the damaged file aside, rebuild the library and restore your own sources and claims from the newest backup.</source>
            <translation>Die Bibliothek {path} ist beschädigt ({detail}). Starten Sie Briefing (oder den Befehl) erneut: Es legt die beschädigte Datei beiseite, baut die Bibliothek neu auf und stellt Ihre eigenen Quellen und Aussagen aus der neuesten Sicherung wieder her.</translation>
        </message>
        <message>
            <source>A query on {path} was interrupted.</source>
            <translation>Eine Abfrage an {path} wurde abgebrochen.</translation>
        </message>
        <message>
            <source>The library {path} is busy: another Briefing window or command is writing to it and did not finish within {seconds:.0f} seconds. Nothing was changed; try again in a moment.</source>
            <translation>Die Bibliothek {path} ist belegt: Ein anderes Briefing-Fenster oder ein Befehl schreibt gerade hinein und ist nicht innerhalb von {seconds:.0f} Sekunden fertig geworden. Es wurde nichts geändert; versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <source>The disk holding the library {path} is full. Nothing was changed; free some space and try again (the library needs no repair).</source>
            <translation>Der Datenträger mit der Bibliothek {path} ist voll. Es wurde nichts geändert; schaffen Sie Platz und versuchen Sie es erneut (die Bibliothek muss nicht repariert werden).</translation>
        </message>
        <message>
            <source>The library {path} cannot be written ({detail}): the file or its folder is read-only, or belongs to another user. Nothing was changed; searching still works. Make the file and its folder writable to add or change claims.</source>
            <translation>In die Bibliothek {path} kann nicht geschrieben werden ({detail}): Die Datei oder ihr Ordner ist schreibgeschützt oder gehört einem anderen Benutzer. Es wurde nichts geändert; die Suche funktioniert weiterhin. Machen Sie die Datei und ihren Ordner beschreibbar, um Aussagen hinzuzufügen oder zu ändern.</translation>
        </message>
        <message>
            <source>The disk reported an error while using the library {path} ({detail}). Nothing was changed; check the disk (is it full, removed, or failing?) and try again.</source>
            <translation>Der Datenträger meldete beim Zugriff auf die Bibliothek {path} einen Fehler ({detail}). Es wurde nichts geändert; prüfen Sie den Datenträger (voll, entfernt oder defekt?) und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The search is too long for the library to run (it has too many words); search with fewer words.</source>
            <translation>Die Suche ist zu lang, um in der Bibliothek ausgeführt zu werden (sie hat zu viele Wörter); suchen Sie mit weniger Wörtern.</translation>
        </message>
        <message>
            <source>The library {path} reported an error: {detail}.</source>
            <translation>Die Bibliothek {path} meldete einen Fehler: {detail}.</translation>
        </message>
        <message>
            <source>There is no {what} at {path}.</source>
            <translation>Unter {path} gibt es keine Datei (erwartet: {what}).</translation>
        </message>
        <message>
            <source>{path} is a folder, not a {what}.</source>
            <translation>{path} ist ein Ordner, keine Datei (erwartet: {what}).</translation>
        </message>
        <message>
            <source>The {what} {path} cannot be read: {reason}.</source>
            <translation>Die Datei {path} ({what}) kann nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <source>{path} is not a regular file ({kind}); give the path of a {what}.</source>
            <translation>{path} ist keine gewöhnliche Datei ({kind}); geben Sie den Pfad einer Datei an (erwartet: {what}).</translation>
        </message>
        <message>
            <source>The {what} {file} is {size}; {what}s can be up to {size2}.</source>
            <translation>Die Datei {file} ({what}) ist {size} groß; zulässig sind höchstens {size2}.</translation>
        </message>
        <message>
            <source>The {what} {file} is over {size}; {what}s can be up to that.</source>
            <translation>Die Datei {file} ({what}) ist größer als {size}; mehr ist nicht zulässig.</translation>
        </message>
        <message>
            <source>Template {template!r}</source>
            <translation>Vorlage {template!r}</translation>
        </message>
        <message>
            <source>file {file}</source>
            <translation>Datei {file}</translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>Zeile {line}</translation>
        </message>
        <message>
            <source>there is no part {part!r}; parts are {names}.</source>
            <translation>es gibt keinen Teil {part!r}; die Teile heißen {names}.</translation>
        </message>
        <message>
            <source>{name} is not a regular file ({kind}); use an ordinary file.</source>
            <translation>{name} ist keine gewöhnliche Datei ({kind}); verwenden Sie eine gewöhnliche Datei.</translation>
        </message>
        <message>
            <source>the folder {folder} cannot be a template: its name is the template's id and may use only letters, digits, '-' and '_'; rename it.</source>
            <translation>der Ordner {folder} kann keine Vorlage sein: Sein Name ist die ID der Vorlage und darf nur Buchstaben, Ziffern, „-“ und „_“ enthalten; benennen Sie ihn um.</translation>
        </message>
        <message>
            <source>the folder {folder} has no manifest.toml.</source>
            <translation>der Ordner {folder} hat keine manifest.toml.</translation>
        </message>
        <message>
            <source>the template has no title.j2 (the title block); add one.</source>
            <translation>die Vorlage hat keine title.j2 (den Titelblock); legen Sie eine an.</translation>
        </message>
        <message>
            <source>cannot read the folder {directory}: {error}.</source>
            <translation>der Ordner {directory} kann nicht gelesen werden: {error}.</translation>
        </message>
        <message>
            <source>cannot read {folder}: {reason}.</source>
            <translation>{folder} kann nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <source>{folder} was not loaded: the template in {where} already has this id; rename the folder to use both.</source>
            <translation>{folder} wurde nicht geladen: Die Vorlage in {where} hat bereits diese ID; benennen Sie den Ordner um, um beide zu verwenden.</translation>
        </message>
        <message>
            <source>the folder {folder} cannot be read ({reason}); make it readable.</source>
            <translation>der Ordner {folder} kann nicht gelesen werden ({reason}); machen Sie ihn lesbar.</translation>
        </message>
        <message>
            <source>No template {name!r}, and no template is installed to lay the briefing out instead.</source>
            <translation>Keine Vorlage {name!r}, und es ist keine andere Vorlage installiert, mit der sich das Briefing setzen ließe.</translation>
        </message>
        <message>
            <source>No template {name!r}. Available: {available}.</source>
            <translation>Keine Vorlage {name!r}. Verfügbar: {available}.</translation>
        </message>
        <message>
            <source>The template's reference document {path} is not a usable Word file (it is not a zip package); repair it or remove it to use the default look.</source>
            <translation>Das Referenzdokument der Vorlage, {path}, ist keine brauchbare Word-Datei (kein ZIP-Paket); reparieren oder entfernen Sie es, um das Standardaussehen zu verwenden.</translation>
        </message>
        <message>
            <source>The template's reference document {path} holds {count:,} files inside; a Word document has far fewer, so it is not used.</source>
            <translation>Das Referenzdokument der Vorlage, {path}, enthält {count:,} Dateien; ein Word-Dokument hat weit weniger, deshalb wird es nicht verwendet.</translation>
        </message>
        <message>
            <source>The template's reference document {path} unpacks to {size:,.0f} MB ({filename}); a reference document may unpack to {part_limit} MB a part and {total_limit} MB in all, so it is not used. Repair it or remove it to use the default look.</source>
            <translation>Das Referenzdokument der Vorlage, {path}, entpackt sich zu {size:,.0f} MB ({filename}); ein Referenzdokument darf je Teil höchstens {part_limit} MB und insgesamt {total_limit} MB ergeben, deshalb wird es nicht verwendet. Reparieren oder entfernen Sie es, um das Standardaussehen zu verwenden.</translation>
        </message>
        <message>
            <source>The template's reference document {path} is not a usable Word file; repair it or remove it to use the default look.</source>
            <translation>Das Referenzdokument der Vorlage, {path}, ist keine brauchbare Word-Datei; reparieren oder entfernen Sie es, um das Standardaussehen zu verwenden.</translation>
        </message>
        <message>
            <source>Typesetting the PDF took longer than {seconds} s and was stopped; nothing was written.</source>
            <translation>Der Satz des PDF dauerte länger als {seconds} s und wurde abgebrochen; es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>The PDF typesetter stopped unexpectedly; nothing was written. Try again, or export to Word.</source>
            <translation>Der PDF-Satz wurde unerwartet beendet; es wurde nichts geschrieben. Versuchen Sie es erneut oder exportieren Sie nach Word.</translation>
        </message>
        <message>
            <source>The PDF typesetter stopped unexpectedly (exit status {code}); nothing was written. Try again, or export to Word.</source>
            <translation>Der PDF-Satz wurde unerwartet beendet (Exit-Status {code}); es wurde nichts geschrieben. Versuchen Sie es erneut oder exportieren Sie nach Word.</translation>
        </message>
        <message>
            <source>The PDF could not be typeset ({detail}); nothing was written.</source>
            <translation>Das PDF konnte nicht gesetzt werden ({detail}); es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>this would build a value of about {estimate:,} characters; the limit is {limit:,}</source>
            <translation>das ergäbe einen Wert von etwa {estimate:,} Zeichen; die Grenze liegt bei {limit:,}</translation>
        </message>
        <message>
            <source>the number {number} is too large here: filters and functions take numbers up to {limit:,}</source>
            <translation>die Zahl {number} ist hier zu groß: Filter und Funktionen nehmen Zahlen bis {limit:,}</translation>
        </message>
        <message>
            <source>the sum filter adds numbers only</source>
            <translation>der Filter sum addiert nur Zahlen</translation>
        </message>
        <message>
            <source>cannot use {template!r}: a part may include or import only another .j2 file of its own template folder, by plain name such as 'macros.j2'.</source>
            <translation>{template!r} kann nicht verwendet werden: Ein Teil darf nur eine andere .j2-Datei aus dem eigenen Vorlagenordner einbinden oder importieren, mit bloßem Namen wie „macros.j2“.</translation>
        </message>
        <message>
            <source>{template} is a symbolic link; use an ordinary file</source>
            <translation>{template} ist ein symbolischer Link; verwenden Sie eine gewöhnliche Datei</translation>
        </message>
        <message>
            <source>{template} is not UTF-8 text ({reason})</source>
            <translation>{template} ist kein UTF-8-Text ({reason})</translation>
        </message>
        <message>
            <source>{template} cannot be read ({reason})</source>
            <translation>{template} kann nicht gelesen werden ({reason})</translation>
        </message>
        <message>
            <source>{template} is longer than {limit:,} characters</source>
            <translation>{template} ist länger als {limit:,} Zeichen</translation>
        </message>
        <message>
            <source>the number would have more than {bits} bits</source>
            <translation>die Zahl hätte mehr als {bits} Bit</translation>
        </message>
        <message>
            <source>calls are nested more than {depth} deep (does a macro call itself without end?)</source>
            <translation>Aufrufe sind mehr als {depth} Ebenen tief verschachtelt (ruft sich ein Makro endlos selbst auf?)</translation>
        </message>
        <message>
            <source>the output is longer than {limit:,} characters</source>
            <translation>die Ausgabe ist länger als {limit:,} Zeichen</translation>
        </message>
        <message>
            <source>there is no file {file!r} in the template folder</source>
            <translation>im Vorlagenordner gibt es keine Datei {file!r}</translation>
        </message>
        <message>
            <source>not allowed: {reason}</source>
            <translation>nicht erlaubt: {reason}</translation>
        </message>
        <message>
            <source>too deeply nested: a macro or include that calls itself without end, or expressions nested too deeply</source>
            <translation>zu tief verschachtelt: ein Makro oder Include, das sich endlos selbst aufruft, oder zu tief verschachtelte Ausdrücke</translation>
        </message>
        <message>
            <source>rendering needs too much memory</source>
            <translation>das Erzeugen braucht zu viel Speicher</translation>
        </message>
        <message>
            <source>an unexpected error in the template</source>
            <translation>ein unerwarteter Fehler in der Vorlage</translation>
        </message>
        <message>
            <source>rendering took longer than {seconds:g} s (an endless or very long loop?)</source>
            <translation>das Erzeugen dauerte länger als {seconds:g} s (eine endlose oder sehr lange Schleife?)</translation>
        </message>
    </context>
</TS>
