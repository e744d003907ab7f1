<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Numbers</name>
    <message>
        <source>{value}%</source>
        <extracomment>The language the texts are written in. The learner setting (``Progress.setting``) that holds their choice; &quot;&quot; follows the system.</extracomment>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the body and ask which sentence actually proves the headline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsourced quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in quotation marks with no named speaker, or a speaker no one could check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask who said it, where and when; search the exact words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vague or anonymous source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Experts&quot;, &quot;sources&quot;, &quot;an international conference yesterday&quot;: nothing you could look up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for a name, an institution, a place and a date you could verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong name, title or fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person&apos;s name, title or role, an institution or a basic fact is given wrongly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the person&apos;s real name and office on an official page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded or emotional language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words chosen to stir feelings, including mind-reading (&quot;the president is afraid&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask how the writer could know what someone feels; strip the adjectives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A strong claim, threat or prediction with no evidence given for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for the evidence in the text itself; if there is none, read laterally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misleading number or statistic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number that is wrong, cherry-picked or framed to mislead (percent vs percentage points, a chosen period).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask: compared with what, over which period, and from which source?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing or misleading date or context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date, an old event presented as new, or context left out that changes the meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find when and where it happened, and what happened before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline–body mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headline says something the body does not support or even contradicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the headline&apos;s claim with what the body actually reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appeal to an expert who is unnamed, out of their field, or not really an expert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check who the expert is and whether the topic is their field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical fallacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning that does not hold: a false choice, a slippery slope, cause confused with coincidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restate the argument in one line and ask whether the conclusion follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filler that supports nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long generic background that sounds authoritative but proves nothing about the story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask what this paragraph tells you about this event that you could check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
