<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
        <name>LibraryPage</name>
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
        <message>
            <source>due now</source>
            <translation>jetzt fällig</translation>
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
</TS>
