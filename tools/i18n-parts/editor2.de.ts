<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>AgreementView</name>
        <message>
            <source>◧ only A flagged</source>
            <extracomment>How each kind of disagreement is shown (a symbol and words, not only a colour). Marked at import, translated where shown (``kind_text``).</extracomment>
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
            <extracomment>Author A's span: a solid underline on a blue tint; B's: a wavy underline and a line above (so B stays visible where the spans overlap). Each is named in the legend.</extracomment>
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
        <name>ArticlePage</name>
        <message>
            <source>anchored</source>
            <extracomment>How each annotation state is shown: symbol and words, never colour alone.</extracomment>
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
            <extracomment>The same, short enough for the list's State column.</extracomment>
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
            <extracomment>The texts below are marked at import and translated where they are shown.</extracomment>
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
            <extracomment>An article's kind in words (the front matter keeps the id: ``ARTICLE_KINDS``).</extracomment>
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
            <extracomment>How the rest of the answer key is marked in the preview: each has its own line, never colour alone. Another place of a red flag: its category's tint with a dashed underline. A passage note (a passage that is fine): a blue tint with a dotted underline, and ℹ in its list (the feedback's note colour and symbol). The core of a red flag: a line above, a dash-dot underline and a deeper tint of its colour. What the preview's underlines mean, shown under it.</extracomment>
            <translation>Unterstreichungen: durchgezogen = Annotation · wellig = vorgeschlagene neue Textstelle · gestrichelt = eine weitere Stelle davon · Linie darüber und Strich-Punkt = ihr Kern · blau gepunktet = eine Notiz (eine Textstelle, die in Ordnung ist)</translation>
        </message>
        <message>
            <source>(none)</source>
            <extracomment>The symbol of another place in the lists. What the check chooser lists first: the answer key names no page.</extracomment>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>Article</source>
            <extracomment>the items the chooser lists now, as (text, page id)</extracomment>
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
            <extracomment>The chooser's items for the last set of pages shown: (``PackDraft.sources``, items).</extracomment>
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
        <name>SourcesPage</name>
        <message>
            <source>⚠ no kind</source>
            <extracomment>Re-render the preview (and recount the links) this long after the author stops typing. How many lines the page's own problems show at once (the text keeps the room).</extracomment>
            <translation>⚠ keine Art</translation>
        </message>
        <message>
            <source>The pack's invented web, for learners to investigate. Each page is a file sources/&lt;name&gt;.md, edited as written; [words](source:id) links to a page.</source>
            <extracomment>Asks the window to show a place (a ``Target``): an article's line, a red flag, a note. the file of the page shown (``sources/&lt;name&gt;.md``), or None problems of each page file, by path (from the last validation) what links to each page, by page id (recounted after each pause in editing)</extracomment>
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
            <extracomment>the text and its preview: side by side, or one above the other when narrow</extracomment>
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
            <extracomment>under the preview: the kind in words, the names, a snippet-only page</extracomment>
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
</TS>
