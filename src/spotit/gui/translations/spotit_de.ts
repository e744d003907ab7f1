<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>AgreementView</name>
        <message>
            <source>◧ only A flagged</source>
            <translation>◧ nur A hat markiert</translation>
        </message>
        <message>
            <source>◨ only B flagged</source>
            <translation>◨ nur B hat markiert</translation>
        </message>
        <message>
            <source>≠ different category</source>
            <translation>≠ andere Kategorie</translation>
        </message>
        <message>
            <source>◐ partial overlap</source>
            <translation>◐ teilweise Überlappung</translation>
        </message>
        <message>
            <source>Agreement between two authors</source>
            <translation>Übereinstimmung zwischen zwei Autor:innen</translation>
        </message>
        <message>
            <source>Author A's pack file</source>
            <translation>Paketdatei von Autor:in A</translation>
        </message>
        <message>
            <source>Author B's pack file</source>
            <translation>Paketdatei von Autor:in B</translation>
        </message>
        <message>
            <source>Bro&amp;wse…</source>
            <translation>Durchsuc&amp;hen…</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Durchsuchen…</translation>
        </message>
        <message>
            <source>Author A's pack</source>
            <translation>Paket von Autor:in A</translation>
        </message>
        <message>
            <source>Author B's pack</source>
            <translation>Paket von Autor:in B</translation>
        </message>
        <message>
            <source>Author &amp;A:</source>
            <translation>Autor:in &amp;A:</translation>
        </message>
        <message>
            <source>Author B (&amp;other pack):</source>
            <translation>Autor:in B (anderes &amp;Paket):</translation>
        </message>
        <message>
            <source>{title} (this editor, unsaved changes included)</source>
            <translation>{title} (dieser Editor, mit ungespeicherten Änderungen)</translation>
        </message>
        <message>
            <source>&amp;Compare</source>
            <translation>&amp;Vergleichen</translation>
        </message>
        <message>
            <source>&amp;Summary</source>
            <translation>Ü&amp;bersicht</translation>
        </message>
        <message>
            <source>&amp;Disagreements</source>
            <translation>Ab&amp;weichungen</translation>
        </message>
        <message>
            <source>&amp;Export disagreements as CSV…</source>
            <translation>Abweichungen als CSV &amp;exportieren…</translation>
        </message>
        <message>
            <source>Spotted
precision</source>
            <translation>Gefunden
Präzision</translation>
        </message>
        <message>
            <source>Spotted
recall</source>
            <translation>Gefunden
Trefferquote</translation>
        </message>
        <message>
            <source>Spotted
F1</source>
            <translation>Gefunden
F1</translation>
        </message>
        <message>
            <source>Named
precision</source>
            <translation>Benannt
Präzision</translation>
        </message>
        <message>
            <source>Named
recall</source>
            <translation>Benannt
Trefferquote</translation>
        </message>
        <message>
            <source>Named
F1</source>
            <translation>Benannt
F1</translation>
        </message>
        <message>
            <source>Agreement measures</source>
            <translation>Maße der Übereinstimmung</translation>
        </message>
        <message>
            <source>&lt;i&gt;Spotted&lt;/i&gt; ignores categories, &lt;i&gt;named&lt;/i&gt; counts them. Each row scores one author's annotations with the other's as the answer key; swapping them swaps precision and recall and leaves F1.</source>
            <translation>&lt;i&gt;Gefunden&lt;/i&gt; lässt die Kategorien außer Acht, &lt;i&gt;benannt&lt;/i&gt; zählt sie mit. Jede Zeile bewertet die Annotationen einer Person mit denen der anderen als Lösung; tauscht man sie, tauschen Präzision und Trefferquote die Plätze, F1 bleibt gleich.</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Matched</source>
            <translation>Gepaart</translation>
        </message>
        <message>
            <source>Annotations per category</source>
            <translation>Annotationen je Kategorie</translation>
        </message>
        <message>
            <source>Per ca&amp;tegory (matched: pairs of A and B annotations that hit each other):</source>
            <translation>Je Ka&amp;tegorie (gepaart: Annotationen von A und B, die einander treffen):</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>A: category</source>
            <translation>A: Kategorie</translation>
        </message>
        <message>
            <source>A: quote</source>
            <translation>A: Zitat</translation>
        </message>
        <message>
            <source>B: category</source>
            <translation>B: Kategorie</translation>
        </message>
        <message>
            <source>B: quote</source>
            <translation>B: Zitat</translation>
        </message>
        <message>
            <source>Disagreements</source>
            <translation>Abweichungen</translation>
        </message>
        <message>
            <source>The disagreement's passage</source>
            <translation>Die Textstelle der Abweichung</translation>
        </message>
        <message>
            <source>Both authors' annotations of this passage</source>
            <translation>Die Annotationen beider Autor:innen zu dieser Textstelle</translation>
        </message>
        <message>
            <source>choose author A's pack file (Browse…)</source>
            <translation>wähle die Paketdatei von Autor:in A (Durchsuchen…)</translation>
        </message>
        <message>
            <source>choose author B's pack file (Browse…)</source>
            <translation>wähle die Paketdatei von Autor:in B (Durchsuchen…)</translation>
        </message>
        <message>
            <source>Comparing…</source>
            <translation>Vergleiche…</translation>
        </message>
        <message>
            <source>&lt;b&gt;Articles compared: {count}&lt;/b&gt;</source>
            <translation>&lt;b&gt;Verglichene Artikel: {count}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Only in A: {ids}</source>
            <translation>Nur in A: {ids}</translation>
        </message>
        <message>
            <source>Only in B: {ids}</source>
            <translation>Nur in B: {ids}</translation>
        </message>
        <message>
            <source>Same id, different text (not compared): {ids}</source>
            <translation>Gleiche ID, anderer Text (nicht verglichen): {ids}</translation>
        </message>
        <message>
            <source>No article is in both packs with the same text: nothing to compare.</source>
            <translation>Kein Artikel steht mit gleichem Text in beiden Paketen: Es gibt nichts zu vergleichen.</translation>
        </message>
        <message>
            <source>B against A's answer key</source>
            <translation>B gemessen an der Lösung von A</translation>
        </message>
        <message>
            <source>A against B's answer key</source>
            <translation>A gemessen an der Lösung von B</translation>
        </message>
        <message>
            <source>&amp;Disagreements ({count})</source>
            <translation>Ab&amp;weichungen ({count})</translation>
        </message>
        <message>
            <source>No disagreements: both authors flagged the same passages with the same categories.</source>
            <translation>Keine Abweichungen: Beide haben dieselben Textstellen mit denselben Kategorien markiert.</translation>
        </message>
        <message>
            <source>{swatch} &lt;b&gt;A&lt;/b&gt; (solid underline, tinted): nothing flagged here</source>
            <translation>{swatch} &lt;b&gt;A&lt;/b&gt; (durchgezogen unterstrichen, getönt): hier nichts markiert</translation>
        </message>
        <message>
            <source>{swatch} &lt;b&gt;A&lt;/b&gt; (solid underline, tinted): {category} — “{quote}”</source>
            <translation>{swatch} &lt;b&gt;A&lt;/b&gt; (durchgezogen unterstrichen, getönt): {category} – „{quote}“</translation>
        </message>
        <message>
            <source>{swatch} &lt;b&gt;B&lt;/b&gt; (wavy underline with a line above): nothing flagged here</source>
            <translation>{swatch} &lt;b&gt;B&lt;/b&gt; (wellig unterstrichen, mit Linie darüber): hier nichts markiert</translation>
        </message>
        <message>
            <source>{swatch} &lt;b&gt;B&lt;/b&gt; (wavy underline with a line above): {category} — “{quote}”</source>
            <translation>{swatch} &lt;b&gt;B&lt;/b&gt; (wellig unterstrichen, mit Linie darüber): {category} – „{quote}“</translation>
        </message>
        <message>
            <source>Export disagreements</source>
            <translation>Abweichungen exportieren</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>{path}: cannot write ({reason})</source>
            <translation>{path}: kann nicht geschrieben werden ({reason})</translation>
        </message>
        <message numerus="yes">
            <source>✓ Wrote %n disagreement(s) to {path}.</source>
            <translation>
                <numerusform>✓ %n Abweichung in {path} geschrieben.</numerusform>
                <numerusform>✓ %n Abweichungen in {path} geschrieben.</numerusform>
            </translation>
        </message>
    </context>
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
        <name>ArticleDocument</name>
        <message>
            <source>A hidden character, {code_point}, that would change the direction of the text around it</source>
            <translation>Ein verborgenes Zeichen, {code_point}, das die Richtung des umgebenden Textes ändern würde</translation>
        </message>
        <message>
            <source>{character}: no font on this computer can draw it</source>
            <translation>{character}: Keine Schrift auf diesem Computer kann es darstellen</translation>
        </message>
    </context>
    <context>
        <name>ArticlePage</name>
        <message>
            <source>anchored</source>
            <translation>verankert</translation>
        </message>
        <message>
            <source>moved with the text</source>
            <translation>mit dem Text verschoben</translation>
        </message>
        <message>
            <source>check: the quote changed</source>
            <translation>prüfen: Das Zitat hat sich geändert</translation>
        </message>
        <message>
            <source>orphaned: text not found</source>
            <translation>verwaist: Text nicht gefunden</translation>
        </message>
        <message>
            <source>on its quote</source>
            <translation>auf seinem Zitat</translation>
        </message>
        <message>
            <source>moved</source>
            <translation>verschoben</translation>
        </message>
        <message>
            <source>check: quote changed</source>
            <translation>prüfen: Zitat geändert</translation>
        </message>
        <message>
            <source>orphaned</source>
            <translation>verwaist</translation>
        </message>
        <message>
            <source>1 · easy</source>
            <translation>1 · leicht</translation>
        </message>
        <message>
            <source>2 · medium</source>
            <translation>2 · mittel</translation>
        </message>
        <message>
            <source>3 · hard</source>
            <translation>3 · schwer</translation>
        </message>
        <message>
            <source>misinformation</source>
            <translation>Falschinformation</translation>
        </message>
        <message>
            <source>credible</source>
            <translation>glaubwürdig</translation>
        </message>
        <message>
            <source>satire</source>
            <translation>Satire</translation>
        </message>
        <message>
            <source>opinion</source>
            <translation>Meinung</translation>
        </message>
        <message>
            <source>Underlines: solid = annotation · wavy = proposed new passage · dashed = another place of it · line above and dash-dot = its core · dotted blue = a note (a passage that is fine)</source>
            <translation>Unterstreichungen: durchgezogen = Annotation · wellig = vorgeschlagene neue Textstelle · gestrichelt = eine weitere Stelle davon · Linie darüber und Strich-Punkt = ihr Kern · blau gepunktet = eine Notiz (eine Textstelle, die in Ordnung ist)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>Articles, in the order learners see them</source>
            <translation>Artikel, in der Reihenfolge, in der Lernende sie sehen</translation>
        </message>
        <message>
            <source>Alt+Up / Alt+Down move the article; Delete deletes it; Insert adds one.</source>
            <translation>Alt+Hoch / Alt+Runter verschieben den Artikel; Entf löscht ihn; Einfg fügt einen hinzu.</translation>
        </message>
        <message>
            <source>Article&amp;s</source>
            <translation>Artike&amp;l</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplizieren</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Löschen…</translation>
        </message>
        <message>
            <source>Try as learner</source>
            <translation>Als Lernende(r) ausprobieren</translation>
        </message>
        <message>
            <source>▲ Up</source>
            <translation>▲ Hoch</translation>
        </message>
        <message>
            <source>▼ Down</source>
            <translation>▼ Runter</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>Schlagzeile</translation>
        </message>
        <message>
            <source>The headline learners see (it can be flagged too)</source>
            <translation>Die Schlagzeile, die Lernende sehen (auch sie kann markiert werden)</translation>
        </message>
        <message>
            <source>Article id</source>
            <translation>Artikel-ID</translation>
        </message>
        <message>
            <source>lower-case-id</source>
            <translation>id-in-kleinbuchstaben</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>2026-03-01, or empty</source>
            <translation>2026-03-01 oder leer</translation>
        </message>
        <message>
            <source>Byline</source>
            <translation>Autor:in</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>Medium</translation>
        </message>
        <message>
            <source>Tags, separated by commas</source>
            <translation>Tags, durch Kommas getrennt</translation>
        </message>
        <message>
            <source>health, science</source>
            <translation>gesundheit, wissenschaft</translation>
        </message>
        <message>
            <source>Difficulty</source>
            <translation>Schwierigkeit</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>&amp;Id</source>
            <translation>&amp;ID</translation>
        </message>
        <message>
            <source>&amp;Outlet</source>
            <translation>&amp;Medium</translation>
        </message>
        <message>
            <source>&amp;Byline</source>
            <translation>Auto&amp;r:in</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>Dat&amp;um</translation>
        </message>
        <message>
            <source>Diffic&amp;ulty</source>
            <translation>&amp;Schwierigkeit</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>T&amp;yp</translation>
        </message>
        <message>
            <source>Head&amp;line</source>
            <translation>S&amp;chlagzeile</translation>
        </message>
        <message>
            <source>Ta&amp;gs</source>
            <translation>Ta&amp;gs</translation>
        </message>
        <message>
            <source>Article text in Markdown</source>
            <translation>Artikeltext in Markdown</translation>
        </message>
        <message>
            <source>Write the article here, in Markdown…</source>
            <translation>Schreib den Artikel hier, in Markdown…</translation>
        </message>
        <message>
            <source>Preview: the article as learners see it</source>
            <translation>Vorschau: der Artikel, wie Lernende ihn sehen</translation>
        </message>
        <message>
            <source>&amp;Markdown</source>
            <translation>Markdo&amp;wn</translation>
        </message>
        <message>
            <source>&amp;Preview: what learners see</source>
            <translation>&amp;Vorschau: was Lernende sehen</translation>
        </message>
        <message>
            <source>What the preview's underlines mean</source>
            <translation>Was die Unterstreichungen in der Vorschau bedeuten</translation>
        </message>
        <message>
            <source>Annotation</source>
            <translation>Annotation</translation>
        </message>
        <message>
            <source>Annotations of this article</source>
            <translation>Annotationen dieses Artikels</translation>
        </message>
        <message>
            <source>A&amp;nnotations</source>
            <translation>Ann&amp;otationen</translation>
        </message>
        <message>
            <source>Select a passage in the preview, then press its category's number (1–9) or Ctrl+Shift+A.</source>
            <translation>Wähle in der Vorschau eine Textstelle aus und drück dann die Nummer ihrer Kategorie (1–9) oder Strg+Umschalt+A.</translation>
        </message>
        <message>
            <source>Selected annotation</source>
            <translation>Ausgewählte Annotation</translation>
        </message>
        <message>
            <source>Annotation state</source>
            <translation>Zustand der Annotation</translation>
        </message>
        <message>
            <source>Accept new passage</source>
            <translation>Neue Textstelle übernehmen</translation>
        </message>
        <message>
            <source>Use selection</source>
            <translation>Auswahl verwenden</translation>
        </message>
        <message>
            <source>Ctrl+Shift+R: move the annotation to the selected passage</source>
            <translation>Strg+Umschalt+R: die Annotation auf die ausgewählte Textstelle verschieben</translation>
        </message>
        <message>
            <source>Red-flag category</source>
            <translation>Kategorie des Warnsignals</translation>
        </message>
        <message>
            <source>Categor&amp;y</source>
            <translation>&amp;Kategorie</translation>
        </message>
        <message>
            <source>Explanation, in Markdown</source>
            <translation>Erklärung, in Markdown</translation>
        </message>
        <message>
            <source>Why this is a red flag, and how a learner can check it (Markdown).</source>
            <translation>Warum das ein Warnsignal ist und wie Lernende es prüfen können (Markdown).</translation>
        </message>
        <message>
            <source>E&amp;xplanation</source>
            <translation>&amp;Erklärung</translation>
        </message>
        <message>
            <source>Hint, optional</source>
            <translation>Tipp, optional</translation>
        </message>
        <message>
            <source>Optional nudge, e.g. “Who is ‘they’?”</source>
            <translation>Optionaler Anstoß, z. B. „Wer ist ‚sie‘?“</translation>
        </message>
        <message>
            <source>Hint</source>
            <translation>Tipp</translation>
        </message>
        <message>
            <source>Delete annotation</source>
            <translation>Annotation löschen</translation>
        </message>
        <message>
            <source>Answer key: annotations and notes</source>
            <translation>Lösung: Annotationen und Notizen</translation>
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
            <source>Also accepted: other categories that count for this red flag (Space ticks one)</source>
            <translation>Ebenfalls akzeptiert: andere Kategorien, die für dieses Warnsignal zählen (Leertaste hakt eine an)</translation>
        </message>
        <message>
            <source>Also a&amp;ccepted (other categories that count)</source>
            <translation>Ebenfalls akze&amp;ptiert (andere Kategorien, die zählen)</translation>
        </message>
        <message>
            <source>Core: the words inside the quote that alone identify it</source>
            <translation>Kern: die Wörter im Zitat, an denen es allein zu erkennen ist</translation>
        </message>
        <message>
            <source>e.g. 300%: select words and Set core, or type</source>
            <translation>z. B. 300 %: Wörter auswählen und „Kern festlegen“, oder tippen</translation>
        </message>
        <message>
            <source>Core state</source>
            <translation>Zustand des Kerns</translation>
        </message>
        <message>
            <source>Set core</source>
            <translation>Kern festlegen</translation>
        </message>
        <message>
            <source>Make the words selected in the preview the core</source>
            <translation>Die in der Vorschau ausgewählten Wörter zum Kern machen</translation>
        </message>
        <message>
            <source>Clear core</source>
            <translation>Kern entfernen</translation>
        </message>
        <message>
            <source>The red flag has no core</source>
            <translation>Das Warnsignal hat keinen Kern</translation>
        </message>
        <message>
            <source>Co&amp;re (the words that alone identify it)</source>
            <translation>Kern (die Wörter, an denen es allein &amp;zu erkennen ist)</translation>
        </message>
        <message>
            <source>Other places of this red flag (Delete removes one)</source>
            <translation>Weitere Stellen dieses Warnsignals (Entf entfernt eine)</translation>
        </message>
        <message>
            <source>Add place</source>
            <translation>Stelle hinzufügen</translation>
        </message>
        <message>
            <source>Add the passage selected in the preview as another place</source>
            <translation>Die in der Vorschau ausgewählte Textstelle als weitere Stelle hinzufügen</translation>
        </message>
        <message>
            <source>Remove place</source>
            <translation>Stelle entfernen</translation>
        </message>
        <message>
            <source>Remove the place selected in the list (Delete)</source>
            <translation>Die in der Liste ausgewählte Stelle entfernen (Entf)</translation>
        </message>
        <message>
            <source>Other places &amp;where it may be flagged</source>
            <translation>Weitere &amp;Fundstellen, an denen es markiert werden kann</translation>
        </message>
        <message>
            <source>Check: the source page that reveals this red flag</source>
            <translation>Beleg: die Quellenseite, die dieses Warnsignal aufdeckt</translation>
        </message>
        <message>
            <source>The page of the pack's invented web that reveals this red flag: feedback offers it</source>
            <translation>Die Seite aus dem erfundenen Netz des Pakets, die dieses Warnsignal aufdeckt: Die Rückmeldung bietet sie an</translation>
        </message>
        <message>
            <source>Passage of the check page that reveals this red flag, optional</source>
            <translation>Textstelle der Belegseite, die dieses Warnsignal aufdeckt, optional</translation>
        </message>
        <message>
            <source>Check state of the red flag</source>
            <translation>Zustand des Belegs für das Warnsignal</translation>
        </message>
        <message>
            <source>Check: the source page that shows this passage is fine</source>
            <translation>Beleg: die Quellenseite, die zeigt, dass diese Textstelle in Ordnung ist</translation>
        </message>
        <message>
            <source>The page of the pack's invented web that shows this passage is fine: feedback offers it</source>
            <translation>Die Seite aus dem erfundenen Netz des Pakets, die zeigt, dass diese Textstelle in Ordnung ist: Die Rückmeldung bietet sie an</translation>
        </message>
        <message>
            <source>Passage of the check page that shows this passage is fine, optional</source>
            <translation>Textstelle der Belegseite, die zeigt, dass diese Textstelle in Ordnung ist, optional</translation>
        </message>
        <message>
            <source>Check state of the note</source>
            <translation>Zustand des Belegs für die Notiz</translation>
        </message>
        <message>
            <source>Optional: words of the page, e.g. “medieval poetry”</source>
            <translation>Optional: Wörter der Seite, z. B. „mittelalterliche Dichtung“</translation>
        </message>
        <message>
            <source>Check (source page that settles the &amp;question)</source>
            <translation>Beleg (&amp;Quellenseite, die die Frage klärt)</translation>
        </message>
        <message>
            <source>Passage of the page (&amp;just the words that show it)</source>
            <translation>Te&amp;xtstelle der Seite (genau die Wörter, die es zeigen)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Notes on passages of this article that are fine</source>
            <translation>Notizen zu Textstellen dieses Artikels, die in Ordnung sind</translation>
        </message>
        <message>
            <source>Notes: passages that are fine, and why</source>
            <translation>Notizen: Textstellen, die in Ordnung sind, und warum</translation>
        </message>
        <message>
            <source>Select a passage in the preview that holds up (a named source, a dated figure) and press Ctrl+Shift+O.</source>
            <translation>Wähle in der Vorschau eine Textstelle aus, die standhält (eine genannte Quelle, eine datierte Zahl), und drück Strg+Umschalt+O.</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Notiz hinzufügen</translation>
        </message>
        <message>
            <source>A note on the passage selected in the preview</source>
            <translation>Eine Notiz zur in der Vorschau ausgewählten Textstelle</translation>
        </message>
        <message>
            <source>Selected note</source>
            <translation>Ausgewählte Notiz</translation>
        </message>
        <message>
            <source>Note state</source>
            <translation>Zustand der Notiz</translation>
        </message>
        <message>
            <source>Move the note to the passage selected in the preview</source>
            <translation>Die Notiz auf die in der Vorschau ausgewählte Textstelle verschieben</translation>
        </message>
        <message>
            <source>Note: why the passage is fine, in Markdown</source>
            <translation>Notiz: warum die Textstelle in Ordnung ist, in Markdown</translation>
        </message>
        <message>
            <source>Why this passage holds up, e.g. “A named source with a date: you can check it.”</source>
            <translation>Warum diese Textstelle standhält, z. B. „Eine genannte Quelle mit Datum: Das kannst du prüfen.“</translation>
        </message>
        <message>
            <source>&amp;Note: why the passage is fine</source>
            <translation>Noti&amp;z: warum die Textstelle in Ordnung ist</translation>
        </message>
        <message>
            <source>Note hint, optional</source>
            <translation>Tipp zur Notiz, optional</translation>
        </message>
        <message>
            <source>Optional: what to check, e.g. “Who gave these figures?”</source>
            <translation>Optional: was zu prüfen ist, z. B. „Wer hat diese Zahlen genannt?“</translation>
        </message>
        <message>
            <source>Hint (&amp;what to check; not whether it is fine)</source>
            <translation>Tipp (was zu &amp;prüfen ist; nicht, ob es stimmt)</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>Notiz löschen</translation>
        </message>
        <message>
            <source>Delete the selected note (Delete in the list)</source>
            <translation>Die ausgewählte Notiz löschen (Entf in der Liste)</translation>
        </message>
        <message>
            <source>No annotation selected.</source>
            <translation>Keine Annotation ausgewählt.</translation>
        </message>
        <message>
            <source>⚠ unknown category: {id}</source>
            <translation>⚠ unbekannte Kategorie: {id}</translation>
        </message>
        <message>
            <source>Annotations ({count})</source>
            <translation>Annotationen ({count})</translation>
        </message>
        <message>
            <source>Notes ({count})</source>
            <translation>Notizen ({count})</translation>
        </message>
        <message>
            <source>No note selected.</source>
            <translation>Keine Notiz ausgewählt.</translation>
        </message>
        <message>
            <source>Cannot set the core: {problem}.</source>
            <translation>Der Kern lässt sich nicht festlegen: {problem}.</translation>
        </message>
        <message>
            <source>Core set: it is marked with a line above and below.</source>
            <translation>Kern festgelegt: Er ist mit einer Linie darüber und darunter markiert.</translation>
        </message>
        <message>
            <source>Cannot add a place: annotate the red flag first.</source>
            <translation>Keine Stelle hinzugefügt: Annotiere zuerst das Warnsignal.</translation>
        </message>
        <message>
            <source>Cannot add the place: {problem}.</source>
            <translation>Die Stelle lässt sich nicht hinzufügen: {problem}.</translation>
        </message>
        <message>
            <source>Another place of which red flag?</source>
            <translation>Eine weitere Stelle welches Warnsignals?</translation>
        </message>
        <message>
            <source>Place added: flagging it finds this red flag too.</source>
            <translation>Stelle hinzugefügt: Wer sie markiert, findet ebenfalls dieses Warnsignal.</translation>
        </message>
        <message>
            <source>Place removed; Ctrl+Z brings it back.</source>
            <translation>Stelle entfernt; Strg+Z holt sie zurück.</translation>
        </message>
        <message>
            <source>Select a place in the list first.</source>
            <translation>Wähle zuerst eine Stelle in der Liste aus.</translation>
        </message>
        <message>
            <source>Select an annotation first (F8 or the list).</source>
            <translation>Wähle zuerst eine Annotation aus (F8 oder die Liste).</translation>
        </message>
        <message>
            <source>Cannot add a note: {problem}.</source>
            <translation>Keine Notiz hinzugefügt: {problem}.</translation>
        </message>
        <message>
            <source>Note added. Say why the passage is fine; Esc goes back to the preview.</source>
            <translation>Notiz hinzugefügt. Schreib, warum die Textstelle in Ordnung ist; Esc geht zurück zur Vorschau.</translation>
        </message>
        <message>
            <source>Select the note to move first.</source>
            <translation>Wähle zuerst die Notiz aus, die verschoben werden soll.</translation>
        </message>
        <message>
            <source>Cannot move the note: {problem}.</source>
            <translation>Die Notiz lässt sich nicht verschieben: {problem}.</translation>
        </message>
        <message>
            <source>Note deleted; Ctrl+Z brings it back.</source>
            <translation>Notiz gelöscht; Strg+Z holt sie zurück.</translation>
        </message>
        <message>
            <source>Select a note first.</source>
            <translation>Wähle zuerst eine Notiz aus.</translation>
        </message>
        <message>
            <source>the preview was out of date; select the passage again</source>
            <translation>die Vorschau war nicht aktuell; wähle die Textstelle noch einmal aus</translation>
        </message>
        <message>
            <source>select a passage in the preview first (Shift+arrows or the mouse)</source>
            <translation>wähle zuerst eine Textstelle in der Vorschau aus (Umschalt+Pfeiltasten oder die Maus)</translation>
        </message>
        <message>
            <source>Cannot annotate: {problem}.</source>
            <translation>Nicht annotiert: {problem}.</translation>
        </message>
        <message>
            <source>Annotated. Type the explanation; Esc goes back to the preview.</source>
            <translation>Annotiert. Schreib die Erklärung; Esc geht zurück zur Vorschau.</translation>
        </message>
        <message>
            <source>Select the annotation to move first (F8 or the list).</source>
            <translation>Wähle zuerst die Annotation aus, die verschoben werden soll (F8 oder die Liste).</translation>
        </message>
        <message>
            <source>Cannot move the annotation: {problem}.</source>
            <translation>Die Annotation lässt sich nicht verschieben: {problem}.</translation>
        </message>
        <message>
            <source>There is no category {number}.</source>
            <translation>Es gibt keine Kategorie {number}.</translation>
        </message>
        <message>
            <source>Select a passage first (Shift+arrows), then press its number.</source>
            <translation>Wähle zuerst eine Textstelle aus (Umschalt+Pfeiltasten) und drück dann ihre Nummer.</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Red-flag category:</source>
            <translation>Kategorie des Warnsignals:</translation>
        </message>
        <message>
            <source>Only an annotation whose quote changed has a new passage to accept.</source>
            <translation>Nur eine Annotation, deren Zitat sich geändert hat, hat eine neue Textstelle zum Übernehmen.</translation>
        </message>
        <message>
            <source>Annotation deleted; Ctrl+Z brings it back.</source>
            <translation>Annotation gelöscht; Strg+Z holt sie zurück.</translation>
        </message>
        <message>
            <source>This article has no annotations yet.</source>
            <translation>Dieser Artikel hat noch keine Annotationen.</translation>
        </message>
        <message>
            <source>No annotation needs you: every one is on its quote.</source>
            <translation>Keine Annotation braucht dich: Jede liegt auf ihrem Zitat.</translation>
        </message>
        <message>
            <source>(no headline)</source>
            <translation>(keine Schlagzeile)</translation>
        </message>
        <message numerus="yes">
            <source>{id} · {kind} · difficulty {difficulty} · %n annotation(s)</source>
            <translation>
                <numerusform>{id} · {kind} · Schwierigkeit {difficulty} · %n Annotation</numerusform>
                <numerusform>{id} · {kind} · Schwierigkeit {difficulty} · %n Annotationen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n thing(s) need attention</source>
            <translation>
                <numerusform>%n Punkt braucht Aufmerksamkeit</numerusform>
                <numerusform>%n Punkte brauchen Aufmerksamkeit</numerusform>
            </translation>
        </message>
        <message>
            <source>unknown category {id}</source>
            <translation>unbekannte Kategorie {id}</translation>
        </message>
        <message>
            <source>Also accepted: {ids}</source>
            <translation>Ebenfalls akzeptiert: {ids}</translation>
        </message>
        <message>
            <source>Core: {quote}</source>
            <translation>Kern: {quote}</translation>
        </message>
        <message numerus="yes">
            <source>%n other place(s)</source>
            <translation>
                <numerusform>%n weitere Stelle</numerusform>
                <numerusform>%n weitere Stellen</numerusform>
            </translation>
        </message>
        <message>
            <source>✎ It needs an explanation.</source>
            <translation>✎ Es fehlt eine Erklärung.</translation>
        </message>
        <message>
            <source>✎ no explanation</source>
            <translation>✎ keine Erklärung</translation>
        </message>
        <message>
            <source>The text changed. It marked {quote}; the closest passage now is {proposed} ({similarity} alike). Accept it, or select the right passage and use the selection.</source>
            <translation>Der Text hat sich geändert. Sie markierte {quote}; die ähnlichste Textstelle ist jetzt {proposed} ({similarity} Ähnlichkeit). Übernimm sie, oder wähle die richtige Textstelle aus und verwende die Auswahl.</translation>
        </message>
        <message>
            <source>Orphaned: {quote} is no longer in the text. Select the passage it should mark and use the selection, or delete the annotation.</source>
            <translation>Verwaist: {quote} steht nicht mehr im Text. Wähle die Textstelle aus, die sie markieren soll, und verwende die Auswahl, oder lösche die Annotation.</translation>
        </message>
        <message>
            <source>Moved with the text; still on {quote}.</source>
            <translation>Mit dem Text verschoben; weiterhin auf {quote}.</translation>
        </message>
        <message>
            <source>Anchored on {quote}.</source>
            <translation>Verankert auf {quote}.</translation>
        </message>
        <message>
            <source>⚠ not found in the text: {quote}</source>
            <translation>⚠ nicht im Text gefunden: {quote}</translation>
        </message>
        <message>
            <source>No core: a flag must cover enough of the quote.</source>
            <translation>Kein Kern: Eine Markierung muss genug vom Zitat abdecken.</translation>
        </message>
        <message>
            <source>✓ Marked in the preview with a line above it: flagging just these words finds it.</source>
            <translation>✓ In der Vorschau mit einer Linie darüber markiert: Wer nur diese Wörter markiert, findet es.</translation>
        </message>
        <message>
            <source>{symbol} fine</source>
            <translation>{symbol} in Ordnung</translation>
        </message>
        <message>
            <source>⚠ not found</source>
            <translation>⚠ nicht gefunden</translation>
        </message>
        <message>
            <source>✎ no note yet</source>
            <translation>✎ noch keine Notiz</translation>
        </message>
        <message>
            <source>⚠ {quote} is not found once in the text. Select the passage it should mark and use the selection, or delete the note.</source>
            <translation>⚠ {quote} kommt im Text nicht genau einmal vor. Wähle die Textstelle aus, die sie markieren soll, und verwende die Auswahl, oder lösche die Notiz.</translation>
        </message>
        <message>
            <source>{symbol} On {quote} (dotted underline in the preview).</source>
            <translation>{symbol} Auf {quote} (in der Vorschau gepunktet unterstrichen).</translation>
        </message>
        <message>
            <source>unknown kind {kind}</source>
            <translation>unbekannte Art {kind}</translation>
        </message>
        <message>
            <source>no kind</source>
            <translation>keine Art</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>(kein Titel)</translation>
        </message>
        <message>
            <source>⚠ no such page: {page}</source>
            <translation>⚠ keine solche Seite: {page}</translation>
        </message>
        <message>
            <source>No check. The pack has no source pages yet: the Sources tab (Alt+V, S) adds them.</source>
            <translation>Kein Beleg. Das Paket hat noch keine Quellenseiten: Unter Ansicht › Quellenseiten (Alt+N, Q) kannst du welche hinzufügen.</translation>
        </message>
        <message>
            <source>No check: feedback names no page for this red flag.</source>
            <translation>Kein Beleg: Die Rückmeldung nennt für dieses Warnsignal keine Seite.</translation>
        </message>
        <message>
            <source>No check: feedback names no page for this note.</source>
            <translation>Kein Beleg: Die Rückmeldung nennt für diese Notiz keine Seite.</translation>
        </message>
        <message>
            <source>✓ Feedback offers the whole page. Give its words above to have them highlighted when the learner opens it.</source>
            <translation>✓ Die Rückmeldung bietet die ganze Seite an. Gib oben ihre Wörter an, damit sie hervorgehoben sind, wenn Lernende die Seite öffnen.</translation>
        </message>
        <message>
            <source>✓ The passage is in the page once: feedback opens the page with it highlighted.</source>
            <translation>✓ Die Textstelle steht genau einmal auf der Seite: Die Rückmeldung öffnet die Seite mit ihr hervorgehoben.</translation>
        </message>
    </context>
    <context>
        <name>ArticleView</name>
        <message>
            <source>Select a passage with Shift and the arrow keys, or mark where it starts with Ctrl+M and move the caret, then press a number key to flag it.</source>
            <translation>Wähle eine Textstelle mit Umschalt und den Pfeiltasten aus oder setze ihren Anfang mit Strg+M und bewege die Einfügemarke; drücke dann eine Zifferntaste, um sie zu markieren.</translation>
        </message>
        <message>
            <source>Article text</source>
            <translation>Artikeltext</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>A page of this pack</source>
            <translation>Eine Seite dieses Pakets</translation>
        </message>
        <message>
            <source>This link goes to {address}, a page of this pack's sources, which cannot be opened here.</source>
            <translation>Dieser Link führt zu {address}, einer Seite aus den Quellen dieses Pakets, die sich hier nicht öffnen lässt.</translation>
        </message>
        <message>
            <source>Open link?</source>
            <translation>Link öffnen?</translation>
        </message>
        <message>
            <source>This link goes to:

{address}

Open it in your web browser?</source>
            <translation>Dieser Link führt zu:

{address}

Im Webbrowser öffnen?</translation>
        </message>
    </context>
    <context>
        <name>Callout</name>
        <message>
            <source>Tour</source>
            <translation>Rundgang</translation>
        </message>
        <message>
            <source>Tour step</source>
            <translation>Schritt des Rundgangs</translation>
        </message>
        <message>
            <source>Tour step text</source>
            <translation>Text des Schritts</translation>
        </message>
        <message>
            <source>What the tour is waiting for</source>
            <translation>Worauf der Rundgang wartet</translation>
        </message>
        <message>
            <source>‹ Back</source>
            <translation>‹ Zurück</translation>
        </message>
        <message>
            <source>Back: the previous step</source>
            <translation>Zurück: der vorige Schritt</translation>
        </message>
        <message>
            <source>Next ›</source>
            <translation>Weiter ›</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Nächster Schritt</translation>
        </message>
        <message>
            <source>Skip the tour</source>
            <translation>Rundgang überspringen</translation>
        </message>
        <message>
            <source>Escape</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Tour: step {number} of {total} · F6: here and back · Esc: skip</source>
            <translation>Rundgang: Schritt {number} von {total} · F6: hierhin und zurück · Esc: überspringen</translation>
        </message>
        <message>
            <source>✓ Done. {next}</source>
            <translation>✓ Erledigt. {next}</translation>
        </message>
        <message>
            <source>⏳ Waiting for you: {action}</source>
            <translation>⏳ Wartet auf dich: {action}</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Finish the tour</source>
            <translation>Rundgang beenden</translation>
        </message>
        <message>
            <source>{title}. {text}</source>
            <translation>{title}. {text}</translation>
        </message>
    </context>
    <context>
        <name>CategoriesPage</name>
        <message>
            <source>The palette learners flag with. The first nine categories get the number keys 1–9, in this order.</source>
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
        <name>CheckPage</name>
        <message>
            <source>Your answers are kept.</source>
            <translation>Deine Antworten sind gespeichert.</translation>
        </message>
        <message>
            <source>You judged {f} of {misleading} misleading items not credible, and {r} of {credible} credible items credible.</source>
            <translation>Du hast {f} von {misleading} irreführenden Aufgaben als nicht glaubwürdig beurteilt und {r} von {credible} glaubwürdigen Aufgaben als glaubwürdig.</translation>
        </message>
        <message>
            <source>Telling them apart (d′): {value}. 0 is guessing; higher is better.</source>
            <translation>Unterscheidungsvermögen (d′): {value}. 0 ist Raten; höher ist besser.</translation>
        </message>
        <message>
            <source>Leaning (c): {value}: you leaned towards “credible”. 0 is no lean either way.</source>
            <translation>Neigung (c): {value}: Du hast eher zu „glaubwürdig“ geneigt. 0 heißt: keine Neigung.</translation>
        </message>
        <message>
            <source>Leaning (c): {value}: you leaned towards “not credible”. 0 is no lean either way.</source>
            <translation>Neigung (c): {value}: Du hast eher zu „nicht glaubwürdig“ geneigt. 0 heißt: keine Neigung.</translation>
        </message>
        <message>
            <source>Leaning (c): {value}: you leaned neither way. 0 is no lean either way.</source>
            <translation>Neigung (c): {value}: Du hast zu keiner Seite geneigt. 0 heißt: keine Neigung.</translation>
        </message>
        <message>
            <source>Ranking (AUC): {value}: how often a misleading item got a lower rating than a credible one. {guessing} is guessing, {always} always.</source>
            <translation>Rangfolge (AUC): {value}: wie oft eine irreführende Aufgabe niedriger bewertet wurde als eine glaubwürdige. {guessing} ist Raten, {always} heißt immer.</translation>
        </message>
        <message>
            <source>Leave the check? Your answers so far are kept: start it again from the library to go on.</source>
            <translation>Test verlassen? Deine bisherigen Antworten bleiben gespeichert: Starte ihn wieder aus der Bibliothek, um weiterzumachen.</translation>
        </message>
        <message>
            <source>Judge each item on its own: is it credible? Press 1 to 6 (or click) to answer: 1 is sure not credible, 6 sure credible. There is no feedback. Esc leaves; your answers are kept.</source>
            <translation>Beurteile jede Aufgabe für sich: Ist sie glaubwürdig? Drücke 1 bis 6 (oder klicke), um zu antworten: 1 heißt sicher nicht glaubwürdig, 6 sicher glaubwürdig. Es gibt keine Rückmeldung. Esc verlässt den Test; deine Antworten bleiben gespeichert.</translation>
        </message>
        <message>
            <source>Judge each item on its own: is it credible? Press 1 to 6 (or click) to answer: 1 is sure not credible, 6 sure credible. There is no feedback until the end. Esc leaves; your answers are kept.</source>
            <translation>Beurteile jede Aufgabe für sich: Ist sie glaubwürdig? Drücke 1 bis 6 (oder klicke), um zu antworten: 1 heißt sicher nicht glaubwürdig, 6 sicher glaubwürdig. Bis zum Ende gibt es keine Rückmeldung. Esc verlässt den Test; deine Antworten bleiben gespeichert.</translation>
        </message>
        <message>
            <source>&amp;Begin</source>
            <translation>&amp;Beginnen</translation>
        </message>
        <message>
            <source>Which item</source>
            <translation>Welche Aufgabe</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>Medium</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>Überschrift</translation>
        </message>
        <message>
            <source>Lede</source>
            <translation>Vorspann</translation>
        </message>
        <message>
            <source>The whole article</source>
            <translation>Der ganze Artikel</translation>
        </message>
        <message>
            <source>Is this credible? Press 1 to 6.</source>
            <translation>Ist das glaubwürdig? Drücke 1 bis 6.</translation>
        </message>
        <message>
            <source>Press {key}</source>
            <translation>{key} drücken</translation>
        </message>
        <message>
            <source>{rating}: {label}</source>
            <translation>{rating}: {label}</translation>
        </message>
        <message>
            <source>◀ not credible</source>
            <translation>◀ nicht glaubwürdig</translation>
        </message>
        <message>
            <source>credible ▶</source>
            <translation>glaubwürdig ▶</translation>
        </message>
        <message>
            <source>Your result</source>
            <translation>Dein Ergebnis</translation>
        </message>
        <message>
            <source>Back to the &amp;library</source>
            <translation>Zurück zur &amp;Bibliothek</translation>
        </message>
        <message>
            <source>Cannot start the check</source>
            <translation>Der Test kann nicht gestartet werden</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) · {wave} · {answered} answered: you go on from item {next}</source>
            <translation>
                <numerusform>%n Aufgabe · {wave} · {answered} beantwortet: Du machst mit Aufgabe {next} weiter</numerusform>
                <numerusform>%n Aufgaben · {wave} · {answered} beantwortet: Du machst mit Aufgabe {next} weiter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) · {wave}</source>
            <translation>
                <numerusform>%n Aufgabe · {wave}</numerusform>
                <numerusform>%n Aufgaben · {wave}</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Go on</source>
            <translation>&amp;Weiter</translation>
        </message>
        <message>
            <source>Item {number} of {total}</source>
            <translation>Aufgabe {number} von {total}</translation>
        </message>
        <message>
            <source>The answer cannot be kept</source>
            <translation>Die Antwort kann nicht gespeichert werden</translation>
        </message>
        <message>
            <source>The check cannot be finished</source>
            <translation>Der Test kann nicht abgeschlossen werden</translation>
        </message>
        <message>
            <source>Done: {title}</source>
            <translation>Fertig: {title}</translation>
        </message>
        <message>
            <source>Leave the check?</source>
            <translation>Test verlassen?</translation>
        </message>
        <message>
            <source>&amp;Leave</source>
            <translation>&amp;Verlassen</translation>
        </message>
        <message>
            <source>&amp;Stay</source>
            <translation>&amp;Bleiben</translation>
        </message>
        <message>
            <source>Sure not credible</source>
            <translation>Sicher nicht glaubwürdig</translation>
        </message>
        <message>
            <source>Probably not credible</source>
            <translation>Wahrscheinlich nicht glaubwürdig</translation>
        </message>
        <message>
            <source>Maybe not credible</source>
            <translation>Vielleicht nicht glaubwürdig</translation>
        </message>
        <message>
            <source>Maybe credible</source>
            <translation>Vielleicht glaubwürdig</translation>
        </message>
        <message>
            <source>Probably credible</source>
            <translation>Wahrscheinlich glaubwürdig</translation>
        </message>
        <message>
            <source>Sure credible</source>
            <translation>Sicher glaubwürdig</translation>
        </message>
        <message>
            <source>before you start</source>
            <translation>bevor du anfängst</translation>
        </message>
        <message>
            <source>after practice</source>
            <translation>nach der Übung</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) on</source>
            <translation>
                <numerusform>%n Tag später</numerusform>
                <numerusform>%n Tage später</numerusform>
            </translation>
        </message>
        <message>
            <source>{days} days on</source>
            <translation>{days} Tage später</translation>
        </message>
    </context>
    <context>
        <name>CheckReport</name>
        <message>
            <source>This computer</source>
            <translation>Dieser Computer</translation>
        </message>
        <message>
            <source>at the pre-check</source>
            <translation>beim Vortest</translation>
        </message>
        <message>
            <source>at the post-check</source>
            <translation>beim Nachtest</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) on</source>
            <translation>
                <numerusform>%n Tag später</numerusform>
                <numerusform>%n Tage später</numerusform>
            </translation>
        </message>
        <message>
            <source>at the {wave} check</source>
            <translation>beim Test „{wave}“</translation>
        </message>
        <message>
            <source>Check report</source>
            <translation>Testbericht</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n Teilnehmende(r)</numerusform>
                <numerusform>%n Teilnehmende</numerusform>
            </translation>
        </message>
        <message>
            <source>No finished checks to report on yet.</source>
            <translation>Noch keine abgeschlossenen Tests, über die berichtet werden kann.</translation>
        </message>
        <message>
            <source>{group}: no one has finished the pre-check, so there is nothing to compare the later checks with.</source>
            <translation>{group}: Niemand hat den Vortest abgeschlossen, daher gibt es nichts, womit die späteren Tests verglichen werden können.</translation>
        </message>
        <message>
            <source>{group}: {participants} took the pre-check (d′ {d}, c {c}); no one has taken a later check yet.</source>
            <translation>{group}: {participants} haben den Vortest gemacht (d′ {d}, c {c}); einen späteren Test hat noch niemand gemacht.</translation>
        </message>
        <message>
            <source>{group}: only 1 participant took both the pre-check and the check {when}: too few to say whether anything changed.</source>
            <translation>{group}: Nur 1 Teilnehmende(r) hat sowohl den Vortest als auch den Test {when} gemacht: zu wenige, um zu sagen, ob sich etwas verändert hat.</translation>
        </message>
        <message>
            <source>d′ rose from {pre} at the pre-check to {after} {when} (change within participants {change}, {participants})</source>
            <translation>d′ stieg von {pre} beim Vortest auf {after} {when} (Veränderung innerhalb der Teilnehmenden {change}, {participants})</translation>
        </message>
        <message>
            <source>d′ fell from {pre} at the pre-check to {after} {when} (change within participants {change}, {participants})</source>
            <translation>d′ sank von {pre} beim Vortest auf {after} {when} (Veränderung innerhalb der Teilnehmenden {change}, {participants})</translation>
        </message>
        <message>
            <source>d′ went from {pre} at the pre-check to {after} {when}, not a clear change (change within participants {change}, {participants})</source>
            <translation>d′ ging von {pre} beim Vortest auf {after} {when}, keine klare Veränderung (Veränderung innerhalb der Teilnehmenden {change}, {participants})</translation>
        </message>
        <message>
            <source>c did not clearly change ({start} to {end})</source>
            <translation>c hat sich nicht klar verändert ({start} auf {end})</translation>
        </message>
        <message>
            <source>c rose from {start} to {end} (change {change})</source>
            <translation>c stieg von {start} auf {end} (Veränderung {change})</translation>
        </message>
        <message>
            <source>c fell from {start} to {end} (change {change})</source>
            <translation>c sank von {start} auf {end} (Veränderung {change})</translation>
        </message>
        <message>
            <source>AUC did not clearly change either ({start} to {end})</source>
            <translation>AUC hat sich ebenfalls nicht klar verändert ({start} auf {end})</translation>
        </message>
        <message>
            <source>AUC agrees ({start} to {end})</source>
            <translation>AUC stimmt damit überein ({start} auf {end})</translation>
        </message>
        <message>
            <source>AUC did not clearly change ({start} to {end})</source>
            <translation>AUC hat sich nicht klar verändert ({start} auf {end})</translation>
        </message>
        <message>
            <source>but AUC rose ({start} to {end})</source>
            <translation>aber AUC stieg ({start} auf {end})</translation>
        </message>
        <message>
            <source>but AUC fell ({start} to {end})</source>
            <translation>aber AUC sank ({start} auf {end})</translation>
        </message>
        <message>
            <source>slightly better discrimination (d′ up by less than {small})</source>
            <translation>etwas besseres Unterscheidungsvermögen (d′ um weniger als {small} gestiegen)</translation>
        </message>
        <message>
            <source>mostly more sceptical (quicker to call items not credible), with only slightly better discrimination</source>
            <translation>vor allem skeptischer (schneller dabei, Aufgaben als nicht glaubwürdig einzustufen), mit nur etwas besserem Unterscheidungsvermögen</translation>
        </message>
        <message>
            <source>mostly more trusting (slower to call items not credible), with only slightly better discrimination</source>
            <translation>vor allem vertrauensvoller (langsamer dabei, Aufgaben als nicht glaubwürdig einzustufen), mit nur etwas besserem Unterscheidungsvermögen</translation>
        </message>
        <message>
            <source>better discrimination, not just more sceptical</source>
            <translation>besseres Unterscheidungsvermögen, nicht nur skeptischer</translation>
        </message>
        <message>
            <source>better discrimination, and also more sceptical (quicker to call items not credible)</source>
            <translation>besseres Unterscheidungsvermögen und zudem skeptischer (schneller dabei, Aufgaben als nicht glaubwürdig einzustufen)</translation>
        </message>
        <message>
            <source>better discrimination, and also more trusting (slower to call items not credible)</source>
            <translation>besseres Unterscheidungsvermögen und zudem vertrauensvoller (langsamer dabei, Aufgaben als nicht glaubwürdig einzustufen)</translation>
        </message>
        <message>
            <source>worse discrimination (they told credible from misleading items apart less well)</source>
            <translation>schlechteres Unterscheidungsvermögen (sie konnten glaubwürdige und irreführende Aufgaben weniger gut auseinanderhalten)</translation>
        </message>
        <message>
            <source>more sceptical, not better discrimination (they called more items not credible, the credible ones too)</source>
            <translation>skeptischer, nicht besseres Unterscheidungsvermögen (sie stuften mehr Aufgaben als nicht glaubwürdig ein, auch die glaubwürdigen)</translation>
        </message>
        <message>
            <source>more trusting, not better discrimination (they called more items credible, the misleading ones too)</source>
            <translation>vertrauensvoller, nicht besseres Unterscheidungsvermögen (sie stuften mehr Aufgaben als glaubwürdig ein, auch die irreführenden)</translation>
        </message>
        <message>
            <source>no clear change in discrimination or in scepticism</source>
            <translation>keine klare Veränderung im Unterscheidungsvermögen oder in der Skepsis</translation>
        </message>
        <message>
            <source>{group}: {d}; {c}; {auc}: {verdict}.</source>
            <translation>{group}: {d}; {c}; {auc}: {verdict}.</translation>
        </message>
        <message>
            <source> With only {participants} the intervals are wide: take this as a first look, not a finding.</source>
            <translation> Bei nur {participants} sind die Intervalle breit: Nimm das als ersten Eindruck, nicht als Befund.</translation>
        </message>
        <message>
            <source>{first} vs {second}, {when}: too few participants in a group to compare their changes in d′.</source>
            <translation>{first} gegen {second}, {when}: zu wenige Teilnehmende in einer Gruppe, um ihre Veränderungen in d′ zu vergleichen.</translation>
        </message>
        <message>
            <source>Welch's t, df {df}</source>
            <translation>Welch-t, df {df}</translation>
        </message>
        <message>
            <source>no spread in either group</source>
            <translation>keine Streuung in beiden Gruppen</translation>
        </message>
        <message>
            <source>{interval} ({test})</source>
            <translation>{interval} ({test})</translation>
        </message>
        <message>
            <source>{first} vs {second}, {when}: d′ rose more in {first}, by {shown}: a clear difference (its interval lies above 0).</source>
            <translation>{first} gegen {second}, {when}: d′ stieg in {first} stärker, um {shown}: ein klarer Unterschied (sein Intervall liegt über 0).</translation>
        </message>
        <message>
            <source>{first} vs {second}, {when}: d′ rose less in {first}, by {shown}: a clear difference (its interval lies below 0).</source>
            <translation>{first} gegen {second}, {when}: d′ stieg in {first} weniger, um {shown}: ein klarer Unterschied (sein Intervall liegt unter 0).</translation>
        </message>
        <message>
            <source>{first} vs {second}, {when}: the difference in d′ change ({first} minus {second}) is {shown}; its interval includes 0, so the groups cannot be told apart yet.</source>
            <translation>{first} gegen {second}, {when}: Der Unterschied in der Veränderung von d′ ({first} minus {second}) beträgt {shown}; sein Intervall schließt 0 ein, daher lassen sich die Gruppen noch nicht unterscheiden.</translation>
        </message>
        <message>
            <source> ({participants} in all: a small comparison.)</source>
            <translation> ({participants} insgesamt: ein kleiner Vergleich.)</translation>
        </message>
    </context>
    <context>
        <name>CheckReportWindow</name>
        <message>
            <source>This computer’s learners</source>
            <translation>Die Lernenden dieses Computers</translation>
        </message>
        <message>
            <source>No finished checks here yet: the report appears once someone has taken one.</source>
            <translation>Hier gibt es noch keine abgeschlossenen Tests: Der Bericht erscheint, sobald jemand einen gemacht hat.</translation>
        </message>
        <message>
            <source>Pre</source>
            <translation>Vortest</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Nachtest</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) on</source>
            <translation>
                <numerusform>%n Tag später</numerusform>
                <numerusform>%n Tage später</numerusform>
            </translation>
        </message>
        <message>
            <source>Check report</source>
            <translation>Testbericht</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>&amp;Source:</source>
            <translation>&amp;Quelle:</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>C&amp;heck:</source>
            <translation>&amp;Test:</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Aktualisieren</translation>
        </message>
        <message>
            <source>&amp;Numbers</source>
            <translation>&amp;Zahlen</translation>
        </message>
        <message>
            <source>The report's numbers</source>
            <translation>Die Zahlen des Berichts</translation>
        </message>
        <message>
            <source>&amp;What it means</source>
            <translation>&amp;Was es bedeutet</translation>
        </message>
        <message>
            <source>What the report means</source>
            <translation>Was der Bericht bedeutet</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Schließen</translation>
        </message>
        <message>
            <source>Study {study}</source>
            <translation>Studie {study}</translation>
        </message>
        <message>
            <source>Could not read this computer's checks: {error}</source>
            <translation>Die Tests dieses Computers konnten nicht gelesen werden: {error}</translation>
        </message>
        <message>
            <source>Reading the study {study}…</source>
            <translation>Studie {study} wird gelesen…</translation>
        </message>
        <message>
            <source>Study {study}: {error}</source>
            <translation>Studie {study}: {error}</translation>
        </message>
        <message>
            <source>{check} ({pack})</source>
            <translation>{check} ({pack})</translation>
        </message>
        <message>
            <source>{group} ({participants})</source>
            <translation>{group} ({participants})</translation>
        </message>
        <message>
            <source>{title}
Participants by group: {groups}</source>
            <translation>{title}
Teilnehmende nach Gruppe: {groups}</translation>
        </message>
    </context>
    <context>
        <name>ChecksPage</name>
        <message>
            <source>A check measures whether learners tell credible from misleading news: items in parallel forms, each marked credible or misleading, judged with no feedback. Each check is a file checks/&lt;id&gt;.toml, edited here as written.</source>
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
            <translation>Stelle in der Testdatei</translation>
        </message>
        <message>
            <source>Deleted the check {file} (Ctrl+Z brings it back).</source>
            <translation>Test {file} gelöscht (Strg+Z holt ihn zurück).</translation>
        </message>
    </context>
    <context>
        <name>ClassClient</name>
        <message>
            <source>cannot reach {host}:{port} ({reason})</source>
            <translation>keine Verbindung zu {host}:{port} ({reason})</translation>
        </message>
        <message>
            <source>the host sent something SpotIt cannot use ({problem})</source>
            <translation>der Host hat etwas geschickt, mit dem SpotIt nichts anfangen kann ({problem})</translation>
        </message>
    </context>
    <context>
        <name>ClassSession</name>
        <message>
            <source>The instructor ended the session.</source>
            <translation>Die Lehrkraft hat die Unterrichtssitzung beendet.</translation>
        </message>
        <message>
            <source>a class session needs at least one article</source>
            <translation>eine Unterrichtssitzung braucht mindestens einen Artikel</translation>
        </message>
        <message numerus="yes">
            <source>a class session can have at most %n article(s)</source>
            <translation>
                <numerusform>eine Unterrichtssitzung kann höchstens %n Artikel haben</numerusform>
                <numerusform>eine Unterrichtssitzung kann höchstens %n Artikel haben</numerusform>
            </translation>
        </message>
        <message>
            <source>the answers are already revealed</source>
            <translation>die Antworten sind schon aufgelöst</translation>
        </message>
        <message>
            <source>the session has ended</source>
            <translation>die Unterrichtssitzung ist beendet</translation>
        </message>
        <message>
            <source>reveal the answers to this article first</source>
            <translation>löse zuerst die Antworten zu diesem Artikel auf</translation>
        </message>
        <message>
            <source>this is the last article; end the session</source>
            <translation>das ist der letzte Artikel; beende die Unterrichtssitzung</translation>
        </message>
        <message>
            <source>the pack has no article {article}</source>
            <translation>das Paket hat keinen Artikel {article}</translation>
        </message>
        <message numerus="yes">
            <source>a session can have at most %n article(s)</source>
            <translation>
                <numerusform>eine Sitzung kann höchstens %n Artikel haben</numerusform>
                <numerusform>eine Sitzung kann höchstens %n Artikel haben</numerusform>
            </translation>
        </message>
        <message>
            <source>students could not join a session of this pack: {problem}</source>
            <translation>Schüler:innen könnten einer Unterrichtssitzung mit diesem Paket nicht beitreten: {problem}</translation>
        </message>
    </context>
    <context>
        <name>CodeScreen</name>
        <message>
            <source>Your participant code</source>
            <translation>Dein Teilnahmecode</translation>
        </message>
        <message>
            <source>Write this code down: you need it for the next session.</source>
            <translation>Schreib dir diesen Code auf: Du brauchst ihn für die nächste Sitzung.</translation>
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation>&amp;Weiter</translation>
        </message>
    </context>
    <context>
        <name>CoverageDialog</name>
        <message>
            <source>These articles report the same event. Read them side by side before you flag either: what does each give as its source, and do their numbers, dates and names agree? Then practise one of them.</source>
            <translation>Diese Artikel berichten über dasselbe Ereignis. Lies sie nebeneinander, bevor du in einem davon etwas markierst: Was nennt jeder als Quelle, und stimmen Zahlen, Daten und Namen überein? Dann übe mit einem von ihnen.</translation>
        </message>
        <message>
            <source>Compare the coverage</source>
            <translation>Berichterstattung vergleichen</translation>
        </message>
        <message>
            <source>No outlet or byline given</source>
            <translation>Kein Medium und keine Autor:in angegeben</translation>
        </message>
        <message>
            <source>Article {number}: {headline}</source>
            <translation>Artikel {number}: {headline}</translation>
        </message>
        <message>
            <source>Practise article &amp;{number}</source>
            <translation>Artikel &amp;{number} üben</translation>
        </message>
        <message>
            <source>Practise it</source>
            <translation>Diesen üben</translation>
        </message>
        <message>
            <source>Open “{headline}” in the reader</source>
            <translation>„{headline}“ in der Leseansicht öffnen</translation>
        </message>
    </context>
    <context>
        <name>EditorSession</name>
        <message>
            <source>New pack</source>
            <translation>Neues Paket</translation>
        </message>
        <message>
            <source>Edit pack id</source>
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
        <name>EndScreen</name>
        <message>
            <source>Your completion code</source>
            <translation>Dein Abschlusscode</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>&amp;Fertig</translation>
        </message>
    </context>
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
        <name>Feedback</name>
        <message>
            <source>found</source>
            <translation>gefunden</translation>
        </message>
        <message>
            <source>found, wrong category</source>
            <translation>gefunden, falsche Kategorie</translation>
        </message>
        <message>
            <source>found inside a flag too broad</source>
            <translation>gefunden in einer zu breiten Markierung</translation>
        </message>
        <message>
            <source>partly found</source>
            <translation>teilweise gefunden</translation>
        </message>
        <message>
            <source>missed</source>
            <translation>übersehen</translation>
        </message>
        <message>
            <source>correct</source>
            <translation>richtig</translation>
        </message>
        <message>
            <source>wrong category</source>
            <translation>falsche Kategorie</translation>
        </message>
        <message>
            <source>too broad</source>
            <translation>zu breit</translation>
        </message>
        <message>
            <source>close</source>
            <translation>knapp daneben</translation>
        </message>
        <message>
            <source>not a red flag</source>
            <translation>kein Warnsignal</translation>
        </message>
        <message>
            <source>“{name}”</source>
            <translation>„{name}“</translation>
        </message>
        <message>
            <source>Accepted: {yours} fits too, but the answer key files it under {key}.</source>
            <translation>Anerkannt: {yours} passt auch, aber die Lösung ordnet es unter {key} ein.</translation>
        </message>
        <message>
            <source>Accepted: {yours} fits too, but the answer key files it under “{key}”.</source>
            <translation>Anerkannt: {yours} passt auch, aber die Lösung ordnet es unter „{key}“ ein.</translation>
        </message>
        <message>
            <source>Accepted: {yours} fits too, but the answer key files it under “{key}”: {definition}.</source>
            <translation>Anerkannt: {yours} passt auch, aber die Lösung ordnet es unter „{key}“ ein: {definition}.</translation>
        </message>
        <message>
            <source>Narrow it down: which words are the red flag?</source>
            <translation>Grenze es ein: Welche Wörter sind das Warnsignal?</translation>
        </message>
        <message>
            <source>Close: the red flag in this sentence is “{quote}”.</source>
            <translation>Knapp daneben: Das Warnsignal in diesem Satz ist „{quote}“.</translation>
        </message>
        <message>
            <source>This article is credible and you flagged nothing: well judged.</source>
            <translation>Dieser Artikel ist glaubwürdig und du hast nichts markiert: gut beurteilt.</translation>
        </message>
        <message numerus="yes">
            <source>This article is credible: %n flag(s) raised where there was no red flag.</source>
            <translation>
                <numerusform>Dieser Artikel ist glaubwürdig: %n Markierung gesetzt, wo kein Warnsignal war.</numerusform>
                <numerusform>Dieser Artikel ist glaubwürdig: %n Markierungen gesetzt, wo kein Warnsignal war.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You found {found} of %n red flag(s) and named {named} of them right</source>
            <translation>
                <numerusform>Du hast {found} von %n Warnsignal gefunden und {named} davon richtig benannt</numerusform>
                <numerusform>Du hast {found} von %n Warnsignalen gefunden und {named} davon richtig benannt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You found {found} of %n red flag(s)</source>
            <translation>
                <numerusform>Du hast {found} von %n Warnsignal gefunden</numerusform>
                <numerusform>Du hast {found} von %n Warnsignalen gefunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n more partly</source>
            <translation>
                <numerusform>, %n weiteres teilweise</numerusform>
                <numerusform>, %n weitere teilweise</numerusform>
            </translation>
        </message>
        <message>
            <source>, but your flag covered far more than the red flag</source>
            <translation>, aber deine Markierung umfasste weit mehr als das Warnsignal</translation>
        </message>
        <message numerus="yes">
            <source>, but all %n of your flags covered far more than the red flag</source>
            <translation>
                <numerusform>, aber deine %n Markierung umfasste weit mehr als das Warnsignal</numerusform>
                <numerusform>, aber alle %n deiner Markierungen umfassten weit mehr als das Warnsignal</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, but {broad} of your %n flags covered far more than the red flag</source>
            <translation>
                <numerusform>, aber {broad} deiner %n Markierung umfasste weit mehr als das Warnsignal</numerusform>
                <numerusform>, aber {broad} deiner %n Markierungen umfassten weit mehr als das Warnsignal</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n of your flags were close: right sentence, other words</source>
            <translation>
                <numerusform>; %n deiner Markierungen war knapp daneben: richtiger Satz, andere Wörter</numerusform>
                <numerusform>; %n deiner Markierungen waren knapp daneben: richtiger Satz, andere Wörter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n of your flags were not a red flag</source>
            <translation>
                <numerusform>; %n deiner Markierungen war kein Warnsignal</numerusform>
                <numerusform>; %n deiner Markierungen waren kein Warnsignal</numerusform>
            </translation>
        </message>
        <message>
            <source>; your flags covered {percent}% of the text that was fine</source>
            <translation>; deine Markierungen umfassten {percent} % des Textes, der in Ordnung war</translation>
        </message>
    </context>
    <context>
        <name>FeedbackPanel</name>
        <message>
            <source>Narrow it down: which words are the red flag?</source>
            <translation>Grenze es ein: Welche Wörter sind das Warnsignal?</translation>
        </message>
        <message>
            <source>&lt;p&gt;This article is credible: it names its sources, dates and places, and states what is uncertain. Not flagging it was the right call.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Dieser Artikel ist glaubwürdig: Er nennt seine Quellen, Daten und Orte und sagt, was unsicher ist. Ihn nicht zu markieren, war richtig.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Your flag: correct</source>
            <translation>Deine Markierung: richtig</translation>
        </message>
        <message>
            <source>Your flag: wrong category</source>
            <translation>Deine Markierung: falsche Kategorie</translation>
        </message>
        <message>
            <source>Your flag: too broad</source>
            <translation>Deine Markierung: zu breit</translation>
        </message>
        <message>
            <source>Your flag: close</source>
            <translation>Deine Markierung: knapp daneben</translation>
        </message>
        <message>
            <source>Your flag: not a red flag</source>
            <translation>Deine Markierung: kein Warnsignal</translation>
        </message>
        <message>
            <source>Your flag: {verdict}</source>
            <translation>Deine Markierung: {verdict}</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Red flags</source>
            <translation>Warnsignale</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Gefunden</translation>
        </message>
        <message>
            <source>Partly found</source>
            <translation>Teilweise gefunden</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Übersehen</translation>
        </message>
        <message>
            <source>Not red flags</source>
            <translation>Keine Warnsignale</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Rückmeldung</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Punktzahl</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>What you investigated</source>
            <translation>Was du recherchiert hast</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Bewertung</translation>
        </message>
        <message>
            <source>Red flag</source>
            <translation>Warnsignal</translation>
        </message>
        <message>
            <source>Passage</source>
            <translation>Textstelle</translation>
        </message>
        <message>
            <source>Red flags and your flags, with verdicts</source>
            <translation>Warnsignale und deine Markierungen, mit Bewertungen</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Erklärung</translation>
        </message>
        <message>
            <source>Results per category</source>
            <translation>Ergebnisse pro Kategorie</translation>
        </message>
        <message>
            <source>&amp;Try again</source>
            <translation>&amp;Noch einmal versuchen</translation>
        </message>
        <message>
            <source>&amp;Next article</source>
            <translation>&amp;Nächster Artikel</translation>
        </message>
        <message>
            <source>&amp;Library</source>
            <translation>&amp;Bibliothek</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;i&gt;Investigating:&lt;/i&gt; {credit}&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;i&gt;Recherche:&lt;/i&gt; {credit}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;i&gt;Investigating:&lt;/i&gt; You could have checked: {link} ({kind}). The link opens it beside the article.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;i&gt;Recherche:&lt;/i&gt; Du hättest das prüfen können: {link} ({kind}). Der Link öffnet es neben dem Artikel.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;i&gt;Investigating:&lt;/i&gt; You could have checked: {link}. The link opens it beside the article.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;i&gt;Recherche:&lt;/i&gt; Du hättest das prüfen können: {link}. Der Link öffnet es neben dem Artikel.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;a href='{url}'&gt;Read the lesson on {category}&lt;/a&gt; (Shift+F1)&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;a href='{url}'&gt;Lektion zu „{category}“ lesen&lt;/a&gt; (Umschalt+F1)&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;{symbol} {verdict}&lt;/b&gt; — not a red flag&lt;/p&gt;&lt;p&gt;&lt;i&gt;The author's note:&lt;/i&gt; {note}&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;{symbol} {verdict}&lt;/b&gt; – kein Warnsignal&lt;/p&gt;&lt;p&gt;&lt;i&gt;Anmerkung der Autor:in:&lt;/i&gt; {note}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;i&gt;How to check:&lt;/i&gt; {how_to_check}&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;i&gt;So prüfst du es:&lt;/i&gt; {how_to_check}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;You flagged it as: {categories}.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Du hast es markiert als: {categories}.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Your flag holds this red flag, but it covers much more besides. {narrow_it_down}&lt;/p&gt;</source>
            <translation>&lt;p&gt;Deine Markierung enthält dieses Warnsignal, umfasst aber noch viel mehr. {narrow_it_down}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;i&gt;The author's note on this passage:&lt;/i&gt; {note}&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;i&gt;Anmerkung der Autor:in zu dieser Textstelle:&lt;/i&gt; {note}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Ask yourself what you could check about it; if the answer is a named source, a date or a place, it is doing its job.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Frag dich, was du daran prüfen könntest; lautet die Antwort „eine genannte Quelle, ein Datum oder ein Ort“, dann erfüllt die Stelle ihren Zweck.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;This passage is not one of the article's red flags.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Diese Textstelle ist keines der Warnsignale des Artikels.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Somewhere inside it: {categories}.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Irgendwo darin: {categories}.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Your flag is in the right sentence but on other words: select just the words that make the claim.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Deine Markierung ist im richtigen Satz, aber auf anderen Wörtern: Wähle nur die Wörter aus, die die Behauptung aufstellen.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;You found a red flag here, but it is: {categories}.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Du hast hier ein Warnsignal gefunden, aber es ist: {categories}.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>{verdict}: “{passage}”</source>
            <translation>{verdict}: „{passage}“</translation>
        </message>
        <message>
            <source>{verdict}, {category}: “{passage}”</source>
            <translation>{verdict}, {category}: „{passage}“</translation>
        </message>
        <message>
            <source>Spotted {spotted} · Named {named}</source>
            <translation>Erkannt {spotted} · Benannt {named}</translation>
        </message>
        <message>
            <source>Spotted {spotted} · Named {named} · 1 hint used</source>
            <translation>Erkannt {spotted} · Benannt {named} · 1 Tipp genutzt</translation>
        </message>
        <message numerus="yes">
            <source>Spotted {spotted} · Named {named} · %n hints used</source>
            <translation>
                <numerusform>Erkannt {spotted} · Benannt {named} · %n Tipp genutzt</numerusform>
                <numerusform>Erkannt {spotted} · Benannt {named} · %n Tipps genutzt</numerusform>
            </translation>
        </message>
        <message>
            <source>Score {score} out of 100. Spotted {spotted}, named {named}.</source>
            <translation>{score} von 100 Punkten. Erkannt {spotted}, benannt {named}.</translation>
        </message>
        <message>
            <source>Score {score} out of 100. Spotted {spotted}, named {named}, 1 hint used.</source>
            <translation>{score} von 100 Punkten. Erkannt {spotted}, benannt {named}, 1 Tipp genutzt.</translation>
        </message>
        <message numerus="yes">
            <source>Score {score} out of 100. Spotted {spotted}, named {named}, %n hints used.</source>
            <translation>
                <numerusform>{score} von 100 Punkten. Erkannt {spotted}, benannt {named}, %n Tipp genutzt.</numerusform>
                <numerusform>{score} von 100 Punkten. Erkannt {spotted}, benannt {named}, %n Tipps genutzt.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FlagListPanel</name>
        <message>
            <source>Need a h&amp;int?</source>
            <translation>Brauchst du einen &amp;Tipp?</translation>
        </message>
        <message>
            <source>Show one of this article's hints (Ctrl+I). Each hint you use costs a few points.</source>
            <translation>Zeigt einen der Tipps zu diesem Artikel (Strg+I). Jeder genutzte Tipp kostet ein paar Punkte.</translation>
        </message>
        <message>
            <source>Red flag</source>
            <translation>Warnsignal</translation>
        </message>
        <message>
            <source>Passage</source>
            <translation>Textstelle</translation>
        </message>
        <message>
            <source>Why I think so</source>
            <translation>Warum ich das denke</translation>
        </message>
        <message>
            <source>Flagging</source>
            <translation>Markieren</translation>
        </message>
        <message>
            <source>Select a suspicious passage, then choose its red flag (or press its number key; 0 or F for the full list).</source>
            <translation>Wähle eine verdächtige Textstelle aus und dann ihr Warnsignal (oder drücke seine Zifferntaste; 0 oder F für die ganze Liste).</translation>
        </message>
        <message>
            <source>? Lessons</source>
            <translation>? Lektionen</translation>
        </message>
        <message>
            <source>Lessons on the red flags</source>
            <translation>Lektionen zu den Warnsignalen</translation>
        </message>
        <message>
            <source>The lessons on the red flags. Right-click a red flag below, or press Shift+F1 on it, for its own lesson.</source>
            <translation>Die Lektionen zu den Warnsignalen. Für die Lektion zu einem Warnsignal klicke es unten mit der rechten Maustaste an oder drücke darauf Umschalt+F1.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Your flags&lt;/b&gt;</source>
            <translation>&lt;b&gt;Deine Markierungen&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Your flags</source>
            <translation>Deine Markierungen</translation>
        </message>
        <message>
            <source>No flags yet.</source>
            <translation>Noch keine Markierungen.</translation>
        </message>
        <message>
            <source>C&amp;hange category…</source>
            <translation>Kategorie &amp;ändern…</translation>
        </message>
        <message>
            <source>&amp;Note…</source>
            <translation>&amp;Notiz…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>Hints</source>
            <translation>Tipps</translation>
        </message>
        <message>
            <source>&amp;Submit flags</source>
            <translation>Markierungen a&amp;bgeben</translation>
        </message>
        <message>
            <source>This article looks &amp;credible</source>
            <translation>Dieser Artikel wirkt &amp;glaubwürdig</translation>
        </message>
        <message>
            <source>Submit with no flags (Ctrl+Shift+Enter)</source>
            <translation>Ohne Markierungen abgeben (Strg+Umschalt+Eingabe)</translation>
        </message>
        <message>
            <source>{description}
How to check: {how_to_check}</source>
            <translation>{description}
So prüfst du es: {how_to_check}</translation>
        </message>
        <message>
            <source>Shift+F1 or right-click: the lesson on this red flag</source>
            <translation>Umschalt+F1 oder Rechtsklick: die Lektion zu diesem Warnsignal</translation>
        </message>
        <message>
            <source>Flag as {category}</source>
            <translation>Als „{category}“ markieren</translation>
        </message>
        <message>
            <source>Hint {number} of {total}: {hint}</source>
            <translation>Tipp {number} von {total}: {hint}</translation>
        </message>
        <message>
            <source>No hints for this article</source>
            <translation>Keine Tipps zu diesem Artikel</translation>
        </message>
        <message>
            <source>This article comes with no hints.</source>
            <translation>Zu diesem Artikel gibt es keine Tipps.</translation>
        </message>
        <message>
            <source>No more hints</source>
            <translation>Keine weiteren Tipps</translation>
        </message>
        <message>
            <source>You have seen every hint this article has.</source>
            <translation>Du hast alle Tipps zu diesem Artikel gesehen.</translation>
        </message>
        <message numerus="yes">
            <source>Another h&amp;int (%n left)</source>
            <translation>
                <numerusform>Noch ein &amp;Tipp (%n übrig)</numerusform>
                <numerusform>Noch ein &amp;Tipp (%n übrig)</numerusform>
            </translation>
        </message>
        <message>
            <source>Flag the selection as this red flag</source>
            <translation>Auswahl als dieses Warnsignal markieren</translation>
        </message>
        <message>
            <source>About this red flag (lesson)</source>
            <translation>Über dieses Warnsignal (Lektion)</translation>
        </message>
    </context>
    <context>
        <name>FlagModel</name>
        <message>
            <source>{category}: “{passage}”. Why: {note}</source>
            <translation>{category}: „{passage}“. Warum: {note}</translation>
        </message>
        <message>
            <source>{category}: “{passage}”</source>
            <translation>{category}: „{passage}“</translation>
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
        <name>HeatView</name>
        <message>
            <source>Article with the class's flags</source>
            <translation>Artikel mit den Markierungen der Klasse</translation>
        </message>
        <message>
            <source>Shading and underline show how many students flagged each passage; the list of flagged passages gives the counts.</source>
            <translation>Schattierung und Unterstreichung zeigen, wie viele Schüler:innen jede Stelle markiert haben; die Liste der markierten Stellen nennt die Zahlen.</translation>
        </message>
        <message numerus="yes">
            <source>Flagged by {count} of %n student(s)</source>
            <translation>
                <numerusform>Markiert von {count} von %n Schüler:in</numerusform>
                <numerusform>Markiert von {count} von %n Schüler:innen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <source>Choose a learner to see their history.</source>
            <translation>Wähle eine lernende Person aus, um ihren Verlauf zu sehen.</translation>
        </message>
        <message>
            <source>No attempts yet.

Your scores will appear here once you have submitted your first article: open one from the library, flag the passages that look suspicious, and submit.</source>
            <translation>Noch keine Versuche.

Deine Punktzahlen erscheinen hier, sobald du deinen ersten Artikel abgegeben hast: Öffne einen aus der Bibliothek, markiere die Stellen, die verdächtig wirken, und gib ab.</translation>
        </message>
        <message>
            <source>none to find</source>
            <translation>keine zu finden</translation>
        </message>
        <message>
            <source>{found} of {gold}</source>
            <translation>{found} von {gold}</translation>
        </message>
        <message>
            <source>{date}, {time}</source>
            <translation>{date}, {time}</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n Seite</numerusform>
                <numerusform>%n Seiten</numerusform>
            </translation>
        </message>
        <message>
            <source>You did not investigate.</source>
            <translation>Du hast nicht recherchiert.</translation>
        </message>
        <message>
            <source>When the attempt was submitted (local time)</source>
            <translation>Wann der Versuch abgegeben wurde (Ortszeit)</translation>
        </message>
        <message>
            <source>The article's headline</source>
            <translation>Die Überschrift des Artikels</translation>
        </message>
        <message>
            <source>The score out of 100</source>
            <translation>Die Punktzahl von 100</translation>
        </message>
        <message>
            <source>How well your flags covered the red flags, whatever category you gave them (0–100)</source>
            <translation>Wie gut deine Markierungen die Warnsignale getroffen haben, egal mit welcher Kategorie (0–100)</translation>
        </message>
        <message>
            <source>How well your flags covered the red flags with the right category (0–100)</source>
            <translation>Wie gut deine Markierungen die Warnsignale mit der richtigen Kategorie getroffen haben (0–100)</translation>
        </message>
        <message>
            <source>Red flags you found, of those in the article</source>
            <translation>Gefundene Warnsignale, von denen im Artikel</translation>
        </message>
        <message>
            <source>Your flags that were not red flags</source>
            <translation>Deine Markierungen, die keine Warnsignale waren</translation>
        </message>
        <message>
            <source>Time spent on the article (minutes:seconds)</source>
            <translation>Zeit für den Artikel (Minuten:Sekunden)</translation>
        </message>
        <message>
            <source>Pages of the pack's sources you opened while investigating (searches in the tip)</source>
            <translation>Seiten aus den Quellen des Pakets, die du beim Recherchieren geöffnet hast (Suchen im Tooltip)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>{headline}
(pack {pack}, article {article})</source>
            <translation>{headline}
(Paket {pack}, Artikel {article})</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Punktzahl</translation>
        </message>
        <message>
            <source>Spotted</source>
            <translation>Erkannt</translation>
        </message>
        <message>
            <source>Named</source>
            <translation>Benannt</translation>
        </message>
        <message>
            <source>Red flags found</source>
            <translation>Gefundene Warnsignale</translation>
        </message>
        <message>
            <source>A credible article: it had no red flags to find.</source>
            <translation>Ein glaubwürdiger Artikel: Es gab keine Warnsignale zu finden.</translation>
        </message>
        <message>
            <source>Not red flags</source>
            <translation>Keine Warnsignale</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Investigated</source>
            <translation>Recherchiert</translation>
        </message>
        <message>
            <source>The kind of red flag</source>
            <translation>Die Art des Warnsignals</translation>
        </message>
        <message>
            <source>Red flags met: red flags of this category in the articles you submitted</source>
            <translation>Begegnete Warnsignale: Warnsignale dieser Kategorie in den Artikeln, die du abgegeben hast</translation>
        </message>
        <message>
            <source>Found and named with this category</source>
            <translation>Gefunden und mit dieser Kategorie benannt</translation>
        </message>
        <message>
            <source>Found, but tagged with another category</source>
            <translation>Gefunden, aber mit einer anderen Kategorie versehen</translation>
        </message>
        <message>
            <source>Not found (or only partly)</source>
            <translation>Nicht gefunden (oder nur teilweise)</translation>
        </message>
        <message>
            <source>Share found with the right category: █ found, ░ not</source>
            <translation>Anteil mit der richtigen Kategorie gefunden: █ gefunden, ░ nicht</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Begegnet</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Gefunden</translation>
        </message>
        <message>
            <source>Mislabelled</source>
            <translation>Falsch benannt</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Übersehen</translation>
        </message>
        <message>
            <source>Found rate</source>
            <translation>Trefferquote</translation>
        </message>
        <message>
            <source>{bar}  {percent} %</source>
            <translation>{bar}  {percent} %</translation>
        </message>
        <message>
            <source>{found} of {gold} found with the right category ({percent} %)</source>
            <translation>{found} von {gold} mit der richtigen Kategorie gefunden ({percent} %)</translation>
        </message>
        <message>
            <source>{percent} percent found</source>
            <translation>{percent} Prozent gefunden</translation>
        </message>
        <message>
            <source>Over-flagging (credible articles)</source>
            <translation>Zu viele Markierungen (glaubwürdige Artikel)</translation>
        </message>
        <message>
            <source>Nothing is scheduled for review yet. Each article you submit from now on schedules its red flags: the ones you miss come back sooner.</source>
            <translation>Noch ist nichts zur Wiederholung geplant. Jeder Artikel, den du ab jetzt abgibst, plant seine Warnsignale ein: Die, die du übersiehst, kommen früher wieder.</translation>
        </message>
        <message numerus="yes">
            <source>Due for review {when} (local time) · reviewed %n time(s)</source>
            <translation>
                <numerusform>Zur Wiederholung fällig: {when} (Ortszeit) · %n-mal wiederholt</numerusform>
                <numerusform>Zur Wiederholung fällig: {when} (Ortszeit) · %n-mal wiederholt</numerusform>
            </translation>
        </message>
        <message>
            <source>The kind of red flag (or the check on flagging credible articles)</source>
            <translation>Die Art des Warnsignals (oder die Probe auf Markierungen in glaubwürdigen Artikeln)</translation>
        </message>
        <message>
            <source>How likely you are to spot it today, as the scheduler estimates from your reviews</source>
            <translation>Wie wahrscheinlich du es heute erkennst, wie die Planung aus deinen Wiederholungen schätzt</translation>
        </message>
        <message>
            <source>When it comes back in today's practice</source>
            <translation>Wann es in der heutigen Übung wiederkommt</translation>
        </message>
        <message>
            <source>How many submitted articles have reviewed it</source>
            <translation>Wie viele abgegebene Artikel es wiederholt haben</translation>
        </message>
        <message>
            <source>Whether an open pack has a lesson on it (Enter or Read the lesson opens it)</source>
            <translation>Ob ein offenes Paket eine Lektion dazu hat (die Eingabetaste oder „Lektion lesen“ öffnet sie)</translation>
        </message>
        <message>
            <source>Red flag</source>
            <translation>Warnsignal</translation>
        </message>
        <message>
            <source>Retained now</source>
            <translation>Jetzt behalten</translation>
        </message>
        <message>
            <source>About {percent} % likely to be spotted today</source>
            <translation>Heute zu etwa {percent} % wahrscheinlich erkannt</translation>
        </message>
        <message>
            <source>{percent} percent retained</source>
            <translation>{percent} Prozent behalten</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Wiederholungen</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Lektion</translation>
        </message>
        <message>
            <source>available</source>
            <translation>vorhanden</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Attempts, newest first</source>
            <translation>Versuche, neueste zuerst</translation>
        </message>
        <message>
            <source>Red flags by category, most missed first</source>
            <translation>Warnsignale nach Kategorie, die am häufigsten übersehenen zuerst</translation>
        </message>
        <message>
            <source>&amp;Scores over time</source>
            <translation>&amp;Punktzahlen im Zeitverlauf</translation>
        </message>
        <message>
            <source>Red flags by &amp;category</source>
            <translation>Warnsignale nach &amp;Kategorie</translation>
        </message>
        <message>
            <source>&amp;Attempts, newest first</source>
            <translation>&amp;Versuche, neueste zuerst</translation>
        </message>
        <message>
            <source>Your history could not be read: {problem}</source>
            <translation>Dein Verlauf konnte nicht gelesen werden: {problem}</translation>
        </message>
        <message numerus="yes">
            <source>Average of the last %n</source>
            <translation>
                <numerusform>Durchschnitt der letzten %n</numerusform>
                <numerusform>Durchschnitt der letzten %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Attempt</source>
            <translation>Versuch</translation>
        </message>
        <message>
            <source>Score (0–100)</source>
            <translation>Punktzahl (0–100)</translation>
        </message>
        <message>
            <source>Chart of scores over attempts</source>
            <translation>Diagramm der Punktzahlen über die Versuche</translation>
        </message>
        <message numerus="yes">
            <source>Line chart of %n score(s), attempt 1 to {last}. Latest score {latest}, best {best}, lowest {lowest}; average of the last {window}: {average}.</source>
            <translation>
                <numerusform>Liniendiagramm mit %n Punktzahl, Versuch 1 bis {last}. Letzte Punktzahl {latest}, beste {best}, niedrigste {lowest}; Durchschnitt der letzten {window}: {average}.</numerusform>
                <numerusform>Liniendiagramm mit %n Punktzahlen, Versuch 1 bis {last}. Letzte Punktzahl {latest}, beste {best}, niedrigste {lowest}; Durchschnitt der letzten {window}: {average}.</numerusform>
            </translation>
        </message>
        <message>
            <source>No scores yet.</source>
            <translation>Noch keine Punktzahlen.</translation>
        </message>
        <message>
            <source>Retained now (%)</source>
            <translation>Jetzt behalten (%)</translation>
        </message>
        <message>
            <source>Chart of how well each red flag is retained</source>
            <translation>Diagramm, wie gut jedes Warnsignal behalten wird</translation>
        </message>
        <message>
            <source>Red flags by when they are due, soonest first</source>
            <translation>Warnsignale nach Fälligkeit, die nächsten zuerst</translation>
        </message>
        <message>
            <source>&amp;Read the lesson</source>
            <translation>Lektion &amp;lesen</translation>
        </message>
        <message>
            <source>Open the lesson on the selected red flag (Enter)</source>
            <translation>Die Lektion zum ausgewählten Warnsignal öffnen (Eingabetaste)</translation>
        </message>
        <message>
            <source>How well you re&amp;member each red flag</source>
            <translation>Wie gut du dir jedes Warnsignal &amp;merkst</translation>
        </message>
        <message>
            <source>What is due cannot be shown: {problem}</source>
            <translation>Was fällig ist, kann nicht angezeigt werden: {problem}</translation>
        </message>
        <message numerus="yes">
            <source>In your reviews: %n red flag(s) and the over-flagging check · {due} due now. Select a red flag and press Enter to read its lesson.</source>
            <translation>
                <numerusform>In deinen Wiederholungen: %n Warnsignal und die Probe auf zu viele Markierungen · {due} jetzt fällig. Wähle ein Warnsignal aus und drück die Eingabetaste, um seine Lektion zu lesen.</numerusform>
                <numerusform>In deinen Wiederholungen: %n Warnsignale und die Probe auf zu viele Markierungen · {due} jetzt fällig. Wähle ein Warnsignal aus und drück die Eingabetaste, um seine Lektion zu lesen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In your reviews: %n red flag(s) · {due} due now. Select a red flag and press Enter to read its lesson.</source>
            <translation>
                <numerusform>In deinen Wiederholungen: %n Warnsignal · {due} jetzt fällig. Wähle ein Warnsignal aus und drück die Eingabetaste, um seine Lektion zu lesen.</numerusform>
                <numerusform>In deinen Wiederholungen: %n Warnsignale · {due} jetzt fällig. Wähle ein Warnsignal aus und drück die Eingabetaste, um seine Lektion zu lesen.</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} {percent} %, {due}</source>
            <translation>{name} {percent} %, {due}</translation>
        </message>
        <message>
            <source>Horizontal bar chart, soonest due first: {bars}</source>
            <translation>Horizontales Balkendiagramm, die nächsten Fälligkeiten zuerst: {bars}</translation>
        </message>
        <message>
            <source>Nothing scheduled yet.</source>
            <translation>Noch nichts geplant.</translation>
        </message>
        <message>
            <source>The over-flagging check has no lesson: it is about credible articles.</source>
            <translation>Die Probe auf zu viele Markierungen hat keine Lektion: Sie betrifft glaubwürdige Artikel.</translation>
        </message>
        <message>
            <source>No open pack has a lesson on this red flag.</source>
            <translation>Kein offenes Paket hat eine Lektion zu diesem Warnsignal.</translation>
        </message>
        <message>
            <source>Attempt {number}: score {score}
{headline}</source>
            <translation>Versuch {number}: Punktzahl {score}
{headline}</translation>
        </message>
        <message>
            <source>{minutes} {seconds}</source>
            <translation>{minutes} {seconds}</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n Minute</numerusform>
                <numerusform>%n Minuten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n Sekunde</numerusform>
                <numerusform>%n Sekunden</numerusform>
            </translation>
        </message>
        <message>
            <source>No attempts yet.</source>
            <translation>Noch keine Versuche.</translation>
        </message>
        <message numerus="yes">
            <source>%n attempt(s)</source>
            <translation>
                <numerusform>%n Versuch</numerusform>
                <numerusform>%n Versuche</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n article(s) tried</source>
            <translation>
                <numerusform>%n Artikel versucht</numerusform>
                <numerusform>%n Artikel versucht</numerusform>
            </translation>
        </message>
        <message>
            <source>last score {score}</source>
            <translation>letzte Punktzahl {score}</translation>
        </message>
        <message numerus="yes">
            <source>last %n attempts: average {average}, best {best}</source>
            <translation>
                <numerusform>letzter Versuch: Durchschnitt {average}, bester {best}</numerusform>
                <numerusform>letzte %n Versuche: Durchschnitt {average}, bester {best}</numerusform>
            </translation>
        </message>
        <message>
            <source>No red flags met yet: every article you tried was credible.</source>
            <translation>Noch keine Warnsignale: Jeder Artikel, den du versucht hast, war glaubwürdig.</translation>
        </message>
        <message>
            <source>You have not missed a red flag in any category so far.</source>
            <translation>Du hast bisher in keiner Kategorie ein Warnsignal übersehen.</translation>
        </message>
        <message>
            <source>{name} ({missed} of {gold})</source>
            <translation>{name} ({missed} von {gold})</translation>
        </message>
        <message>
            <source>{first} and {last}</source>
            <translation>{first} und {last}</translation>
        </message>
        <message>
            <source>You most often miss: {categories}.</source>
            <translation>Am häufigsten übersiehst du: {categories}.</translation>
        </message>
    </context>
    <context>
        <name>HostController</name>
        <message>
            <source>Port {taken} was taken: the student page is on {url}</source>
            <translation>Port {taken} war belegt: Die Schülerseite ist unter {url}</translation>
        </message>
    </context>
    <context>
        <name>HostWindow</name>
        <message>
            <source>could not save the class results to {path}: {problem}</source>
            <translation>die Ergebnisse der Klasse konnten nicht in {path} gespeichert werden: {problem}</translation>
        </message>
        <message>
            <source>dotted: a few</source>
            <translation>gepunktet: wenige</translation>
        </message>
        <message>
            <source>dashed: up to half</source>
            <translation>gestrichelt: bis zur Hälfte</translation>
        </message>
        <message>
            <source>solid: most</source>
            <translation>durchgezogen: die meisten</translation>
        </message>
        <message>
            <source>wavy: nearly all</source>
            <translation>gewellt: fast alle</translation>
        </message>
        <message>
            <source>○ reading</source>
            <translation>○ liest</translation>
        </message>
        <message>
            <source>✎ flagging</source>
            <translation>✎ markiert</translation>
        </message>
        <message>
            <source>✓ submitted</source>
            <translation>✓ abgegeben</translation>
        </message>
        <message>
            <source>✓ taken at reveal</source>
            <translation>✓ bei der Auflösung übernommen</translation>
        </message>
        <message>
            <source>— not here</source>
            <translation>— nicht da</translation>
        </message>
        <message>
            <source>⚠ cannot show it</source>
            <translation>⚠ kann ihn nicht zeigen</translation>
        </message>
        <message>
            <source>Students are flagging. Reveal when they are done.</source>
            <translation>Die Schüler:innen markieren. Löse auf, wenn sie fertig sind.</translation>
        </message>
        <message>
            <source>Answers revealed: students see their feedback.</source>
            <translation>Antworten aufgelöst: Die Schüler:innen sehen ihre Rückmeldung.</translation>
        </message>
        <message>
            <source>The session has ended.</source>
            <translation>Die Sitzung ist beendet.</translation>
        </message>
        <message>
            <source>{name}
⚠ looks like: {others} (this one has {scripts})</source>
            <translation>{name}
⚠ sieht aus wie: {others} (dieser Name hat {scripts})</translation>
        </message>
        <message>
            <source>{name}
⚠ looks like: {others}</source>
            <translation>{name}
⚠ sieht aus wie: {others}</translation>
        </message>
        <message>
            <source>{name} looks like {others}: ask who is who.</source>
            <translation>{name} sieht aus wie {others}: Frag nach, wer wer ist.</translation>
        </message>
        <message>
            <source>This article could not be shown to {name}: {problem}</source>
            <translation>Dieser Artikel konnte {name} nicht gezeigt werden: {problem}</translation>
        </message>
        <message>
            <source>{status} (offline)</source>
            <translation>{status} (offline)</translation>
        </message>
        <message>
            <source>{joined} joined · {connected} connected · {submitted} submitted</source>
            <translation>{joined} beigetreten · {connected} verbunden · {submitted} abgegeben</translation>
        </message>
        <message>
            <source>Red flag: {category}. Found by {found} of {total} ({wrong_category} with another category, {partly} partly)</source>
            <translation>Warnsignal: {category}. Gefunden von {found} von {total} ({wrong_category} mit einer anderen Kategorie, {partly} teilweise)</translation>
        </message>
        <message>
            <source>misinformation</source>
            <translation>Falschinformation</translation>
        </message>
        <message>
            <source>credible</source>
            <translation>glaubwürdig</translation>
        </message>
        <message>
            <source>satire</source>
            <translation>Satire</translation>
        </message>
        <message>
            <source>opinion</source>
            <translation>Meinung</translation>
        </message>
        <message>
            <source>✓ Credible article: no red flags; flagging nothing was right.</source>
            <translation>✓ Glaubwürdiger Artikel: keine Warnsignale; nichts zu markieren war richtig.</translation>
        </message>
        <message>
            <source>Host a class session — SpotIt</source>
            <translation>Unterricht leiten — SpotIt</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Host a class session&lt;/h2&gt;Students on this network join with the code shown next. Choose the pack and the articles, in the order the class reads them.</source>
            <translation>&lt;h2&gt;Unterricht leiten&lt;/h2&gt;Schüler:innen in diesem Netzwerk treten mit dem Code bei, der gleich angezeigt wird. Wähle das Paket und die Artikel, in der Reihenfolge, in der die Klasse sie liest.</translation>
        </message>
        <message>
            <source>&amp;Pack:</source>
            <translation>&amp;Paket:</translation>
        </message>
        <message>
            <source>Articles for the session</source>
            <translation>Artikel für die Sitzung</translation>
        </message>
        <message>
            <source>Space ticks an article; Alt+Up and Alt+Down change the order.</source>
            <translation>Die Leertaste hakt einen Artikel an; Alt+Pfeil hoch und Alt+Pfeil runter ändern die Reihenfolge.</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Nach o&amp;ben</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Nach u&amp;nten</translation>
        </message>
        <message>
            <source>&amp;Articles, in order:</source>
            <translation>&amp;Artikel, in dieser Reihenfolge:</translation>
        </message>
        <message>
            <source>{address} (this computer only)</source>
            <translation>{address} (nur dieser Computer)</translation>
        </message>
        <message>
            <source>{address} ({interface})</source>
            <translation>{address} ({interface})</translation>
        </message>
        <message>
            <source>&amp;Listen on:</source>
            <translation>Erreichbar &amp;unter:</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>P&amp;ort:</translation>
        </message>
        <message>
            <source>Let students &amp;find this session (announce it on the local network)</source>
            <translation>Schüler:innen diese Sitzung &amp;finden lassen (im lokalen Netzwerk ankündigen)</translation>
        </message>
        <message numerus="yes">
            <source>Offer &amp;hints (each one a student uses costs %n point(s))</source>
            <translation>
                <numerusform>&amp;Tipps anbieten (jeder Tipp, den jemand nutzt, kostet %n Punkt)</numerusform>
                <numerusform>&amp;Tipps anbieten (jeder Tipp, den jemand nutzt, kostet %n Punkte)</numerusform>
            </translation>
        </message>
        <message>
            <source>Students may ask for an article's hints one at a time, as in practice. Untick it for a test: students then see no hint button.</source>
            <translation>Schüler:innen können die Tipps eines Artikels einzeln anfordern, wie in der Übung. Nimm den Haken für einen Test heraus: Dann sehen Schüler:innen keinen Tipp-Knopf.</translation>
        </message>
        <message>
            <source>Serve a student page for &amp;browsers (phones, tablets, Chromebooks)</source>
            <translation>Eine Schülerseite für &amp;Browser anbieten (Handys, Tablets, Chromebooks)</translation>
        </message>
        <message>
            <source>Students without SpotIt open an address this computer shows (or scan its QR code) in a browser on the same network, and join with the code.</source>
            <translation>Schüler:innen ohne SpotIt öffnen im selben Netzwerk eine Adresse, die dieser Computer anzeigt (oder scannen ihren QR-Code), in einem Browser und treten mit dem Code bei.</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>&amp;Start session</source>
            <translation>Sitzung &amp;starten</translation>
        </message>
        <message numerus="yes">
            <source>{headline}  —  {kind}, difficulty {difficulty}, %n red flag(s)</source>
            <translation>
                <numerusform>{headline}  —  {kind}, Schwierigkeit {difficulty}, %n Warnsignal</numerusform>
                <numerusform>{headline}  —  {kind}, Schwierigkeit {difficulty}, %n Warnsignale</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n article(s) chosen</source>
            <translation>
                <numerusform>%n Artikel gewählt</numerusform>
                <numerusform>%n Artikel gewählt</numerusform>
            </translation>
        </message>
        <message>
            <source>sent {sent}, rejected {rejected}, {waiting} to retry later</source>
            <translation>{sent} gesendet, {rejected} abgelehnt, {waiting} warten auf einen neuen Versuch</translation>
        </message>
        <message>
            <source>{report}; last error: {error}</source>
            <translation>{report}; letzter Fehler: {error}</translation>
        </message>
        <message>
            <source>School results server: {line}</source>
            <translation>Ergebnisserver der Schule: {line}</translation>
        </message>
        <message>
            <source>Choose a pack and at least one article.</source>
            <translation>Wähle ein Paket und mindestens einen Artikel.</translation>
        </message>
        <message>
            <source>Results not saved</source>
            <translation>Ergebnisse nicht gespeichert</translation>
        </message>
        <message>
            <source>{problem}. Try another port.</source>
            <translation>{problem}. Versuch es mit einem anderen Port.</translation>
        </message>
        <message>
            <source>Join code {code}</source>
            <translation>Beitrittscode {code}</translation>
        </message>
        <message>
            <source>Host &lt;b&gt;{address}&lt;/b&gt; · Port &lt;b&gt;{port}&lt;/b&gt;</source>
            <translation>Host &lt;b&gt;{address}&lt;/b&gt; · Port &lt;b&gt;{port}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Class {code} — {title} — SpotIt</source>
            <translation>Klasse {code} — {title} — SpotIt</translation>
        </message>
        <message>
            <source>In a browser: &lt;b&gt;{url}&lt;/b&gt;</source>
            <translation>Im Browser: &lt;b&gt;{url}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>QR code of {url}</source>
            <translation>QR-Code von {url}</translation>
        </message>
        <message>
            <source>Join code</source>
            <translation>Beitrittscode</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Flags of the class: darker shading = more students; underline {styles}. Hover a passage for its count.</source>
            <translation>Markierungen der Klasse: dunklere Schattierung = mehr Schüler:innen; Unterstreichung {styles}. Zeig mit der Maus auf eine Stelle, um ihre Zahl zu sehen.</translation>
        </message>
        <message>
            <source>&lt;b&gt;&amp;Students&lt;/b&gt;</source>
            <translation>&lt;b&gt;&amp;Schüler:innen&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Schüler:in</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Markierungen</translation>
        </message>
        <message>
            <source>Hints</source>
            <translation>Tipps</translation>
        </message>
        <message numerus="yes">
            <source>{name} asked for {hints} of this article's hints; each costs %n point(s) of the score.</source>
            <translation>
                <numerusform>{name} hat {hints} der Tipps dieses Artikels angefordert; jeder kostet %n Punkt der Punktzahl.</numerusform>
                <numerusform>{name} hat {hints} der Tipps dieses Artikels angefordert; jeder kostet %n Punkte der Punktzahl.</numerusform>
            </translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>Schüler:innen</translation>
        </message>
        <message>
            <source>Nobody has joined yet.</source>
            <translation>Noch niemand ist beigetreten.</translation>
        </message>
        <message>
            <source>&lt;b&gt;&amp;Passages flagged&lt;/b&gt; (most students at any point)</source>
            <translation>&lt;b&gt;&amp;Markierte Stellen&lt;/b&gt; (die meisten Schüler:innen zu einem Zeitpunkt)</translation>
        </message>
        <message>
            <source>Passage</source>
            <translation>Stelle</translation>
        </message>
        <message>
            <source>Passages flagged by the class</source>
            <translation>Von der Klasse markierte Stellen</translation>
        </message>
        <message>
            <source>Show the answer &amp;key on this screen (Ctrl+K)</source>
            <translation>&amp;Lösung auf diesem Bildschirm zeigen (Strg+K)</translation>
        </message>
        <message>
            <source>Off until the reveal, so a projected screen gives nothing away.</source>
            <translation>Bis zur Auflösung aus, damit ein projizierter Bildschirm nichts verrät.</translation>
        </message>
        <message>
            <source>Red flag</source>
            <translation>Warnsignal</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Gefunden</translation>
        </message>
        <message>
            <source>{found} of {total}</source>
            <translation>{found} von {total}</translation>
        </message>
        <message>
            <source>Other category</source>
            <translation>Andere Kategorie</translation>
        </message>
        <message>
            <source>Partly</source>
            <translation>Teilweise</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Übersehen</translation>
        </message>
        <message>
            <source>Red flags of the article and how many students found each</source>
            <translation>Warnsignale des Artikels und wie viele Schüler:innen jedes gefunden haben</translation>
        </message>
        <message>
            <source>The answer key is hidden.</source>
            <translation>Die Lösung ist verborgen.</translation>
        </message>
        <message>
            <source>&amp;Reveal answers</source>
            <translation>&amp;Antworten auflösen</translation>
        </message>
        <message>
            <source>&amp;Next article</source>
            <translation>&amp;Nächster Artikel</translation>
        </message>
        <message>
            <source>&amp;End session…</source>
            <translation>Sitzung &amp;beenden…</translation>
        </message>
        <message>
            <source>Save &amp;gradebook…</source>
            <translation>Notenliste spei&amp;chern…</translation>
        </message>
        <message>
            <source>Gradebook for&amp;mat:</source>
            <translation>&amp;Format der Notenliste:</translation>
        </message>
        <message>
            <source>Gradebook format</source>
            <translation>Format der Notenliste</translation>
        </message>
        <message>
            <source>SpotIt: every detail, one row per student and article. Moodle and Canvas: one row per student and one score column per article, as their grade imports read it (see the classroom protocol's Gradebooks section).</source>
            <translation>SpotIt: jedes Detail, eine Zeile pro Schüler:in und Artikel. Moodle und Canvas: eine Zeile pro Schüler:in und eine Punktespalte pro Artikel, so wie ihr Notenimport sie liest (siehe den Abschnitt „Gradebooks“ des Klassenraum-Protokolls).</translation>
        </message>
        <message>
            <source>SpotIt (every detail, for a spreadsheet)</source>
            <translation>SpotIt (jedes Detail, für eine Tabellenkalkulation)</translation>
        </message>
        <message>
            <source>Moodle grade import</source>
            <translation>Moodle-Notenimport</translation>
        </message>
        <message>
            <source>Canvas gradebook import</source>
            <translation>Canvas-Notenimport</translation>
        </message>
        <message>
            <source>Article {n} of {total}: &lt;b&gt;{headline}&lt;/b&gt;</source>
            <translation>Artikel {n} von {total}: &lt;b&gt;{headline}&lt;/b&gt;</translation>
        </message>
        <message numerus="yes">
            <source>Hints on: {offered} for this article, %n point(s) each.</source>
            <translation>
                <numerusform>Tipps an: {offered} für diesen Artikel, je %n Punkt.</numerusform>
                <numerusform>Tipps an: {offered} für diesen Artikel, je %n Punkte.</numerusform>
            </translation>
        </message>
        <message>
            <source>Hints off.</source>
            <translation>Tipps aus.</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Beendet</translation>
        </message>
        <message>
            <source>Session ended</source>
            <translation>Sitzung beendet</translation>
        </message>
        <message>
            <source>{symbol} {category}: “{quote}”</source>
            <translation>{symbol} {category}: „{quote}“</translation>
        </message>
        <message>
            <source>Cannot do that now: {problem}.</source>
            <translation>Das geht gerade nicht: {problem}.</translation>
        </message>
        <message>
            <source>End the session?</source>
            <translation>Sitzung beenden?</translation>
        </message>
        <message>
            <source>End the session for every student? The current article is revealed first; results are saved in your progress database.</source>
            <translation>Die Sitzung für alle Schüler:innen beenden? Der aktuelle Artikel wird zuerst aufgelöst; die Ergebnisse werden in deiner Fortschrittsdatenbank gespeichert.</translation>
        </message>
        <message>
            <source>The session has ended. Results are saved in your progress database; choose the gradebook's format (Alt+M) and save it (Ctrl+S) for your spreadsheet, Moodle or Canvas.</source>
            <translation>Die Sitzung ist beendet. Die Ergebnisse sind in deiner Fortschrittsdatenbank gespeichert; wähle das Format der Notenliste (Alt+F) und speichere sie (Strg+S) für deine Tabellenkalkulation, Moodle oder Canvas.</translation>
        </message>
        <message>
            <source>CSV spreadsheet ({pattern})</source>
            <translation>CSV-Tabelle ({pattern})</translation>
        </message>
        <message>
            <source>CSV for {layout} ({pattern})</source>
            <translation>CSV für {layout} ({pattern})</translation>
        </message>
        <message>
            <source>Save gradebook</source>
            <translation>Notenliste speichern</translation>
        </message>
        <message>
            <source>Gradebook not saved</source>
            <translation>Notenliste nicht gespeichert</translation>
        </message>
        <message>
            <source>{path}: cannot write ({problem})</source>
            <translation>{path}: kann nicht geschrieben werden ({problem})</translation>
        </message>
        <message>
            <source>Gradebook ({layout}) saved to {path}.</source>
            <translation>Notenliste ({layout}) gespeichert unter {path}.</translation>
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
        <name>Investigation</name>
        <message>
            <source>You checked {title} before flagging it.</source>
            <translation>Du hast {title} geprüft, bevor du die Stelle markiert hast.</translation>
        </message>
        <message>
            <source>You checked {title} after flagging it, and it confirms the red flag.</source>
            <translation>Du hast {title} nach dem Markieren geprüft, und die Seite bestätigt das Warnsignal.</translation>
        </message>
        <message>
            <source>You checked {title}, and it confirms the red flag.</source>
            <translation>Du hast {title} geprüft, und die Seite bestätigt das Warnsignal.</translation>
        </message>
        <message>
            <source>You opened {title}, which shows this red flag, but did not flag it.</source>
            <translation>Du hast {title} geöffnet; die Seite zeigt dieses Warnsignal, aber du hast es nicht markiert.</translation>
        </message>
        <message>
            <source>You opened {title}, which shows this passage is sound, but flagged it anyway.</source>
            <translation>Du hast {title} geöffnet; die Seite zeigt, dass diese Stelle in Ordnung ist, aber du hast sie trotzdem markiert.</translation>
        </message>
        <message>
            <source>You checked {title}, which shows this passage is sound.</source>
            <translation>Du hast {title} geprüft; die Seite zeigt, dass diese Stelle in Ordnung ist.</translation>
        </message>
        <message>
            <source>You could have checked: {title}.</source>
            <translation>Du hättest prüfen können: {title}.</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
        <message>
            <source>{minutes} min {seconds} s</source>
            <translation>{minutes} min {seconds} s</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message numerus="yes">
            <source>You ran %n search(es).</source>
            <translation>
                <numerusform>Du hast %n Suche durchgeführt.</numerusform>
                <numerusform>Du hast %n Suchen durchgeführt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You opened %n page(s), for {time}.</source>
            <translation>
                <numerusform>Du hast %n Seite geöffnet, für {time}.</numerusform>
                <numerusform>Du hast %n Seiten geöffnet, für {time}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You opened %n page(s).</source>
            <translation>
                <numerusform>Du hast %n Seite geöffnet.</numerusform>
                <numerusform>Du hast %n Seiten geöffnet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n search(es)</source>
            <translation>
                <numerusform>%n Suche</numerusform>
                <numerusform>%n Suchen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n Seite</numerusform>
                <numerusform>%n Seiten</numerusform>
            </translation>
        </message>
        <message>
            <source>You ran {searches} and opened {pages}, for {time}.</source>
            <translation>Du hast {searches} durchgeführt und {pages} geöffnet, für {time}.</translation>
        </message>
        <message>
            <source>You ran {searches} and opened {pages}.</source>
            <translation>Du hast {searches} durchgeführt und {pages} geöffnet.</translation>
        </message>
        <message>
            <source>You checked the outlet ({outlet}) and its corrections policy, and rightly left it unflagged.</source>
            <translation>Du hast das Medium ({outlet}) und seine Korrekturrichtlinie geprüft und zu Recht nichts markiert.</translation>
        </message>
        <message>
            <source>You checked the outlet ({outlet}), and rightly left it unflagged.</source>
            <translation>Du hast das Medium ({outlet}) geprüft und zu Recht nichts markiert.</translation>
        </message>
        <message>
            <source>You checked {title}, and rightly left the article unflagged.</source>
            <translation>Du hast {title} geprüft und im Artikel zu Recht nichts markiert.</translation>
        </message>
    </context>
    <context>
        <name>InvestigationPane</name>
        <message>
            <source>⚠ Invented for training: this page is not on the web.</source>
            <translation>⚠ Für die Übung erfunden: Diese Seite gibt es nicht im Web.</translation>
        </message>
        <message>
            <source>⚠ Invented for training: this article is not on the web.</source>
            <translation>⚠ Für die Übung erfunden: Diesen Artikel gibt es nicht im Web.</translation>
        </message>
        <message>
            <source>page</source>
            <translation>Seite</translation>
        </message>
        <message>
            <source>Investigate: this pack's sources</source>
            <translation>Recherchieren: die Quellen dieses Pakets</translation>
        </message>
        <message>
            <source>Investigate</source>
            <translation>Recherchieren</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Close the investigation pane</source>
            <translation>Recherche-Bereich schließen</translation>
        </message>
        <message>
            <source>The article gets the keyboard again; what you looked up is kept.</source>
            <translation>Die Tastatur geht zurück an den Artikel; was du nachgeschlagen hast, bleibt erhalten.</translation>
        </message>
        <message>
            <source>Search this pack's sources</source>
            <translation>Quellen dieses Pakets durchsuchen</translation>
        </message>
        <message>
            <source>Type a name, an outlet or the words of a claim and press Enter; the Down arrow goes to the results.</source>
            <translation>Gib einen Namen, ein Medium oder die Wörter einer Behauptung ein und drücke die Eingabetaste; mit der Pfeiltaste nach unten gehst du zu den Ergebnissen.</translation>
        </message>
        <message>
            <source>Clear the search box</source>
            <translation>Suchfeld leeren</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <source>Search this pack's sources for the words typed</source>
            <translation>Die Quellen dieses Pakets nach den eingegebenen Wörtern durchsuchen</translation>
        </message>
        <message>
            <source>About the results</source>
            <translation>Über die Ergebnisse</translation>
        </message>
        <message>
            <source>Shows or hides the list of search results</source>
            <translation>Zeigt oder verbirgt die Liste der Suchergebnisse</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Suchergebnisse</translation>
        </message>
        <message>
            <source>Each result's title is a link: Tab to it and press Enter to open the page beside the article.</source>
            <translation>Der Titel jedes Ergebnisses ist ein Link: Geh mit der Tabulatortaste dorthin und drücke die Eingabetaste, um die Seite neben dem Artikel zu öffnen.</translation>
        </message>
        <message>
            <source>◀ Back</source>
            <translation>◀ Zurück</translation>
        </message>
        <message>
            <source>Back (Alt+Left)</source>
            <translation>Zurück (Alt+Links)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Open the page shown before this one (Alt+Left)</source>
            <translation>Die zuvor gezeigte Seite öffnen (Alt+Links)</translation>
        </message>
        <message>
            <source>Forward ▶</source>
            <translation>Vor ▶</translation>
        </message>
        <message>
            <source>Forward (Alt+Right)</source>
            <translation>Vor (Alt+Rechts)</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Vor</translation>
        </message>
        <message>
            <source>Open again the page you went back from (Alt+Right)</source>
            <translation>Die Seite wieder öffnen, von der du zurückgegangen bist (Alt+Rechts)</translation>
        </message>
        <message>
            <source>Address of the page shown</source>
            <translation>Adresse der gezeigten Seite</translation>
        </message>
        <message>
            <source>Read only: where this page would be on the web</source>
            <translation>Nur lesbar: wo diese Seite im Web stünde</translation>
        </message>
        <message>
            <source>No page open</source>
            <translation>Keine Seite geöffnet</translation>
        </message>
        <message>
            <source>About this page</source>
            <translation>Über diese Seite</translation>
        </message>
        <message>
            <source>Source page</source>
            <translation>Quellenseite</translation>
        </message>
        <message>
            <source>A page of this pack's sources. Its links open other pages of the pack here; links to the web are not followed.</source>
            <translation>Eine Seite aus den Quellen dieses Pakets. Ihre Links öffnen andere Seiten des Pakets hier; Links ins Web werden nicht verfolgt.</translation>
        </message>
        <message>
            <source>Investigation status</source>
            <translation>Stand der Recherche</translation>
        </message>
        <message>
            <source>Search for a name, an outlet or the exact words of a claim, or select words in the article and press Ctrl+Shift+I.</source>
            <translation>Suche nach einem Namen, einem Medium oder dem genauen Wortlaut einer Behauptung, oder wähle Wörter im Artikel aus und drücke Strg+Umschalt+I.</translation>
        </message>
        <message>
            <source>Type a name, an outlet or some words to search for.</source>
            <translation>Gib einen Namen, ein Medium oder ein paar Wörter ein, nach denen gesucht werden soll.</translation>
        </message>
        <message>
            <source>This pack's sources cannot be searched: {error}</source>
            <translation>Die Quellen dieses Pakets lassen sich nicht durchsuchen: {error}</translation>
        </message>
        <message>
            <source>Nothing in this pack's sources matches {query}.</source>
            <translation>In den Quellen dieses Pakets passt nichts zu {query}.</translation>
        </message>
        <message>
            <source>Showing results for {corrected} (nothing was found for {query}).</source>
            <translation>Ergebnisse für {corrected} (für {query} wurde nichts gefunden).</translation>
        </message>
        <message>
            <source>No page holds all of {query}; 1 holds some of its words.</source>
            <translation>Keine Seite enthält alles aus {query}; 1 Seite enthält einige der Wörter.</translation>
        </message>
        <message numerus="yes">
            <source>No page holds all of {query}; %n hold some of its words.</source>
            <translation>
                <numerusform>Keine Seite enthält alles aus {query}; %n Seite enthält einige der Wörter.</numerusform>
                <numerusform>Keine Seite enthält alles aus {query}; %n Seiten enthalten einige der Wörter.</numerusform>
            </translation>
        </message>
        <message>
            <source>Missing: {words}.</source>
            <translation>Fehlt: {words}.</translation>
        </message>
        <message>
            <source>1 result, best first.</source>
            <translation>1 Ergebnis, das beste zuerst.</translation>
        </message>
        <message numerus="yes">
            <source>%n results, best first.</source>
            <translation>
                <numerusform>%n Ergebnis, das beste zuerst.</numerusform>
                <numerusform>%n Ergebnisse, die besten zuerst.</numerusform>
            </translation>
        </message>
        <message>
            <source>Hide results</source>
            <translation>Ergebnisse verbergen</translation>
        </message>
        <message>
            <source>Show results ({count})</source>
            <translation>Ergebnisse zeigen ({count})</translation>
        </message>
        <message>
            <source>This page cannot be read: {error}</source>
            <translation>Diese Seite lässt sich nicht lesen: {error}</translation>
        </message>
        <message>
            <source>This pack has no page {address}.</source>
            <translation>Dieses Paket hat keine Seite {address}.</translation>
        </message>
        <message>
            <source>This pack has no article {address}.</source>
            <translation>Dieses Paket hat keinen Artikel {address}.</translation>
        </message>
        <message>
            <source>{kind}: only this snippet was found; there is no page behind it.</source>
            <translation>{kind}: Nur dieser Ausschnitt wurde gefunden; dahinter steht keine Seite.</translation>
        </message>
        <message>
            <source>An article of this pack (read only): {details}</source>
            <translation>Ein Artikel dieses Pakets (nur lesbar): {details}</translation>
        </message>
        <message>
            <source>An article of this pack (read only)</source>
            <translation>Ein Artikel dieses Pakets (nur lesbar)</translation>
        </message>
        <message>
            <source>The passage that shows it is marked in bold and underlined.</source>
            <translation>Die Textstelle, die es zeigt, ist fett und unterstrichen hervorgehoben.</translation>
        </message>
        <message>
            <source>That link goes outside this pack ({address}); SpotIt does not follow it.</source>
            <translation>Dieser Link führt aus dem Paket hinaus ({address}); SpotIt folgt ihm nicht.</translation>
        </message>
    </context>
    <context>
        <name>JoinDialog</name>
        <message>
            <source>Too many wrong codes; wait a minute and try again.</source>
            <translation>Zu viele falsche Codes; warte eine Minute und versuch es dann noch einmal.</translation>
        </message>
        <message>
            <source>Too many failed attempts; wait a minute.</source>
            <translation>Zu viele Fehlversuche; warte eine Minute.</translation>
        </message>
        <message>
            <source>That is not this session's join code.</source>
            <translation>Das ist nicht der Beitrittscode dieser Sitzung.</translation>
        </message>
        <message>
            <source>The class is full.</source>
            <translation>Die Klasse ist voll.</translation>
        </message>
        <message>
            <source>This session does not know that token.</source>
            <translation>Diese Sitzung kennt dieses Token nicht.</translation>
        </message>
        <message>
            <source>You joined from another connection.</source>
            <translation>Du bist über eine andere Verbindung beigetreten.</translation>
        </message>
        <message>
            <source>Someone in the class is already called {name}.</source>
            <translation>Jemand in der Klasse heißt schon {name}.</translation>
        </message>
        <message>
            <source>Join a class — SpotIt</source>
            <translation>Unterricht beitreten — SpotIt</translation>
        </message>
        <message>
            <source>Your instructor shows the host, port and join code. Everything stays on this network.</source>
            <translation>Deine Lehrkraft zeigt Host, Port und Beitrittscode. Alles bleibt in diesem Netzwerk.</translation>
        </message>
        <message>
            <source>Host address</source>
            <translation>Host-Adresse</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>&amp;Host:</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Port:</translation>
        </message>
        <message>
            <source>Join &amp;code:</source>
            <translation>Beitritts&amp;code:</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Dein &amp;Name:</translation>
        </message>
        <message>
            <source>Join status</source>
            <translation>Beitrittsstatus</translation>
        </message>
        <message>
            <source>&amp;Join</source>
            <translation>&amp;Beitreten</translation>
        </message>
        <message>
            <source>{address} — {title} (port {port})</source>
            <translation>{address} — {title} (Port {port})</translation>
        </message>
        <message>
            <source>Found a class on this network: {title}.</source>
            <translation>Unterricht in diesem Netzwerk gefunden: {title}.</translation>
        </message>
        <message>
            <source>Type the host address your instructor shows.</source>
            <translation>Gib die Host-Adresse ein, die deine Lehrkraft zeigt.</translation>
        </message>
        <message>
            <source>The join code has {count} letters and digits.</source>
            <translation>Der Beitrittscode hat {count} Buchstaben und Ziffern.</translation>
        </message>
        <message>
            <source>Your name: {problem}.</source>
            <translation>Dein Name: {problem}.</translation>
        </message>
        <message>
            <source>Joining {host} port {port}…</source>
            <translation>Beitritt zu {host}, Port {port}…</translation>
        </message>
    </context>
    <context>
        <name>LessonWindow</name>
        <message>
            <source>Lessons — SpotIt</source>
            <translation>Lektionen — SpotIt</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>Lektionen</translation>
        </message>
        <message>
            <source>Choose a lesson with the arrow keys.</source>
            <translation>Wähle eine Lektion mit den Pfeiltasten.</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Lektion</translation>
        </message>
        <message>
            <source>What the red flag is, an invented example with the red flag marked {mark}, and how to check it.</source>
            <translation>Was das Warnsignal ist, ein erfundenes Beispiel mit dem markierten Warnsignal {mark} und wie du es prüfst.</translation>
        </message>
        <message>
            <source>The red flag in the example</source>
            <translation>Das Warnsignal im Beispiel</translation>
        </message>
        <message>
            <source>&amp;Lessons</source>
            <translation>&amp;Lektionen</translation>
        </message>
        <message>
            <source>Every example in a lesson is invented training material.</source>
            <translation>Jedes Beispiel in einer Lektion ist erfundenes Übungsmaterial.</translation>
        </message>
        <message>
            <source>{lesson} ({pack})</source>
            <translation>{lesson} ({pack})</translation>
        </message>
        <message>
            <source>{lesson} — Lessons — SpotIt</source>
            <translation>{lesson} — Lektionen — SpotIt</translation>
        </message>
        <message>
            <source>“{words}”</source>
            <translation>„{words}“</translation>
        </message>
        <message>
            <source>{mark} The red flag in the example (marked {mark}, tinted, underlined): {words}</source>
            <translation>{mark} Das Warnsignal im Beispiel (mit {mark} markiert, getönt, unterstrichen): {words}</translation>
        </message>
    </context>
    <context>
        <name>LessonsPage</name>
        <message>
            <source>A lesson teaches one red flag before learners meet it: what it is, an invented example with the red flag marked ==like this==, and how to check. Listed in the order learners meet them.</source>
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
        <name>LibraryPage</name>
        <message>
            <source>due now</source>
            <translation>jetzt fällig</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In Arbeit</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>●○○ Easy</source>
            <translation>●○○ Leicht</translation>
        </message>
        <message>
            <source>●●○ Medium</source>
            <translation>●●○ Mittel</translation>
        </message>
        <message>
            <source>●●● Hard</source>
            <translation>●●● Schwer</translation>
        </message>
        <message numerus="yes">
            <source>Submitted %n times</source>
            <translation>
                <numerusform>%n-mal abgegeben</numerusform>
                <numerusform>%n-mal abgegeben</numerusform>
            </translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>Überschrift</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>Medium</translation>
        </message>
        <message>
            <source>Difficulty</source>
            <translation>Schwierigkeit</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Themen</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Best score</source>
            <translation>Beste Punktzahl</translation>
        </message>
        <message>
            <source>Last attempt</source>
            <translation>Letzter Versuch</translation>
        </message>
        <message>
            <source>Pack</source>
            <translation>Paket</translation>
        </message>
        <message>
            <source>{pack} (in {language})</source>
            <translation>{pack} (auf {language})</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message numerus="yes">
            <source>in %n minute(s)</source>
            <translation>
                <numerusform>in %n Minute</numerusform>
                <numerusform>in %n Minuten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n hour(s)</source>
            <translation>
                <numerusform>in %n Stunde</numerusform>
                <numerusform>in %n Stunden</numerusform>
            </translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>morgen</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>in %n Tag</numerusform>
                <numerusform>in %n Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n week(s)</source>
            <translation>
                <numerusform>in %n Woche</numerusform>
                <numerusform>in %n Wochen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n month(s)</source>
            <translation>
                <numerusform>in %n Monat</numerusform>
                <numerusform>in %n Monaten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n year(s)</source>
            <translation>
                <numerusform>in %n Jahr</numerusform>
                <numerusform>in %n Jahren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n red-flag kind is due for review, and the over-flagging check</source>
            <translation>
                <numerusform>%n Art von Warnsignal ist zur Wiederholung fällig, dazu die Probe auf zu viele Markierungen</numerusform>
                <numerusform>%n Art von Warnsignal ist zur Wiederholung fällig, dazu die Probe auf zu viele Markierungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n red-flag kind is due for review</source>
            <translation>
                <numerusform>%n Art von Warnsignal ist zur Wiederholung fällig</numerusform>
                <numerusform>%n Art von Warnsignal ist zur Wiederholung fällig</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n red-flag kinds are due for review, and the over-flagging check</source>
            <translation>
                <numerusform>%n Arten von Warnsignalen sind zur Wiederholung fällig, dazu die Probe auf zu viele Markierungen</numerusform>
                <numerusform>%n Arten von Warnsignalen sind zur Wiederholung fällig, dazu die Probe auf zu viele Markierungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n red-flag kinds are due for review</source>
            <translation>
                <numerusform>%n Arten von Warnsignalen sind zur Wiederholung fällig</numerusform>
                <numerusform>%n Arten von Warnsignalen sind zur Wiederholung fällig</numerusform>
            </translation>
        </message>
        <message>
            <source>The over-flagging check is due</source>
            <translation>Die Probe auf zu viele Markierungen ist fällig</translation>
        </message>
        <message>
            <source>Nothing to review yet: today's practice brings you red flags you have not met.</source>
            <translation>Noch nichts zu wiederholen: Die heutige Übung bringt dir Warnsignale, die dir noch nicht begegnet sind.</translation>
        </message>
        <message>
            <source>Nothing is due for review</source>
            <translation>Nichts ist zur Wiederholung fällig</translation>
        </message>
        <message>
            <source>{due} · next one {when}</source>
            <translation>{due} · das nächste {when}</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>Offen</translation>
        </message>
        <message>
            <source>▶ Next</source>
            <translation>▶ Als Nächstes</translation>
        </message>
        <message>
            <source>✓ Done</source>
            <translation>✓ Erledigt</translation>
        </message>
        <message>
            <source>{number}.</source>
            <translation>{number}.</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Warum</translation>
        </message>
        <message>
            <source>Any difficulty</source>
            <translation>Jede Schwierigkeit</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Jeder Status</translation>
        </message>
        <message>
            <source>Filter by difficulty</source>
            <translation>Nach Schwierigkeit filtern</translation>
        </message>
        <message>
            <source>Filter by topic</source>
            <translation>Nach Thema filtern</translation>
        </message>
        <message>
            <source>Filter by status</source>
            <translation>Nach Status filtern</translation>
        </message>
        <message>
            <source>Filter by language</source>
            <translation>Nach Sprache filtern</translation>
        </message>
        <message>
            <source>&amp;Next article</source>
            <translation>&amp;Nächster Artikel</translation>
        </message>
        <message>
            <source>Open an article you have not tried yet (Ctrl+N)</source>
            <translation>Einen Artikel öffnen, den du noch nicht versucht hast (Strg+N)</translation>
        </message>
        <message>
            <source>Compare the c&amp;overage</source>
            <translation>Berichte &amp;vergleichen</translation>
        </message>
        <message>
            <source>Read this article side by side with another outlet's report of the same event</source>
            <translation>Diesen Artikel neben dem Bericht eines anderen Mediums über dasselbe Ereignis lesen</translation>
        </message>
        <message>
            <source>&amp;Difficulty:</source>
            <translation>&amp;Schwierigkeit:</translation>
        </message>
        <message>
            <source>&amp;Topic:</source>
            <translation>&amp;Thema:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>Stat&amp;us:</translation>
        </message>
        <message>
            <source>Lan&amp;guage:</source>
            <translation>S&amp;prache:</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>Check due</source>
            <translation>Test fällig</translation>
        </message>
        <message>
            <source>About the check</source>
            <translation>Zum Test</translation>
        </message>
        <message>
            <source>Take the c&amp;heck</source>
            <translation>Test ma&amp;chen</translation>
        </message>
        <message>
            <source>A short check: judge each item credible or not, with no feedback until the end</source>
            <translation>Ein kurzer Test: Beurteile jede Aufgabe als glaubwürdig oder nicht, ohne Rückmeldung bis zum Ende</translation>
        </message>
        <message>
            <source>⚠ Checks cannot be read: {problem}</source>
            <translation>⚠ Die Tests können nicht gelesen werden: {problem}</translation>
        </message>
        <message>
            <source>Check to go on with: {title} ({when})</source>
            <translation>Test zum Fortsetzen: {title} ({when})</translation>
        </message>
        <message>
            <source>Check due: {title} ({when})</source>
            <translation>Test fällig: {title} ({when})</translation>
        </message>
        <message>
            <source>Go on with the c&amp;heck</source>
            <translation>Mit dem Test weiterma&amp;chen</translation>
        </message>
        <message numerus="yes">
            <source>Your answers so far are kept. %n items, each rated from 1 (sure not credible) to 6 (sure credible). No feedback until the end.</source>
            <translation>
                <numerusform>Deine bisherigen Antworten bleiben erhalten. %n Aufgabe, bewertet von 1 (sicher nicht glaubwürdig) bis 6 (sicher glaubwürdig). Keine Rückmeldung bis zum Ende.</numerusform>
                <numerusform>Deine bisherigen Antworten bleiben erhalten. %n Aufgaben, jede bewertet von 1 (sicher nicht glaubwürdig) bis 6 (sicher glaubwürdig). Keine Rückmeldung bis zum Ende.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n items, each rated from 1 (sure not credible) to 6 (sure credible). No feedback until the end.</source>
            <translation>
                <numerusform>%n Aufgabe, bewertet von 1 (sicher nicht glaubwürdig) bis 6 (sicher glaubwürdig). Keine Rückmeldung bis zum Ende.</numerusform>
                <numerusform>%n Aufgaben, jede bewertet von 1 (sicher nicht glaubwürdig) bis 6 (sicher glaubwürdig). Keine Rückmeldung bis zum Ende.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your answers so far are kept. Short items, each rated from 1 (sure not credible) to 6 (sure credible). No feedback until the end.</source>
            <translation>Deine bisherigen Antworten bleiben erhalten. Kurze Aufgaben, jede bewertet von 1 (sicher nicht glaubwürdig) bis 6 (sicher glaubwürdig). Keine Rückmeldung bis zum Ende.</translation>
        </message>
        <message>
            <source>Short items, each rated from 1 (sure not credible) to 6 (sure credible). No feedback until the end.</source>
            <translation>Kurze Aufgaben, jede bewertet von 1 (sicher nicht glaubwürdig) bis 6 (sicher glaubwürdig). Keine Rückmeldung bis zum Ende.</translation>
        </message>
        <message>
            <source>Today's practice</source>
            <translation>Heutige Übung</translation>
        </message>
        <message>
            <source>&lt;b&gt;Today's practice&lt;/b&gt;</source>
            <translation>&lt;b&gt;Heutige Übung&lt;/b&gt;</translation>
        </message>
        <message>
            <source>What is due for review</source>
            <translation>Was zur Wiederholung fällig ist</translation>
        </message>
        <message>
            <source>Start today's &amp;practice</source>
            <translation>Heutige Übung sta&amp;rten</translation>
        </message>
        <message>
            <source>Open the first article of today's practice; Next article (Ctrl+N) then follows the set</source>
            <translation>Den ersten Artikel der heutigen Übung öffnen; „Nächster Artikel“ (Strg+N) folgt dann der Übungsrunde</translation>
        </message>
        <message>
            <source> articles</source>
            <translation> Artikel</translation>
        </message>
        <message>
            <source>Articles in a practice set</source>
            <translation>Artikel in einer Übungsrunde</translation>
        </message>
        <message>
            <source>How many articles today's practice has (kept for your profile)</source>
            <translation>Wie viele Artikel die heutige Übung hat (für dein Profil gespeichert)</translation>
        </message>
        <message>
            <source>Set si&amp;ze:</source>
            <translation>&amp;Größe der Runde:</translation>
        </message>
        <message>
            <source>Articles of today's practice</source>
            <translation>Artikel der heutigen Übung</translation>
        </message>
        <message>
            <source>Today's &amp;articles:</source>
            <translation>Heutige &amp;Artikel:</translation>
        </message>
        <message>
            <source>&lt;b&gt;Hello, {name}.&lt;/b&gt; Pick an article and look for its red flags. Some articles are credible: flag only what you could not check.</source>
            <translation>&lt;b&gt;Hallo, {name}.&lt;/b&gt; Such dir einen Artikel aus und finde seine Warnsignale. Manche Artikel sind glaubwürdig: Markiere nur, was du nicht prüfen konntest.</translation>
        </message>
        <message>
            <source>⚠ Your results cannot be shown: {problem}. Restart SpotIt: it offers to recover what can still be read.</source>
            <translation>⚠ Deine Ergebnisse können nicht angezeigt werden: {problem}. Starte SpotIt neu: Es bietet an, zu retten, was sich noch lesen lässt.</translation>
        </message>
        <message>
            <source>Any topic</source>
            <translation>Jedes Thema</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>Alle Sprachen</translation>
        </message>
        <message numerus="yes">
            <source>Showing {shown} of %n articles · {done} done · Enter opens the selected article.</source>
            <translation>
                <numerusform>{shown} von %n Artikel angezeigt · {done} erledigt · Die Eingabetaste öffnet den ausgewählten Artikel.</numerusform>
                <numerusform>{shown} von %n Artikeln angezeigt · {done} erledigt · Die Eingabetaste öffnet den ausgewählten Artikel.</numerusform>
            </translation>
        </message>
        <message>
            <source>The same event as reported by: {names}. Read them side by side.</source>
            <translation>Dasselbe Ereignis, berichtet von: {names}. Lies sie nebeneinander.</translation>
        </message>
        <message>
            <source>⚠ Today's practice cannot be chosen: {problem}</source>
            <translation>⚠ Die heutige Übung kann nicht zusammengestellt werden: {problem}</translation>
        </message>
        <message>
            <source>the over-flagging check (credible articles)</source>
            <translation>die Probe auf zu viele Markierungen (glaubwürdige Artikel)</translation>
        </message>
        <message>
            <source>Due now: {names}</source>
            <translation>Jetzt fällig: {names}</translation>
        </message>
        <message>
            <source>✓ Today's practice is done. {due}</source>
            <translation>✓ Die heutige Übung ist erledigt. {due}</translation>
        </message>
        <message>
            <source>Today's &amp;articles ({done} of {total} done):</source>
            <translation>Heutige &amp;Artikel ({done} von {total} erledigt):</translation>
        </message>
        <message>
            <source>Open the next article of today's practice (Ctrl+N)</source>
            <translation>Den nächsten Artikel der heutigen Übung öffnen (Strg+N)</translation>
        </message>
        <message>
            <source>Start another &amp;practice set</source>
            <translation>Weitere Übungs&amp;runde starten</translation>
        </message>
        <message>
            <source>Go on with today's &amp;practice</source>
            <translation>Heutige Übung fo&amp;rtsetzen</translation>
        </message>
        <message>
            <source>⚠ Today's practice cannot be started: {problem}</source>
            <translation>⚠ Die heutige Übung kann nicht gestartet werden: {problem}</translation>
        </message>
        <message>
            <source>⚠ The set size cannot be kept: {problem}</source>
            <translation>⚠ Die Größe der Runde kann nicht gespeichert werden: {problem}</translation>
        </message>
    </context>
    <context>
        <name>LineMark</name>
        <message>
            <source>{file}, line {line}</source>
            <translation>{file}, Zeile {line}</translation>
        </message>
        <message>
            <source>▶ line {line}: {problem}</source>
            <translation>▶ Zeile {line}: {problem}</translation>
        </message>
    </context>
    <context>
        <name>LinkedFrom</name>
        <message>
            <source>untitled article</source>
            <translation>Artikel ohne Titel</translation>
        </message>
        <message>
            <source>Article “{headline}”: its text links to it (line {line})</source>
            <translation>Artikel „{headline}“: Sein Text verlinkt darauf (Zeile {line})</translation>
        </message>
        <message>
            <source>Red flag “{quote}” in “{headline}”: its check</source>
            <translation>Warnsignal „{quote}“ in „{headline}“: sein Beleg</translation>
        </message>
        <message>
            <source>Note on “{quote}” in “{headline}”: its check</source>
            <translation>Notiz zu „{quote}“ in „{headline}“: ihr Beleg</translation>
        </message>
        <message>
            <source>Page “{title}” ({file}): links to it (line {line})</source>
            <translation>Seite „{title}“ ({file}): verlinkt darauf (Zeile {line})</translation>
        </message>
    </context>
    <context>
        <name>LrsDialog</name>
        <message>
            <source>{queued} waiting to be sent, {sent} sent, {rejected} refused by the LRS</source>
            <translation>{queued} warten auf das Senden, {sent} gesendet, {rejected} vom LRS abgelehnt</translation>
        </message>
        <message>
            <source>School results server (LRS)</source>
            <translation>Ergebnisserver der Schule (LRS)</translation>
        </message>
        <message>
            <source>Results made on this computer can also go to your school's Learning Record Store (xAPI), where teachers see every classroom's. Your school's IT gives you these. Learners are named by their profile name as an account on the school's homepage, never by an e-mail address.</source>
            <translation>Ergebnisse von diesem Computer können auch an den Learning Record Store (xAPI) deiner Schule gehen, wo Lehrkräfte die Ergebnisse aller Klassen sehen. Die Angaben dafür bekommst du von der IT deiner Schule. Lernende werden mit ihrem Profilnamen als Konto auf der Homepage der Schule benannt, nie mit einer E-Mail-Adresse.</translation>
        </message>
        <message>
            <source>LRS address</source>
            <translation>LRS-Adresse</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <source>Secret</source>
            <translation>Geheimnis</translation>
        </message>
        <message>
            <source>School homepage</source>
            <translation>Homepage der Schule</translation>
        </message>
        <message>
            <source>Name a learner whose profile name is an e-mail address by that e-&amp;mail address</source>
            <translation>Lernende, deren Profilname eine E-Mail-Adresse ist, mit dieser E-&amp;Mail-Adresse benennen</translation>
        </message>
        <message>
            <source>Send e-mail addresses</source>
            <translation>E-Mail-Adressen senden</translation>
        </message>
        <message>
            <source>&amp;Address (xAPI endpoint):</source>
            <translation>&amp;Adresse (xAPI-Endpunkt):</translation>
        </message>
        <message>
            <source>&amp;Key:</source>
            <translation>Sch&amp;lüssel:</translation>
        </message>
        <message>
            <source>S&amp;ecret:</source>
            <translation>&amp;Geheimnis:</translation>
        </message>
        <message>
            <source>School &amp;homepage:</source>
            <translation>&amp;Homepage der Schule:</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>Verbindung &amp;testen</translation>
        </message>
        <message>
            <source>Send &amp;now</source>
            <translation>&amp;Jetzt senden</translation>
        </message>
        <message>
            <source>&amp;Forget these settings</source>
            <translation>Diese Einstellungen &amp;vergessen</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>Arbeitet</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>What is waiting</source>
            <translation>Was noch wartet</translation>
        </message>
        <message>
            <source>Waiting to be sent:</source>
            <translation>Wartet auf das Senden:</translation>
        </message>
        <message>
            <source>Sent:</source>
            <translation>Gesendet:</translation>
        </message>
        <message>
            <source>Refused by the LRS:</source>
            <translation>Vom LRS abgelehnt:</translation>
        </message>
        <message>
            <source>Last error:</source>
            <translation>Letzter Fehler:</translation>
        </message>
        <message>
            <source>kept on this computer; type a new one to replace it</source>
            <translation>auf diesem Computer gespeichert; gib ein neues ein, um es zu ersetzen</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keiner</translation>
        </message>
        <message>
            <source>Give the LRS's address (its xAPI endpoint).</source>
            <translation>Gib die Adresse des LRS an (seinen xAPI-Endpunkt).</translation>
        </message>
        <message>
            <source>The address: {problem}.</source>
            <translation>Die Adresse: {problem}.</translation>
        </message>
        <message>
            <source>Give the xAPI endpoint without “statements” at the end.</source>
            <translation>Gib den xAPI-Endpunkt ohne „statements“ am Ende an.</translation>
        </message>
        <message>
            <source>Give the key your school's IT gave you.</source>
            <translation>Gib den Schlüssel an, den dir die IT deiner Schule gegeben hat.</translation>
        </message>
        <message>
            <source>Give the school's homepage (it names the learners' accounts).</source>
            <translation>Gib die Homepage der Schule an (sie benennt die Konten der Lernenden).</translation>
        </message>
        <message>
            <source>The school's homepage must be an http:// or https:// address.</source>
            <translation>Die Homepage der Schule muss eine http://- oder https://-Adresse sein.</translation>
        </message>
        <message>
            <source>Give the secret that goes with the key.</source>
            <translation>Gib das Geheimnis an, das zum Schlüssel gehört.</translation>
        </message>
        <message>
            <source>The secret cannot hold a line break.</source>
            <translation>Das Geheimnis darf keinen Zeilenumbruch enthalten.</translation>
        </message>
        <message>
            <source>Saved. Results are sent in the background from now on.</source>
            <translation>Gespeichert. Ergebnisse werden ab jetzt im Hintergrund gesendet.</translation>
        </message>
        <message>
            <source>Forgotten: nothing is sent any more. What was waiting stays here, to go if settings are given again.</source>
            <translation>Vergessen: Es wird nichts mehr gesendet. Was noch wartet, bleibt hier und geht hinaus, sobald wieder Einstellungen angegeben sind.</translation>
        </message>
        <message>
            <source>Asking {endpoint}…</source>
            <translation>Frage {endpoint} an…</translation>
        </message>
        <message>
            <source>Connected: {line}.</source>
            <translation>Verbunden: {line}.</translation>
        </message>
        <message>
            <source>Not connected: {line}</source>
            <translation>Nicht verbunden: {line}</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Wird gesendet…</translation>
        </message>
        <message>
            <source>Sending already; what is left goes next.</source>
            <translation>Es wird schon gesendet; der Rest geht als Nächstes.</translation>
        </message>
        <message>
            <source>Sent {sent}; {waiting} waiting; {rejected} refused.</source>
            <translation>{sent} gesendet; {waiting} warten; {rejected} abgelehnt.</translation>
        </message>
        <message>
            <source>Could not send: {line}</source>
            <translation>Senden fehlgeschlagen: {line}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&lt;b&gt;Shift+arrows&lt;/b&gt;, &lt;b&gt;Shift+Ctrl+arrows&lt;/b&gt;</source>
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
            <source>Cannot open article</source>
            <translation>Artikel kann nicht geöffnet werden</translation>
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
            <source>Check</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>No article matches the library's filters.</source>
            <translation>Kein Artikel passt zu den Filtern der Bibliothek.</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
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
        <name>MeasureChart</name>
        <message>
            <source>d′: telling credible from misleading (higher = better)</source>
            <translation>d′: Glaubwürdiges von Irreführendem unterscheiden (höher = besser)</translation>
        </message>
        <message>
            <source>c: criterion (below 0 = quick to say “not credible”)</source>
            <translation>c: Kriterium (unter 0 = schnell bei „nicht glaubwürdig“)</translation>
        </message>
        <message>
            <source>AUC: area under the ROC curve (0.5 = chance)</source>
            <translation>AUC: Fläche unter der ROC-Kurve (0,5 = Zufall)</translation>
        </message>
        <message>
            <source>circles</source>
            <translation>Kreise</translation>
        </message>
        <message>
            <source>squares</source>
            <translation>Quadrate</translation>
        </message>
        <message>
            <source>triangles</source>
            <translation>Dreiecke</translation>
        </message>
        <message>
            <source>diamonds</source>
            <translation>Rauten</translation>
        </message>
        <message>
            <source>pentagons</source>
            <translation>Fünfecke</translation>
        </message>
        <message>
            <source>solid line</source>
            <translation>durchgezogene Linie</translation>
        </message>
        <message>
            <source>dashed line</source>
            <translation>gestrichelte Linie</translation>
        </message>
        <message>
            <source>dotted line</source>
            <translation>gepunktete Linie</translation>
        </message>
        <message>
            <source>dash-dot line</source>
            <translation>Strich-Punkt-Linie</translation>
        </message>
        <message>
            <source>dash-dot-dot line</source>
            <translation>Strich-Punkt-Punkt-Linie</translation>
        </message>
        <message>
            <source>Chart of {measure} by wave</source>
            <translation>Diagramm von {measure} nach Durchgang</translation>
        </message>
        <message>
            <source>Nothing to show yet.</source>
            <translation>Noch nichts anzuzeigen.</translation>
        </message>
        <message>
            <source>{group} ({shape}, {line}): {values}</source>
            <translation>{group} ({shape}, {line}): {values}</translation>
        </message>
        <message>
            <source>{measure} by wave, mean and 95% interval. {groups}</source>
            <translation>{measure} nach Durchgang, Mittelwert und 95-%-Intervall. {groups}</translation>
        </message>
    </context>
    <context>
        <name>Numbers</name>
        <message>
            <source>{value}%</source>
            <translation>{value} %</translation>
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
        <name>PackEditor</name>
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
    </context>
    <context>
        <name>PackPage</name>
        <message>
            <source>I&amp;d</source>
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
        <name>PackPicker</name>
        <message>
            <source>Other pack &amp;file…</source>
            <translation>&amp;Andere Paketdatei…</translation>
        </message>
    </context>
    <context>
        <name>Practice</name>
        <message>
            <source>The wave {wave} of the check '{title}' is taken.</source>
            <translation>Der Durchgang {wave} des Tests „{title}“ ist schon gemacht.</translation>
        </message>
        <message>
            <source>No wave of the check '{title}' is due now.</source>
            <translation>Jetzt ist kein Durchgang des Tests „{title}“ fällig.</translation>
        </message>
        <message>
            <source>Every form of the check '{title}' is taken; no wave is left.</source>
            <translation>Jede Form des Tests „{title}“ ist schon gemacht; es bleibt kein Durchgang übrig.</translation>
        </message>
        <message>
            <source>This check is finished; its answers cannot change.</source>
            <translation>Dieser Test ist abgeschlossen; seine Antworten können sich nicht mehr ändern.</translation>
        </message>
        <message numerus="yes">
            <source>%n of the check's items are not answered yet.</source>
            <translation>
                <numerusform>%n Aufgabe des Tests ist noch nicht beantwortet.</numerusform>
                <numerusform>%n Aufgaben des Tests sind noch nicht beantwortet.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProfileDialog</name>
        <message>
            <source>Who is learning?</source>
            <translation>Wer lernt?</translation>
        </message>
        <message>
            <source>Choose your profile, or type your name to create one. Progress is kept on this computer.</source>
            <translation>Wähle dein Profil oder gib deinen Namen ein, um eins anzulegen. Der Fortschritt wird auf diesem Computer gespeichert.</translation>
        </message>
        <message>
            <source>Learner profiles</source>
            <translation>Profile der Lernenden</translation>
        </message>
        <message>
            <source>New learner's name</source>
            <translation>Name der neuen lernenden Person</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>&amp;Anlegen</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Starten</translation>
        </message>
        <message>
            <source>&amp;New:</source>
            <translation>&amp;Neu:</translation>
        </message>
        <message>
            <source>⚠ {problem}.</source>
            <translation>⚠ {problem}.</translation>
        </message>
        <message>
            <source>⚠ Choose a profile or create one first.</source>
            <translation>⚠ Wähle zuerst ein Profil aus oder lege eins an.</translation>
        </message>
        <message>
            <source>{name}'s profile is already open in another SpotIt window (process {pid}). That window has been brought to the front.</source>
            <translation>Das Profil „{name}“ ist schon in einem anderen SpotIt-Fenster geöffnet (Prozess {pid}). Dieses Fenster wurde in den Vordergrund geholt.</translation>
        </message>
        <message>
            <source>{name}'s profile is already open in another SpotIt window (process {pid}). Close it there first, or choose another profile.</source>
            <translation>Das Profil „{name}“ ist schon in einem anderen SpotIt-Fenster geöffnet (Prozess {pid}). Schließ es zuerst dort oder wähle ein anderes Profil.</translation>
        </message>
        <message>
            <source>{name}'s profile is already open in another SpotIt window. That window has been brought to the front.</source>
            <translation>Das Profil „{name}“ ist schon in einem anderen SpotIt-Fenster geöffnet. Dieses Fenster wurde in den Vordergrund geholt.</translation>
        </message>
        <message>
            <source>{name}'s profile is already open in another SpotIt window. Close it there first, or choose another profile.</source>
            <translation>Das Profil „{name}“ ist schon in einem anderen SpotIt-Fenster geöffnet. Schließ es zuerst dort oder wähle ein anderes Profil.</translation>
        </message>
        <message>
            <source>Profile in use</source>
            <translation>Profil in Gebrauch</translation>
        </message>
    </context>
    <context>
        <name>ReaderPage</name>
        <message>
            <source>This article contains 1 hidden character that changes the direction of text; SpotIt shows it as {mark} and does not let it reorder the text.</source>
            <translation>Dieser Artikel enthält 1 verborgenes Zeichen, das die Textrichtung ändert; SpotIt zeigt es als {mark} und lässt es den Text nicht umordnen.</translation>
        </message>
        <message numerus="yes">
            <source>This article contains %n hidden characters that change the direction of text; SpotIt shows them as {mark} and does not let them reorder the text.</source>
            <translation>
                <numerusform>Dieser Artikel enthält %n verborgenes Zeichen, das die Textrichtung ändert; SpotIt zeigt es als {mark} und lässt es den Text nicht umordnen.</numerusform>
                <numerusform>Dieser Artikel enthält %n verborgene Zeichen, die die Textrichtung ändern; SpotIt zeigt sie als {mark} und lässt sie den Text nicht umordnen.</numerusform>
            </translation>
        </message>
        <message>
            <source>No font on this computer can draw 1 character in this article, so it shows as an empty box: {names}.</source>
            <translation>Keine Schrift auf diesem Computer kann 1 Zeichen in diesem Artikel darstellen, daher erscheint es als leeres Kästchen: {names}.</translation>
        </message>
        <message numerus="yes">
            <source>No font on this computer can draw %n characters in this article, so they show as empty boxes: {names}.</source>
            <translation>
                <numerusform>Keine Schrift auf diesem Computer kann %n Zeichen in diesem Artikel darstellen, daher erscheint es als leeres Kästchen: {names}.</numerusform>
                <numerusform>Keine Schrift auf diesem Computer kann %n Zeichen in diesem Artikel darstellen, daher erscheinen sie als leere Kästchen: {names}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No font on this computer can draw %n characters in this article, so they show as empty boxes: {names}, and {more} more.</source>
            <translation>
                <numerusform>Keine Schrift auf diesem Computer kann %n Zeichen in diesem Artikel darstellen, daher erscheint es als leeres Kästchen: {names} und {more} weitere.</numerusform>
                <numerusform>Keine Schrift auf diesem Computer kann %n Zeichen in diesem Artikel darstellen, daher erscheinen sie als leere Kästchen: {names} und {more} weitere.</numerusform>
            </translation>
        </message>
        <message>
            <source>Before you start: a lesson on a red flag you have not met yet, {name}.</source>
            <translation>Bevor du anfängst: eine Lektion zu einem Warnsignal, das du noch nicht kennst: {name}.</translation>
        </message>
        <message numerus="yes">
            <source>Before you start: lessons on %n red flags you have not met yet, starting with {name}. Read them in any order.</source>
            <translation>
                <numerusform>Bevor du anfängst: Lektionen zu %n Warnsignal, das du noch nicht kennst, zuerst: {name}. Lies sie in beliebiger Reihenfolge.</numerusform>
                <numerusform>Bevor du anfängst: Lektionen zu %n Warnsignalen, die du noch nicht kennst, zuerst: {name}. Lies sie in beliebiger Reihenfolge.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Undo {action}</source>
            <translation>&amp;Rückgängig: {action}</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo {action}</source>
            <translation>&amp;Wiederholen: {action}</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>Training example notice</source>
            <translation>Hinweis: Übungsbeispiel</translation>
        </message>
        <message>
            <source>Notes on the article's characters</source>
            <translation>Hinweise zu den Zeichen des Artikels</translation>
        </message>
        <message>
            <source>Lessons offered</source>
            <translation>Angebotene Lektionen</translation>
        </message>
        <message>
            <source>&amp;Read the lesson</source>
            <translation>Lektion &amp;lesen</translation>
        </message>
        <message>
            <source>Not n&amp;ow</source>
            <translation>&amp;Jetzt nicht</translation>
        </message>
        <message>
            <source>Investigate…</source>
            <translation>Recherchieren…</translation>
        </message>
        <message>
            <source>Search this pack's sources for the words selected, or for anything (Ctrl+Shift+I)</source>
            <translation>Die Quellen dieses Pakets nach den ausgewählten Wörtern oder nach beliebigem anderen durchsuchen (Strg+Umschalt+I)</translation>
        </message>
        <message>
            <source>Reader</source>
            <translation>Lesen</translation>
        </message>
        <message>
            <source>&amp;Submit flags</source>
            <translation>Markierungen a&amp;bgeben</translation>
        </message>
        <message>
            <source>This article looks &amp;credible</source>
            <translation>Dieser Artikel wirkt &amp;glaubwürdig</translation>
        </message>
        <message>
            <source>&amp;Try again</source>
            <translation>&amp;Noch einmal versuchen</translation>
        </message>
        <message>
            <source>Need a h&amp;int?</source>
            <translation>Brauchst du einen &amp;Tipp?</translation>
        </message>
        <message>
            <source>&amp;About this red flag</source>
            <translation>&amp;Über dieses Warnsignal</translation>
        </message>
        <message>
            <source>In&amp;vestigate selection</source>
            <translation>Auswahl &amp;recherchieren</translation>
        </message>
        <message>
            <source>&amp;Mark selection start</source>
            <translation>&amp;Auswahlanfang markieren</translation>
        </message>
        <message>
            <source>No outlet, author or date given</source>
            <translation>Weder Medium noch Autor:in noch Datum angegeben</translation>
        </message>
        <message>
            <source>Select a suspicious passage and press its red flag's number; Ctrl+Enter submits.</source>
            <translation>Wähle eine verdächtige Textstelle aus und drücke die Nummer ihres Warnsignals; Strg+Eingabe gibt ab.</translation>
        </message>
        <message>
            <source>This pack has no sources to investigate.</source>
            <translation>Dieses Paket hat keine Quellen zum Recherchieren.</translation>
        </message>
        <message>
            <source>Select a passage first (mouse, or Shift and the arrow keys).</source>
            <translation>Wähle zuerst eine Textstelle aus (mit der Maus oder mit Umschalt und den Pfeiltasten).</translation>
        </message>
        <message>
            <source>Change category</source>
            <translation>Kategorie ändern</translation>
        </message>
        <message>
            <source>Add flag</source>
            <translation>Markierung hinzufügen</translation>
        </message>
        <message>
            <source>Flagged “{passage}” as {category}.</source>
            <translation>„{passage}“ als {category} markiert.</translation>
        </message>
        <message>
            <source>Red flag:</source>
            <translation>Warnsignal:</translation>
        </message>
        <message>
            <source>Red flag for “{passage}”:</source>
            <translation>Warnsignal für „{passage}“:</translation>
        </message>
        <message>
            <source>Flag as</source>
            <translation>Markieren als</translation>
        </message>
        <message>
            <source>Delete flag</source>
            <translation>Markierung löschen</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>Notiz bearbeiten</translation>
        </message>
        <message>
            <source>Why I think so</source>
            <translation>Warum ich das denke</translation>
        </message>
        <message>
            <source>Your note on “{passage}”:</source>
            <translation>Deine Notiz zu „{passage}“:</translation>
        </message>
        <message>
            <source>Clear the mark (Escape)</source>
            <translation>Anfangsmarke entfernen (Esc)</translation>
        </message>
        <message>
            <source>Change red flag to</source>
            <translation>Warnsignal ändern in</translation>
        </message>
        <message>
            <source>Delete this flag</source>
            <translation>Diese Markierung löschen</translation>
        </message>
        <message>
            <source>Change category…</source>
            <translation>Kategorie ändern…</translation>
        </message>
        <message>
            <source>Note…</source>
            <translation>Notiz…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Selection starts here at “{word}”. Move the caret, then press a red flag's number; Escape clears the mark.</source>
            <translation>Die Auswahl beginnt hier bei „{word}“. Bewege die Einfügemarke und drücke dann die Nummer eines Warnsignals; Esc entfernt die Anfangsmarke.</translation>
        </message>
        <message>
            <source>Selection starts here. Move the caret, then press a red flag's number; Escape clears the mark.</source>
            <translation>Die Auswahl beginnt hier. Bewege die Einfügemarke und drücke dann die Nummer eines Warnsignals; Esc entfernt die Anfangsmarke.</translation>
        </message>
        <message>
            <source>Mark set: moving the caret selects from it. Press a number key to flag the selection, Escape to clear the mark.</source>
            <translation>Anfangsmarke gesetzt: Wenn du die Einfügemarke bewegst, wird ab dort ausgewählt. Drücke eine Zifferntaste, um die Auswahl zu markieren, oder Esc, um die Anfangsmarke zu entfernen.</translation>
        </message>
        <message>
            <source>&amp;Read the lessons</source>
            <translation>Lektionen &amp;lesen</translation>
        </message>
        <message numerus="yes">
            <source>Hint {used} of {total}: {hint} (%n more if you need it.)</source>
            <translation>
                <numerusform>Tipp {used} von {total}: {hint} (Noch %n, falls du ihn brauchst.)</numerusform>
                <numerusform>Tipp {used} von {total}: {hint} (Noch %n, falls du sie brauchst.)</numerusform>
            </translation>
        </message>
        <message>
            <source>Hint {used} of {total}: {hint} (That was the last one.)</source>
            <translation>Tipp {used} von {total}: {hint} (Das war der letzte.)</translation>
        </message>
        <message>
            <source>Could not save your draft: {error}</source>
            <translation>Dein Entwurf konnte nicht gespeichert werden: {error}</translation>
        </message>
        <message>
            <source>Submit as credible?</source>
            <translation>Als glaubwürdig abgeben?</translation>
        </message>
        <message numerus="yes">
            <source>Submit this article as credible? Your %n flag(s) will not count.</source>
            <translation>
                <numerusform>Diesen Artikel als glaubwürdig abgeben? Deine %n Markierung zählt dann nicht.</numerusform>
                <numerusform>Diesen Artikel als glaubwürdig abgeben? Deine %n Markierungen zählen dann nicht.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <source>Your attempt could not be saved, so it stays open:
{error}</source>
            <translation>Dein Versuch konnte nicht gespeichert werden und bleibt deshalb offen:
{error}</translation>
        </message>
        <message>
            <source>Start again?</source>
            <translation>Neu anfangen?</translation>
        </message>
        <message>
            <source>Discard your flags and start again?</source>
            <translation>Deine Markierungen verwerfen und neu anfangen?</translation>
        </message>
    </context>
    <context>
        <name>ReadingScreen</name>
        <message>
            <source>Which article</source>
            <translation>Welcher Artikel</translation>
        </message>
        <message>
            <source>Read this article as you would any news story. When you have finished, press the button below it.</source>
            <translation>Lies diesen Artikel wie jede andere Nachricht. Wenn du fertig bist, drücke den Knopf darunter.</translation>
        </message>
        <message>
            <source>Outlet, author and date</source>
            <translation>Medium, Autor:in und Datum</translation>
        </message>
        <message>
            <source>The article to read.</source>
            <translation>Der Artikel zum Lesen.</translation>
        </message>
        <message>
            <source>I have &amp;finished reading</source>
            <translation>Ich bin &amp;fertig mit Lesen</translation>
        </message>
        <message>
            <source>Article {index} of {total}</source>
            <translation>Artikel {index} von {total}</translation>
        </message>
    </context>
    <context>
        <name>ReportModel</name>
        <message>
            <source>{interval} (n {n})</source>
            <translation>{interval} (n {n})</translation>
        </message>
        <message>
            <source>The arm of the study, or everyone on this computer</source>
            <translation>Der Studienzweig oder alle auf diesem Computer</translation>
        </message>
        <message>
            <source>Which check: before practice, straight after, or days later</source>
            <translation>Welcher Test: vor der Übung, direkt danach oder Tage später</translation>
        </message>
        <message>
            <source>How many took this wave</source>
            <translation>Wie viele diesen Durchgang gemacht haben</translation>
        </message>
        <message>
            <source>Mean d′ with its 95% confidence interval</source>
            <translation>Mittleres d′ mit seinem 95-%-Konfidenzintervall</translation>
        </message>
        <message>
            <source>Mean criterion c with its 95% confidence interval (below 0: more “not credible”)</source>
            <translation>Mittleres Kriterium c mit seinem 95-%-Konfidenzintervall (unter 0: mehr „nicht glaubwürdig“)</translation>
        </message>
        <message>
            <source>Mean area under the ROC curve with its 95% confidence interval</source>
            <translation>Mittlere Fläche unter der ROC-Kurve mit ihrem 95-%-Konfidenzintervall</translation>
        </message>
        <message>
            <source>Mean of each participant’s own change in d′ since their pre-check, 95% interval</source>
            <translation>Mittelwert der eigenen Veränderung jeder/jedes Teilnehmenden in d′ seit dem Vortest, 95-%-Intervall</translation>
        </message>
        <message>
            <source>Mean of each participant’s own change in c since their pre-check, 95% interval</source>
            <translation>Mittelwert der eigenen Veränderung jeder/jedes Teilnehmenden in c seit dem Vortest, 95-%-Intervall</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>Wave</source>
            <translation>Durchgang</translation>
        </message>
        <message>
            <source>n</source>
            <translation>n</translation>
        </message>
        <message>
            <source>d′ [95% CI]</source>
            <translation>d′ [95-%-KI]</translation>
        </message>
        <message>
            <source>c [95% CI]</source>
            <translation>c [95-%-KI]</translation>
        </message>
        <message>
            <source>AUC [95% CI]</source>
            <translation>AUC [95-%-KI]</translation>
        </message>
        <message>
            <source>d′ change</source>
            <translation>Veränderung d′</translation>
        </message>
        <message>
            <source>c change</source>
            <translation>Veränderung c</translation>
        </message>
    </context>
    <context>
        <name>SourcePage</name>
        <message>
            <source>outlet page</source>
            <translation>Seite des Mediums</translation>
        </message>
        <message>
            <source>profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>organisation page</source>
            <translation>Seite der Organisation</translation>
        </message>
        <message>
            <source>event listing</source>
            <translation>Veranstaltungseintrag</translation>
        </message>
        <message>
            <source>fact-check</source>
            <translation>Faktencheck</translation>
        </message>
        <message>
            <source>report</source>
            <translation>Bericht</translation>
        </message>
        <message>
            <source>search result</source>
            <translation>Suchergebnis</translation>
        </message>
    </context>
    <context>
        <name>SourcesPage</name>
        <message>
            <source>⚠ no kind</source>
            <translation>⚠ keine Art</translation>
        </message>
        <message>
            <source>The pack's invented web, for learners to investigate. Each page is a file sources/&lt;name&gt;.md, edited as written; [words](source:id) links to a page.</source>
            <translation>Das erfundene Netz des Pakets, in dem Lernende recherchieren. Jede Seite ist eine Datei sources/&lt;name&gt;.md und wird bearbeitet, wie sie geschrieben ist; [Wörter](source:id) verlinkt auf eine Seite.</translation>
        </message>
        <message>
            <source>[words](article:id) links to an article; any other link stays text</source>
            <translation>[Wörter](article:id) verlinkt auf einen Artikel; jeder andere Link bleibt Text</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Seite</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Probleme</translation>
        </message>
        <message>
            <source>Linked from</source>
            <translation>Verlinkt von</translation>
        </message>
        <message>
            <source>Source pages</source>
            <translation>Quellenseiten</translation>
        </message>
        <message>
            <source>Delete deletes the selected page; Insert adds one.</source>
            <translation>Entf löscht die ausgewählte Seite; Einfg fügt eine hinzu.</translation>
        </message>
        <message>
            <source>Pa&amp;ges</source>
            <translation>&amp;Seiten</translation>
        </message>
        <message>
            <source>This pack has no source pages yet. Add page starts one.</source>
            <translation>Dieses Paket hat noch keine Quellenseiten. „Seite hinzufügen“ legt eine an.</translation>
        </message>
        <message>
            <source>Kind of the new page</source>
            <translation>Art der neuen Seite</translation>
        </message>
        <message>
            <source>A&amp;dd page</source>
            <translation>Seite hin&amp;zufügen</translation>
        </message>
        <message>
            <source>Add a page of the kind chosen beside it, from a template</source>
            <translation>Eine Seite der daneben gewählten Art aus einer Vorlage hinzufügen</translation>
        </message>
        <message>
            <source>Ne&amp;w page:</source>
            <translation>Ne&amp;ue Seite:</translation>
        </message>
        <message>
            <source>De&amp;lete page</source>
            <translation>Seite &amp;löschen</translation>
        </message>
        <message>
            <source>Enter or a click goes to the place that links to the page</source>
            <translation>Eingabe oder ein Klick führt zu der Stelle, die auf die Seite verlinkt</translation>
        </message>
        <message>
            <source>Lin&amp;ked from (Enter goes there)</source>
            <translation>Verlin&amp;kt von (Eingabe führt dorthin)</translation>
        </message>
        <message>
            <source>Source page file</source>
            <translation>Datei der Quellenseite</translation>
        </message>
        <message>
            <source>Te&amp;xt: TOML front matter, then Markdown</source>
            <translation>Te&amp;xt: TOML-Front-Matter, dann Markdown</translation>
        </message>
        <message>
            <source>Place in the page's file</source>
            <translation>Stelle in der Datei der Seite</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Problems of this page</source>
            <translation>Probleme dieser Seite</translation>
        </message>
        <message>
            <source>Page p&amp;roblems</source>
            <translation>P&amp;robleme der Seite</translation>
        </message>
        <message>
            <source>About the preview</source>
            <translation>Zur Vorschau</translation>
        </message>
        <message numerus="yes">
            <source>linked from %n place(s)</source>
            <translation>
                <numerusform>von %n Stelle verlinkt</numerusform>
                <numerusform>von %n Stellen verlinkt</numerusform>
            </translation>
        </message>
        <message>
            <source>Page p&amp;roblems ({count}; Enter goes to the line)</source>
            <translation>P&amp;robleme der Seite ({count}; Eingabe führt zur Zeile)</translation>
        </message>
        <message>
            <source>Page p&amp;roblems: none</source>
            <translation>P&amp;robleme der Seite: keine</translation>
        </message>
        <message numerus="yes">
            <source>Lin&amp;ked from: %n place(s) (Enter goes there)</source>
            <translation>
                <numerusform>Verlin&amp;kt von: %n Stelle (Eingabe führt dorthin)</numerusform>
                <numerusform>Verlin&amp;kt von: %n Stellen (Eingabe führt dorthin)</numerusform>
            </translation>
        </message>
        <message>
            <source>Lin&amp;ked from: nothing links to it yet (Enter goes there)</source>
            <translation>Verlin&amp;kt von: Noch verlinkt nichts darauf (Eingabe führt dorthin)</translation>
        </message>
        <message>
            <source>No preview: the file must start with front matter between '+++' lines.</source>
            <translation>Keine Vorschau: Die Datei muss mit Front Matter zwischen '+++'-Zeilen beginnen.</translation>
        </message>
        <message>
            <source>Kind: {kind}. Names a search finds it by: {names}.</source>
            <translation>Art: {kind}. Namen, unter denen eine Suche sie findet: {names}.</translation>
        </message>
        <message>
            <source>Kind: {kind}. Names a search finds it by: none: only links reach it.</source>
            <translation>Art: {kind}. Namen, unter denen eine Suche sie findet: keine – nur Links führen zu ihr.</translation>
        </message>
        <message>
            <source>Only this snippet shows: there is no page behind it.</source>
            <translation>Nur dieser Ausschnitt ist zu sehen: Dahinter steht keine Seite.</translation>
        </message>
        <message>
            <source>Deleted the page {file} (Ctrl+Z brings it back).</source>
            <translation>Die Seite {file} wurde gelöscht (Strg+Z holt sie zurück).</translation>
        </message>
        <message>
            <source>No page of this pack has the id {id}.</source>
            <translation>Keine Seite dieses Pakets hat die ID {id}.</translation>
        </message>
        <message>
            <source>No article of this pack has the id {id}.</source>
            <translation>Kein Artikel dieses Pakets hat die ID {id}.</translation>
        </message>
        <message>
            <source>That link is outside the pack: learners see its words, and it is never followed.</source>
            <translation>Dieser Link führt aus dem Paket hinaus: Lernende sehen seine Wörter, gefolgt wird ihm nie.</translation>
        </message>
    </context>
    <context>
        <name>StartProblem</name>
        <message>
            <source>Your saved progress is damaged: part of the file can no longer be read.

File: {path}
What SQLite reports: {detail}

SpotIt has not changed the file. You can:
• Recover: copy everything that can still be read (profiles, attempts, drafts) into a new progress file. The damaged file is kept beside it, renamed to {name}.damaged-(date and time).
• Start fresh: begin with no saved progress. The damaged file is kept the same way.
• Quit: leave everything as it is, for example to copy the file for someone to look at.</source>
            <translation>Dein gespeicherter Fortschritt ist beschädigt: Ein Teil der Datei kann nicht mehr gelesen werden.

Datei: {path}
Meldung von SQLite: {detail}

SpotIt hat die Datei nicht verändert. Du kannst:
• Wiederherstellen: alles, was sich noch lesen lässt (Profile, Versuche, Entwürfe), in eine neue Fortschrittsdatei kopieren. Die beschädigte Datei bleibt daneben erhalten, umbenannt in {name}.damaged-(Datum und Uhrzeit).
• Neu anfangen: ohne gespeicherten Fortschritt beginnen. Die beschädigte Datei bleibt ebenso erhalten.
• Beenden: alles so lassen, wie es ist, zum Beispiel um die Datei für jemanden zu kopieren, der sie sich ansieht.</translation>
        </message>
        <message>
            <source>Your progress is damaged</source>
            <translation>Dein Fortschritt ist beschädigt</translation>
        </message>
        <message>
            <source>&amp;Recover what can be read</source>
            <translation>Lesbares &amp;wiederherstellen</translation>
        </message>
        <message>
            <source>Start &amp;fresh</source>
            <translation>&amp;Neu anfangen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>SpotIt cannot save your progress: the file, or the folder it is in, cannot be written to.

Folder: {folder}
File: {name}
What was reported: {detail}

You can practise without saving: your profiles and earlier results are shown, and every article works, but nothing you do now is kept after you quit. Or quit, and ask for the folder to be made writable.</source>
            <translation>SpotIt kann deinen Fortschritt nicht speichern: In die Datei oder den Ordner, in dem sie liegt, kann nicht geschrieben werden.

Ordner: {folder}
Datei: {name}
Gemeldet wurde: {detail}

Du kannst üben, ohne zu speichern: Deine Profile und früheren Ergebnisse werden angezeigt und jeder Artikel funktioniert, aber nichts, was du jetzt tust, bleibt nach dem Beenden erhalten. Oder beende SpotIt und bitte darum, den Ordner beschreibbar zu machen.</translation>
        </message>
        <message>
            <source>Progress cannot be saved</source>
            <translation>Der Fortschritt kann nicht gespeichert werden</translation>
        </message>
        <message>
            <source>&amp;Practise without saving</source>
            <translation>&amp;Üben ohne Speichern</translation>
        </message>
        <message numerus="yes">
            <source>%n profile(s)</source>
            <translation>
                <numerusform>%n Profil</numerusform>
                <numerusform>%n Profile</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attempt(s)</source>
            <translation>
                <numerusform>%n Versuch</numerusform>
                <numerusform>%n Versuche</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n draft(s)</source>
            <translation>
                <numerusform>%n Entwurf</numerusform>
                <numerusform>%n Entwürfe</numerusform>
            </translation>
        </message>
        <message>
            <source>Recovered {profiles}, {attempts} and {drafts} (some damaged parts could not be read). The damaged file is kept as {name}.</source>
            <translation>Wiederhergestellt: {profiles}, {attempts} und {drafts} (einige beschädigte Teile konnten nicht gelesen werden). Die beschädigte Datei bleibt als {name} erhalten.</translation>
        </message>
        <message>
            <source>Recovered {profiles}, {attempts} and {drafts}. The damaged file is kept as {name}.</source>
            <translation>Wiederhergestellt: {profiles}, {attempts} und {drafts}. Die beschädigte Datei bleibt als {name} erhalten.</translation>
        </message>
        <message>
            <source>Started with no saved progress. The damaged file is kept as {name}.</source>
            <translation>Ohne gespeicherten Fortschritt begonnen. Die beschädigte Datei bleibt als {name} erhalten.</translation>
        </message>
        <message>
            <source>Not saving: nothing you do now is kept after you quit ({folder}).</source>
            <translation>Ohne Speichern: Nichts, was du jetzt tust, bleibt nach dem Beenden erhalten ({folder}).</translation>
        </message>
    </context>
    <context>
        <name>StudentPage</name>
        <message>
            <source>en</source>
            <translation>de</translation>
        </message>
        <message>
            <source>Your flag {n}: {category}</source>
            <translation>Deine Markierung {n}: {category}</translation>
        </message>
        <message>
            <source>Red flag: {category}</source>
            <translation>Warnsignal: {category}</translation>
        </message>
        <message>
            <source>Flag “{passage}” as:</source>
            <translation>„{passage}“ markieren als:</translation>
        </message>
        <message>
            <source>An article takes at most {count} flags.</source>
            <translation>Ein Artikel nimmt höchstens {count} Markierungen.</translation>
        </message>
        <message>
            <source>Flagged as {category}: flag {n}.</source>
            <translation>Markiert als {category}: Markierung {n}.</translation>
        </message>
        <message>
            <source>Category of flag {n}</source>
            <translation>Kategorie der Markierung {n}</translation>
        </message>
        <message>
            <source>Why? (optional)</source>
            <translation>Warum? (optional)</translation>
        </message>
        <message>
            <source>Note on flag {n}</source>
            <translation>Notiz zur Markierung {n}</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove flag {n}</source>
            <translation>Markierung {n} entfernen</translation>
        </message>
        <message>
            <source>Flag {n} removed.</source>
            <translation>Markierung {n} entfernt.</translation>
        </message>
        <message>
            <source>Sending your flags…</source>
            <translation>Deine Markierungen werden gesendet …</translation>
        </message>
        <message>
            <source>No hints for this article</source>
            <translation>Keine Tipps zu diesem Artikel</translation>
        </message>
        <message>
            <source>No more hints</source>
            <translation>Keine weiteren Tipps</translation>
        </message>
        <message>
            <source>Need a hint? (costs {points} points)</source>
            <translation>Brauchst du einen Tipp? (kostet {points} Punkte)</translation>
        </message>
        <message>
            <source>Hint {n}: {hint}</source>
            <translation>Tipp {n}: {hint}</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Abgegeben</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Wird gesendet …</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>Abgeben</translation>
        </message>
        <message>
            <source>You joined after the answers were shown: no score on this article.</source>
            <translation>Du bist beigetreten, nachdem die Antworten gezeigt wurden: Für diesen Artikel gibt es keine Punktzahl.</translation>
        </message>
        <message>
            <source>Your score: {score} out of 100 (your flags were submitted for you)</source>
            <translation>Deine Punktzahl: {score} von 100 (deine Markierungen wurden für dich abgegeben)</translation>
        </message>
        <message>
            <source>Your score: {score} out of 100</source>
            <translation>Deine Punktzahl: {score} von 100</translation>
        </message>
        <message>
            <source>(also accepted: {categories})</source>
            <translation>(auch richtig: {categories})</translation>
        </message>
        <message>
            <source>How to check: {how}</source>
            <translation>So prüfst du es: {how}</translation>
        </message>
        <message>
            <source>The class ({students}): {found} found it, {wrong} with another category, {partly} partly, {missed} missed it.</source>
            <translation>Die Klasse ({students}): gefunden {found}, mit anderer Kategorie {wrong}, teilweise {partly}, übersehen {missed}.</translation>
        </message>
        <message>
            <source>You are {name}</source>
            <translation>Du bist {name}</translation>
        </message>
        <message>
            <source>You are in the class. Wait for the article, then flag what looks wrong.</source>
            <translation>Du bist in der Klasse. Warte auf den Artikel und markiere dann, was dir falsch vorkommt.</translation>
        </message>
        <message>
            <source>This article could not be shown: {reason}; your teacher has been told.</source>
            <translation>Dieser Artikel konnte nicht angezeigt werden: {reason}; deine Lehrkraft weiß Bescheid.</translation>
        </message>
        <message>
            <source>Article {n} of {count}</source>
            <translation>Artikel {n} von {count}</translation>
        </message>
        <message>
            <source>The answers are shown below the article.</source>
            <translation>Die Antworten stehen unter dem Artikel.</translation>
        </message>
        <message>
            <source>Submitted. Wait for your teacher to show the answers.</source>
            <translation>Abgegeben. Warte, bis deine Lehrkraft die Antworten zeigt.</translation>
        </message>
        <message>
            <source>Article {n} of {count}: select what looks wrong, flag it, then submit.</source>
            <translation>Artikel {n} von {count}: Wähle aus, was dir falsch vorkommt, markiere es und gib dann ab.</translation>
        </message>
        <message>
            <source>Back in the class.</source>
            <translation>Wieder in der Klasse.</translation>
        </message>
        <message>
            <source>The answers to this article could not be shown; your teacher has been told.</source>
            <translation>Die Antworten zu diesem Artikel konnten nicht angezeigt werden; deine Lehrkraft weiß Bescheid.</translation>
        </message>
        <message>
            <source>Submitted 1 flag. Wait for your teacher to show the answers.</source>
            <translation>1 Markierung abgegeben. Warte, bis deine Lehrkraft die Antworten zeigt.</translation>
        </message>
        <message>
            <source>Submitted {count} flags. Wait for your teacher to show the answers.</source>
            <translation>{count} Markierungen abgegeben. Warte, bis deine Lehrkraft die Antworten zeigt.</translation>
        </message>
        <message>
            <source>The class is over. Thank you for taking part.</source>
            <translation>Die Unterrichtsstunde ist zu Ende. Danke fürs Mitmachen.</translation>
        </message>
        <message>
            <source>The host broke the class protocol ({reason}); this page has disconnected. Ask your teacher.</source>
            <translation>Der Host hat sich nicht an das Klassenprotokoll gehalten ({reason}); diese Seite hat die Verbindung getrennt. Frag deine Lehrkraft.</translation>
        </message>
        <message>
            <source>This page does not know the class's port. Open the address your teacher shows.</source>
            <translation>Diese Seite kennt den Port der Klasse nicht. Öffne die Adresse, die deine Lehrkraft zeigt.</translation>
        </message>
        <message>
            <source>Could not connect to the class.</source>
            <translation>Keine Verbindung zur Klasse.</translation>
        </message>
        <message>
            <source>Could not reach the class. Check the address and try again.</source>
            <translation>Die Klasse ist nicht erreichbar. Prüfe die Adresse und versuche es noch einmal.</translation>
        </message>
        <message>
            <source>The connection was lost; trying again in {seconds} s. Your flags are kept.</source>
            <translation>Die Verbindung ist abgebrochen; neuer Versuch in {seconds} s. Deine Markierungen bleiben erhalten.</translation>
        </message>
        <message>
            <source>Could not reach the class; trying again in {seconds} s.</source>
            <translation>Die Klasse ist nicht erreichbar; neuer Versuch in {seconds} s.</translation>
        </message>
        <message>
            <source>Type the class code your teacher shows.</source>
            <translation>Gib den Klassencode ein, den deine Lehrkraft zeigt.</translation>
        </message>
        <message>
            <source>Type your name.</source>
            <translation>Gib deinen Namen ein.</translation>
        </message>
        <message>
            <source>Joining…</source>
            <translation>Beitreten …</translation>
        </message>
        <message>
            <source>Coming back to your class…</source>
            <translation>Zurück in deine Klasse …</translation>
        </message>
        <message>
            <source>SpotIt class</source>
            <translation>SpotIt-Klasse</translation>
        </message>
        <message>
            <source>Join a class</source>
            <translation>Einer Klasse beitreten</translation>
        </message>
        <message>
            <source>Type the code your teacher shows and the name your teacher will see.</source>
            <translation>Gib den Code ein, den deine Lehrkraft zeigt, und den Namen, den deine Lehrkraft sehen soll.</translation>
        </message>
        <message>
            <source>Class code</source>
            <translation>Klassencode</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Dein Name</translation>
        </message>
        <message>
            <source>Join</source>
            <translation>Beitreten</translation>
        </message>
        <message>
            <source>The articles in a SpotIt class are invented training material.</source>
            <translation>Die Artikel einer SpotIt-Klasse sind erfundenes Übungsmaterial.</translation>
        </message>
        <message>
            <source>Select a suspicious passage, then pick what is wrong with it. With a keyboard: focus the article, move word by word with ← and →, hold Shift to select, and press Enter.</source>
            <translation>Wähle eine verdächtige Textstelle aus und dann, was daran nicht stimmt. Mit der Tastatur: Gehe in den Artikel, springe mit ← und → von Wort zu Wort, halte Umschalt zum Auswählen gedrückt und drücke die Eingabetaste.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Your flags</source>
            <translation>Deine Markierungen</translation>
        </message>
        <message>
            <source>No flags yet. A credible article may need none.</source>
            <translation>Noch keine Markierungen. Ein glaubwürdiger Artikel braucht vielleicht keine.</translation>
        </message>
        <message>
            <source>The answers</source>
            <translation>Die Antworten</translation>
        </message>
        <message>
            <source>In the article above, your flags are shaded and numbered, and every place of a red flag has a dashed outline.</source>
            <translation>Im Artikel oben sind deine Markierungen hinterlegt und nummeriert, und jede Stelle eines Warnsignals ist gestrichelt umrandet.</translation>
        </message>
        <message>
            <source>The red flags of this article</source>
            <translation>Die Warnsignale dieses Artikels</translation>
        </message>
        <message>
            <source>This article has no red flags.</source>
            <translation>Dieser Artikel hat keine Warnsignale.</translation>
        </message>
        <message>
            <source>Passages that hold up</source>
            <translation>Textstellen, die standhalten</translation>
        </message>
        <message>
            <source>Your teacher moves the class to the next article.</source>
            <translation>Deine Lehrkraft bringt die Klasse zum nächsten Artikel.</translation>
        </message>
        <message>
            <source>The class is over</source>
            <translation>Die Unterrichtsstunde ist zu Ende</translation>
        </message>
        <message>
            <source>Join another class</source>
            <translation>Einer anderen Klasse beitreten</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Schriftgröße</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Kleinere Schrift</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Größere Schrift</translation>
        </message>
        <message>
            <source>Flag the selection as</source>
            <translation>Die Auswahl markieren als</translation>
        </message>
        <message>
            <source>The article</source>
            <translation>Der Artikel</translation>
        </message>
    </context>
    <context>
        <name>StudentWindow</name>
        <message>
            <source>The host says: {message}</source>
            <translation>Der Host sagt: {message}</translation>
        </message>
        <message>
            <source>Class status</source>
            <translation>Stand des Unterrichts</translation>
        </message>
        <message>
            <source>How the class did</source>
            <translation>So hat die Klasse abgeschnitten</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Klasse</translation>
        </message>
        <message>
            <source>Nothing to read here for this article. Stay in the class: the next article comes when the instructor moves on.</source>
            <translation>Zu diesem Artikel gibt es hier nichts zu lesen. Bleib im Unterricht: Der nächste Artikel kommt, wenn die Lehrkraft weitermacht.</translation>
        </message>
        <message>
            <source>Class — SpotIt</source>
            <translation>Unterricht — SpotIt</translation>
        </message>
        <message>
            <source>{headline} — Class — SpotIt</source>
            <translation>{headline} — Unterricht — SpotIt</translation>
        </message>
        <message>
            <source>{found} of {students}</source>
            <translation>{found} von {students}</translation>
        </message>
        <message>
            <source>{found} found it, {wrong_category} with another category, {partly} partly, {missed} missed it</source>
            <translation>{found} haben es gefunden, {wrong_category} mit einer anderen Kategorie, {partly} teilweise, {missed} haben es übersehen</translation>
        </message>
        <message numerus="yes">
            <source>%n student(s)</source>
            <translation>
                <numerusform>%n Schüler:in</numerusform>
                <numerusform>%n Schüler:innen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;How the class did:&lt;/b&gt; {students}; on average they found {mean} of %n red flag(s). The Class column shows how many found each one.</source>
            <translation>
                <numerusform>&lt;b&gt;So hat die Klasse abgeschnitten:&lt;/b&gt; {students}; im Schnitt fanden sie {mean} von %n Warnsignal. Die Spalte „Klasse“ zeigt, wie viele es gefunden haben.</numerusform>
                <numerusform>&lt;b&gt;So hat die Klasse abgeschnitten:&lt;/b&gt; {students}; im Schnitt fanden sie {mean} von %n Warnsignalen. Die Spalte „Klasse“ zeigt, wie viele jedes gefunden haben.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;How the class did:&lt;/b&gt; a credible article, judged by %n student(s).</source>
            <translation>
                <numerusform>&lt;b&gt;So hat die Klasse abgeschnitten:&lt;/b&gt; ein glaubwürdiger Artikel, bewertet von %n Schüler:in.</numerusform>
                <numerusform>&lt;b&gt;So hat die Klasse abgeschnitten:&lt;/b&gt; ein glaubwürdiger Artikel, bewertet von %n Schüler:innen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not add this article to your history: {problem}</source>
            <translation>Dieser Artikel konnte nicht in deinen Verlauf aufgenommen werden: {problem}</translation>
        </message>
        <message>
            <source>Disconnected: {reason}</source>
            <translation>Verbindung getrennt: {reason}</translation>
        </message>
        <message>
            <source>Session over: {reason} Your feedback stays here; close the window when you are done.</source>
            <translation>Sitzung vorbei: {reason} Deine Rückmeldung bleibt hier; schließ das Fenster, wenn du fertig bist.</translation>
        </message>
        <message>
            <source>the session has ended.</source>
            <translation>Die Sitzung ist beendet.</translation>
        </message>
        <message>
            <source>⚠ Connection lost. Reconnecting… Your flags are kept here.</source>
            <translation>⚠ Verbindung verloren. Neu verbinden… Deine Markierungen bleiben hier erhalten.</translation>
        </message>
        <message>
            <source>Article {n} of {count} · ⚠ This article could not be shown: {reason}; your teacher has been told.
You are {name} in “{pack}”.</source>
            <translation>Artikel {n} von {count} · ⚠ Dieser Artikel konnte nicht gezeigt werden: {reason}; deine Lehrkraft weiß Bescheid.
Du bist {name} in „{pack}“.</translation>
        </message>
        <message>
            <source>Connecting to the class…</source>
            <translation>Verbindung zum Unterricht wird aufgebaut…</translation>
        </message>
        <message>
            <source>Article {n} of {count}</source>
            <translation>Artikel {n} von {count}</translation>
        </message>
        <message>
            <source>You are {name} in “{pack}”.</source>
            <translation>Du bist {name} in „{pack}“.</translation>
        </message>
        <message>
            <source>⚠ The answers to this article could not be shown: {reason}; your teacher has been told. The instructor moves the class on.</source>
            <translation>⚠ Die Antworten zu diesem Artikel konnten nicht gezeigt werden: {reason}; deine Lehrkraft weiß Bescheid. Die Lehrkraft macht mit der Klasse weiter.</translation>
        </message>
        <message>
            <source>✓ Answers revealed: read your feedback. The instructor moves the class on.</source>
            <translation>✓ Antworten aufgelöst: Lies deine Rückmeldung. Die Lehrkraft macht mit der Klasse weiter.</translation>
        </message>
        <message>
            <source>Answers revealed.</source>
            <translation>Antworten aufgelöst.</translation>
        </message>
        <message>
            <source>⧗ Sending your flags…</source>
            <translation>⧗ Deine Markierungen werden gesendet…</translation>
        </message>
        <message>
            <source>✓ Submitted. Waiting for the instructor to reveal the answers.</source>
            <translation>✓ Abgegeben. Warte, bis die Lehrkraft die Antworten auflöst.</translation>
        </message>
        <message>
            <source>✎ Flag the red flags, then submit (Ctrl+Enter). Need a hint? Ctrl+I.</source>
            <translation>✎ Markiere die Warnsignale und gib dann ab (Strg+Eingabe). Brauchst du einen Tipp? Strg+I.</translation>
        </message>
        <message>
            <source>✎ Flag the red flags, then submit (Ctrl+Enter).</source>
            <translation>✎ Markiere die Warnsignale und gib dann ab (Strg+Eingabe).</translation>
        </message>
        <message>
            <source>{where} · {state}
{who}</source>
            <translation>{where} · {state}
{who}</translation>
        </message>
    </context>
    <context>
        <name>Study</name>
        <message>
            <source>{study}: no free participant code was found</source>
            <translation>{study}: Es wurde kein freier Teilnahmecode gefunden</translation>
        </message>
        <message>
            <source>{code}: that is not the step the participant is on</source>
            <translation>{code}: Das ist nicht der Schritt, bei dem die/der Teilnehmende gerade ist</translation>
        </message>
    </context>
    <context>
        <name>StudyWindow</name>
        <message>
            <source>Training material: every article and item in this study is invented.</source>
            <translation>Übungsmaterial: Jeder Artikel und jede Aufgabe in dieser Studie ist erfunden.</translation>
        </message>
        <message>
            <source>Leave the check? Your answers so far are kept: give your participant code again to go on from where you stopped.</source>
            <translation>Test verlassen? Deine bisherigen Antworten bleiben gespeichert: Gib deinen Teilnahmecode erneut ein, um dort weiterzumachen, wo du aufgehört hast.</translation>
        </message>
        <message>
            <source>dddd d MMMM yyyy</source>
            <translation>dddd, d. MMMM yyyy</translation>
        </message>
        <message>
            <source>SpotIt study: {title}</source>
            <translation>SpotIt-Studie: {title}</translation>
        </message>
        <message>
            <source>Where you are</source>
            <translation>Wo du gerade bist</translation>
        </message>
        <message>
            <source>⚠ {notice}</source>
            <translation>⚠ {notice}</translation>
        </message>
        <message>
            <source>Training material notice</source>
            <translation>Hinweis auf Übungsmaterial</translation>
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
            <source>Type your participant code first, for example K7M-R4X.</source>
            <translation>Gib zuerst deinen Teilnahmecode ein, zum Beispiel K7M-R4X.</translation>
        </message>
        <message>
            <source>No participant has that code in this study: check it and type it again.</source>
            <translation>In dieser Studie hat niemand diesen Code: Prüfe ihn und gib ihn noch einmal ein.</translation>
        </message>
        <message>
            <source>Session {session} of {total} · check</source>
            <translation>Sitzung {session} von {total} · Test</translation>
        </message>
        <message>
            <source>Your next session opens on {date}.</source>
            <translation>Deine nächste Sitzung beginnt am {date}.</translation>
        </message>
        <message>
            <source>That was the last session of this study. Thank you for taking part.</source>
            <translation>Das war die letzte Sitzung dieser Studie. Danke für deine Teilnahme.</translation>
        </message>
        <message>
            <source>Thank you</source>
            <translation>Danke</translation>
        </message>
        <message>
            <source>Session {session} of {total} complete. Your completion code is:</source>
            <translation>Sitzung {session} von {total} abgeschlossen. Dein Abschlusscode lautet:</translation>
        </message>
        <message>
            <source>Not open yet</source>
            <translation>Noch nicht geöffnet</translation>
        </message>
        <message>
            <source>Your next session (session {session} of {total}) opens on {date}.</source>
            <translation>Deine nächste Sitzung (Sitzung {session} von {total}) beginnt am {date}.</translation>
        </message>
        <message>
            <source>Please come back then, with your participant code.</source>
            <translation>Bitte komm dann mit deinem Teilnahmecode wieder.</translation>
        </message>
        <message>
            <source>You have taken every session of this study. Your last completion code is:</source>
            <translation>Du hast an jeder Sitzung dieser Studie teilgenommen. Dein letzter Abschlusscode lautet:</translation>
        </message>
        <message>
            <source>You have taken every session of this study.</source>
            <translation>Du hast an jeder Sitzung dieser Studie teilgenommen.</translation>
        </message>
        <message>
            <source>SpotIt study</source>
            <translation>SpotIt-Studie</translation>
        </message>
        <message>
            <source>The answer cannot be kept</source>
            <translation>Die Antwort kann nicht gespeichert werden</translation>
        </message>
        <message>
            <source>Session {session} of {total} · practice: article {index} of {count}</source>
            <translation>Sitzung {session} von {total} · Übung: Artikel {index} von {count}</translation>
        </message>
        <message>
            <source>Session {session} of {total} · reading: article {index} of {count}</source>
            <translation>Sitzung {session} von {total} · Lesen: Artikel {index} von {count}</translation>
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation>&amp;Weiter</translation>
        </message>
        <message>
            <source>Close the study?</source>
            <translation>Studie schließen?</translation>
        </message>
        <message>
            <source>A participant is in a session. What they did so far is kept, and they go on with their code. Close the study window?</source>
            <translation>Gerade ist jemand in einer Sitzung. Was bisher gemacht wurde, bleibt gespeichert, und mit dem Code geht es weiter. Studienfenster schließen?</translation>
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
    <context>
        <name>TodaysPractice</name>
        <message>
            <source>credible check</source>
            <translation>Glaubwürdigkeitsprobe</translation>
        </message>
        <message>
            <source>due: over-flagging check</source>
            <translation>fällig: Probe auf zu viele Markierungen</translation>
        </message>
        <message>
            <source>due: {category}</source>
            <translation>fällig: {category}</translation>
        </message>
        <message>
            <source>new: {category}</source>
            <translation>neu: {category}</translation>
        </message>
        <message>
            <source>due soon: {category}</source>
            <translation>bald fällig: {category}</translation>
        </message>
        <message>
            <source>practice: {category}</source>
            <translation>Übung: {category}</translation>
        </message>
    </context>
    <context>
        <name>Tour</name>
        <message>
            <source>Welcome to SpotIt</source>
            <translation>Willkommen bei SpotIt</translation>
        </message>
        <message>
            <source>SpotIt trains you to spot misinformation. You read news-like articles, select the passages that look suspicious and say which red flag each one is; SpotIt then shows what you found, missed or flagged for nothing, and how to check each red flag yourself.

Every article is invented training material. Some are written to mislead; others are credible on purpose, so the goal is to tell them apart, not to distrust everything.</source>
            <translation>SpotIt trainiert dich darin, Falschinformationen zu erkennen. Du liest Artikel, die wie Nachrichten aussehen, wählst die Stellen aus, die verdächtig wirken, und sagst, welches Warnsignal jede ist; SpotIt zeigt dir dann, was du gefunden, übersehen oder unnötig markiert hast, und wie du jedes Warnsignal selbst prüfst.

Jeder Artikel ist erfundenes Übungsmaterial. Manche sind geschrieben, um in die Irre zu führen; andere sind absichtlich glaubwürdig. Das Ziel ist also, sie auseinanderzuhalten, nicht allem zu misstrauen.</translation>
        </message>
        <message>
            <source>A practice article</source>
            <translation>Ein Übungsartikel</translation>
        </message>
        <message>
            <source>Select a passage</source>
            <translation>Eine Stelle auswählen</translation>
        </message>
        <message>
            <source>Find a passage that looks suspicious to you: a claim with no source, a word that judges instead of reporting, a number with no base. Select it by dragging the mouse over it, or put the caret before it and hold Shift while you press the arrow keys (Shift+Ctrl+arrows selects whole words).</source>
            <translation>Such eine Stelle, die dir verdächtig vorkommt: eine Behauptung ohne Quelle, ein Wort, das wertet statt berichtet, eine Zahl ohne Bezugsgröße. Wähle sie aus, indem du die Maus darüber ziehst, oder setz die Schreibmarke davor und halte die Umschalttaste gedrückt, während du die Pfeiltasten drückst (Umschalt+Strg+Pfeiltasten wählt ganze Wörter aus).</translation>
        </message>
        <message>
            <source>select a passage in the article.</source>
            <translation>Wähle eine Stelle im Artikel aus.</translation>
        </message>
        <message>
            <source>Now flag it.</source>
            <translation>Jetzt markiere sie.</translation>
        </message>
        <message>
            <source>Flag it</source>
            <translation>Markieren</translation>
        </message>
        <message>
            <source>Say which red flag the passage is: press its number key (1 to 9), or click it in this list; 0 or F opens the full list. Not sure what a red flag means? Point at it for its description; right-click it, or press Shift+F1 on it, for its lesson.</source>
            <translation>Sag, welches Warnsignal die Stelle ist: Drück seine Zahlentaste (1 bis 9) oder klick es in dieser Liste an; 0 oder F öffnet die ganze Liste. Du weißt nicht genau, was ein Warnsignal bedeutet? Zeig mit der Maus darauf, um seine Beschreibung zu sehen; klick es mit der rechten Maustaste an oder drück darauf Umschalt+F1, um seine Lektion zu öffnen.</translation>
        </message>
        <message>
            <source>flag the selected passage (a number key, or click a red flag).</source>
            <translation>Markiere die ausgewählte Stelle (eine Zahlentaste oder ein Klick auf ein Warnsignal).</translation>
        </message>
        <message>
            <source>Flag more if you like, then go on.</source>
            <translation>Markiere noch mehr, wenn du möchtest, und mach dann weiter.</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>Abgeben</translation>
        </message>
        <message>
            <source>When you have flagged everything you find suspicious, submit: press Ctrl+Enter or this button. If you find nothing to flag, “This article looks credible” submits with no flags.</source>
            <translation>Wenn du alles markiert hast, was dir verdächtig vorkommt, gib ab: Drück Strg+Eingabetaste oder diese Schaltfläche. Wenn du nichts zu markieren findest, gibt „Dieser Artikel wirkt glaubwürdig“ ohne Markierungen ab.</translation>
        </message>
        <message>
            <source>submit your flags (Ctrl+Enter).</source>
            <translation>Gib deine Markierungen ab (Strg+Eingabetaste).</translation>
        </message>
        <message>
            <source>Your feedback is on the right.</source>
            <translation>Deine Rückmeldung steht rechts.</translation>
        </message>
        <message>
            <source>Read the feedback</source>
            <translation>Die Rückmeldung lesen</translation>
        </message>
        <message>
            <source>Every red flag of the article is listed with its verdict: ✓ found, ≈ found with the wrong category, ◐ partly found, ✗ missed, and your flags that were not red flags are marked ⚐. Each has its own symbol and underline in the article, not only a colour. Choose a row (arrow keys) to see its passage and read why, and how to check it; a link under the explanation opens the lesson on that red flag.</source>
            <translation>Jedes Warnsignal des Artikels steht mit seiner Bewertung in der Liste: ✓ gefunden, ≈ mit der falschen Kategorie gefunden, ◐ teilweise gefunden, ✗ übersehen; deine Markierungen, die keine Warnsignale waren, sind mit ⚐ gekennzeichnet. Jede hat im Artikel ihr eigenes Symbol und ihre eigene Unterstreichung, nicht nur eine Farbe. Wähle eine Zeile (Pfeiltasten), um ihre Stelle zu sehen und zu lesen, warum und wie du es prüfst; ein Link unter der Erklärung öffnet die Lektion zu diesem Warnsignal.</translation>
        </message>
        <message>
            <source>Where to practise</source>
            <translation>Wo du übst</translation>
        </message>
        <message>
            <source>The library lists every article with your status and best score. Today's practice picks a short set for you, bringing back the red flags you are due to review; Next article (Ctrl+N) follows it. The article of this tour is still new here: try it for real whenever you like.</source>
            <translation>Die Bibliothek listet jeden Artikel mit deinem Status und deiner besten Punktzahl. Die heutige Übung stellt dir eine kurze Runde zusammen und bringt die Warnsignale zurück, die zur Wiederholung fällig sind; „Nächster Artikel“ (Strg+N) folgt ihr. Der Artikel dieses Rundgangs ist hier noch neu: Versuch ihn richtig, wann immer du möchtest.</translation>
        </message>
        <message>
            <source>History, lessons and classes</source>
            <translation>Verlauf, Lektionen und Unterricht</translation>
        </message>
        <message>
            <source>Go › History (Ctrl+H) shows your scores over time and the red flags you miss most. Help › Lessons teaches each red flag with an invented example. In class, Class › Join a class connects you to your instructor's session. Help › Take the tour shows this tour again; Help › Keyboard shortcuts lists every key.</source>
            <translation>Gehe zu › Verlauf (Strg+H) zeigt deine Punktzahlen im Zeitverlauf und die Warnsignale, die du am häufigsten übersiehst. Hilfe › Lektionen erklärt jedes Warnsignal mit einem erfundenen Beispiel. Im Unterricht verbindet dich Unterricht › Unterricht beitreten mit der Sitzung deiner Lehrkraft. Hilfe › Rundgang machen zeigt diesen Rundgang noch einmal; Hilfe › Tastenkürzel listet jede Taste.</translation>
        </message>
        <message>
            <source>This is “{headline}”, one of the easiest articles, opened in the real reader as a practice run: your flags and score here are not saved, and the article stays new in your library.

The next steps wait for you to do each thing yourself.</source>
            <translation>Das ist „{headline}“, einer der leichtesten Artikel, im echten Leser als Probelauf geöffnet: Deine Markierungen und deine Punktzahl werden hier nicht gespeichert, und der Artikel bleibt in deiner Bibliothek neu.

Die nächsten Schritte warten darauf, dass du jeden selbst machst.</translation>
        </message>
        <message>
            <source>Tour: a practice run (not saved) — SpotIt</source>
            <translation>Rundgang: ein Probelauf (nicht gespeichert) — SpotIt</translation>
        </message>
    </context>
    <context>
        <name>TourOfferBar</name>
        <message>
            <source>Tour offered</source>
            <translation>Rundgang angeboten</translation>
        </message>
        <message>
            <source>New to SpotIt? A short tour shows you how it works on one practice article: select a passage, flag it, submit, read the feedback. About five minutes; nothing in it is saved.</source>
            <translation>Neu bei SpotIt? Ein kurzer Rundgang zeigt dir an einem Übungsartikel, wie es geht: eine Stelle auswählen, markieren, abgeben, die Rückmeldung lesen. Etwa fünf Minuten; nichts davon wird gespeichert.</translation>
        </message>
        <message>
            <source>Take the to&amp;ur</source>
            <translation>&amp;Rundgang machen</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Nicht jetzt</translation>
        </message>
        <message>
            <source>Escape. Help › Take the tour starts it whenever you like.</source>
            <translation>Esc. Hilfe › Rundgang machen startet ihn, wann immer du möchtest.</translation>
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
    <context>
        <name>VerdictStyle</name>
        <message>
            <source>Found</source>
            <translation>Gefunden</translation>
        </message>
        <message>
            <source>Found, wrong category</source>
            <translation>Gefunden, falsche Kategorie</translation>
        </message>
        <message>
            <source>Partly found</source>
            <translation>Teilweise gefunden</translation>
        </message>
        <message>
            <source>Found, flag too broad</source>
            <translation>Gefunden, Markierung zu breit</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Übersehen</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>Richtig</translation>
        </message>
        <message>
            <source>Wrong category</source>
            <translation>Falsche Kategorie</translation>
        </message>
        <message>
            <source>Too broad</source>
            <translation>Zu breit</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Knapp daneben</translation>
        </message>
        <message>
            <source>Not a red flag</source>
            <translation>Kein Warnsignal</translation>
        </message>
        <message>
            <source>Holds up</source>
            <translation>Hält stand</translation>
        </message>
    </context>
    <context>
        <name>WelcomeScreen</name>
        <message>
            <source>Study</source>
            <translation>Studie</translation>
        </message>
        <message>
            <source>Welcome. If this is your first session, start as a new participant. If you were given a participant code, type it below and press Enter.</source>
            <translation>Willkommen. Wenn das deine erste Sitzung ist, starte als neue:r Teilnehmende:r. Wenn du einen Teilnahmecode bekommen hast, gib ihn unten ein und drücke die Eingabetaste.</translation>
        </message>
        <message>
            <source>&amp;Start as a new participant</source>
            <translation>Als neue:r Teilnehmende:r &amp;starten</translation>
        </message>
        <message>
            <source>I have a participant &amp;code:</source>
            <translation>Ich habe einen Teilnahme&amp;code:</translation>
        </message>
        <message>
            <source>for example K7M-R4X</source>
            <translation>zum Beispiel K7M-R4X</translation>
        </message>
        <message>
            <source>Participant code</source>
            <translation>Teilnahmecode</translation>
        </message>
        <message>
            <source>&amp;Go on</source>
            <translation>&amp;Weiter</translation>
        </message>
        <message>
            <source>Problem with the code</source>
            <translation>Problem mit dem Code</translation>
        </message>
        <message>
            <source>⚠ {problem}</source>
            <translation>⚠ {problem}</translation>
        </message>
    </context>
</TS>
