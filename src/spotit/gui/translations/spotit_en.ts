<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AgreementView</name>
        <message numerus="yes">
            <source>✓ Wrote %n disagreement(s) to {path}.</source>
            <translation>
                <numerusform>✓ Wrote %n disagreement to {path}.</numerusform>
                <numerusform>✓ Wrote %n disagreements to {path}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ArticlePage</name>
        <message numerus="yes">
            <source>{id} · {kind} · difficulty {difficulty} · %n annotation(s)</source>
            <translation>
                <numerusform>{id} · {kind} · difficulty {difficulty} · %n annotation</numerusform>
                <numerusform>{id} · {kind} · difficulty {difficulty} · %n annotations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n thing(s) need attention</source>
            <translation>
                <numerusform>%n thing needs attention</numerusform>
                <numerusform>%n things need attention</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n other place(s)</source>
            <translation>
                <numerusform>%n other place</numerusform>
                <numerusform>%n other places</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CategoriesPage</name>
        <message numerus="yes">
            <source>Used by %n annotation(s) in {articles}.</source>
            <translation>
                <numerusform>Used by %n annotation in {articles}.</numerusform>
                <numerusform>Used by %n annotations in {articles}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n article(s)</source>
            <translation>
                <numerusform>%n article</numerusform>
                <numerusform>%n articles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n annotation(s) use “{category}” and there is no other category to move them to. Add one first.</source>
            <translation>
                <numerusform>%n annotation uses “{category}” and there is no other category to move it to. Add one first.</numerusform>
                <numerusform>%n annotations use “{category}” and there is no other category to move them to. Add one first.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n annotation(s) use “{category}”.
Move them to:</source>
            <translation>
                <numerusform>%n annotation uses “{category}”.
Move it to:</numerusform>
                <numerusform>%n annotations use “{category}”.
Move them to:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted “{category}”; its %n annotation(s) moved.</source>
            <translation>
                <numerusform>Deleted “{category}”; its %n annotation moved.</numerusform>
                <numerusform>Deleted “{category}”; its %n annotations moved.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message numerus="yes">
            <source>%n item(s) · {wave} · {answered} answered: you go on from item {next}</source>
            <translation>
                <numerusform>%n item · {wave} · {answered} answered: you go on from item {next}</numerusform>
                <numerusform>%n items · {wave} · {answered} answered: you go on from item {next}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) · {wave}</source>
            <translation>
                <numerusform>%n item · {wave}</numerusform>
                <numerusform>%n items · {wave}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) on</source>
            <translation>
                <numerusform>%n day on</numerusform>
                <numerusform>%n days on</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckReport</name>
        <message numerus="yes">
            <source>%n day(s) on</source>
            <translation>
                <numerusform>%n day on</numerusform>
                <numerusform>%n days on</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n participant</numerusform>
                <numerusform>%n participants</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckReportWindow</name>
        <message numerus="yes">
            <source>%n day(s) on</source>
            <translation>
                <numerusform>%n day on</numerusform>
                <numerusform>%n days on</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClassSession</name>
        <message numerus="yes">
            <source>a class session can have at most %n article(s)</source>
            <translation>
                <numerusform>a class session can have at most %n article</numerusform>
                <numerusform>a class session can have at most %n articles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>a session can have at most %n article(s)</source>
            <translation>
                <numerusform>a session can have at most %n article</numerusform>
                <numerusform>a session can have at most %n articles</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <source>%n article(s)</source>
            <translation>
                <numerusform>%n article</numerusform>
                <numerusform>%n articles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n annotation(s)</source>
            <translation>
                <numerusform>%n annotation</numerusform>
                <numerusform>%n annotations</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Feedback</name>
        <message numerus="yes">
            <source>This article is credible: %n flag(s) raised where there was no red flag.</source>
            <translation>
                <numerusform>This article is credible: %n flag raised where there was no red flag.</numerusform>
                <numerusform>This article is credible: %n flags raised where there was no red flag.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You found {found} of %n red flag(s) and named {named} of them right</source>
            <translation>
                <numerusform>You found {found} of %n red flag and named {named} of them right</numerusform>
                <numerusform>You found {found} of %n red flags and named {named} of them right</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You found {found} of %n red flag(s)</source>
            <translation>
                <numerusform>You found {found} of %n red flag</numerusform>
                <numerusform>You found {found} of %n red flags</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n more partly</source>
            <translation>
                <numerusform>, %n more partly</numerusform>
                <numerusform>, %n more partly</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, but all %n of your flags covered far more than the red flag</source>
            <translation>
                <numerusform>, but all %n of your flags covered far more than the red flag</numerusform>
                <numerusform>, but all %n of your flags covered far more than the red flag</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, but {broad} of your %n flags covered far more than the red flag</source>
            <translation>
                <numerusform>, but {broad} of your %n flags covered far more than the red flag</numerusform>
                <numerusform>, but {broad} of your %n flags covered far more than the red flag</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n of your flags were close: right sentence, other words</source>
            <translation>
                <numerusform>; %n of your flags was close: right sentence, other words</numerusform>
                <numerusform>; %n of your flags were close: right sentence, other words</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n of your flags were not a red flag</source>
            <translation>
                <numerusform>; %n of your flags was not a red flag</numerusform>
                <numerusform>; %n of your flags were not a red flag</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FeedbackPanel</name>
        <message numerus="yes">
            <source>Spotted {spotted} · Named {named} · %n hints used</source>
            <translation>
                <numerusform>Spotted {spotted} · Named {named} · %n hint used</numerusform>
                <numerusform>Spotted {spotted} · Named {named} · %n hints used</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Score {score} out of 100. Spotted {spotted}, named {named}, %n hints used.</source>
            <translation>
                <numerusform>Score {score} out of 100. Spotted {spotted}, named {named}, %n hint used.</numerusform>
                <numerusform>Score {score} out of 100. Spotted {spotted}, named {named}, %n hints used.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FlagListPanel</name>
        <message numerus="yes">
            <source>Another h&amp;int (%n left)</source>
            <translation>
                <numerusform>Another h&amp;int (%n left)</numerusform>
                <numerusform>Another h&amp;int (%n left)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HeatView</name>
        <message numerus="yes">
            <source>Flagged by {count} of %n student(s)</source>
            <translation>
                <numerusform>Flagged by {count} of %n student</numerusform>
                <numerusform>Flagged by {count} of %n students</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Due for review {when} (local time) · reviewed %n time(s)</source>
            <translation>
                <numerusform>Due for review {when} (local time) · reviewed %n time</numerusform>
                <numerusform>Due for review {when} (local time) · reviewed %n times</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Average of the last %n</source>
            <translation>
                <numerusform>Average of the last %n</numerusform>
                <numerusform>Average of the last %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Line chart of %n score(s), attempt 1 to {last}. Latest score {latest}, best {best}, lowest {lowest}; average of the last {window}: {average}.</source>
            <translation>
                <numerusform>Line chart of %n score, attempt 1 to {last}. Latest score {latest}, best {best}, lowest {lowest}; average of the last {window}: {average}.</numerusform>
                <numerusform>Line chart of %n scores, attempt 1 to {last}. Latest score {latest}, best {best}, lowest {lowest}; average of the last {window}: {average}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In your reviews: %n red flag(s) and the over-flagging check · {due} due now. Select a red flag and press Enter to read its lesson.</source>
            <translation>
                <numerusform>In your reviews: %n red flag and the over-flagging check · {due} due now. Select a red flag and press Enter to read its lesson.</numerusform>
                <numerusform>In your reviews: %n red flags and the over-flagging check · {due} due now. Select a red flag and press Enter to read its lesson.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In your reviews: %n red flag(s) · {due} due now. Select a red flag and press Enter to read its lesson.</source>
            <translation>
                <numerusform>In your reviews: %n red flag · {due} due now. Select a red flag and press Enter to read its lesson.</numerusform>
                <numerusform>In your reviews: %n red flags · {due} due now. Select a red flag and press Enter to read its lesson.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n second</numerusform>
                <numerusform>%n seconds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attempt(s)</source>
            <translation>
                <numerusform>%n attempt</numerusform>
                <numerusform>%n attempts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n article(s) tried</source>
            <translation>
                <numerusform>%n article tried</numerusform>
                <numerusform>%n articles tried</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>last %n attempts: average {average}, best {best}</source>
            <translation>
                <numerusform>last %n attempts: average {average}, best {best}</numerusform>
                <numerusform>last %n attempts: average {average}, best {best}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HostWindow</name>
        <message numerus="yes">
            <source>Offer &amp;hints (each one a student uses costs %n point(s))</source>
            <translation>
                <numerusform>Offer &amp;hints (each one a student uses costs %n point)</numerusform>
                <numerusform>Offer &amp;hints (each one a student uses costs %n points)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{headline}  —  {kind}, difficulty {difficulty}, %n red flag(s)</source>
            <translation>
                <numerusform>{headline}  —  {kind}, difficulty {difficulty}, %n red flag</numerusform>
                <numerusform>{headline}  —  {kind}, difficulty {difficulty}, %n red flags</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n article(s) chosen</source>
            <translation>
                <numerusform>%n article chosen</numerusform>
                <numerusform>%n articles chosen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name} asked for {hints} of this article's hints; each costs %n point(s) of the score.</source>
            <translation>
                <numerusform>{name} asked for {hints} of this article's hints; each costs %n point of the score.</numerusform>
                <numerusform>{name} asked for {hints} of this article's hints; each costs %n points of the score.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Hints on: {offered} for this article, %n point(s) each.</source>
            <translation>
                <numerusform>Hints on: {offered} for this article, %n point each.</numerusform>
                <numerusform>Hints on: {offered} for this article, %n points each.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>{title} (%n annotation(s))</source>
            <translation>
                <numerusform>{title} (%n annotation)</numerusform>
                <numerusform>{title} (%n annotations)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>⚠ Still to map: %n label(s). Each must become one of the pack's categories, or a new one, before the import can go on; nothing is dropped.</source>
            <translation>
                <numerusform>⚠ Still to map: %n label. It must become one of the pack's categories, or a new one, before the import can go on; nothing is dropped.</numerusform>
                <numerusform>⚠ Still to map: %n labels. Each must become one of the pack's categories, or a new one, before the import can go on; nothing is dropped.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n file(s) or text(s) were skipped and are not in the pack:</source>
            <translation>
                <numerusform>⚠ %n file or text was skipped and is not in the pack:</numerusform>
                <numerusform>⚠ %n files or texts were skipped and are not in the pack:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;⚠ %n annotation(s) could not be placed&lt;/b&gt; and are not in the pack. Each is listed with where it came from:</source>
            <translation>
                <numerusform>&lt;b&gt;⚠ %n annotation could not be placed&lt;/b&gt; and is not in the pack. It is listed with where it came from:</numerusform>
                <numerusform>&lt;b&gt;⚠ %n annotations could not be placed&lt;/b&gt; and are not in the pack. Each is listed with where it came from:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n article(s)</source>
            <translation>
                <numerusform>%n article</numerusform>
                <numerusform>%n articles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n annotation(s)</source>
            <translation>
                <numerusform>%n annotation</numerusform>
                <numerusform>%n annotations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n label(s)</source>
            <translation>
                <numerusform>%n label</numerusform>
                <numerusform>%n labels</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Investigation</name>
        <message numerus="yes">
            <source>You ran %n search(es).</source>
            <translation>
                <numerusform>You ran %n search.</numerusform>
                <numerusform>You ran %n searches.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You opened %n page(s), for {time}.</source>
            <translation>
                <numerusform>You opened %n page, for {time}.</numerusform>
                <numerusform>You opened %n pages, for {time}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You opened %n page(s).</source>
            <translation>
                <numerusform>You opened %n page.</numerusform>
                <numerusform>You opened %n pages.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n search(es)</source>
            <translation>
                <numerusform>%n search</numerusform>
                <numerusform>%n searches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InvestigationPane</name>
        <message numerus="yes">
            <source>No page holds all of {query}; %n hold some of its words.</source>
            <translation>
                <numerusform>No page holds all of {query}; %n holds some of its words.</numerusform>
                <numerusform>No page holds all of {query}; %n hold some of its words.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n results, best first.</source>
            <translation>
                <numerusform>%n result, best first.</numerusform>
                <numerusform>%n results, best first.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LibraryPage</name>
        <message numerus="yes">
            <source>Submitted %n times</source>
            <translation>
                <numerusform>Submitted %n times</numerusform>
                <numerusform>Submitted %n times</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n minute(s)</source>
            <translation>
                <numerusform>in %n minute</numerusform>
                <numerusform>in %n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n hour(s)</source>
            <translation>
                <numerusform>in %n hour</numerusform>
                <numerusform>in %n hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>in %n day</numerusform>
                <numerusform>in %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n week(s)</source>
            <translation>
                <numerusform>in %n week</numerusform>
                <numerusform>in %n weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n month(s)</source>
            <translation>
                <numerusform>in %n month</numerusform>
                <numerusform>in %n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n year(s)</source>
            <translation>
                <numerusform>in %n year</numerusform>
                <numerusform>in %n years</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n red-flag kind is due for review, and the over-flagging check</source>
            <translation>
                <numerusform>%n red-flag kind is due for review, and the over-flagging check</numerusform>
                <numerusform>%n red-flag kind is due for review, and the over-flagging check</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n red-flag kind is due for review</source>
            <translation>
                <numerusform>%n red-flag kind is due for review</numerusform>
                <numerusform>%n red-flag kind is due for review</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n red-flag kinds are due for review, and the over-flagging check</source>
            <translation>
                <numerusform>%n red-flag kinds are due for review, and the over-flagging check</numerusform>
                <numerusform>%n red-flag kinds are due for review, and the over-flagging check</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n red-flag kinds are due for review</source>
            <translation>
                <numerusform>%n red-flag kinds are due for review</numerusform>
                <numerusform>%n red-flag kinds are due for review</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your answers so far are kept. %n items, each rated from 1 (sure not credible) to 6 (sure credible). No feedback until the end.</source>
            <translation>
                <numerusform>Your answers so far are kept. %n item, rated from 1 (sure not credible) to 6 (sure credible). No feedback until the end.</numerusform>
                <numerusform>Your answers so far are kept. %n items, each rated from 1 (sure not credible) to 6 (sure credible). No feedback until the end.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n items, each rated from 1 (sure not credible) to 6 (sure credible). No feedback until the end.</source>
            <translation>
                <numerusform>%n item, rated from 1 (sure not credible) to 6 (sure credible). No feedback until the end.</numerusform>
                <numerusform>%n items, each rated from 1 (sure not credible) to 6 (sure credible). No feedback until the end.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Showing {shown} of %n articles · {done} done · Enter opens the selected article.</source>
            <translation>
                <numerusform>Showing {shown} of %n articles · {done} done · Enter opens the selected article.</numerusform>
                <numerusform>Showing {shown} of %n articles · {done} done · Enter opens the selected article.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PackEditor</name>
        <message numerus="yes">
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n problem</numerusform>
                <numerusform>%n problems</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete “{article}” and its %n annotation(s)? Undo (Ctrl+Z) brings it back.</source>
            <translation>
                <numerusform>Delete “{article}” and its %n annotation? Undo (Ctrl+Z) brings it back.</numerusform>
                <numerusform>Delete “{article}” and its %n annotations? Undo (Ctrl+Z) brings it back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s), as “spotit pack validate” reports them. Click one (or press F4) to go to it.</source>
            <translation>
                <numerusform>%n problem, as “spotit pack validate” reports it. Click it (or press F4) to go to it.</numerusform>
                <numerusform>%n problems, as “spotit pack validate” reports them. Click one (or press F4) to go to it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The pack has %n problem(s). Fix them first: they are listed under Problems.</source>
            <translation>
                <numerusform>The pack has %n problem. Fix it first: it is listed under Problems.</numerusform>
                <numerusform>The pack has %n problems. Fix them first: they are listed under Problems.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Practice</name>
        <message numerus="yes">
            <source>%n of the check's items are not answered yet.</source>
            <translation>
                <numerusform>%n of the check's items are not answered yet.</numerusform>
                <numerusform>%n of the check's items are not answered yet.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReaderPage</name>
        <message numerus="yes">
            <source>This article contains %n hidden characters that change the direction of text; SpotIt shows them as {mark} and does not let them reorder the text.</source>
            <translation>
                <numerusform>This article contains %n hidden character that changes the direction of text; SpotIt shows it as {mark} and does not let it reorder the text.</numerusform>
                <numerusform>This article contains %n hidden characters that change the direction of text; SpotIt shows them as {mark} and does not let them reorder the text.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No font on this computer can draw %n characters in this article, so they show as empty boxes: {names}.</source>
            <translation>
                <numerusform>No font on this computer can draw %n character in this article, so it shows as an empty box: {names}.</numerusform>
                <numerusform>No font on this computer can draw %n characters in this article, so they show as empty boxes: {names}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No font on this computer can draw %n characters in this article, so they show as empty boxes: {names}, and {more} more.</source>
            <translation>
                <numerusform>No font on this computer can draw %n character in this article, so it shows as an empty box: {names}, and {more} more.</numerusform>
                <numerusform>No font on this computer can draw %n characters in this article, so they show as empty boxes: {names}, and {more} more.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Before you start: lessons on %n red flags you have not met yet, starting with {name}. Read them in any order.</source>
            <translation>
                <numerusform>Before you start: lessons on %n red flag you have not met yet, starting with {name}. Read them in any order.</numerusform>
                <numerusform>Before you start: lessons on %n red flags you have not met yet, starting with {name}. Read them in any order.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Hint {used} of {total}: {hint} (%n more if you need it.)</source>
            <translation>
                <numerusform>Hint {used} of {total}: {hint} (%n more if you need it.)</numerusform>
                <numerusform>Hint {used} of {total}: {hint} (%n more if you need it.)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Submit this article as credible? Your %n flag(s) will not count.</source>
            <translation>
                <numerusform>Submit this article as credible? Your %n flag will not count.</numerusform>
                <numerusform>Submit this article as credible? Your %n flags will not count.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SourcesPage</name>
        <message numerus="yes">
            <source>linked from %n place(s)</source>
            <translation>
                <numerusform>linked from %n place</numerusform>
                <numerusform>linked from %n places</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Lin&amp;ked from: %n place(s) (Enter goes there)</source>
            <translation>
                <numerusform>Lin&amp;ked from: %n place (Enter goes there)</numerusform>
                <numerusform>Lin&amp;ked from: %n places (Enter goes there)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StartProblem</name>
        <message numerus="yes">
            <source>%n profile(s)</source>
            <translation>
                <numerusform>%n profile</numerusform>
                <numerusform>%n profiles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attempt(s)</source>
            <translation>
                <numerusform>%n attempt</numerusform>
                <numerusform>%n attempts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n draft(s)</source>
            <translation>
                <numerusform>%n draft</numerusform>
                <numerusform>%n drafts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StudentWindow</name>
        <message numerus="yes">
            <source>%n student(s)</source>
            <translation>
                <numerusform>%n student</numerusform>
                <numerusform>%n students</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;How the class did:&lt;/b&gt; {students}; on average they found {mean} of %n red flag(s). The Class column shows how many found each one.</source>
            <translation>
                <numerusform>&lt;b&gt;How the class did:&lt;/b&gt; {students}; on average they found {mean} of %n red flag. The Class column shows how many found each one.</numerusform>
                <numerusform>&lt;b&gt;How the class did:&lt;/b&gt; {students}; on average they found {mean} of %n red flags. The Class column shows how many found each one.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;How the class did:&lt;/b&gt; a credible article, judged by %n student(s).</source>
            <translation>
                <numerusform>&lt;b&gt;How the class did:&lt;/b&gt; a credible article, judged by %n student.</numerusform>
                <numerusform>&lt;b&gt;How the class did:&lt;/b&gt; a credible article, judged by %n students.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TryAsLearnerDialog</name>
        <message numerus="yes">
            <source>Trying “{headline}” as a learner. Nothing you do here is recorded. %n annotation(s) waiting for you to confirm or fix are left out of this answer key.</source>
            <translation>
                <numerusform>Trying “{headline}” as a learner. Nothing you do here is recorded. %n annotation waiting for you to confirm or fix is left out of this answer key.</numerusform>
                <numerusform>Trying “{headline}” as a learner. Nothing you do here is recorded. %n annotations waiting for you to confirm or fix are left out of this answer key.</numerusform>
            </translation>
        </message>
    </context>
</TS>
