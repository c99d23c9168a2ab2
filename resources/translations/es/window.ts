<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>GroupScheduleForm</name>
    <message>
        <source>My last session is planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My last session in this ongoing group is planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of your last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <source>Your journal can be brought back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal&apos;s own files are missing from this folder, but its backups folder still holds backups of it (the newest is from %1). Restore one to carry on where you were; nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new journal instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
