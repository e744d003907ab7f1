<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>
