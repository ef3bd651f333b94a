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
        <source>what it translates, e.g. CNN&apos;s English report of the speech</source>
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
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>JJJJ, JJJJ-MM oder JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Short and neutral, for the minister: printed in the footnote unless the status is &quot;as reported&quot;</source>
        <translation>Kurz und sachlich, für die Leitung: steht in der Fußnote, außer beim Status „wie berichtet“</translation>
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
        <translation>&amp;Aussage:</translation>
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
        <translation>A&amp;nmerkung:</translation>
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
        <source>The style&apos;s own</source>
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
        <source>Click a finding to go to its item in the composer; double-click (or Enter) to close this dialog and fix it</source>
        <translation>Klicken Sie auf einen Befund, um zur betroffenen Stelle im Entwurf zu springen; Doppelklick (oder Eingabetaste) schließt diesen Dialog, damit Sie ihn beheben können</translation>
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
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
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
        <translation type="unfinished">Verfasser</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">Sprache</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Find&lt;/b&gt; facts in the library on the left (Ctrl+F; Down moves into the results). Every word must match; accents, case and ß/ss do not matter. &lt;code&gt;&quot;exact phrase&quot;&lt;/code&gt; finds words together, &lt;code&gt;-word&lt;/code&gt; leaves out claims with the word, &lt;code&gt;OR&lt;/code&gt; between words finds either. Filter by topic, actor, source, kind, status (including retired claims) or event date; click a column heading to sort by it (again to reverse, a third time for best match).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Suchen:&lt;/b&gt; Links steht die Bibliothek. Mit Strg+F gelangen Sie ins Suchfeld, mit der Pfeiltaste nach unten in die Treffer. Gefunden werden Aussagen, die alle eingegebenen Wörter enthalten – auf Akzente, Groß- und Kleinschreibung sowie ß/ss kommt es nicht an. &lt;code&gt;&quot;genaue Wortgruppe&quot;&lt;/code&gt; sucht die Wörter zusammenhängend, &lt;code&gt;-Wort&lt;/code&gt; schließt Aussagen mit diesem Wort aus, und &lt;code&gt;OR&lt;/code&gt; zwischen zwei Wörtern findet Aussagen mit dem einen oder dem anderen. Die Filter grenzen nach Thema, Akteur, Quelle, Art, Status (auch zurückgezogene Aussagen) oder Ereignisdatum ein. Ein Klick auf eine Spaltenüberschrift sortiert nach dieser Spalte, ein zweiter kehrt die Reihenfolge um, ein dritter sortiert wieder nach Relevanz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Add&lt;/b&gt; a claim to the target section with Enter, by dragging it onto the outline, or with the right-click menu. The target section is the one selected in the outline; choose it with Ctrl+1…Ctrl+9 or Edit &amp;gt; Target Section. Claims already in the briefing are marked ✓.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Zitieren:&lt;/b&gt; Die Eingabetaste fügt die gewählte Aussage in den Zielabschnitt ein; Sie können sie auch in die Gliederung ziehen oder das Kontextmenü (rechte Maustaste) nutzen. Zielabschnitt ist der in der Gliederung markierte Abschnitt – wählen Sie ihn mit Strg+1 bis Strg+9 oder über Bearbeiten &amp;gt; Zielabschnitt. Aussagen, die das Briefing bereits zitiert, tragen ein ✓.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Write&lt;/b&gt; your own paragraphs with &lt;i&gt;Add Paragraph&lt;/i&gt;. Select a claim to write &lt;i&gt;commentary&lt;/i&gt; on it (printed in the briefing after the claim), and any item to keep a &lt;i&gt;private note&lt;/i&gt; on it (kept in the file, never exported; marked ✎ in the outline). Move items with drag and drop or Ctrl+Up/Ctrl+Down; Delete removes. The foot of the outline shows the briefing&apos;s length and an estimate of its pages.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Schreiben:&lt;/b&gt; Eigene Absätze legen Sie mit &lt;i&gt;Absatz hinzufügen&lt;/i&gt; an. Zu einer zitierten Aussage schreiben Sie einen &lt;i&gt;Kommentar&lt;/i&gt;, der im Briefing direkt nach der Aussage erscheint. Zu jedem Eintrag können Sie außerdem eine &lt;i&gt;private Notiz&lt;/i&gt; festhalten: Sie bleibt in der Datei, wird aber nie exportiert und ist in der Gliederung mit ✎ gekennzeichnet. Einträge verschieben Sie per Drag-and-drop oder mit Strg+Pfeil nach oben/unten; Entf entfernt sie. Am Fuß der Gliederung sehen Sie den Umfang des Briefings und die voraussichtliche Seitenzahl.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every edit can be undone and redone, typing included (consecutive typing is one step). Unsaved work is autosaved to a recovery file every few seconds; File &amp;gt; Recover opens it.&lt;/p&gt;</source>
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
        <source>YYYY-MM-DD, &apos;c. 2025&apos; or &apos;unknown&apos;</source>
        <translation>JJJJ-MM-TT, „c. 2025“ oder „unknown“</translation>
    </message>
    <message>
        <source>Dates read from the file&apos;s properties are often the day the file was made: check them.</source>
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
        <source>Change the claim&apos;s statement, kind, actors, topics or status</source>
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
        <source>Quote</source>
        <translation>Zitat</translation>
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
    <name>Languages</name>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinesisch</translation>
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
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
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
        <source>Open a source&apos;s text to read it or capture claims from it</source>
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
        <source>Offer the curators&apos; actions: edit and retire claims, capture claims and suggestions in the source viewer</source>
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
        <translation>dieses neue Briefing</translation>
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
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>e.g. OFFICIAL, PROTECTED</source>
        <translation>z. B. VS-NUR FÜR DEN DIENSTGEBRAUCH, VS-VERTRAULICH</translation>
    </message>
    <message>
        <source>e.g. en-GB, de-DE (default: the template&apos;s)</source>
        <translation>z. B. de-DE, en-GB (sonst die der Vorlage)</translation>
    </message>
    <message>
        <source>Required by this template</source>
        <translation>Von dieser Vorlage verlangt</translation>
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
        <source>Use the library&apos;s current text for the changed claims? (No keeps the saved copies.)</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figure</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s), about {pages} page</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
