<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>CategoriesPage</name>
        <message>
            <source>The palette learners flag with. The first nine categories get the number keys 1–9, in this order.</source>
            <extracomment>One row of the table: (position in the palette, category, annotations using it).</extracomment>
            <translation>Die Palette, mit der Lernende markieren. Die ersten neun Kategorien bekommen in dieser Reihenfolge die Zifferntasten 1–9.</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Taste</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Used by</source>
            <translation>Verwendet von</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Kategorien</translation>
        </message>
        <message>
            <source>Alt+Up / Alt+Down move the category; Delete deletes it.</source>
            <translation>Alt+↑ / Alt+↓ verschieben die Kategorie; Entf löscht sie.</translation>
        </message>
        <message>
            <source>Categorie&amp;s</source>
            <translation>&amp;Kategorien</translation>
        </message>
        <message>
            <source>A&amp;dd category</source>
            <translation>Kategorie &amp;hinzufügen</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Nach &amp;oben</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Nach &amp;unten</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>&amp;Löschen…</translation>
        </message>
        <message>
            <source>Category name</source>
            <translation>Kategoriename</translation>
        </message>
        <message>
            <source>Category id</source>
            <translation>Kategorie-ID</translation>
        </message>
        <message>
            <source>Lower-case letters, digits and dashes. Changing it updates every annotation.</source>
            <translation>Kleinbuchstaben, Ziffern und Bindestriche. Eine Änderung passt jede Annotation an.</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>What this red flag is, in one sentence.</source>
            <translation>Was dieses Warnsignal ist, in einem Satz.</translation>
        </message>
        <message>
            <source>How to check</source>
            <translation>Wie man es prüft</translation>
        </message>
        <message>
            <source>What a learner can do to check it.</source>
            <translation>Was Lernende tun können, um es zu prüfen.</translation>
        </message>
        <message>
            <source>C&amp;olour…</source>
            <translation>&amp;Farbe…</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Id</source>
            <translation>&amp;ID</translation>
        </message>
        <message>
            <source>Des&amp;cription</source>
            <translation>&amp;Beschreibung</translation>
        </message>
        <message>
            <source>How to chec&amp;k</source>
            <translation>Wie man es &amp;prüft</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Farbe</translation>
        </message>
        <message numerus="yes">
            <source>Used by %n annotation(s) in {articles}.</source>
            <translation>
                <numerusform>Von %n Annotation in {articles} verwendet.</numerusform>
                <numerusform>Von %n Annotationen in {articles} verwendet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n article(s)</source>
            <translation>
                <numerusform>%n Artikel</numerusform>
                <numerusform>%n Artikeln</numerusform>
            </translation>
        </message>
        <message>
            <source>Number key {key}. {used}</source>
            <translation>Zifferntaste {key}. {used}</translation>
        </message>
        <message>
            <source>No number key (after the ninth). {used}</source>
            <translation>Keine Zifferntaste (nach der neunten). {used}</translation>
        </message>
        <message>
            <source>C&amp;olour… {color}</source>
            <translation>&amp;Farbe… {color}</translation>
        </message>
        <message>
            <source>Colour of {category}</source>
            <translation>Farbe von {category}</translation>
        </message>
        <message>
            <source>Delete category</source>
            <translation>Kategorie löschen</translation>
        </message>
        <message numerus="yes">
            <source>%n annotation(s) use “{category}” and there is no other category to move them to. Add one first.</source>
            <translation>
                <numerusform>%n Annotation verwendet „{category}“, und es gibt keine andere Kategorie, in die sie verschoben werden kann. Füge zuerst eine hinzu.</numerusform>
                <numerusform>%n Annotationen verwenden „{category}“, und es gibt keine andere Kategorie, in die sie verschoben werden können. Füge zuerst eine hinzu.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n annotation(s) use “{category}”.
Move them to:</source>
            <translation>
                <numerusform>%n Annotation verwendet „{category}“.
Verschieben nach:</numerusform>
                <numerusform>%n Annotationen verwenden „{category}“.
Verschieben nach:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted “{category}”; its %n annotation(s) moved.</source>
            <translation>
                <numerusform>„{category}“ gelöscht; ihre %n Annotation wurde verschoben.</numerusform>
                <numerusform>„{category}“ gelöscht; ihre %n Annotationen wurden verschoben.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChecksPage</name>
        <message>
            <source>A check measures whether learners tell credible from misleading news: items in parallel forms, each marked credible or misleading, judged with no feedback. Each check is a file checks/&lt;id&gt;.toml, edited here as written.</source>
            <extracomment>the path of the check shown (``checks/&lt;id&gt;.toml``), or None how many problems each check file has, by path (from the last validation)</extracomment>
            <translation>Ein Test misst, ob Lernende glaubwürdige von irreführenden Nachrichten unterscheiden: Aufgaben in parallelen Formen, jede als glaubwürdig oder irreführend gekennzeichnet, beurteilt ohne Rückmeldung. Jeder Test ist eine Datei checks/&lt;id&gt;.toml und wird hier so bearbeitet, wie sie geschrieben ist.</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Probleme</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Tests</translation>
        </message>
        <message>
            <source>Delete deletes the selected check; Insert adds one.</source>
            <translation>Entf löscht den ausgewählten Test; Einfg fügt einen hinzu.</translation>
        </message>
        <message>
            <source>Chec&amp;ks</source>
            <translation>&amp;Tests</translation>
        </message>
        <message>
            <source>This pack has no checks yet. Add check starts one from a template.</source>
            <translation>Dieses Paket hat noch keine Tests. „Test hinzufügen“ beginnt einen aus einer Vorlage.</translation>
        </message>
        <message>
            <source>A&amp;dd check</source>
            <translation>Test &amp;hinzufügen</translation>
        </message>
        <message>
            <source>Add a check from a template that validates as it is</source>
            <translation>Einen Test aus einer Vorlage hinzufügen, die so, wie sie ist, die Prüfung besteht</translation>
        </message>
        <message>
            <source>De&amp;lete check</source>
            <translation>Test &amp;löschen</translation>
        </message>
        <message>
            <source>Check file (TOML)</source>
            <translation>Testdatei (TOML)</translation>
        </message>
        <message>
            <source>Te&amp;xt of the check (TOML; its file and line are under it)</source>
            <translation>Te&amp;xt des Tests (TOML; Datei und Zeile stehen darunter)</translation>
        </message>
        <message>
            <source>Place in the check file</source>
            <extracomment>where the caret is, and the problem gone to (plain text: it quotes the file)</extracomment>
            <translation>Stelle in der Testdatei</translation>
        </message>
        <message>
            <source>Deleted the check {file} (Ctrl+Z brings it back).</source>
            <translation>Test {file} gelöscht (Strg+Z holt ihn zurück).</translation>
        </message>
    </context>
    <context>
        <name>EditorSession</name>
        <message>
            <source>New pack</source>
            <extracomment>Re-render the preview and re-anchor annotations this long after the author stops typing. Validate this long after the last change (in a worker thread). The id (and file name) of a check added in the editor; "-2", "-3" when taken.</extracomment>
            <translation>Neues Paket</translation>
        </message>
        <message>
            <source>Edit pack id</source>
            <extracomment>file name of each article in the source folder, by uid (kept when saving) the source files as last opened or saved: saving edits them, keeping comments the index of the selected passage note in the current article</extracomment>
            <translation>Paket-ID bearbeiten</translation>
        </message>
        <message>
            <source>Edit pack title</source>
            <translation>Pakettitel bearbeiten</translation>
        </message>
        <message>
            <source>Edit pack version</source>
            <translation>Paketversion bearbeiten</translation>
        </message>
        <message>
            <source>Edit pack language</source>
            <translation>Paketsprache bearbeiten</translation>
        </message>
        <message>
            <source>Edit pack authors</source>
            <translation>Autor:innen des Pakets bearbeiten</translation>
        </message>
        <message>
            <source>Edit pack licence</source>
            <translation>Paketlizenz bearbeiten</translation>
        </message>
        <message>
            <source>Edit pack description</source>
            <translation>Paketbeschreibung bearbeiten</translation>
        </message>
        <message>
            <source>Edit pack training notice</source>
            <translation>Übungshinweis des Pakets bearbeiten</translation>
        </message>
        <message>
            <source>Edit pack {field}</source>
            <translation>Paketfeld „{field}“ bearbeiten</translation>
        </message>
        <message>
            <source>Edit category name</source>
            <translation>Kategorienamen bearbeiten</translation>
        </message>
        <message>
            <source>Edit category description</source>
            <translation>Kategoriebeschreibung bearbeiten</translation>
        </message>
        <message>
            <source>Edit category how to check</source>
            <translation>„Wie man es prüft“ der Kategorie bearbeiten</translation>
        </message>
        <message>
            <source>Edit category color</source>
            <translation>Kategoriefarbe bearbeiten</translation>
        </message>
        <message>
            <source>Edit category {field}</source>
            <translation>Kategoriefeld „{field}“ bearbeiten</translation>
        </message>
        <message>
            <source>Edit headline</source>
            <translation>Schlagzeile bearbeiten</translation>
        </message>
        <message>
            <source>Edit id</source>
            <translation>ID bearbeiten</translation>
        </message>
        <message>
            <source>Edit date</source>
            <translation>Datum bearbeiten</translation>
        </message>
        <message>
            <source>Edit byline</source>
            <translation>Autorenzeile bearbeiten</translation>
        </message>
        <message>
            <source>Edit outlet</source>
            <translation>Medium bearbeiten</translation>
        </message>
        <message>
            <source>Edit tags</source>
            <translation>Schlagwörter bearbeiten</translation>
        </message>
        <message>
            <source>Edit difficulty</source>
            <translation>Schwierigkeit bearbeiten</translation>
        </message>
        <message>
            <source>Edit kind</source>
            <translation>Art bearbeiten</translation>
        </message>
        <message>
            <source>Edit category</source>
            <translation>Kategorie bearbeiten</translation>
        </message>
        <message>
            <source>Edit explanation</source>
            <translation>Erklärung bearbeiten</translation>
        </message>
        <message>
            <source>Edit hint</source>
            <translation>Tipp bearbeiten</translation>
        </message>
        <message>
            <source>Edit {field}</source>
            <translation>„{field}“ bearbeiten</translation>
        </message>
        <message>
            <source>another category already has the id {category_id!r}</source>
            <translation>eine andere Kategorie hat schon die ID {category_id!r}</translation>
        </message>
        <message>
            <source>Change category id</source>
            <translation>Kategorie-ID ändern</translation>
        </message>
        <message>
            <source>Add category</source>
            <translation>Kategorie hinzufügen</translation>
        </message>
        <message>
            <source>Move category</source>
            <translation>Kategorie verschieben</translation>
        </message>
        <message>
            <source>Delete category</source>
            <translation>Kategorie löschen</translation>
        </message>
        <message>
            <source>Add lesson</source>
            <translation>Lektion hinzufügen</translation>
        </message>
        <message>
            <source>Typing in lesson</source>
            <translation>Tippen in der Lektion</translation>
        </message>
        <message>
            <source>Change lesson order</source>
            <translation>Reihenfolge der Lektion ändern</translation>
        </message>
        <message>
            <source>Edit lesson category</source>
            <translation>Kategorie der Lektion bearbeiten</translation>
        </message>
        <message>
            <source>Edit lesson title</source>
            <translation>Titel der Lektion bearbeiten</translation>
        </message>
        <message>
            <source>Edit lesson {field}</source>
            <translation>Lektionsfeld „{field}“ bearbeiten</translation>
        </message>
        <message>
            <source>Delete lesson</source>
            <translation>Lektion löschen</translation>
        </message>
        <message>
            <source>Typing in check</source>
            <translation>Tippen im Test</translation>
        </message>
        <message>
            <source>Add check</source>
            <translation>Test hinzufügen</translation>
        </message>
        <message>
            <source>Delete check</source>
            <translation>Test löschen</translation>
        </message>
        <message>
            <source>Typing in source page</source>
            <translation>Tippen in der Quellenseite</translation>
        </message>
        <message>
            <source>Add source page</source>
            <translation>Quellenseite hinzufügen</translation>
        </message>
        <message>
            <source>Delete source page</source>
            <translation>Quellenseite löschen</translation>
        </message>
        <message>
            <source>Typing</source>
            <translation>Tippen</translation>
        </message>
        <message>
            <source>Add article</source>
            <translation>Artikel hinzufügen</translation>
        </message>
        <message>
            <source>Duplicate article</source>
            <translation>Artikel duplizieren</translation>
        </message>
        <message>
            <source>Delete article</source>
            <translation>Artikel löschen</translation>
        </message>
        <message>
            <source>Move article</source>
            <translation>Artikel verschieben</translation>
        </message>
        <message>
            <source>there is no article</source>
            <translation>es gibt keinen Artikel</translation>
        </message>
        <message>
            <source>the pack has no categories; add one first</source>
            <translation>das Paket hat keine Kategorien; füge zuerst eine hinzu</translation>
        </message>
        <message>
            <source>That passage already has this annotation.</source>
            <translation>Diese Passage hat diese Annotation schon.</translation>
        </message>
        <message>
            <source>Annotate</source>
            <translation>Annotieren</translation>
        </message>
        <message>
            <source>Accept new passage</source>
            <translation>Neue Passage übernehmen</translation>
        </message>
        <message>
            <source>select the annotation to move first (F8 or the list)</source>
            <translation>wähle zuerst die Annotation aus, die du verschieben willst (F8 oder die Liste)</translation>
        </message>
        <message>
            <source>Move annotation</source>
            <translation>Annotation verschieben</translation>
        </message>
        <message>
            <source>Delete annotation</source>
            <translation>Annotation löschen</translation>
        </message>
        <message>
            <source>Edit accepted categories</source>
            <translation>Akzeptierte Kategorien bearbeiten</translation>
        </message>
        <message>
            <source>Clear core</source>
            <translation>Kern entfernen</translation>
        </message>
        <message>
            <source>Set core</source>
            <translation>Kern festlegen</translation>
        </message>
        <message>
            <source>select words inside the passage of an annotation</source>
            <translation>wähle Wörter innerhalb der Passage einer Annotation aus</translation>
        </message>
        <message>
            <source>select the annotation first (F8 or the list)</source>
            <translation>wähle zuerst die Annotation aus (F8 oder die Liste)</translation>
        </message>
        <message>
            <source>Add place</source>
            <translation>Stelle hinzufügen</translation>
        </message>
        <message>
            <source>Remove place</source>
            <translation>Stelle entfernen</translation>
        </message>
        <message>
            <source>Edit check passage</source>
            <translation>Belegpassage bearbeiten</translation>
        </message>
        <message>
            <source>Clear check</source>
            <translation>Beleg entfernen</translation>
        </message>
        <message>
            <source>Set check</source>
            <translation>Beleg festlegen</translation>
        </message>
        <message>
            <source>Edit note check passage</source>
            <translation>Belegpassage der Notiz bearbeiten</translation>
        </message>
        <message>
            <source>Clear note check</source>
            <translation>Beleg der Notiz entfernen</translation>
        </message>
        <message>
            <source>Set note check</source>
            <translation>Beleg der Notiz festlegen</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Notiz hinzufügen</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>Notiz bearbeiten</translation>
        </message>
        <message>
            <source>Edit note hint</source>
            <translation>Tipp der Notiz bearbeiten</translation>
        </message>
        <message>
            <source>select the note to move first</source>
            <translation>wähle zuerst die Notiz aus, die du verschieben willst</translation>
        </message>
        <message>
            <source>Move note</source>
            <translation>Notiz verschieben</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>Notiz löschen</translation>
        </message>
        <message>
            <source>the pack could not be checked: {reason}</source>
            <translation>das Paket konnte nicht geprüft werden: {reason}</translation>
        </message>
    </context>
    <context>
        <name>LessonsPage</name>
        <message>
            <source>A lesson teaches one red flag before learners meet it: what it is, an invented example with the red flag marked ==like this==, and how to check. Listed in the order learners meet them.</source>
            <extracomment>Re-render the preview this long after the author stops typing. "No order": the lesson is listed by its category's place in the palette. how many problems each lesson has, by uid (from the last validation)</extracomment>
            <translation>Eine Lektion erklärt ein Warnsignal, bevor Lernende ihm begegnen: was es ist, ein erfundenes Beispiel mit dem Warnsignal ==so markiert== und wie man es prüft. Aufgelistet in der Reihenfolge, in der Lernende ihnen begegnen.</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Reihenfolge</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Probleme</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>Lektionen</translation>
        </message>
        <message>
            <source>Delete deletes the selected lesson.</source>
            <translation>Entf löscht die ausgewählte Lektion.</translation>
        </message>
        <message>
            <source>Less&amp;ons</source>
            <translation>&amp;Lektionen</translation>
        </message>
        <message>
            <source>Category of the new lesson</source>
            <translation>Kategorie der neuen Lektion</translation>
        </message>
        <message>
            <source>Categories that have no lesson yet</source>
            <translation>Kategorien, die noch keine Lektion haben</translation>
        </message>
        <message>
            <source>every category has one</source>
            <translation>jede Kategorie hat eine</translation>
        </message>
        <message>
            <source>A&amp;dd lesson</source>
            <translation>Lektion &amp;hinzufügen</translation>
        </message>
        <message>
            <source>Add a lesson on the category chosen beside it</source>
            <translation>Eine Lektion zur daneben gewählten Kategorie hinzufügen</translation>
        </message>
        <message>
            <source>Ne&amp;w lesson on</source>
            <translation>Neue Lektion &amp;zu</translation>
        </message>
        <message>
            <source>De&amp;lete lesson</source>
            <translation>Lektion l&amp;öschen</translation>
        </message>
        <message>
            <source>Lesson category</source>
            <translation>Kategorie der Lektion</translation>
        </message>
        <message>
            <source>Lesson title</source>
            <translation>Titel der Lektion</translation>
        </message>
        <message>
            <source>Lesson order</source>
            <translation>Reihenfolge der Lektion</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>Nach Kategorie</translation>
        </message>
        <message>
            <source>Lessons with an order come first, lowest first; the others follow in the order of their categories.</source>
            <translation>Lektionen mit einer Reihenfolge kommen zuerst, die niedrigste zuerst; die anderen folgen in der Reihenfolge ihrer Kategorien.</translation>
        </message>
        <message>
            <source>Cate&amp;gory</source>
            <translation>&amp;Kategorie</translation>
        </message>
        <message>
            <source>T&amp;itle</source>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <source>O&amp;rder</source>
            <translation>&amp;Reihenfolge</translation>
        </message>
        <message>
            <source>Lesson Markdown</source>
            <translation>Markdown der Lektion</translation>
        </message>
        <message>
            <source>“## {section}”</source>
            <translation>„## {section}“</translation>
        </message>
        <message>
            <source>&amp;Markdown: the sections {sections}</source>
            <translation>&amp;Markdown: die Abschnitte {sections}</translation>
        </message>
        <message>
            <source>Words marked as the red flag</source>
            <translation>Als Warnsignal markierte Wörter</translation>
        </message>
        <message>
            <source>{category} (unknown)</source>
            <extracomment>the (start, end) code-point spans the preview shows as marked</extracomment>
            <translation>{category} (unbekannt)</translation>
        </message>
        <message>
            <source>Every category has a lesson</source>
            <translation>Jede Kategorie hat eine Lektion</translation>
        </message>
        <message>
            <source>{category} (not a category of the pack)</source>
            <translation>{category} (keine Kategorie des Pakets)</translation>
        </message>
        <message>
            <source>“{words}”</source>
            <translation>„{words}“</translation>
        </message>
        <message>
            <source>Marked as the red flag (bold, underlined): {words}</source>
            <translation>Als Warnsignal markiert (fett, unterstrichen): {words}</translation>
        </message>
        <message>
            <source>⚠ Nothing is marked yet: mark the red flag in the Example ==like this==.</source>
            <translation>⚠ Noch ist nichts markiert: Markiere das Warnsignal im Abschnitt „Example“ ==so==.</translation>
        </message>
        <message>
            <source>Deleted the lesson “{title}” (Ctrl+Z brings it back).</source>
            <translation>Lektion „{title}“ gelöscht (Strg+Z holt sie zurück).</translation>
        </message>
    </context>
    <context>
        <name>LineMark</name>
        <message>
            <source>{file}, line {line}</source>
            <extracomment>the file shown, and the 0-based line a problem was gone to in it (if any)</extracomment>
            <translation>{file}, Zeile {line}</translation>
        </message>
        <message>
            <source>▶ line {line}: {problem}</source>
            <translation>▶ Zeile {line}: {problem}</translation>
        </message>
    </context>
    <context>
        <name>PackEditor</name>
        <message>
            <source>
&lt;h3&gt;Pack editor keys&lt;/h3&gt;
&lt;table cellpadding=3&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+arrows&lt;/b&gt; in the preview&lt;/td&gt;&lt;td&gt;select a passage&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;1&lt;/b&gt;–&lt;b&gt;9&lt;/b&gt; in the preview&lt;/td&gt;&lt;td&gt;annotate the selection with that category
(or change the category of the annotation under the caret)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;0&lt;/b&gt; or &lt;b&gt;F&lt;/b&gt; in the preview&lt;/td&gt;&lt;td&gt;choose from every category&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+A&lt;/b&gt;&lt;/td&gt;&lt;td&gt;annotate the selection (preview or Markdown)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;change the selected annotation's category&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+E&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+H&lt;/b&gt;&lt;/td&gt;&lt;td&gt;edit its explanation / hint
(Esc returns to the preview)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+Y&lt;/b&gt;&lt;/td&gt;&lt;td&gt;accept the new passage proposed for a changed quote&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;move the selected annotation to the selection&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;the categories also accepted for it (Space ticks one)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;make the selected words its core&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;add the selection as another place of it (Delete in the
list removes one)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;add a note on the selection: a passage that is fine
(Delete in the notes list removes one)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Delete&lt;/b&gt; (preview, list) or &lt;b&gt;Ctrl+Shift+Delete&lt;/b&gt;&lt;/td&gt;&lt;td&gt;delete the annotation&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;F8&lt;/b&gt; / &lt;b&gt;Shift+F8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous annotation&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next annotation that needs you (changed or orphaned)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;F4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;go to the next problem&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;try the article as a learner&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;add / duplicate an article&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Shift+Up&lt;/b&gt; / &lt;b&gt;Alt+Shift+Down&lt;/b&gt;&lt;/td&gt;&lt;td&gt;move the article up / down&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1&lt;/b&gt; … &lt;b&gt;Ctrl+9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;article list, Markdown, preview, annotations,
problems, pack details, categories, notes, lessons&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Delete&lt;/b&gt; in the lessons list&lt;/td&gt;&lt;td&gt;delete the lesson (Insert: choose a category
for a new one)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;the checks (Insert / Delete in their list adds / deletes
one)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+W&lt;/b&gt;&lt;/td&gt;&lt;td&gt;the source pages, the pack's invented web (Delete in their
list deletes one, Insert chooses the kind of a new one)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Tab&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+Tab&lt;/b&gt;, &lt;b&gt;Ctrl+PgDown&lt;/b&gt; / &lt;b&gt;Ctrl+PgUp&lt;/b&gt;&lt;/td&gt;
&lt;td&gt;next / previous tab (Articles, Pack details, Categories, Lessons, Checks, Sources)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Q&lt;/b&gt; / &lt;b&gt;Alt+J&lt;/b&gt; in an annotation's or a note's details&lt;/td&gt;&lt;td&gt;its check:
the source page that settles it / the passage of that page&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;undo / redo (text and annotations, in order)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S&lt;/b&gt; / &lt;b&gt;Ctrl+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;save / export as .spotit&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
&lt;p&gt;No key uses Ctrl+Alt: on many keyboards (German, Polish, French…) that is AltGr, which
types characters such as [ ] { } @.&lt;/p&gt;
</source>
            <extracomment>Go to the Checks and the Sources tab (never Ctrl+Alt: that is AltGr on many layouts). Help › Keyboard shortcuts (our own rich text: it quotes nothing from the pack).</extracomment>
            <translation>
&lt;h3&gt;Tasten im Paketeditor&lt;/h3&gt;
&lt;table cellpadding=3&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Umschalt+Pfeiltasten&lt;/b&gt; in der Vorschau&lt;/td&gt;&lt;td&gt;eine Passage auswählen&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;1&lt;/b&gt;–&lt;b&gt;9&lt;/b&gt; in der Vorschau&lt;/td&gt;&lt;td&gt;die Auswahl mit dieser Kategorie annotieren
(oder die Kategorie der Annotation unter dem Cursor ändern)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;0&lt;/b&gt; oder &lt;b&gt;F&lt;/b&gt; in der Vorschau&lt;/td&gt;&lt;td&gt;aus allen Kategorien wählen&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Umschalt+A&lt;/b&gt;&lt;/td&gt;&lt;td&gt;die Auswahl annotieren (Vorschau oder Markdown)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Umschalt+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;die Kategorie der ausgewählten Annotation ändern&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Umschalt+E&lt;/b&gt; / &lt;b&gt;Strg+Umschalt+H&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ihre Erklärung / ihren Tipp bearbeiten
(Esc führt zurück zur Vorschau)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Umschalt+Y&lt;/b&gt;&lt;/td&gt;&lt;td&gt;die neue Passage übernehmen, die für ein geändertes Zitat vorgeschlagen wird&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Umschalt+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;die ausgewählte Annotation auf die Auswahl verschieben&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Umschalt+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;die Kategorien, die für sie ebenfalls gelten (Leertaste hakt eine an)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Umschalt+K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;die ausgewählten Wörter zu ihrem Kern machen&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Umschalt+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;die Auswahl als weitere Stelle hinzufügen (Entf in der
Liste entfernt eine)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Umschalt+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;eine Notiz zur Auswahl hinzufügen: eine unbedenkliche Passage
(Entf in der Notizliste entfernt eine)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Entf&lt;/b&gt; (Vorschau, Liste) oder &lt;b&gt;Strg+Umschalt+Entf&lt;/b&gt;&lt;/td&gt;&lt;td&gt;die Annotation löschen&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;F8&lt;/b&gt; / &lt;b&gt;Umschalt+F8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;nächste / vorherige Annotation&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+F8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;nächste Annotation, die dich braucht (geändert oder verwaist)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;F4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;zum nächsten Problem gehen&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;den Artikel als Lernende(r) ausprobieren&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Umschalt+N&lt;/b&gt; / &lt;b&gt;Strg+Umschalt+D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;einen Artikel hinzufügen / duplizieren&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Umschalt+↑&lt;/b&gt; / &lt;b&gt;Alt+Umschalt+↓&lt;/b&gt;&lt;/td&gt;&lt;td&gt;den Artikel nach oben / unten verschieben&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+1&lt;/b&gt; … &lt;b&gt;Strg+9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Artikelliste, Markdown, Vorschau, Annotationen,
Probleme, Paketdetails, Kategorien, Notizen, Lektionen&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Entf&lt;/b&gt; in der Lektionsliste&lt;/td&gt;&lt;td&gt;die Lektion löschen (Einfg: eine Kategorie
für eine neue wählen)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Umschalt+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;die Tests (Einfg / Entf in ihrer Liste fügt einen hinzu / löscht
einen)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Umschalt+W&lt;/b&gt;&lt;/td&gt;&lt;td&gt;die Quellenseiten, das erfundene Web des Pakets (Entf in ihrer
Liste löscht eine, Einfg wählt die Art einer neuen)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Tab&lt;/b&gt; / &lt;b&gt;Strg+Umschalt+Tab&lt;/b&gt;, &lt;b&gt;Strg+Bild ab&lt;/b&gt; / &lt;b&gt;Strg+Bild auf&lt;/b&gt;&lt;/td&gt;
&lt;td&gt;nächster / vorheriger Tab (Artikel, Paketdetails, Kategorien, Lektionen, Tests, Quellen)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Q&lt;/b&gt; / &lt;b&gt;Alt+J&lt;/b&gt; in den Details einer Annotation oder Notiz&lt;/td&gt;&lt;td&gt;ihr Beleg:
die Quellenseite, die es klärt / die Passage dieser Seite&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Z&lt;/b&gt; / &lt;b&gt;Strg+Umschalt+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;rückgängig / wiederholen (Text und Annotationen, der Reihe nach)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+S&lt;/b&gt; / &lt;b&gt;Strg+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;speichern / als .spotit exportieren&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
&lt;p&gt;Keine Taste verwendet Strg+Alt: Auf vielen Tastaturen (deutsch, polnisch, französisch …) ist das AltGr,
womit man Zeichen wie [ ] { } @ tippt.&lt;/p&gt;
</translation>
        </message>
        <message>
            <source>Articles</source>
            <extracomment>Emitted after each validation with the problems found (a list of Issue). Emitted after a save with the folder saved to. Emitted after "Export as .spotit" with the pack file written.</extracomment>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>Pack details</source>
            <translation>Paketdetails</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Kategorien</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>Lektionen</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Tests</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Quellen</translation>
        </message>
        <message>
            <source>&amp;New pack…</source>
            <translation>&amp;Neues Paket…</translation>
        </message>
        <message>
            <source>&amp;Open pack…</source>
            <translation>Paket ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Save to &amp;folder…</source>
            <translation>In &amp;Ordner speichern…</translation>
        </message>
        <message>
            <source>&amp;Export as .spotit…</source>
            <translation>Als .spotit &amp;exportieren…</translation>
        </message>
        <message>
            <source>Export as source fol&amp;der…</source>
            <translation>Als &amp;Quellordner exportieren…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>S&amp;chließen</translation>
        </message>
        <message>
            <source>Compare with another &amp;pack (agreement)…</source>
            <translation>Mit anderem &amp;Paket vergleichen (Übereinstimmung)…</translation>
        </message>
        <message>
            <source>How far this pack's answer keys agree with another author's .spotit file</source>
            <translation>Wie weit die Lösungen dieses Pakets mit der .spotit-Datei einer anderen Autorin oder eines anderen Autors übereinstimmen</translation>
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
            <source>&amp;Add article</source>
            <translation>&amp;Artikel hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Duplicate article</source>
            <translation>Artikel &amp;duplizieren</translation>
        </message>
        <message>
            <source>De&amp;lete article…</source>
            <translation>Artikel &amp;löschen…</translation>
        </message>
        <message>
            <source>Move article &amp;up</source>
            <translation>Artikel nach &amp;oben</translation>
        </message>
        <message>
            <source>Move article do&amp;wn</source>
            <translation>Artikel nach &amp;unten</translation>
        </message>
        <message>
            <source>&amp;Try as learner</source>
            <translation>Als Lernende(r) aus&amp;probieren</translation>
        </message>
        <message>
            <source>&amp;Annotate selection</source>
            <translation>&amp;Auswahl annotieren</translation>
        </message>
        <message>
            <source>Change &amp;category…</source>
            <translation>&amp;Kategorie ändern…</translation>
        </message>
        <message>
            <source>Edit &amp;explanation</source>
            <translation>&amp;Erklärung bearbeiten</translation>
        </message>
        <message>
            <source>Edit &amp;hint</source>
            <translation>&amp;Tipp bearbeiten</translation>
        </message>
        <message>
            <source>Accept the new &amp;passage</source>
            <translation>Neue &amp;Passage übernehmen</translation>
        </message>
        <message>
            <source>&amp;Move annotation to selection</source>
            <translation>Annotation auf Auswahl &amp;verschieben</translation>
        </message>
        <message>
            <source>&amp;Delete annotation</source>
            <translation>Annotation &amp;löschen</translation>
        </message>
        <message>
            <source>Also &amp;accepted categories</source>
            <translation>&amp;Zusätzlich akzeptierte Kategorien</translation>
        </message>
        <message>
            <source>Set c&amp;ore from selection</source>
            <translation>Ke&amp;rn aus Auswahl festlegen</translation>
        </message>
        <message>
            <source>Add selection as another p&amp;lace</source>
            <translation>Auswahl als weitere &amp;Stelle hinzufügen</translation>
        </message>
        <message>
            <source>Add &amp;note on selection (a passage that is fine)</source>
            <translation>N&amp;otiz zur Auswahl hinzufügen (eine unbedenkliche Passage)</translation>
        </message>
        <message>
            <source>&amp;Next annotation</source>
            <translation>&amp;Nächste Annotation</translation>
        </message>
        <message>
            <source>P&amp;revious annotation</source>
            <translation>Vor&amp;herige Annotation</translation>
        </message>
        <message>
            <source>Next annotation that needs &amp;you</source>
            <translation>Nächste Annotation, die &amp;dich braucht</translation>
        </message>
        <message>
            <source>Next p&amp;roblem</source>
            <translation>Nächstes Pro&amp;blem</translation>
        </message>
        <message>
            <source>Nex&amp;t tab</source>
            <translation>Nä&amp;chster Tab</translation>
        </message>
        <message>
            <source>&amp;Previous tab</source>
            <translation>&amp;Vorheriger Tab</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Probleme</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>&amp;Artikel</translation>
        </message>
        <message>
            <source>Anno&amp;tation</source>
            <translation>Anno&amp;tation</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>A&amp;nsicht</translation>
        </message>
        <message>
            <source>Article list</source>
            <translation>Artikelliste</translation>
        </message>
        <message>
            <source>Markdown</source>
            <translation>Markdown</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <source>Annotations</source>
            <translation>Annotationen</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Chec&amp;ks</source>
            <translation>&amp;Tests</translation>
        </message>
        <message>
            <source>&amp;Source pages</source>
            <translation>&amp;Quellenseiten</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>Ver&amp;größern</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>Ver&amp;kleinern</translation>
        </message>
        <message>
            <source>&amp;Normal size</source>
            <translation>&amp;Normalgröße</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>Annotate as</source>
            <translation>Annotieren als</translation>
        </message>
        <message>
            <source>New pack</source>
            <translation>Neues Paket</translation>
        </message>
        <message>
            <source>{folder} already holds a pack (pack.toml). Open it to edit it instead.</source>
            <translation>{folder} enthält schon ein Paket (pack.toml). Öffne es, um es zu bearbeiten.</translation>
        </message>
        <message>
            <source>New pack: it will be saved in {folder}.</source>
            <translation>Neues Paket: Es wird in {folder} gespeichert.</translation>
        </message>
        <message>
            <source>{path}: no such file or folder</source>
            <translation>{path}: Diese Datei oder diesen Ordner gibt es nicht</translation>
        </message>
        <message>
            <source>Cannot open pack</source>
            <translation>Paket lässt sich nicht öffnen</translation>
        </message>
        <message>
            <source>Opened with problems</source>
            <translation>Mit Problemen geöffnet</translation>
        </message>
        <message>
            <source>The pack had these problems when it was opened; the Problems list shows what is still wrong as you edit:

{problems}</source>
            <translation>Das Paket hatte beim Öffnen diese Probleme; die Liste „Probleme“ zeigt beim Bearbeiten, was noch falsch ist:

{problems}</translation>
        </message>
        <message>
            <source>Opened a built pack: File › Save chooses a folder for its sources.</source>
            <translation>Ein fertiges Paket geöffnet: Datei › Speichern wählt einen Ordner für seine Quellen.</translation>
        </message>
        <message>
            <source>Interrupted save</source>
            <translation>Unterbrochenes Speichern</translation>
        </message>
        <message>
            <source>The last save into {folder} was interrupted. Put back the version from before that save (kept in .backup)?</source>
            <translation>Das letzte Speichern in {folder} wurde unterbrochen. Die Fassung von vor diesem Speichern (in .backup aufbewahrt) zurückholen?</translation>
        </message>
        <message>
            <source>Untitled pack</source>
            <translation>Unbenanntes Paket</translation>
        </message>
        <message>
            <source>{name}[*] — {folder} — SpotIt pack editor</source>
            <translation>{name}[*] — {folder} — SpotIt-Paketeditor</translation>
        </message>
        <message>
            <source>{name}[*] — SpotIt pack editor</source>
            <translation>{name}[*] — SpotIt-Paketeditor</translation>
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
            <source>Delete article</source>
            <translation>Artikel löschen</translation>
        </message>
        <message numerus="yes">
            <source>Delete “{article}” and its %n annotation(s)? Undo (Ctrl+Z) brings it back.</source>
            <translation>
                <numerusform>„{article}“ und seine %n Annotation löschen? Rückgängig (Strg+Z) holt alles zurück.</numerusform>
                <numerusform>„{article}“ und seine %n Annotationen löschen? Rückgängig (Strg+Z) holt alles zurück.</numerusform>
            </translation>
        </message>
        <message>
            <source>Problems ({count})</source>
            <translation>Probleme ({count})</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s), as “spotit pack validate” reports them. Click one (or press F4) to go to it.</source>
            <translation>
                <numerusform>%n Problem, wie „spotit pack validate“ es meldet. Klicke darauf (oder drücke F4), um dorthin zu gehen.</numerusform>
                <numerusform>%n Probleme, wie „spotit pack validate“ sie meldet. Klicke auf eines (oder drücke F4), um dorthin zu gehen.</numerusform>
            </translation>
        </message>
        <message>
            <source>✓ No problems: the pack is ready to export.</source>
            <translation>✓ Keine Probleme: Das Paket kann exportiert werden.</translation>
        </message>
        <message>
            <source>No problems.</source>
            <translation>Keine Probleme.</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <source>Exported the source folder to {folder}.</source>
            <translation>Den Quellordner nach {folder} exportiert.</translation>
        </message>
        <message>
            <source>Saved to {folder}. The previous version is in {folder}/.backup.</source>
            <translation>In {folder} gespeichert. Die vorige Fassung liegt in {folder}/.backup.</translation>
        </message>
        <message>
            <source>{folder} already holds a pack. Replace it? (Its current files go to .backup.)</source>
            <translation>{folder} enthält schon ein Paket. Ersetzen? (Seine jetzigen Dateien kommen nach .backup.)</translation>
        </message>
        <message>
            <source>Save pack sources to folder</source>
            <translation>Paketquellen in Ordner speichern</translation>
        </message>
        <message>
            <source>Export pack sources to folder</source>
            <translation>Paketquellen in Ordner exportieren</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>Nicht exportiert</translation>
        </message>
        <message numerus="yes">
            <source>The pack has %n problem(s). Fix them first: they are listed under Problems.</source>
            <translation>
                <numerusform>Das Paket hat %n Problem. Behebe es zuerst: Es steht unter „Probleme“.</numerusform>
                <numerusform>Das Paket hat %n Probleme. Behebe sie zuerst: Sie stehen unter „Probleme“.</numerusform>
            </translation>
        </message>
        <message>
            <source>Exported {file}.</source>
            <translation>{file} exportiert.</translation>
        </message>
        <message>
            <source>Export as .spotit</source>
            <translation>Als .spotit exportieren</translation>
        </message>
        <message>
            <source>SpotIt packs ({pattern})</source>
            <translation>SpotIt-Pakete ({pattern})</translation>
        </message>
        <message>
            <source>New pack: choose an empty folder</source>
            <translation>Neues Paket: Wähle einen leeren Ordner</translation>
        </message>
        <message>
            <source>Open pack (a .spotit file, or the pack.toml of a source folder)</source>
            <translation>Paket öffnen (eine .spotit-Datei oder die pack.toml eines Quellordners)</translation>
        </message>
        <message>
            <source>Packs ({pattern})</source>
            <translation>Pakete ({pattern})</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Compare with another author's pack</source>
            <translation>Mit dem Paket einer anderen Autorin oder eines anderen Autors vergleichen</translation>
        </message>
        <message>
            <source>Pack editor keys</source>
            <translation>Tasten im Paketeditor</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>Save the changes to “{title}”?</source>
            <translation>Die Änderungen an „{title}“ speichern?</translation>
        </message>
        <message>
            <source>⚠ unknown category: {category}</source>
            <translation>⚠ unbekannte Kategorie: {category}</translation>
        </message>
        <message>
            <source>no problems</source>
            <translation>keine Probleme</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n Problem</numerusform>
                <numerusform>%n Probleme</numerusform>
            </translation>
        </message>
        <message>
            <source>Lesson preview: the lesson as learners see it</source>
            <translation>Vorschau der Lektion: die Lektion, wie Lernende sie sehen</translation>
        </message>
        <message>
            <source>Page preview: the page as learners see it</source>
            <translation>Vorschau der Seite: die Seite, wie Lernende sie sehen</translation>
        </message>
        <message>
            <source>Article preview: the article as learners see it</source>
            <translation>Vorschau des Artikels: der Artikel, wie Lernende ihn sehen</translation>
        </message>
        <message>
            <source>{name} preview: the {what} as learners see it</source>
            <translation>Vorschau ({name}): {what}, wie Lernende es sehen</translation>
        </message>
        <message>
            <source>&amp;Preview: what learners see</source>
            <translation>&amp;Vorschau: was Lernende sehen</translation>
        </message>
    </context>
    <context>
        <name>PackPage</name>
        <message>
            <source>I&amp;d</source>
            <extracomment>(field, label, help) of the one-line fields, in form order (translated where shown).</extracomment>
            <translation>&amp;ID</translation>
        </message>
        <message>
            <source>lower-case letters, digits and dashes, e.g. my-pack</source>
            <translation>Kleinbuchstaben, Ziffern und Bindestriche, z. B. mein-paket</translation>
        </message>
        <message>
            <source>T&amp;itle</source>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <source>what learners see in their library</source>
            <translation>was Lernende in ihrer Bibliothek sehen</translation>
        </message>
        <message>
            <source>Ve&amp;rsion</source>
            <translation>&amp;Version</translation>
        </message>
        <message>
            <source>e.g. 1.0.0; raise it when you publish changes</source>
            <translation>z. B. 1.0.0; erhöhe sie, wenn du Änderungen veröffentlichst</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>e.g. en</source>
            <translation>z. B. de</translation>
        </message>
        <message>
            <source>A&amp;uthors</source>
            <translation>&amp;Autor:innen</translation>
        </message>
        <message>
            <source>names, separated by commas</source>
            <translation>Namen, durch Kommas getrennt</translation>
        </message>
        <message>
            <source>Li&amp;cence</source>
            <translation>&amp;Lizenz</translation>
        </message>
        <message>
            <source>e.g. CC-BY-4.0</source>
            <translation>z. B. CC-BY-4.0</translation>
        </message>
        <message>
            <source>What the pack is. Learners see the title in their library and the training notice above every article.</source>
            <translation>Was das Paket ist. Lernende sehen den Titel in ihrer Bibliothek und den Übungshinweis über jedem Artikel.</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>What the pack is for, who it is for.</source>
            <translation>Wofür das Paket ist und für wen.</translation>
        </message>
        <message>
            <source>Training notice</source>
            <translation>Übungshinweis</translation>
        </message>
        <message>
            <source>Shown above every article, e.g. “Training example: invented.”</source>
            <translation>Steht über jedem Artikel, z. B. „Übungsbeispiel: erfunden.“</translation>
        </message>
        <message>
            <source>Descri&amp;ption</source>
            <translation>&amp;Beschreibung</translation>
        </message>
        <message>
            <source>Training &amp;notice</source>
            <translation>Übungs&amp;hinweis</translation>
        </message>
        <message>
            <source>Source folder: {folder}</source>
            <translation>Quellordner: {folder}</translation>
        </message>
        <message>
            <source>Not saved yet: File › Save chooses a folder.</source>
            <translation>Noch nicht gespeichert: Datei › Speichern wählt einen Ordner.</translation>
        </message>
    </context>
    <context>
        <name>TryAsLearnerDialog</name>
        <message>
            <source>Try as learner — nothing is recorded</source>
            <translation>Als Lernende(r) ausprobieren – nichts wird aufgezeichnet</translation>
        </message>
        <message>
            <source>Author trying the pack</source>
            <translation>Autor:in probiert das Paket aus</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Schließen</translation>
        </message>
        <message>
            <source>Trying “{headline}” as a learner. Nothing you do here is recorded.</source>
            <translation>Du probierst „{headline}“ als Lernende(r) aus. Nichts, was du hier tust, wird aufgezeichnet.</translation>
        </message>
        <message numerus="yes">
            <source>Trying “{headline}” as a learner. Nothing you do here is recorded. %n annotation(s) waiting for you to confirm or fix are left out of this answer key.</source>
            <translation>
                <numerusform>Du probierst „{headline}“ als Lernende(r) aus. Nichts, was du hier tust, wird aufgezeichnet. %n Annotation, die du noch bestätigen oder korrigieren musst, fehlt in dieser Lösung.</numerusform>
                <numerusform>Du probierst „{headline}“ als Lernende(r) aus. Nichts, was du hier tust, wird aufgezeichnet. %n Annotationen, die du noch bestätigen oder korrigieren musst, fehlen in dieser Lösung.</numerusform>
            </translation>
        </message>
    </context>
</TS>
