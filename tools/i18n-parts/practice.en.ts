<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>HistoryPage</name>
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
    <name>Practice</name>
    <message numerus="yes">
        <source>%n of the check&apos;s items are not answered yet.</source>
        <translation>
            <numerusform>%n of the check&apos;s items are not answered yet.</numerusform>
            <numerusform>%n of the check&apos;s items are not answered yet.</numerusform>
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
</TS>
