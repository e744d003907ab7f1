<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
    <name>ArticleView</name>
    <message>
        <source>Select a passage with Shift and the arrow keys, or mark where it starts with Ctrl+M and move the caret, then press a number key to flag it.</source>
        <extracomment>Also used by the editor and the class host, which draw articles and categories the same way. The keys that move the caret: with a mark set, they stretch the selection from it.</extracomment>
        <translation>Wähle eine Textstelle mit Umschalt und den Pfeiltasten aus oder setze ihren Anfang mit Strg+M und bewege die Einfügemarke; drücke dann eine Zifferntaste, um sie zu markieren.</translation>
    </message>
    <message>
        <source>Article text</source>
        <extracomment>A mark was set or cleared (see :meth:`set_mark`).</extracomment>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Where a keyboard selection starts (code points), set with Ctrl+M: the caret's moves then select from it, with no key held down (WCAG 2.5.7). None: no mark. Opens a link inside the pack (``source:ID``, ``article:ID``) in the investigation pane; True when it did. Supplied by the page when the pack has sources.</extracomment>
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
    <name>FeedbackPanel</name>
    <message>
        <source>Narrow it down: which words are the red flag?</source>
        <extracomment>The explanation is what the learner learns from: at any text size it shows this many lines at least (at 200% it had about three), and the feedback scrolls if they cannot fit. Rows the verdicts and the results per category keep at least (each scrolls for the rest). What a flag that holds a red flag among much other text is told (as the scorer says it).</extracomment>
        <translation>Grenze es ein: Welche Wörter sind das Warnsignal?</translation>
    </message>
    <message>
        <source>&lt;p&gt;This article is credible: it names its sources, dates and places, and states what is uncertain. Not flagging it was the right call.&lt;/p&gt;</source>
        <extracomment>Links to a lesson inside SpotIt ("spotit-lesson:vague-source"), made by the feedback.</extracomment>
        <translation>&lt;p&gt;Dieser Artikel ist glaubwürdig: Er nennt seine Quellen, Daten und Orte und sagt, was unsicher ist. Ihn nicht zu markieren, war richtig.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your flag: correct</source>
        <extracomment>A verdict row on one of the learner's flags, as a whole phrase (German does not lower-case a verdict's nouns the way "Your flag: {label.lower()}" would).</extracomment>
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
        <extracomment>"gold" (a red flag of the article), "flag" (the learner's) or "note" (a passage the author says is fine, and why) the report the row was made from: a selection signal that arrives while the model changes carries an old row, which must not be read against a new report</extracomment>
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
        <extracomment>A "You could have checked:" link: the page's address and the span of its text to mark (-1, -1 for the whole page). The reader opens it in the investigation pane. The categories the pack has a lesson on: their verdicts link to the lesson.</extracomment>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <source>Score</source>
        <extracomment>What the investigation pane's moves earned (None: the pack has no sources).</extracomment>
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
            <numerusform>Erkannt {spotted} · Benannt {named} · %n Tipp genutzt</numerusform><numerusform>Erkannt {spotted} · Benannt {named} · %n Tipps genutzt</numerusform></translation>
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
            <numerusform>{score} von 100 Punkten. Erkannt {spotted}, benannt {named}, %n Tipp genutzt.</numerusform><numerusform>{score} von 100 Punkten. Erkannt {spotted}, benannt {named}, %n Tipps genutzt.</numerusform></translation>
    </message>
</context>
<context>
    <name>FlagListPanel</name>
    <message>
        <source>Need a h&amp;int?</source>
        <extracomment>The hint button while there are hints left to show (Alt+I; Ctrl+I is the reader's shortcut).</extracomment>
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
        <extracomment>The lesson on a category was asked for ("": the list of lessons). The categories the pack has a lesson on (the reader sets them with each article).</extracomment>
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
            <numerusform>Noch ein &amp;Tipp (%n übrig)</numerusform><numerusform>Noch ein &amp;Tipp (%n übrig)</numerusform></translation>
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
    <name>InvestigationPane</name>
    <message>
        <source>⚠ Invented for training: this page is not on the web.</source>
        <extracomment>The notice above every page: like the reader's training banner, said in words.</extracomment>
        <translation>⚠ Für die Übung erfunden: Diese Seite gibt es nicht im Web.</translation>
    </message>
    <message>
        <source>⚠ Invented for training: this article is not on the web.</source>
        <extracomment>The same notice above an article of the pack opened from a link.</extracomment>
        <translation>⚠ Für die Übung erfunden: Diesen Artikel gibt es nicht im Web.</translation>
    </message>
    <message>
        <source>page</source>
        <extracomment>A query longer than this is cut (the pack's search refuses longer ones). How many results a search shows. The tint of the passage a feedback link points at (with an underline: never colour alone).</extracomment>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Investigate: this pack's sources</source>
        <extracomment>The learner closed the pane (the reader hides it and gives the article the focus). A move was recorded (a search, a page opened): the reader keeps it with the draft.</extracomment>
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
            <numerusform>Keine Seite enthält alles aus {query}; %n Seite enthält einige der Wörter.</numerusform><numerusform>Keine Seite enthält alles aus {query}; %n Seiten enthalten einige der Wörter.</numerusform></translation>
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
            <numerusform>%n Ergebnis, das beste zuerst.</numerusform><numerusform>%n Ergebnisse, die besten zuerst.</numerusform></translation>
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
    <name>ReaderPage</name>
    <message>
        <source>Before you start: a lesson on a red flag you have not met yet, {name}.</source>
        <translation>Bevor du anfängst: eine Lektion zu einem Warnsignal, das du noch nicht kennst: {name}.</translation>
    </message>
    <message numerus="yes">
        <source>Before you start: lessons on %n red flags you have not met yet, starting with {name}. Read them in any order.</source>
        <translation>
            <numerusform>Bevor du anfängst: Lektionen zu %n Warnsignal, das du noch nicht kennst, zuerst: {name}. Lies sie in beliebiger Reihenfolge.</numerusform><numerusform>Bevor du anfängst: Lektionen zu %n Warnsignalen, die du noch nicht kennst, zuerst: {name}. Lies sie in beliebiger Reihenfolge.</numerusform></translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <extracomment>The learner asked for the lesson on a category ("": the list of lessons). The open article's hints, and how many of them the learner has been shown. Where an opened article's hints come from: None means none are offered at all (a class whose instructor turned them off), and the hint button is not shown. A class's articles come without their answer key, so the class sets its own. Which categories of a pack have a lesson (set by the main window; a class's or the editor's reader has none, and offers no lessons). What the learner looks up in the investigation pane for the open article (None when its pack has no sources, or the page is not working through a Practice). Whether a pack with sources gets the investigation pane (a study whose arms must not differ in it can turn it off).</extracomment>
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
            <numerusform>Tipp {used} von {total}: {hint} (Noch %n, falls du ihn brauchst.)</numerusform><numerusform>Tipp {used} von {total}: {hint} (Noch %n, falls du sie brauchst.)</numerusform></translation>
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
            <numerusform>Diesen Artikel als glaubwürdig abgeben? Deine %n Markierung zählt dann nicht.</numerusform><numerusform>Diesen Artikel als glaubwürdig abgeben? Deine %n Markierungen zählen dann nicht.</numerusform></translation>
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
    <message>
        <source>This article contains 1 hidden character that changes the direction of text; SpotIt shows it as {mark} and does not let it reorder the text.</source>
        <extracomment>What ``counted.translate`` takes in lupdate's "encoding" place (see :class:`_Counted`). What a bidi control is drawn as. One BMP code point for one (every bidi control is one BMP code point too), so code-point and UTF-16 positions stay those of the pack's text; an arrow has no direction of its own, so it reorders nothing.</extracomment>
        <translation>Dieser Artikel enthält 1 verborgenes Zeichen, das die Textrichtung ändert; SpotIt zeigt es als {mark} und lässt es den Text nicht umordnen.</translation>
    </message>
    <message numerus="yes">
        <source>This article contains %n hidden characters that change the direction of text; SpotIt shows them as {mark} and does not let them reorder the text.</source>
        <translation>
            <numerusform>Dieser Artikel enthält %n verborgenes Zeichen, das die Textrichtung ändert; SpotIt zeigt es als {mark} und lässt es den Text nicht umordnen.</numerusform><numerusform>Dieser Artikel enthält %n verborgene Zeichen, die die Textrichtung ändern; SpotIt zeigt sie als {mark} und lässt sie den Text nicht umordnen.</numerusform></translation>
    </message>
    <message>
        <source>No font on this computer can draw 1 character in this article, so it shows as an empty box: {names}.</source>
        <translation>Keine Schrift auf diesem Computer kann 1 Zeichen in diesem Artikel darstellen, daher erscheint es als leeres Kästchen: {names}.</translation>
    </message>
    <message numerus="yes">
        <source>No font on this computer can draw %n characters in this article, so they show as empty boxes: {names}.</source>
        <translation>
            <numerusform>Keine Schrift auf diesem Computer kann %n Zeichen in diesem Artikel darstellen, daher erscheint es als leeres Kästchen: {names}.</numerusform><numerusform>Keine Schrift auf diesem Computer kann %n Zeichen in diesem Artikel darstellen, daher erscheinen sie als leere Kästchen: {names}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No font on this computer can draw %n characters in this article, so they show as empty boxes: {names}, and {more} more.</source>
        <translation>
            <numerusform>Keine Schrift auf diesem Computer kann %n Zeichen in diesem Artikel darstellen, daher erscheint es als leeres Kästchen: {names} und {more} weitere.</numerusform><numerusform>Keine Schrift auf diesem Computer kann %n Zeichen in diesem Artikel darstellen, daher erscheinen sie als leere Kästchen: {names} und {more} weitere.</numerusform></translation>
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
</TS>
