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
</TS>
