<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>FeedbackPanel</name>
    <message numerus="yes">
        <source>Spotted {spotted} · Named {named} · %n hints used</source>
        <translation>
            <numerusform>Spotted {spotted} · Named {named} · %n hint used</numerusform><numerusform>Spotted {spotted} · Named {named} · %n hints used</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Score {score} out of 100. Spotted {spotted}, named {named}, %n hints used.</source>
        <translation>
            <numerusform>Score {score} out of 100. Spotted {spotted}, named {named}, %n hint used.</numerusform><numerusform>Score {score} out of 100. Spotted {spotted}, named {named}, %n hints used.</numerusform></translation>
    </message>
</context>
<context>
    <name>FlagListPanel</name>
    <message numerus="yes">
        <source>Another h&amp;int (%n left)</source>
        <translation>
            <numerusform>Another h&amp;int (%n left)</numerusform><numerusform>Another h&amp;int (%n left)</numerusform></translation>
    </message>
</context>
<context>
    <name>InvestigationPane</name>
    <message numerus="yes">
        <source>No page holds all of {query}; %n hold some of its words.</source>
        <translation>
            <numerusform>No page holds all of {query}; %n holds some of its words.</numerusform><numerusform>No page holds all of {query}; %n hold some of its words.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n results, best first.</source>
        <translation>
            <numerusform>%n result, best first.</numerusform><numerusform>%n results, best first.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReaderPage</name>
    <message numerus="yes">
        <source>Before you start: lessons on %n red flags you have not met yet, starting with {name}. Read them in any order.</source>
        <translation>
            <numerusform>Before you start: lessons on %n red flag you have not met yet, starting with {name}. Read them in any order.</numerusform><numerusform>Before you start: lessons on %n red flags you have not met yet, starting with {name}. Read them in any order.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Hint {used} of {total}: {hint} (%n more if you need it.)</source>
        <translation>
            <numerusform>Hint {used} of {total}: {hint} (%n more if you need it.)</numerusform><numerusform>Hint {used} of {total}: {hint} (%n more if you need it.)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Submit this article as credible? Your %n flag(s) will not count.</source>
        <translation>
            <numerusform>Submit this article as credible? Your %n flag will not count.</numerusform><numerusform>Submit this article as credible? Your %n flags will not count.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This article contains %n hidden characters that change the direction of text; SpotIt shows them as {mark} and does not let them reorder the text.</source>
        <translation>
            <numerusform>This article contains %n hidden character that changes the direction of text; SpotIt shows it as {mark} and does not let it reorder the text.</numerusform><numerusform>This article contains %n hidden characters that change the direction of text; SpotIt shows them as {mark} and does not let them reorder the text.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No font on this computer can draw %n characters in this article, so they show as empty boxes: {names}.</source>
        <translation>
            <numerusform>No font on this computer can draw %n character in this article, so it shows as an empty box: {names}.</numerusform><numerusform>No font on this computer can draw %n characters in this article, so they show as empty boxes: {names}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No font on this computer can draw %n characters in this article, so they show as empty boxes: {names}, and {more} more.</source>
        <translation>
            <numerusform>No font on this computer can draw %n character in this article, so it shows as an empty box: {names}, and {more} more.</numerusform><numerusform>No font on this computer can draw %n characters in this article, so they show as empty boxes: {names}, and {more} more.</numerusform></translation>
    </message>
</context>
</TS>
