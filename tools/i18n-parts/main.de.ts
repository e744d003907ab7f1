<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Your progress cannot be opened:
{problem}</source>
        <translation>Dein Fortschritt kann nicht geöffnet werden:
{problem}</translation>
    </message>
    <message>
        <source>The bundled content could not be prepared:
{problem}</source>
        <translation>Die mitgelieferten Inhalte konnten nicht vorbereitet werden:
{problem}</translation>
    </message>
    <message>
        <source>Cannot use the learner name {name}: {problem}.</source>
        <translation>Der Name {name} kann nicht verwendet werden: {problem}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;b&gt;Shift+arrows&lt;/b&gt;, &lt;b&gt;Shift+Ctrl+arrows&lt;/b&gt;</source>
        <extracomment>Help › Keyboard shortcuts: (keys, what they do), translated when shown.</extracomment>
        <translation>&lt;b&gt;Umschalt+Pfeiltasten&lt;/b&gt;, &lt;b&gt;Umschalt+Strg+Pfeiltasten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>select text (by character, by word)</source>
        <translation>Text markieren (zeichenweise, wortweise)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ctrl+M&lt;/b&gt;</source>
        <translation>&lt;b&gt;Strg+M&lt;/b&gt;</translation>
    </message>
    <message>
        <source>mark selection start: then the arrow keys select from the mark, with no key held down (&lt;b&gt;Escape&lt;/b&gt; clears the mark)</source>
        <translation>Anfang der Auswahl setzen: danach wählen die Pfeiltasten ab dieser Stelle aus, ohne dass du eine Taste gedrückt hältst (&lt;b&gt;Esc&lt;/b&gt; hebt den Anfang auf)</translation>
    </message>
    <message>
        <source>&lt;b&gt;1&lt;/b&gt;–&lt;b&gt;9&lt;/b&gt;</source>
        <translation>&lt;b&gt;1&lt;/b&gt;–&lt;b&gt;9&lt;/b&gt;</translation>
    </message>
    <message>
        <source>flag the selection with that red flag (or change the flag under the caret)</source>
        <translation>die Auswahl mit diesem Warnsignal markieren (oder die Markierung an der Schreibmarke ändern)</translation>
    </message>
    <message>
        <source>&lt;b&gt;0&lt;/b&gt; or &lt;b&gt;F&lt;/b&gt;</source>
        <translation>&lt;b&gt;0&lt;/b&gt; oder &lt;b&gt;F&lt;/b&gt;</translation>
    </message>
    <message>
        <source>choose from every red flag</source>
        <translation>aus allen Warnsignalen wählen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Delete&lt;/b&gt;</source>
        <translation>&lt;b&gt;Entf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>delete the flag under the caret (or the one selected in the list)</source>
        <translation>die Markierung an der Schreibmarke löschen (oder die in der Liste gewählte)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ctrl+Z&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+Z&lt;/b&gt;</source>
        <translation>&lt;b&gt;Strg+Z&lt;/b&gt; / &lt;b&gt;Strg+Umschalt+Z&lt;/b&gt;</translation>
    </message>
    <message>
        <source>undo / redo</source>
        <translation>rückgängig / wiederholen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ctrl+Enter&lt;/b&gt;</source>
        <translation>&lt;b&gt;Strg+Eingabe&lt;/b&gt;</translation>
    </message>
    <message>
        <source>submit your flags</source>
        <translation>deine Markierungen abgeben</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ctrl+Shift+Enter&lt;/b&gt;</source>
        <translation>&lt;b&gt;Strg+Umschalt+Eingabe&lt;/b&gt;</translation>
    </message>
    <message>
        <source>this article looks credible (submit with no flags)</source>
        <translation>dieser Artikel wirkt glaubwürdig (ohne Markierungen abgeben)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ctrl+I&lt;/b&gt;</source>
        <translation>&lt;b&gt;Strg+I&lt;/b&gt;</translation>
    </message>
    <message>
        <source>need a hint? (shows the next of the article's hints; each costs a little)</source>
        <translation>einen Tipp? (zeigt den nächsten Tipp zum Artikel; jeder kostet ein wenig)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ctrl+Shift+I&lt;/b&gt;</source>
        <translation>&lt;b&gt;Strg+Umschalt+I&lt;/b&gt;</translation>
    </message>
    <message>
        <source>investigate: search this pack's sources for the selected words (or open the pane to search)</source>
        <translation>recherchieren: die Quellen dieses Pakets nach den markierten Wörtern durchsuchen (oder den Recherche-Bereich öffnen)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Down&lt;/b&gt;, &lt;b&gt;Tab&lt;/b&gt;, &lt;b&gt;Enter&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pfeil nach unten&lt;/b&gt;, &lt;b&gt;Tab&lt;/b&gt;, &lt;b&gt;Eingabe&lt;/b&gt;</translation>
    </message>
    <message>
        <source>in the investigation pane: from the search box to the results and links, and open one</source>
        <translation>im Recherche-Bereich: vom Suchfeld zu den Treffern und Links, und einen öffnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alt+Left&lt;/b&gt; / &lt;b&gt;Alt+Right&lt;/b&gt;</source>
        <translation>&lt;b&gt;Alt+Links&lt;/b&gt; / &lt;b&gt;Alt+Rechts&lt;/b&gt;</translation>
    </message>
    <message>
        <source>in the investigation pane: back / forward</source>
        <translation>im Recherche-Bereich: zurück / vor</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ctrl+R&lt;/b&gt;</source>
        <translation>&lt;b&gt;Strg+R&lt;/b&gt;</translation>
    </message>
    <message>
        <source>try the article again</source>
        <translation>den Artikel noch einmal versuchen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ctrl+N&lt;/b&gt;</source>
        <translation>&lt;b&gt;Strg+N&lt;/b&gt;</translation>
    </message>
    <message>
        <source>next article</source>
        <translation>nächster Artikel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ctrl+L&lt;/b&gt; / &lt;b&gt;Ctrl+H&lt;/b&gt;</source>
        <translation>&lt;b&gt;Strg+L&lt;/b&gt; / &lt;b&gt;Strg+H&lt;/b&gt;</translation>
    </message>
    <message>
        <source>library / history</source>
        <translation>Bibliothek / Verlauf</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alt+P&lt;/b&gt;</source>
        <translation>&lt;b&gt;Alt+P&lt;/b&gt;</translation>
    </message>
    <message>
        <source>in the library: start (or go on with) today's practice</source>
        <translation>in der Bibliothek: die heutige Übung beginnen (oder fortsetzen)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alt+Z&lt;/b&gt;</source>
        <translation>&lt;b&gt;Alt+Z&lt;/b&gt;</translation>
    </message>
    <message>
        <source>in the library: the number of articles in today's practice</source>
        <translation>in der Bibliothek: die Zahl der Artikel in der heutigen Übung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alt+R&lt;/b&gt;</source>
        <translation>&lt;b&gt;Alt+R&lt;/b&gt;</translation>
    </message>
    <message>
        <source>in the history: read the lesson on the red flag chosen in the retention table</source>
        <translation>im Verlauf: die Lektion zum Warnsignal lesen, das in der Tabelle „Behalten“ gewählt ist</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ctrl+Shift+R&lt;/b&gt;</source>
        <translation>&lt;b&gt;Strg+Umschalt+R&lt;/b&gt;</translation>
    </message>
    <message>
        <source>the check report (pre vs post vs delayed checks)</source>
        <translation>der Testbericht (Vortest, Nachtest und Folgetest im Vergleich)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ctrl+Plus&lt;/b&gt; / &lt;b&gt;Ctrl+Minus&lt;/b&gt; / &lt;b&gt;Ctrl+0&lt;/b&gt;</source>
        <translation>&lt;b&gt;Strg+Plus&lt;/b&gt; / &lt;b&gt;Strg+Minus&lt;/b&gt; / &lt;b&gt;Strg+0&lt;/b&gt;</translation>
    </message>
    <message>
        <source>larger / smaller / normal text</source>
        <translation>größerer / kleinerer / normaler Text</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shift+F10&lt;/b&gt; or the menu key</source>
        <translation>&lt;b&gt;Umschalt+F10&lt;/b&gt; oder die Menütaste</translation>
    </message>
    <message>
        <source>the flag menu for the selection</source>
        <translation>das Menü „Markieren“ für die Auswahl</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shift+F1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Umschalt+F1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>the lesson on the red flag you are pointing at (a palette button, the flag under the caret, the verdict chosen in the feedback)</source>
        <translation>die Lektion zu dem Warnsignal, auf das du gerade zeigst (eine Schaltfläche der Palette, die Markierung an der Schreibmarke, die in der Rückmeldung gewählte Bewertung)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Escape&lt;/b&gt;</source>
        <translation>&lt;b&gt;Esc&lt;/b&gt;</translation>
    </message>
    <message>
        <source>clear the selection mark; close a lesson; skip the tour</source>
        <translation>den Anfang der Auswahl aufheben; eine Lektion schließen; den Rundgang überspringen</translation>
    </message>
    <message>
        <source>&lt;b&gt;F6&lt;/b&gt;</source>
        <translation>&lt;b&gt;F6&lt;/b&gt;</translation>
    </message>
    <message>
        <source>during the tour: from the tour's box to the widget it points at, and back</source>
        <translation>während des Rundgangs: vom Kasten des Rundgangs zu dem Element, auf das er zeigt, und zurück</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Select an article and press Enter to start.</source>
        <translation>Wähle einen Artikel und drücke die Eingabetaste, um zu beginnen.</translation>
    </message>
    <message>
        <source>{page} — {learner}</source>
        <translation>{page} — {learner}</translation>
    </message>
    <message>
        <source>{page} — {learner} (not saving)</source>
        <translation>{page} — {learner} (wird nicht gespeichert)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open pack…</source>
        <translation>Paket ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;New pack…</source>
        <translation>&amp;Neues Paket…</translation>
    </message>
    <message>
        <source>&amp;Edit pack…</source>
        <translation>Paket &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Switch learner…</source>
        <translation>Lernende &amp;wechseln…</translation>
    </message>
    <message>
        <source>&amp;Import annotations…</source>
        <translation>Annotationen &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport annotations…</source>
        <translation>Annotationen e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Compare two packs…</source>
        <translation>Zwei Pakete &amp;vergleichen…</translation>
    </message>
    <message>
        <source>School &amp;results server (LRS)…</source>
        <translation>&amp;Ergebnisserver der Schule (LRS)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Been&amp;den</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>F&amp;lag</source>
        <translation>&amp;Markieren</translation>
    </message>
    <message>
        <source>Open an article to flag it</source>
        <translation>Öffne einen Artikel, um darin zu markieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>&amp;Normale Größe</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>&amp;Dunkles Design</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Check &amp;report…</source>
        <translation>&amp;Testbericht…</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Unterricht</translation>
    </message>
    <message>
        <source>&amp;Host a class session…</source>
        <translation>Unterricht &amp;leiten…</translation>
    </message>
    <message>
        <source>&amp;Join a class…</source>
        <translation>Unterricht &amp;beitreten…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Next article</source>
        <translation>&amp;Nächster Artikel</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Take the &amp;tour</source>
        <translation>&amp;Rundgang machen</translation>
    </message>
    <message>
        <source>&amp;Lessons…</source>
        <translation>&amp;Lektionen…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About SpotIt</source>
        <translation>&amp;Über SpotIt</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Über Qt</translation>
    </message>
    <message>
        <source>SpotIt packs ({patterns});;All files (*)</source>
        <translation>SpotIt-Pakete ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;System language ({language})</source>
        <translation>&amp;Systemsprache ({language})</translation>
    </message>
    <message>
        <source>Could not note it in your progress: {problem}</source>
        <translation>Konnte nicht in deinem Fortschritt vermerkt werden: {problem}</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>Sprache: {language}</translation>
    </message>
    <message>
        <source>no author given</source>
        <translation>ohne Angabe der Autor:innen</translation>
    </message>
    <message>
        <source>“{title}” version {version} by {authors}
({path})</source>
        <translation>„{title}“, Version {version}, von {authors}
({path})</translation>
    </message>
    <message>
        <source>Both have the same authors, so they are versions of one pack: your results carry over to the new one.</source>
        <translation>Beide haben dieselben Autor:innen, sind also Versionen eines Pakets: Deine Ergebnisse gehen auf das neue über.</translation>
    </message>
    <message>
        <source>Their authors differ, so they are different packs: your results on the open pack are kept, but not shown against the new pack's articles. They show again when you open that pack.</source>
        <translation>Ihre Autor:innen unterscheiden sich, es sind also verschiedene Pakete: Deine Ergebnisse zum geöffneten Paket bleiben erhalten, werden aber nicht bei den Artikeln des neuen Pakets angezeigt. Sie erscheinen wieder, wenn du jenes Paket öffnest.</translation>
    </message>
    <message>
        <source>Two packs with one id</source>
        <translation>Zwei Pakete mit derselben Kennung</translation>
    </message>
    <message>
        <source>A pack with the id “{id}” is already open:
{open}

The pack you are opening has the same id:
{new}

{results}

Replace the open pack with the new one?</source>
        <translation>Ein Paket mit der Kennung „{id}“ ist bereits geöffnet:
{open}

Das Paket, das du öffnest, hat dieselbe Kennung:
{new}

{results}

Das geöffnete Paket durch das neue ersetzen?</translation>
    </message>
    <message>
        <source>Cannot open pack</source>
        <translation>Paket kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Kept the pack that was open.</source>
        <translation>Das bereits geöffnete Paket wurde behalten.</translation>
    </message>
    <message>
        <source>Opened {title}.</source>
        <translation>{title} geöffnet.</translation>
    </message>
    <message>
        <source>Open pack</source>
        <translation>Paket öffnen</translation>
    </message>
    <message>
        <source>Host a class</source>
        <translation>Unterricht leiten</translation>
    </message>
    <message>
        <source>Open a pack first (File › Open pack…).</source>
        <translation>Öffne zuerst ein Paket (Datei › Paket öffnen…).</translation>
    </message>
    <message>
        <source>School results server: {sent} sent, {waiting} waiting ({problem})</source>
        <translation>Ergebnisserver der Schule: {sent} gesendet, {waiting} wartend ({problem})</translation>
    </message>
    <message>
        <source>School results server: {problem}</source>
        <translation>Ergebnisserver der Schule: {problem}</translation>
    </message>
    <message>
        <source>Folder for the new pack</source>
        <translation>Ordner für das neue Paket</translation>
    </message>
    <message>
        <source>Edit pack</source>
        <translation>Paket bearbeiten</translation>
    </message>
    <message>
        <source>Pack not open</source>
        <translation>Paket nicht geöffnet</translation>
    </message>
    <message>
        <source>Cannot open article</source>
        <translation>Artikel kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>No article matches the library's filters.</source>
        <translation>Kein Artikel passt zu den Filtern der Bibliothek.</translation>
    </message>
    <message>
        <source>Help › Take the tour shows it whenever you like.</source>
        <translation>Hilfe › Rundgang machen zeigt ihn, wann immer du möchtest.</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>None of the open packs has lessons.</source>
        <translation>Keines der geöffneten Pakete enthält Lektionen.</translation>
    </message>
    <message>
        <source>Text size {percent}</source>
        <translation>Textgröße {percent}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About SpotIt</source>
        <translation>Über SpotIt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SpotIt {version}&lt;/h3&gt;&lt;p&gt;Learn to spot misinformation by flagging red flags in invented training articles.&lt;/p&gt;&lt;p&gt;Reads content packs of format {format}. Licence: MIT. Bundled articles are training material, licensed CC-BY-4.0.&lt;/p&gt;&lt;p&gt;Built with Qt {qt} and Qt for Python (PySide6) {pyside}, used under the GNU LGPL v3 (Help › About Qt).&lt;/p&gt;&lt;p&gt;Your progress and settings are kept in:&lt;br&gt;&lt;tt&gt;{folder}&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SpotIt {version}&lt;/h3&gt;&lt;p&gt;Lerne, Falschinformationen zu erkennen, indem du Warnsignale in erfundenen Übungsartikeln markierst.&lt;/p&gt;&lt;p&gt;Liest Inhaltspakete im Format {format}. Lizenz: MIT. Die mitgelieferten Artikel sind Übungsmaterial unter der Lizenz CC-BY-4.0.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt {qt} und Qt for Python (PySide6) {pyside}, verwendet unter der GNU LGPL v3 (Hilfe › Über Qt).&lt;/p&gt;&lt;p&gt;Dein Fortschritt und deine Einstellungen liegen in:&lt;br&gt;&lt;tt&gt;{folder}&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>{value}%</source>
        <extracomment>The language the texts are written in. The learner setting (``Progress.setting``) that holds their choice; "" follows the system.</extracomment>
        <translation>{value} %</translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>Sensational headline</source>
        <translation>Reißerische Überschrift</translation>
    </message>
    <message>
        <source>The headline shouts, shocks or promises more than any news could deliver.</source>
        <translation>Die Überschrift schreit, schockiert oder verspricht mehr, als irgendeine Nachricht halten könnte.</translation>
    </message>
    <message>
        <source>Read the body and ask which sentence actually proves the headline.</source>
        <translation>Lies den Text und frage dich, welcher Satz die Überschrift wirklich belegt.</translation>
    </message>
    <message>
        <source>Unsourced quote</source>
        <translation>Zitat ohne Quelle</translation>
    </message>
    <message>
        <source>Words in quotation marks with no named speaker, or a speaker no one could check.</source>
        <translation>Worte in Anführungszeichen ohne genannte Person – oder von jemandem, den niemand überprüfen kann.</translation>
    </message>
    <message>
        <source>Ask who said it, where and when; search the exact words.</source>
        <translation>Frage, wer es wo und wann gesagt hat; suche nach dem genauen Wortlaut.</translation>
    </message>
    <message>
        <source>Vague or anonymous source</source>
        <translation>Vage oder anonyme Quelle</translation>
    </message>
    <message>
        <source>"Experts", "sources", "an international conference yesterday": nothing you could look up.</source>
        <translation>„Experten“, „Quellen“, „eine internationale Konferenz gestern“: nichts, was man nachschlagen könnte.</translation>
    </message>
    <message>
        <source>Look for a name, an institution, a place and a date you could verify.</source>
        <translation>Suche nach einem Namen, einer Einrichtung, einem Ort und einem Datum, die du überprüfen könntest.</translation>
    </message>
    <message>
        <source>Wrong name, title or fact</source>
        <translation>Falscher Name, Titel oder Fakt</translation>
    </message>
    <message>
        <source>A person's name, title or role, an institution or a basic fact is given wrongly.</source>
        <translation>Der Name, Titel oder die Rolle einer Person, eine Einrichtung oder eine grundlegende Tatsache ist falsch angegeben.</translation>
    </message>
    <message>
        <source>Check the person's real name and office on an official page.</source>
        <translation>Prüfe den richtigen Namen und das Amt der Person auf einer offiziellen Seite.</translation>
    </message>
    <message>
        <source>Loaded or emotional language</source>
        <translation>Aufgeladene oder emotionale Sprache</translation>
    </message>
    <message>
        <source>Words chosen to stir feelings, including mind-reading ("the president is afraid").</source>
        <translation>Wörter, die Gefühle aufwühlen sollen, auch Gedankenlesen („der Präsident hat Angst“).</translation>
    </message>
    <message>
        <source>Ask how the writer could know what someone feels; strip the adjectives.</source>
        <translation>Frage, woher der Autor wissen kann, was jemand fühlt; streiche die Adjektive.</translation>
    </message>
    <message>
        <source>Unsupported claim</source>
        <translation>Unbelegte Behauptung</translation>
    </message>
    <message>
        <source>A strong claim, threat or prediction with no evidence given for it.</source>
        <translation>Eine starke Behauptung, Drohung oder Vorhersage, für die kein Beleg genannt wird.</translation>
    </message>
    <message>
        <source>Look for the evidence in the text itself; if there is none, read laterally.</source>
        <translation>Suche den Beleg im Text selbst; gibt es keinen, lies quer (recherchiere außerhalb des Artikels).</translation>
    </message>
    <message>
        <source>Misleading number or statistic</source>
        <translation>Irreführende Zahl oder Statistik</translation>
    </message>
    <message>
        <source>A number that is wrong, cherry-picked or framed to mislead (percent vs percentage points, a chosen period).</source>
        <translation>Eine Zahl, die falsch, gezielt herausgepickt oder irreführend dargestellt ist (Prozent statt Prozentpunkte, ein passend gewählter Zeitraum).</translation>
    </message>
    <message>
        <source>Ask: compared with what, over which period, and from which source?</source>
        <translation>Frage: verglichen womit, über welchen Zeitraum und aus welcher Quelle?</translation>
    </message>
    <message>
        <source>Missing or misleading date or context</source>
        <translation>Fehlendes oder irreführendes Datum oder fehlender Zusammenhang</translation>
    </message>
    <message>
        <source>No date, an old event presented as new, or context left out that changes the meaning.</source>
        <translation>Kein Datum, ein altes Ereignis als neu dargestellt oder ein weggelassener Zusammenhang, der die Bedeutung ändert.</translation>
    </message>
    <message>
        <source>Find when and where it happened, and what happened before and after.</source>
        <translation>Finde heraus, wann und wo es geschah und was davor und danach passierte.</translation>
    </message>
    <message>
        <source>Headline–body mismatch</source>
        <translation>Überschrift passt nicht zum Text</translation>
    </message>
    <message>
        <source>The headline says something the body does not support or even contradicts.</source>
        <translation>Die Überschrift sagt etwas, das der Text nicht stützt oder ihm sogar widerspricht.</translation>
    </message>
    <message>
        <source>Compare the headline's claim with what the body actually reports.</source>
        <translation>Vergleiche die Aussage der Überschrift mit dem, was der Text tatsächlich berichtet.</translation>
    </message>
    <message>
        <source>False authority</source>
        <translation>Falsche Autorität</translation>
    </message>
    <message>
        <source>An appeal to an expert who is unnamed, out of their field, or not really an expert.</source>
        <translation>Ein Verweis auf eine Fachperson, die ungenannt bleibt, fachfremd ist oder gar keine Fachperson ist.</translation>
    </message>
    <message>
        <source>Check who the expert is and whether the topic is their field.</source>
        <translation>Prüfe, wer die Fachperson ist und ob das Thema ihr Fachgebiet ist.</translation>
    </message>
    <message>
        <source>Logical fallacy</source>
        <translation>Logischer Fehlschluss</translation>
    </message>
    <message>
        <source>Reasoning that does not hold: a false choice, a slippery slope, cause confused with coincidence.</source>
        <translation>Eine Begründung, die nicht trägt: ein falsches Entweder-oder, ein Dammbruchargument, Ursache mit Zufall verwechselt.</translation>
    </message>
    <message>
        <source>Restate the argument in one line and ask whether the conclusion follows.</source>
        <translation>Fasse das Argument in einem Satz zusammen und frage, ob der Schluss daraus folgt.</translation>
    </message>
    <message>
        <source>Filler that supports nothing</source>
        <translation>Füllstoff, der nichts belegt</translation>
    </message>
    <message>
        <source>Long generic background that sounds authoritative but proves nothing about the story.</source>
        <translation>Langer, allgemeiner Hintergrund, der kompetent klingt, aber nichts über die Geschichte beweist.</translation>
    </message>
    <message>
        <source>Ask what this paragraph tells you about this event that you could check.</source>
        <translation>Frage, was dir dieser Absatz über dieses Ereignis sagt, das du überprüfen könntest.</translation>
    </message>
</context>
</TS>
