<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AreasBox</name>
    <message>
        <source>What this relationship touches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick any that fit, or none. You can change this whenever you like.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <source>Your computer asks for less movement, so the shape starts still</source>
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
    <name>CheckInDialog</name>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling words, in six families; Space ticks a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong the chosen word is, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who it is about, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick someone from your people or type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: someone from your people, or a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a line about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where are you right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any words for it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to save yet: pick a spot on the grid or a word first. Anything you typed is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is longer than %1 characters; please shorten it. Nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose at most %1 words for one check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That name is very long; a first name or initials are plenty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That spot or strength could not be read; please set it again. Anything you typed is still here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CircleTab</name>
    <message>
        <source>You are at the centre. Put each person on the ring that feels right today; moving someone later keeps where they were before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and their rings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring for the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+1 to Alt+4 put the selected person on a ring, Alt+0 takes them off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the circle on an earlier day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a look back at how your circle changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The circle then and now, what you worked on, goals reached, and what you wrote about each person, as Markdown or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group members and people you marked become Member A, Member B…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the start: %1 closer, %2 further away, %3 on the same ring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closeness circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is how your circle looked on %1. Move the slider to the end to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ring %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not on the circle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, as at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %3 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CircleView</name>
    <message>
        <source>Closeness circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are at the centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is on the circle yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is on this circle yet.</source>
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
    <name>Feelings</name>
    <message>
        <source>joyful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>happy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hopeful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>playful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appreciative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grateful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peaceful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lonely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disappointed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unseen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>homesick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grieving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afraid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anxious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overwhelmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nervous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insecure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>panicky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>angry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frustrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>irritated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resentful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jealous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annoyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impatient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defensive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>furious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ashamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embarrassed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guilty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self conscious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foolish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regretful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awkward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unworthy</source>
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
    <name>GroupDaysChart</name>
    <message>
        <source>Feelings around group days, as a chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpleasant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pleasant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>Calendar of feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 feelings noted, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <source>The day before group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two days after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is noted around group days yet. Check-ins and feelings you name in your writing will show here once your group has met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 feelings, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A month ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six months ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since your last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since session %1 ended, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since your last group ended, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(an entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written since then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins since then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to your list for group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing added to your list since then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goal check-ins since then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stayed with you from this week?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you notice in how you relate to others?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would you like to bring to group, or keep an eye on next week?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaning pleasant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaning unpleasant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in between</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsScreen</name>
    <message>
        <source>Nothing to look back on yet. When you check in or name a feeling in your writing, this page shows how your feelings move over the weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange is more unpleasant, blue more pleasant, pale in between; grey days hold only your own words. Arrow keys move, Enter opens a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you wrote and noted on the chosen day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feelings around group days, in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words you used most this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feelings by suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feelings by person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words you used most this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How your feelings moved, from check-ins, your reflection forms and your debriefs. It describes; it never judges a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Around group days in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By suggestion and by person in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing noted in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 you noted feelings on %2 days: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feeling words yet this month. Words you choose in a check-in or a reflection form are counted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feelings in writing about a suggestion, and check-ins about someone, are gathered here once this year has some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written or noted on this day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkedList</name>
    <message>
        <source>Entries, agenda items and goals that name this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no words yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing names this person yet. Later, entries, agenda items and goals that mention them will be listed here.</source>
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
    <name>LookBack</name>
    <message>
        <source>Save a look back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file will not be encrypted: anyone who opens it can read it. Keep it somewhere private, or print it and delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md);;PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The look back could not be written there. Nothing in your journal changed. Try another folder, for example your Documents.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LookingBackCard</name>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few seconds: how you are right now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in on how you feel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short weekly review, three questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are you right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since your last session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since your last session: nothing yet. The page is there when you want it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since your last session: %1 written, %2 check-ins, %3 for your list, %4 goal check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 check-ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(an entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the entry from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your check-in is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That sounds like a hard moment. Your support plan and a breathing exercise are here if you want them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your weekly review is saved in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodGrid</name>
    <message>
        <source>Where you are: unpleasant to pleasant, low to high energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spot chosen. Use the arrow keys or click to place one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pleasant %1 of 5, energy %2 of 5 (negative is unpleasant or low)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpleasant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pleasant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapist or counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone in my group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week or so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month or so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now and then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in touch at the moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring 1, closest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring 2, close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring 3, further out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring 4, distant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grief and loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friction with people who matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life changes and new roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loneliness and connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losing someone, or something that mattered between you, can stay with you for a long time. Marking it here gives that loss a place on this person&apos;s page, at your own pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sometimes you and someone close hope for different things from each other, and the same friction keeps coming back. Naming it can help you see what each of you is really asking for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A move, a new job, getting sober, or a relationship starting or ending can change how you and this person fit together. Finding your feet again after a change like that takes time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some connections feel thinner or harder to start and keep than you would like. Marking this helps you notice what you would want more of, with this person or with others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is good between us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I can talk about with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I can&apos;t talk about with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each of us expects of the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I would like to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give this person a name first; initials or a nickname are enough. Nothing else was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That name is very long. Please keep it short here and put the rest in the notes; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One answer is too long to keep in one place. Please split it; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different people to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initials or a nickname protect other members&apos; privacy if someone sees your screen or an export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleCard</name>
    <message>
        <source>Save a look back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The circle then and now, what you worked on and goals reached, as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation will not come back; People is always in the list on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking back on your relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As your time in the group comes to an end, you can see how the people on your circle moved since you started. It can help you say what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the circle then and now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people who matter to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first sessions are a good time to map your important relationships: who is close, who is further away, what is good and what is hard. A few names are enough to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map my relationships</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <source>Merge two people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is the same person? Everything written about them moves here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of a person to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here you can map the people who matter to you, close or far. Start with one name: type it on the left and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closeness circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no one else to merge with yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and where they were on your circle will be removed for good. Entries, agenda items and goals that name them stay as they are. Archiving instead keeps everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name, initials or a nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use initials instead of the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you are related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often you are in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they are on your circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace this name in exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you export with names replaced, this name becomes Member A, Member B…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Related as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;touch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On your &amp;circle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge with another person who is the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts to write about this relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What names them, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feelings you wrote down with them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have someone else called %1 too. That is fine; you can merge the two later if they are one person.</source>
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
    <name>Preferences</name>
    <message>
        <source>On Today, show what happened since your last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Today, show what you wrote on this day a month, six months and a year ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Today, offer a short weekly review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptBrowser</name>
    <message>
        <source>All prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts grouped by suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write about this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide / show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin / unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my own…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit mine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (pinned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question or nudge for yourself:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit your prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this prompt of yours? Entries written with it are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptList</name>
    <message>
        <source>Prompts about this relationship; press Enter to write with one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the support plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 check-ins</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>%1 (%2)</source>
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
    <name>SinceLastSessionPage</name>
    <message>
        <source>A look at the time between groups, to read before the next one. Saving it as a file writes it out unencrypted where you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written there. Nothing in your journal changed; please choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Support</name>
    <message>
        <source>Signs that a hard time is building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things I can do on my own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and places that take my mind off it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professionals and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making my surroundings safer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters most to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On my own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking my mind off it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People I can ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safer surroundings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons to keep going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thoughts, moods, places or moments that tell you things are getting heavier. Noticing them early gives you more room to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small things that have helped you through before, without needing anyone: a walk, a shower, music, stretching, writing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company or places that shift your attention for a while: a friend to sit with, a café, a meeting, a park.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People you trust to hear you, and how to reach them. You don&apos;t have to explain everything; &quot;can we talk?&quot; is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your group&apos;s therapist, a sponsor, your clinic, a crisis line where you live. Type their names and numbers yourself; the journal never calls or sends anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you could move out of reach, or away from home, for a while, and who could help you with that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people, hopes and small things that make it worth staying with the hard moment until it passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name, and how to reach them (a phone number, where to find them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line. Leave it empty if nothing comes to mind yet.</source>
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
<context>
    <name>SupportOffer</name>
    <message>
        <source>If tonight feels heavy, your support plan and a breathing exercise are here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the support page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That urge sounded strong. Your support plan and a breathing exercise are one click away, if you want them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy signs to my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the lines of &quot;What told me it was building&quot; into your plan&apos;s warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in your plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Free writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something I noticed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something I held back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pattern I see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A thought that doesn&apos;t make sense yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A concern about the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trigger I noticed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the beginning: getting to know the group and mapping the people who matter in your life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the middle: the main work of the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ending: what ending brings up, and looking back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>happening now (started %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, in %3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your group&apos;s day and time to see when the next session is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your group&apos;s sessions have come to an end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When your next group meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write about this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an entry with this prompt (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a different prompt (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned prompts come up more often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t show this one again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse all prompts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every prompt, by suggestion; add your own (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or start with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in on your goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are your goals this week? A quick mark is plenty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up your group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review what to raise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look back on group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list for next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have hidden every prompt. You can bring them back under Browse all prompts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeeklyReviewDialog</name>
    <message>
        <source>A short weekly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three questions, as short or long as you like. Skip any that don&apos;t fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly review, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All three are empty, so there is nothing to save yet. Write a line in any of them, or close this for now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search everything you wrote (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries, goals, agenda, sessions, people, your support plan and check-ins; the results show below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the journal now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to your list for next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry I want to bring to group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
