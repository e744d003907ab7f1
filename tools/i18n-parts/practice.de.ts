<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
        <extracomment>The question Esc asks on an item of the app&apos;s check.</extracomment>
        <translation>Test verlassen? Deine bisherigen Antworten bleiben gespeichert: Starte ihn wieder aus der Bibliothek, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Judge each item on its own: is it credible? Press 1 to 6 (or click) to answer: 1 is sure not credible, 6 sure credible. There is no feedback. Esc leaves; your answers are kept.</source>
        <extracomment>The learner leaves the check (finished or not); the window shows the library. The check was finished (its answers are kept and closed).</extracomment>
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
        <extracomment>The learner settings (``learner_settings``): the immediate post-check on or off, and the delayed waves&apos; days. The 6-point scale, as the learner reads it (rating 1-3: judged not credible). Marked for translation: show a label through translate(&quot;CheckPage&quot;, label).</extracomment>
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
        <extracomment>The measures the report averages, by their Measures field, and how they are written. Below this many participants a reading says its intervals are too wide to lean on. A clear rise in d′ smaller than this is read as &quot;slightly&quot; better (a small effect). The group of :func:`rows_for_learners`. Marked for translation; the rows carry it through translate(&quot;CheckReport&quot;, …).</extracomment>
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
        <source>Welch&apos;s t, df {df}</source>
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
        <source>The report&apos;s numbers</source>
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
        <source>Could not read this computer&apos;s checks: {error}</source>
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
    <name>Feedback</name>
    <message>
        <source>found</source>
        <extracomment>Punctuation trimmed (with any whitespace) from both ends of a span before scoring, as in the reference corpus. Two authors&apos; spans *hit* each other when they share at least this share of the shorter one (interop.agreement pairs two answer keys with it; learner verdicts use the rules below). Points a learner loses for each flag on a credible article (an article with no gold flags). A word: letters/digits, with inner apostrophes, dots, commas or hyphens (&quot;don&apos;t&quot;, &quot;3,000&quot;, &quot;U.S&quot;), and a trailing per cent sign (&quot;300%&quot;). Words that alone never identify a red flag (a flag of just &quot;the&quot; finds nothing). A red flag with no core is found when learner flags cover this share of its meaningful (non-stopword) words ... ... or, in a red flag of at most this many words, one meaningful (non-stopword) word. A flag is *too broad* for a red flag it overlaps when it has more than this many words and more than TOO_BROAD_FACTOR times the words of that red flag&apos;s anchor. The learner score&apos;s credit per red flag, by verdict (a whole red flag found is 1). Points a flag that is not a red flag costs on an article with red flags. Points a flag in the right sentence but on the wrong words costs (half a wrong flag). Points each hint the learner asked for costs. The credit is multiplied by 1 − SPREAD_WEIGHT × spread, where spread is the share of the article&apos;s words outside every red flag that the learner&apos;s flags cover: flagging all the text that is fine halves the credit, flagging none of it keeps it whole. The summary sentence mentions the spread from this share on. Where a sentence ends: . ! ? (with closing quotes or brackets) before white space, or a line break (the headline and every block of the body end one).</extracomment>
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
        <extracomment>For a red flag found with a category the key accepts but does not prefer: why the key prefers its primary category. Empty otherwise. Named right: found (or contained in a too-broad flag) with an accepted category. What it earns in the learner score (CREDIT), 0 to 1. For a *close* flag: the red flags in its sentence, the words to flag instead. A sentence for the learner: &quot;narrow it down&quot;, the right words of a close flag, or the author&apos;s note on the passage a flag that is not a red flag lies on. Share of the article&apos;s words outside every red flag that the flags cover, 0 to 1.</extracomment>
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
    <name>HistoryPage</name>
    <message>
        <source>{minutes} {seconds}</source>
        <extracomment>The summary line averages this many of the latest attempts. The chart&apos;s second line is the average of this many attempts up to each point. Cells in a text bar such as &quot;██████░░&quot;.</extracomment>
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
    <name>Investigation</name>
    <message>
        <source>You checked {title} before flagging it.</source>
        <extracomment>The longest search query kept with a move (what ``Move.from_json`` accepts back). Pages opened this way are not part of the investigation made before submitting. What feedback says of a checked page, by what became of its passage: flagged and checked before the first flag on it, flagged and checked after, flagged with no flag recorded (flags from a draft older than moves), not flagged. Not checked: NOT_CHECKED. Marked for translation; feedback shows them through translate(&quot;Investigation&quot;, …).</extracomment>
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
        <extracomment>The same for a passage note&apos;s check (a passage that is fine): flagging it is the slip.</extracomment>
        <translation>Du hast {title} geprüft; die Seite zeigt, dass diese Stelle in Ordnung ist.</translation>
    </message>
    <message>
        <source>You could have checked: {title}.</source>
        <translation>Du hättest prüfen können: {title}.</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <extracomment>The index in ``_moves`` of the page being shown and the clock when it was shown.</extracomment>
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
    <name>LibraryPage</name>
    <message>
        <source>●○○ Easy</source>
        <extracomment>Read in the user&apos;s language (``DIFFICULTY_LABELS[level]``, ``.get``, ``.items()``).</extracomment>
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
</context>
<context>
    <name>MeasureChart</name>
    <message>
        <source>d′: telling credible from misleading (higher = better)</source>
        <extracomment>Below this many average character widths the three charts go one under another. Marked for translation: shown through translate(&quot;MeasureChart&quot;, …).</extracomment>
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
        <extracomment>One look per group: line dash and marker shape tell groups apart without colour.</extracomment>
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
    <name>Practice</name>
    <message>
        <source>The wave {wave} of the check &apos;{title}&apos; is taken.</source>
        <extracomment>What &quot;now&quot; comes from: a function giving a moment as stored text (``utc_now``) or an aware datetime. Tests, ``--at`` and the replay give a fixed or stepping one. The spaced-review cards the attempt reviewed, as they are after (docs/practice.md). The credit for checking sources (docs/practice.md, &quot;Investigating: the SIFT moves&quot;); None when the pack has no sources to investigate. Where every &quot;now&quot; comes from (opening, drafts, submitting, today&apos;s practice). The open packs by id, in the order they were opened.</extracomment>
        <translation>Der Durchgang {wave} des Tests „{title}“ ist schon gemacht.</translation>
    </message>
    <message>
        <source>No wave of the check &apos;{title}&apos; is due now.</source>
        <translation>Jetzt ist kein Durchgang des Tests „{title}“ fällig.</translation>
    </message>
    <message>
        <source>Every form of the check &apos;{title}&apos; is taken; no wave is left.</source>
        <translation>Jede Form des Tests „{title}“ ist schon gemacht; es bleibt kein Durchgang übrig.</translation>
    </message>
    <message>
        <source>This check is finished; its answers cannot change.</source>
        <translation>Dieser Test ist abgeschlossen; seine Antworten können sich nicht mehr ändern.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the check&apos;s items are not answered yet.</source>
        <translation>
            <numerusform>%n Aufgabe des Tests ist noch nicht beantwortet.</numerusform>
            <numerusform>%n Aufgaben des Tests sind noch nicht beantwortet.</numerusform>
        </translation>
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
        <extracomment>For the Qt-free layers&apos; plurals (see :class:`_Counted`). The kinds of source page, in the order the docs list them. What each kind is called where a learner reads it (&quot;an outlet page&quot;). Reading a name (``KIND_NAMES[kind]``, ``.get``) gives it in the user&apos;s language.</extracomment>
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
    <name>Study</name>
    <message>
        <source>{study}: no free participant code was found</source>
        <extracomment>The data folder the desk was opened from (None: made directly). The study&apos;s sessions, the same for every participant.</extracomment>
        <translation>{study}: Es wurde kein freier Teilnahmecode gefunden</translation>
    </message>
    <message>
        <source>{code}: that is not the step the participant is on</source>
        <extracomment>The participant&apos;s own Practice on the study&apos;s pack (checks get their row).</extracomment>
        <translation>{code}: Das ist nicht der Schritt, bei dem die/der Teilnehmende gerade ist</translation>
    </message>
</context>
<context>
    <name>StudyWindow</name>
    <message>
        <source>Training material: every article and item in this study is invented.</source>
        <extracomment>What can go wrong below, each said in one line.</extracomment>
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
    <name>TodaysPractice</name>
    <message>
        <source>credible check</source>
        <extracomment>An article done more recently than this is chosen only when no other fits. The reasons an item is chosen for, as stored with today&apos;s set (in English: it is data) and as the learner reads them: see :func:`shown_reason`.</extracomment>
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
