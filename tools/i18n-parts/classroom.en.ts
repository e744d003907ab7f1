<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>
