<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>BreathShape</name>
    <message>
        <source>Breathing shape</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Press Start when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds breathing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds breathing out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the shape still (less movement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or pause the pacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe slowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the circle: in through your nose while it grows, out slowly while it shrinks. A longer breath out tends to settle the body. Stop whenever you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. Go on whenever you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out… %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactRows</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to reach them, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. my sister Ana, my sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number, or where to find them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiveSenses</name>
    <message>
        <source>Look around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name five things you can see. Take your time with each: its colour, its shape, where the light falls on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice what you can touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find four things you can feel: your feet on the floor, the chair under you, the fabric of your sleeve, the air on your skin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick out three sounds, near or far: a fridge humming, traffic, your own breathing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice two things you can smell. If nothing comes, stand near a window, a cup of tea or your own hands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice one taste: a sip of water, the last thing you ate, or simply your mouth as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are here, in this room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>However you feel now is all right. You can go through the steps again, breathe slowly for a while, or reach out to someone from your plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step before (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next step (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five senses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>LockCardOption</name>
    <message>
        <source>Show the people and services from my support plan on the lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show my support people on the lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your journal to turn this on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When on, only their names and how to reach them are kept, unencrypted, in a small file beside your journal. When off, nothing of your plan leaves the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my people on the lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names and ways to reach the people and services in your plan will then be stored unencrypted on this computer, in a small file beside your journal, so that the lock screen can show them. Anyone using this computer could read that list. The rest of your plan stays encrypted. You can turn this off at any time, and the file is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them on the lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The short list on the lock screen could not be changed (%1). Your plan is safe inside your journal; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>My support plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let&apos;s go through it one part at a time. Write as much or as little as feels right; you can skip any part and come back whenever you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet (%1); what you wrote is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan could not be saved just now. Close anyway and lose these changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search everything you have written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches that yet. Try fewer or shorter words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportButton</name>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support for a hard moment: your plan, your people, a breathing pacer (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support for a hard moment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportDialog</name>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support for a hard moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a breath. Here is what can help right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in danger, or might hurt yourself, call your local emergency number now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you can, reach out to someone you trust and tell them it is a hard time. A short message is enough; you don&apos;t have to explain it all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody reads this journal. Writing here keeps your words private, and it also means no one is told that you need someone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe slowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the breathing pacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five senses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the five-senses walk-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground yourself for a few minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My support plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a PDF to print, or as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You haven&apos;t written your plan yet. It is a short list in your own words of what helps, and who you can turn to; any part can stay empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own support plan lives inside your journal, so it shows here once the journal is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People I can reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nobody on this list yet. You can add people and services to your plan once the journal is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose to keep this short list on the lock screen. The rest of your plan stays inside your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy will not be encrypted: anyone who opens the file can read it. Print it and delete it, or keep it somewhere private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In my own words, for a hard moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing here yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be written (%1). Your plan is safe in your journal; try another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1. Remember: this file is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
