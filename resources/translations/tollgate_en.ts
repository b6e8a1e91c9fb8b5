<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ComparisonReport</name>
    <message numerus="yes">
        <source>Comparison of %n project(s)</source>
        <translation>
            <numerusform>Comparison of %n project</numerusform>
            <numerusform>Comparison of %n projects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tollgate::ComparisonModel</name>
    <message numerus="yes">
        <source>%n analyst(s) scored it, from %1 to %2.</source>
        <translation>
            <numerusform>%n analyst scored it, from %1 to %2.</numerusform>
            <numerusform>%n analysts scored it, from %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tollgate::ImportDialog</name>
    <message numerus="yes">
        <source>Ready to import %n project(s)</source>
        <translation>
            <numerusform>Ready to import %n project</numerusform>
            <numerusform>Ready to import %n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n scorecard(s)</source>
        <translation>
            <numerusform>, %n scorecard</numerusform>
            <numerusform>, %n scorecards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n meeting(s).</source>
        <translation>
            <numerusform> and %n meeting.</numerusform>
            <numerusform> and %n meetings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) will be skipped and written beside the file.</source>
        <translation>
            <numerusform>%n bad row will be skipped and written beside the file.</numerusform>
            <numerusform>%n bad rows will be skipped and written beside the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tollgate::MeetingsPage</name>
    <message numerus="yes">
        <source>%n item(s) have no decision.</source>
        <translation>
            <numerusform>%n item has no decision.</numerusform>
            <numerusform>%n items have no decision.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n project(s) to:</source>
        <translation>
            <numerusform>Add %n project to:</numerusform>
            <numerusform>Add %n projects to:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n project(s) to “%1”.</source>
        <translation>
            <numerusform>Added %n project to “%1”.</numerusform>
            <numerusform>Added %n projects to “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tollgate::ProjectsPage</name>
    <message numerus="yes">
        <source>%n project(s) shown</source>
        <translation>
            <numerusform>%n project shown</numerusform>
            <numerusform>%n projects shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tollgate::ScreeningMatrixChart</name>
    <message numerus="yes">
        <source>and %n more project(s) here</source>
        <translation>
            <numerusform>and %n more project here</numerusform>
            <numerusform>and %n more projects here</numerusform>
        </translation>
    </message>
</context>
</TS>
