<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
        <name>HostWindow</name>
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
            <source>could not save the class results to {path}: {problem}</source>
            <translation>die Ergebnisse der Klasse konnten nicht in {path} gespeichert werden: {problem}</translation>
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
</TS>
