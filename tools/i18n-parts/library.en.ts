<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>
