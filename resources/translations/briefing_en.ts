<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>core</name>
    <message numerus="yes">
        <source>%n word(s), about {pages} pages</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s), about {pages} page</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
