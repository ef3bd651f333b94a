<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>Commands</name>
        <message numerus="yes">
            <source>Add %n Claims</source>
            <translation>
                <numerusform>Add %n Claim</numerusform>
                <numerusform>Add %n Claims</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message numerus="yes">
            <source> — longer than the %n page(s) this template allows</source>
            <translation>
                <numerusform> — longer than the %n page this template allows</numerusform>
                <numerusform> — longer than the %n pages this template allows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n word</numerusform>
                <numerusform>%n words</numerusform>
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
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>%n passage(s) appear twice in the text; claims should cite the first.</source>
            <translation>
                <numerusform>%n passage appears twice in the text; claims should cite the first.</numerusform>
                <numerusform>%n passages appear twice in the text; claims should cite the first.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LibraryPane</name>
        <message numerus="yes">
            <source>%n+ claims, counting…</source>
            <translation>
                <numerusform>%n+ claims, counting…</numerusform>
                <numerusform>%n+ claims, counting…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s)</source>
            <translation>
                <numerusform>%n claim</numerusform>
                <numerusform>%n claims</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>These claims are already in the briefing:
{claims}

Add them again?</source>
            <translation>
                <numerusform>This claim is already in the briefing:
{claims}

Add it again?</numerusform>
                <numerusform>These claims are already in the briefing:
{claims}

Add them again?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OutlineModel</name>
        <message numerus="yes">
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n word</numerusform>
                <numerusform>%n words</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message numerus="yes">
            <source>%n word(s), about {pages} pages</source>
            <translation>
                <numerusform>%n word, about {pages} pages</numerusform>
                <numerusform>%n words, about {pages} pages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n word(s), about {pages} page</source>
            <translation>
                <numerusform>%n word, about {pages} page</numerusform>
                <numerusform>%n words, about {pages} page</numerusform>
            </translation>
        </message>
    </context>
</TS>
