<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <name>PackEditor</name>
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
        <message numerus="yes">
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n problem</numerusform>
                <numerusform>%n problems</numerusform>
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
