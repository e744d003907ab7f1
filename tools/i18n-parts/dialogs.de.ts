<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export annotations</source>
            <translation>Annotationen exportieren</translation>
        </message>
        <message>
            <source>Pack to export</source>
            <translation>Zu exportierendes Paket</translation>
        </message>
        <message>
            <source>&amp;Pack:</source>
            <translation>&amp;Paket:</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Format:</translation>
        </message>
        <message>
            <source>File or folder to write</source>
            <translation>Zu schreibende Datei oder Ordner</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>Durch&amp;suchen…</translation>
        </message>
        <message>
            <source>&amp;Write to:</source>
            <translation>Schreiben &amp;nach:</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Hinweise</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exportieren</translation>
        </message>
        <message>
            <source>Folder for the {format} files</source>
            <translation>Ordner für die {format}-Dateien</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Exportieren nach</translation>
        </message>
        <message>
            <source>choose the pack to export (Other pack file…)</source>
            <translation>wähle das zu exportierende Paket (Andere Paketdatei…)</translation>
        </message>
        <message>
            <source>choose where to write the export (Browse…)</source>
            <translation>wähle, wohin der Export geschrieben wird (Durchsuchen…)</translation>
        </message>
        <message>
            <source>Replace?</source>
            <translation>Ersetzen?</translation>
        </message>
        <message>
            <source>{path} already holds an export. Replace it?</source>
            <translation>In {path} liegt schon ein Export. Ersetzen?</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Wird exportiert…</translation>
        </message>
        <message numerus="yes">
            <source>%n article(s)</source>
            <translation>
                <numerusform>%n Artikel</numerusform>
                <numerusform>%n Artikel</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n annotation(s)</source>
            <translation>
                <numerusform>%n Annotation</numerusform>
                <numerusform>%n Annotationen</numerusform>
            </translation>
        </message>
        <message>
            <source>✓ Exported {articles} with {annotations} to {path}.</source>
            <translation>✓ {articles} mit {annotations} nach {path} exportiert.</translation>
        </message>
    </context>
    <context>
        <name>Format</name>
        <message>
            <source>doccano (JSONL)</source>
            <translation>doccano (JSONL)</translation>
        </message>
        <message>
            <source>Label Studio (JSON export)</source>
            <translation>Label Studio (JSON-Export)</translation>
        </message>
        <message>
            <source>brat standoff (.txt + .ann)</source>
            <translation>brat-Standoff (.txt + .ann)</translation>
        </message>
        <message>
            <source>W3C Web Annotation (JSON / JSON-LD)</source>
            <translation>W3C Web Annotation (JSON / JSON-LD)</translation>
        </message>
        <message>
            <source>doccano JSONL</source>
            <translation>doccano JSONL</translation>
        </message>
        <message>
            <source>Label Studio JSON</source>
            <translation>Label Studio JSON</translation>
        </message>
        <message>
            <source>brat files</source>
            <translation>brat-Dateien</translation>
        </message>
        <message>
            <source>Web Annotation</source>
            <translation>Web Annotation</translation>
        </message>
        <message>
            <source>Offsets are written in code points; labels are the pack's category ids.</source>
            <translation>Offsets werden in Codepunkten geschrieben; Labels sind die Kategorie-IDs des Pakets.</translation>
        </message>
        <message>
            <source>brat writes a folder: ID.txt and ID.ann for each article, and annotation.conf.</source>
            <translation>brat schreibt einen Ordner: ID.txt und ID.ann für jeden Artikel sowie annotation.conf.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Automatic (recommended): code points, or UTF-16 where only that fits</source>
            <translation>Automatisch (empfohlen): Codepunkte, oder UTF-16, wo nur das passt</translation>
        </message>
        <message>
            <source>Code points (Python, SpotIt)</source>
            <translation>Codepunkte (Python, SpotIt)</translation>
        </message>
        <message>
            <source>UTF-16 code units (JavaScript, Java)</source>
            <translation>UTF-16-Codeeinheiten (JavaScript, Java)</translation>
        </message>
        <message>
            <source>— not mapped yet —</source>
            <translation>— noch nicht zugeordnet —</translation>
        </message>
        <message>
            <source>Import annotations</source>
            <translation>Annotationen importieren</translation>
        </message>
        <message>
            <source>‹ &amp;Back</source>
            <translation>‹ &amp;Zurück</translation>
        </message>
        <message>
            <source>Choose &amp;categories ›</source>
            <translation>&amp;Kategorien wählen ›</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <source>&amp;Open in library</source>
            <translation>In der &amp;Bibliothek öffnen</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Format:</translation>
        </message>
        <message>
            <source>Files to import</source>
            <translation>Zu importierende Dateien</translation>
        </message>
        <message>
            <source>Add &amp;files…</source>
            <translation>&amp;Dateien hinzufügen…</translation>
        </message>
        <message>
            <source>Add f&amp;older…</source>
            <translation>&amp;Ordner hinzufügen…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>Fi&amp;les:</source>
            <translation>Date&amp;ien:</translation>
        </message>
        <message>
            <source>Texts of the annotated documents ({formats} only)</source>
            <translation>Texte der annotierten Dokumente (nur {formats})</translation>
        </message>
        <message>
            <source>Give each source as the annotations' &lt;tt&gt;target.source&lt;/tt&gt; names it. One file may leave the source empty: it is the text of the only source that has none otherwise. SpotIt's own W3C exports carry their texts.</source>
            <translation>Gib jede Quelle so an, wie das &lt;tt&gt;target.source&lt;/tt&gt; der Annotationen sie nennt. Bei einer Datei darf die Quelle leer bleiben: Sie ist dann der Text der einzigen Quelle, die sonst keinen hat. SpotIts eigene W3C-Exporte enthalten ihre Texte.</translation>
        </message>
        <message>
            <source>Source (target.source)</source>
            <translation>Quelle (target.source)</translation>
        </message>
        <message>
            <source>Text file</source>
            <translation>Textdatei</translation>
        </message>
        <message>
            <source>Text files for the W3C sources</source>
            <translation>Textdateien für die W3C-Quellen</translation>
        </message>
        <message>
            <source>Add &amp;text file…</source>
            <translation>Te&amp;xtdatei hinzufügen…</translation>
        </message>
        <message>
            <source>Remove text</source>
            <translation>Text entfernen</translation>
        </message>
        <message>
            <source>Import into</source>
            <translation>Importieren in</translation>
        </message>
        <message>
            <source>a &amp;new pack</source>
            <translation>ein &amp;neues Paket</translation>
        </message>
        <message>
            <source>an &amp;existing pack (its categories are kept)</source>
            <translation>ein &amp;vorhandenes Paket (seine Kategorien bleiben erhalten)</translation>
        </message>
        <message>
            <source>default: the file name</source>
            <translation>Standard: der Dateiname</translation>
        </message>
        <message>
            <source>Title of the new pack</source>
            <translation>Titel des neuen Pakets</translation>
        </message>
        <message>
            <source>   Pack &amp;title:</source>
            <translation>   Paket&amp;titel:</translation>
        </message>
        <message>
            <source>Pack to import into</source>
            <translation>Paket, in das importiert wird</translation>
        </message>
        <message>
            <source>   &amp;Pack:</source>
            <translation>   &amp;Paket:</translation>
        </message>
        <message>
            <source>Pack file to write</source>
            <translation>Zu schreibende Paketdatei</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>Durch&amp;suchen…</translation>
        </message>
        <message>
            <source>&amp;Write the pack to:</source>
            <translation>Paket sch&amp;reiben nach:</translation>
        </message>
        <message>
            <source>Training notice</source>
            <translation>Übungshinweis</translation>
        </message>
        <message>
            <source>Trainin&amp;g notice:</source>
            <translation>Übungs&amp;hinweis:</translation>
        </message>
        <message>
            <source>Show &amp;advanced options</source>
            <translation>&amp;Mehr Optionen zeigen</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>Erweitert</translation>
        </message>
        <message>
            <source>Offsets co&amp;unt:</source>
            <translation>Offset-&amp;Zählung:</translation>
        </message>
        <message>
            <source>&amp;Labels and the categories they become</source>
            <translation>&amp;Labels und die Kategorien, die daraus werden</translation>
        </message>
        <message>
            <source>Pre&amp;view: what the import will make</source>
            <translation>&amp;Vorschau: was der Import erzeugt</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Uses</source>
            <translation>Verwendungen</translation>
        </message>
        <message>
            <source>Becomes</source>
            <translation>Wird zu</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Categories after the import</source>
            <translation>Kategorien nach dem Import</translation>
        </message>
        <message>
            <source>Sample article</source>
            <translation>Beispielartikel</translation>
        </message>
        <message>
            <source>Sample a&amp;rticle:</source>
            <translation>Beispiel&amp;artikel:</translation>
        </message>
        <message>
            <source>The sample article with its red flags marked</source>
            <translation>Der Beispielartikel mit seinen Warnsignalen markiert</translation>
        </message>
        <message>
            <source>Red flag</source>
            <translation>Warnsignal</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Red flags of the sample article</source>
            <translation>Warnsignale des Beispielartikels</translation>
        </message>
        <message>
            <source>Files and texts not imported</source>
            <translation>Nicht importierte Dateien und Texte</translation>
        </message>
        <message>
            <source>File and line (or record)</source>
            <translation>Datei und Zeile (oder Datensatz)</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Annotations not placed</source>
            <translation>Nicht platzierte Annotationen</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Hinweise:</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Hinweise</translation>
        </message>
        <message>
            <source>empty: the pack keeps its own notice</source>
            <translation>leer: das Paket behält seinen eigenen Hinweis</translation>
        </message>
        <message>
            <source>Learners see the notice above every article. Left empty, the pack keeps its own: check that it holds for the imported texts too.</source>
            <translation>Lernende sehen den Hinweis über jedem Artikel. Bleibt das Feld leer, behält das Paket seinen eigenen: Prüfe, ob er auch für die importierten Texte stimmt.</translation>
        </message>
        <message>
            <source>empty: no notice</source>
            <translation>leer: kein Hinweis</translation>
        </message>
        <message>
            <source>Learners see it above every article, e.g. “Real news stories from the X corpus”. Leave it empty unless you know where the texts come from: a wrong notice (say, “every article is invented” over real news) misleads learners.</source>
            <translation>Lernende sehen ihn über jedem Artikel, z. B. „Echte Nachrichten aus dem X-Korpus“. Lass das Feld leer, wenn du nicht weißt, woher die Texte stammen: Ein falscher Hinweis (etwa „jeder Artikel ist erfunden“ über echten Nachrichten) führt Lernende in die Irre.</translation>
        </message>
        <message>
            <source>Choose the pack to import into.</source>
            <translation>Wähle das Paket, in das importiert werden soll.</translation>
        </message>
        <message>
            <source>Writing to the pack's own file replaces it with the pack plus the imported articles; choose another file to keep the pack as it is.</source>
            <translation>Schreibst du in die Datei des Pakets selbst, wird sie durch das Paket samt den importierten Artikeln ersetzt; wähle eine andere Datei, um das Paket so zu lassen, wie es ist.</translation>
        </message>
        <message>
            <source>{format_files};;All files (*)</source>
            <translation>{format_files};;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Folder of {files}</source>
            <translation>Ordner mit {files}</translation>
        </message>
        <message>
            <source>Texts of the annotated documents</source>
            <translation>Texte der annotierten Dokumente</translation>
        </message>
        <message>
            <source>Texts (*.txt);;All files (*)</source>
            <translation>Texte (*.txt);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Write the pack to</source>
            <translation>Paket schreiben nach</translation>
        </message>
        <message>
            <source>add the files to import (Add files…)</source>
            <translation>füge die zu importierenden Dateien hinzu (Dateien hinzufügen…)</translation>
        </message>
        <message>
            <source>choose the pack to import into</source>
            <translation>wähle das Paket, in das importiert werden soll</translation>
        </message>
        <message>
            <source>choose the pack file to write (Browse…)</source>
            <translation>wähle die Paketdatei, die geschrieben werden soll (Durchsuchen…)</translation>
        </message>
        <message>
            <source>Replace file?</source>
            <translation>Datei ersetzen?</translation>
        </message>
        <message>
            <source>{path} already exists. Replace it?</source>
            <translation>{path} gibt es schon. Ersetzen?</translation>
        </message>
        <message>
            <source>Reading the files…</source>
            <translation>Die Dateien werden gelesen…</translation>
        </message>
        <message numerus="yes">
            <source>{title} (%n annotation(s))</source>
            <translation>
                <numerusform>{title} (%n Annotation)</numerusform>
                <numerusform>{title} (%n Annotationen)</numerusform>
            </translation>
        </message>
        <message>
            <source>{articles} with {annotations} using {labels}.</source>
            <translation>{articles} mit {annotations}, die {labels} verwenden.</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;{counts}&lt;/b&gt; Choose the category each label becomes in the categories of {pack}; the preview below shows the result before anything is written.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;{counts}&lt;/b&gt; Wähle für jedes Label, zu welcher der Kategorien von {pack} es wird; die Vorschau unten zeigt das Ergebnis, bevor etwas geschrieben wird.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;{counts}&lt;/b&gt; Choose the category each label becomes in a new pack; the preview below shows the result before anything is written.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;{counts}&lt;/b&gt; Wähle für jedes Label die Kategorie, zu der es im neuen Paket wird; die Vorschau unten zeigt das Ergebnis, bevor etwas geschrieben wird.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>For example</source>
            <translation>Beispiel</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>&lt;b&gt;{header}&lt;/b&gt;</source>
            <translation>&lt;b&gt;{header}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>No annotations: the texts are imported as articles without red flags (credible ones).</source>
            <translation>Keine Annotationen: Die Texte werden als Artikel ohne Warnsignale importiert (als glaubwürdige).</translation>
        </message>
        <message>
            <source>Category for the label {label}</source>
            <translation>Kategorie für das Label {label}</translation>
        </message>
        <message>
            <source>— choose a category —</source>
            <translation>— Kategorie wählen —</translation>
        </message>
        <message>
            <source>New category</source>
            <translation>Neue Kategorie</translation>
        </message>
        <message>
            <source>Name of the new category for the label {label}</source>
            <translation>Name der neuen Kategorie für das Label {label}</translation>
        </message>
        <message numerus="yes">
            <source>⚠ Still to map: %n label(s). Each must become one of the pack's categories, or a new one, before the import can go on; nothing is dropped.</source>
            <translation>
                <numerusform>⚠ Noch zuzuordnen: %n Label. Es muss zu einer der Kategorien des Pakets oder zu einer neuen werden, bevor der Import weitergehen kann; nichts wird verworfen.</numerusform>
                <numerusform>⚠ Noch zuzuordnen: %n Labels. Jedes muss zu einer der Kategorien des Pakets oder zu einer neuen werden, bevor der Import weitergehen kann; nichts wird verworfen.</numerusform>
            </translation>
        </message>
        <message>
            <source>A new category gets the name shown (edit it if you like), a colour of its own and a description saying it came from this import.</source>
            <translation>Eine neue Kategorie bekommt den angezeigten Namen (du kannst ihn ändern), eine eigene Farbe und eine Beschreibung, die sagt, dass sie aus diesem Import stammt.</translation>
        </message>
        <message>
            <source>✓ Every label has a category. A new one is added to the pack's, with the name shown, a colour of its own and a description saying it came from this import.</source>
            <translation>✓ Jedes Label hat eine Kategorie. Eine neue kommt zu denen des Pakets hinzu, mit dem angezeigten Namen, einer eigenen Farbe und einer Beschreibung, die sagt, dass sie aus diesem Import stammt.</translation>
        </message>
        <message>
            <source>Rendering the sample…</source>
            <translation>Das Beispiel wird dargestellt…</translation>
        </message>
        <message>
            <source>This text cannot become an article (nothing to read, or too much markup); the import skips it and says so.</source>
            <translation>Aus diesem Text kann kein Artikel werden (nichts zu lesen oder zu viel Markup); der Import überspringt ihn und meldet das.</translation>
        </message>
        <message>
            <source>Building the pack…</source>
            <translation>Das Paket wird erstellt…</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Added {articles} with {annotations}&lt;/b&gt; to {path}.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;{articles} mit {annotations}&lt;/b&gt; zu {path} hinzugefügt.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Imported {articles} with {annotations}&lt;/b&gt; to {path}.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;{articles} mit {annotations}&lt;/b&gt; nach {path} importiert.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Categories: {names}&lt;/p&gt;</source>
            <translation>&lt;p&gt;Kategorien: {names}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keiner</translation>
        </message>
        <message>
            <source>&lt;p&gt;Training notice: {notice}&lt;/p&gt;</source>
            <translation>&lt;p&gt;Übungshinweis: {notice}&lt;/p&gt;</translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n file(s) or text(s) were skipped and are not in the pack:</source>
            <translation>
                <numerusform>⚠ %n Datei oder Text wurde übersprungen und ist nicht im Paket:</numerusform>
                <numerusform>⚠ %n Dateien oder Texte wurden übersprungen und sind nicht im Paket:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;⚠ %n annotation(s) could not be placed&lt;/b&gt; and are not in the pack. Each is listed with where it came from:</source>
            <translation>
                <numerusform>&lt;b&gt;⚠ %n Annotation konnte nicht platziert werden&lt;/b&gt; und ist nicht im Paket. Sie steht hier mit ihrer Herkunft:</numerusform>
                <numerusform>&lt;b&gt;⚠ %n Annotationen konnten nicht platziert werden&lt;/b&gt; und sind nicht im Paket. Jede steht hier mit ihrer Herkunft:</numerusform>
            </translation>
        </message>
        <message>
            <source>✓ Every annotation was placed.</source>
            <translation>✓ Jede Annotation wurde platziert.</translation>
        </message>
        <message>
            <source>new</source>
            <comment>the kind of category a label becomes</comment>
            <translation>neu</translation>
        </message>
        <message>
            <source>the pack's</source>
            <comment>the kind of category a label becomes</comment>
            <translation>des Pakets</translation>
        </message>
        <message>
            <source>default</source>
            <comment>the kind of category a label becomes</comment>
            <translation>Standard</translation>
        </message>
        <message>
            <source>“{quote}”</source>
            <translation>„{quote}“</translation>
        </message>
        <message numerus="yes">
            <source>%n article(s)</source>
            <translation>
                <numerusform>%n Artikel</numerusform>
                <numerusform>%n Artikel</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n annotation(s)</source>
            <translation>
                <numerusform>%n Annotation</numerusform>
                <numerusform>%n Annotationen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n label(s)</source>
            <translation>
                <numerusform>%n Label</numerusform>
                <numerusform>%n Labels</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Operation</name>
        <message>
            <source>file</source>
            <comment>a file not named by the error</comment>
            <translation>Datei</translation>
        </message>
        <message>
            <source>{file}: {error}</source>
            <translation>{file}: {error}</translation>
        </message>
        <message>
            <source>unexpected problem: {error_type}: {error}</source>
            <translation>unerwartetes Problem: {error_type}: {error}</translation>
        </message>
    </context>
    <context>
        <name>OperationDialog</name>
        <message>
            <source>SpotIt packs ({pattern});;All files (*)</source>
            <translation>SpotIt-Pakete ({pattern});;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>&lt;b style='color:{color}'&gt;⚠ Problem:&lt;/b&gt; {line}</source>
            <translation>&lt;b style='color:{color}'&gt;⚠ Problem:&lt;/b&gt; {line}</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>In Arbeit</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Hinweis</translation>
        </message>
    </context>
    <context>
        <name>PackPicker</name>
        <message>
            <source>Other pack &amp;file…</source>
            <translation>&amp;Andere Paketdatei…</translation>
        </message>
    </context>
</TS>
