"""Render the real app's screens to PNG from a small sample journal (for the README and for looking).

    python docs/screenshots.py OUT_DIR [--dark] [--scale 1.5] [--lang es] [--size 900x600]
    python docs/screenshots.py docs/screenshots --readme    # the README's table, every language and scheme

Runs offscreen on a throwaway vault in a temporary folder; nothing touches the member's own journal.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "sample quiet kettle morning"
# The screens in the README's table, as <lang>-<scheme>-<screen>.png under docs/screenshots/.
README_SCREENS = ("today", "journal", "next-session", "goals", "people", "insights", "support")


def sample(session, lang: str = "en") -> None:  # type: ignore[no-untyped-def]
    """A calm, believable journal about six weeks into a sixteen-week group, dated around today.

    Every word is invented for these pictures. With lang "es" the member's own words are Spanish.
    """
    from datetime import time

    from ipt_journal.domain.feelings import months_back

    es = lang == "es"

    def w(en: str, es_text: str) -> str:
        return es_text if es else en

    now = datetime.now().astimezone().replace(second=0, microsecond=0)

    def day(days_ago: int, hour: int, minute: int = 0) -> datetime:
        moment = datetime.combine(now.date() - timedelta(days=days_ago), time(hour, minute)).astimezone()
        return min(moment, now - timedelta(minutes=30))  # never later than a moment ago

    from ipt_journal.domain.schedule import GroupSchedule
    from ipt_journal.services.group import Group

    # Weekly at 18:30, sixteen sessions; the seventh is in three days, the sixth was four days ago.
    seventh = now.date() + timedelta(days=3)
    group = Group(session)
    group.set_schedule(GroupSchedule(seventh.weekday(), time(18, 30), seventh - timedelta(weeks=6), 90, 16), now)
    held = [s for s in group.slots(now) if s.ends_at <= now]  # sessions 1-6, oldest first
    ago = [(now.date() - s.starts_at.date()).days for s in held]  # 39, 32, 25, 18, 11, 4
    month_ago = (now.date() - months_back(now.date(), 1)).days  # Today's "a month ago" finds an entry

    entries = _sample_entries(session, w, day, ago, month_ago)
    _sample_sessions(session, w, day, ago, held, entries)
    _sample_goals(session, w, day, ago, entries)
    _sample_people(session, w, day, ago, entries)
    _sample_plan(session, w)
    _sample_checkins(session, w, day, ago)


def _sample_entries(session, w, day, ago, month_ago) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Thirteen entries over six weeks in most of the reflection forms, with tags and feelings."""
    from ipt_journal.domain.entries import Entry, Feeling

    def f(*pairs) -> tuple[Feeling, ...]:  # type: ignore[no-untyped-def]
        return tuple(Feeling(key, n) for key, n in pairs)

    group, family, work, recovery, home = (w("group", "grupo"), w("family", "familia"), w("work", "trabajo"),
                                           w("recovery", "recuperación"), w("home", "casa"))
    made = {
        "first": Entry("free", day(ago[0], 21, 10), title=w("First evening", "La primera tarde"), body=w(
            "Eight of us on chairs in a circle. When it was my turn I said I'm here because I keep people at "
            "arm's length, even the ones I love. My hands were cold the whole time. Nobody laughed. On the way "
            "home I felt lighter than I expected.",
            "Éramos ocho sentados en círculo. Cuando me tocó, dije que vengo porque mantengo a la gente a "
            "distancia, incluso a quienes quiero. Tuve las manos frías todo el rato. Nadie se rio. Volviendo a "
            "casa me sentí más ligera de lo que esperaba."),
            tags=(group,), feelings=f(("anxious", 7), ("curious", 4))),
        "pattern": Entry("pattern", day(month_ago, 19, 40), fields={
            "pattern": w("When someone goes quiet, I decide they're annoyed with me and pull away first.",
                         "Cuando alguien se queda callado, doy por hecho que está molesto conmigo y me aparto "
                         "yo primero."),
            "mirrors": "parent",
            "in_group": w("R. looked at the floor while I was talking and I cut my story short.",
                          "R. miraba al suelo mientras yo hablaba y corté lo que estaba contando.")},
            tags=(group, family), feelings=f(("tense", 5))),
        "moment": Entry("moment", day(ago[1], 21, 5), fields={
            "where": "in_group",
            "what_happened": w("M. said she felt left out when the rest of us laughed at a joke.",
                               "M. dijo que se sintió fuera cuando los demás nos reímos de una broma."),
            "thought": w("Relief that it isn't only me, then worry that I was one of the ones laughing.",
                         "Alivio de que no me pase solo a mí, y luego la duda de si yo también me estaba riendo."),
            "body": w("warm face, shoulders up", "la cara caliente, los hombros tensos"),
            "action": w("I wanted to say \u201cme too\u201d and didn't.",
                        "Quise decir \u00aba mí también\u00bb y no lo dije.")},
            tags=(group,), feelings=f(("tense", 5), ("tender", 4))),
        "trigger": Entry("trigger", day(ago[1] - 4, 22, 15), title=w("Friday", "El viernes"), fields={
            "what_happened": w("Friday drinks after work. Everyone was going and nobody asked me directly.",
                               "Las cañas del viernes después del trabajo. Iba todo el mundo y nadie me lo "
                               "preguntó a mí."),
            "urge": w("to buy a bottle on the way home", "comprar una botella de camino a casa"),
            "urge_strength": "6",
            "signs": w("Scrolling without reading anything. Telling myself I'd earned it.",
                       "Mirar el móvil sin leer nada. Decirme que me lo había ganado."),
            "instead": w("Walked home the long way and texted Chris.",
                         "Volví a casa dando un rodeo y le escribí a Carlos."),
            "helped": w("Chris wrote back within ten minutes. Tea and an early night.",
                        "Carlos me contestó en diez minutos. Una infusión y a la cama pronto.")},
            tags=(recovery, work), feelings=f(("left_out", 6), ("lonely", 5))),
        "feedback": Entry("feedback", day(ago[2], 21, 20), title=w("What J. said", "Lo que me dijo J."), fields={
            "direction": "received", "who": "J.",
            "said": w("J. said I seem calm but far away, as if I'm watching from behind glass.",
                      "J. me dijo que parezco tranquila pero lejana, como si mirara desde detrás de un cristal."),
            "reaction": w("It stung at first. On the bus home I thought it was fair.",
                          "Al principio me dolió. En el autobús pensé que tenía razón."),
            "agree": "partly"},
            tags=(group,), feelings=f(("hurt", 4), ("curious", 5))),
        "sister": Entry("free", day(ago[2] - 3, 18, 30), title=w("Sunday at Lucía's", "Domingo en casa de Lucía"),
                        body=w(
            "Lunch at my sister's. She asked about group and I told her a little, more than I planned. She "
            "said she's missed me. I didn't know what to do with that, so I did the dishes. I want to remember "
            "it anyway.",
            "Comida en casa de mi hermana. Me preguntó por el grupo y le conté un poco, más de lo que pensaba. "
            "Me dijo que me echaba de menos. No supe qué hacer con eso y me puse a fregar. Aun así, quiero "
            "acordarme."), tags=(family,), feelings=f(("warm", 6), ("embarrassed", 3))),
        "held_back": Entry("avoided", day(ago[3], 21, 0), title=w("The time running over", "Cuando se alargó la sesión"),
                           fields={
            "held_back": w("That I was angry when the session ran over and nobody checked with the rest of us.",
                           "Que me enfadé cuando la sesión se alargó y nadie nos preguntó a los demás."),
            "feeling": "anger",
            "imagined": w("That they'd think I'm petty, or that the therapist would go cool on me.",
                          "Que pensarían que soy mezquina, o que la terapeuta se volvería más fría conmigo.")},
            tags=(group,)),
        "unformed": Entry("unformed", day(ago[3] - 3, 23, 5), fields={
            "thought": w("Something about always being the one who listens. It's safe there. It's also a way of "
                         "not being known. Not sure yet.",
                         "Algo de ser siempre la que escucha. Ahí estoy a salvo. Y también es una forma de que "
                         "no me conozcan. Todavía no lo sé.")},
            feelings=f(("curious", 5))),
        "face": Entry("nonverbal", day(ago[4], 21, 15), fields={
            "whose": "mine",
            "face": w("smiling while I talked about last winter", "sonriendo mientras hablaba del invierno pasado"),
            "voice": w("quicker and lighter than I felt", "más rápida y ligera de lo que me sentía"),
            "posture": w("arms crossed, leaning back", "brazos cruzados, echada hacia atrás"),
            "meaning": w("Maybe I smile so nobody has to worry, me included.",
                         "Quizá sonrío para que nadie se preocupe, ni siquiera yo.")},
            tags=(group,)),
        "concern": Entry("concern", day(ago[4] - 3, 20, 0), fields={
            "concern": w("Most of the time goes to whoever speaks first; the quieter ones rarely get a turn.",
                         "Casi todo el tiempo se lo lleva quien habla primero; los más callados casi nunca "
                         "tienen su turno."),
            "wish": w("A short round at the start, one sentence each about where we are.",
                      "Una ronda corta al empezar, una frase cada uno sobre cómo llega.")},
            tags=(group,)),
        "company": Entry("moment", day(ago[5], 21, 10), fields={
            "where": "in_group",
            "what_happened": w("I told the group about the Friday drinks. R. nodded and said it has happened to "
                               "her too.", "Le conté al grupo lo de las cañas del viernes. R. asintió y dijo que "
                               "a ella también le ha pasado."),
            "thought": w("I expected pity and got company.", "Esperaba lástima y encontré compañía."),
            "body": w("breathing lower, hands warm", "la respiración más baja, las manos calientes"),
            "action": w("I stayed for tea afterwards instead of leaving first.",
                        "Me quedé a tomar el té al final en vez de irme la primera.")},
            tags=(group,), feelings=f(("relieved", 7), ("warm", 6))),
        "mum": Entry("free", day(2, 21, 30), title=w("A slow evening", "Una tarde tranquila"), body=w(
            "Cooked with Dani, nobody in a hurry. I notice I want to tell Mum about group, and I'm scared to. "
            "Putting it on the list for this week.",
            "Cocinamos Dani y yo, sin prisa. Me doy cuenta de que quiero contarle a mamá lo del grupo, y me da "
            "miedo. Lo apunto para esta semana."),
            tags=(home, family), feelings=f(("calm", 6), ("hopeful", 5)), bring_to_group=True),
        "today": Entry("free", day(0, 8, 10), title=w("Coffee by the window", "Café junto a la ventana"), body=w(
            "A little nervous about the next session already, in a way I can carry. Slept well.",
            "Ya un poco nerviosa por la próxima sesión, pero es un nervio que puedo llevar. He dormido bien."),
            feelings=f(("anxious", 3), ("hopeful", 5))),
    }
    return {key: int(session.journal.save(e, now=e.entry_at).id) for key, e in made.items()}


def _sample_sessions(session, w, day, ago, held, entries) -> None:  # type: ignore[no-untyped-def]
    """Three things to raise (one waiting two sessions), one raised last time, and three debriefs."""
    from ipt_journal.domain.agenda import AgendaItem, Outcome

    agenda, sessions = session.agenda, session.sessions
    drinks = agenda.add(AgendaItem(
        w("Tell the group about the Friday drinks", "Contarle al grupo lo de las cañas del viernes"),
        why=w("I've been carrying it alone, and it's close to why I'm here.",
              "Lo llevo yo sola, y tiene mucho que ver con por qué estoy aquí."),
        entry_id=entries["trigger"]), now=day(ago[1] - 4, 22, 30))
    angry = agenda.add(AgendaItem(
        w("Say that I was angry when the session ran over", "Decir que me enfadé cuando la sesión se alargó"),
        why=w("Holding it back makes me quieter with everyone.", "Guardármelo hace que me cierre con todos."),
        draft=w("When we ran over a few weeks ago I felt angry and didn't say so. I'd like us to check with each "
                "other when it happens.",
                "Cuando nos alargamos hace unas semanas me enfadé y no lo dije. Me gustaría que lo habláramos "
                "entre todos cuando pase."),
        entry_id=entries["held_back"]), now=day(ago[3], 21, 5))
    thanks = agenda.add(AgendaItem(
        w("Thank R. for nodding when I talked", "Darle las gracias a R. por asentir cuando hablé"),
        why=w("I usually keep appreciation to myself. Saying it is part of letting people closer.",
              "Normalmente me guardo el agradecimiento. Decirlo es parte de dejar que la gente se acerque."),
        draft=w("R., when you nodded last week while I talked about the drinks, I felt less alone. Thank you.",
                "R., cuando asentiste la semana pasada mientras yo hablaba de las cañas, me sentí menos sola. "
                "Gracias.")), now=day(ago[5] - 1, 19, 0))
    agenda.add(AgendaItem(
        w("Talk about wanting to tell Mum about group", "Hablar de que quiero contarle a mamá lo del grupo"),
        why=w("I'd like to practise here before I try with her.", "Me gustaría ensayarlo aquí antes de intentarlo con ella."),
        entry_id=entries["mum"]), now=day(2, 21, 35))
    agenda.move(int(thanks.id), 0)

    s3, s5, s6 = (int(held[i].id) for i in (2, 4, 5))
    for slot in held:
        sessions.set_attended(int(slot.id), True)
    agenda.record_outcome(Outcome(int(angry.id), "carried", day(ago[4], 21, 0), s5,
                                  what_happened=w("It didn't feel like the moment.", "No me pareció el momento.")))
    agenda.record_outcome(Outcome(int(drinks.id), "raised", day(ago[5], 21, 0), s6,
        what_happened=w("I said it in the second half. R. and J. both said they'd felt something like it.",
                        "Lo dije en la segunda parte. R. y J. dijeron que habían sentido algo parecido."),
        felt=w("nervous, then relieved", "nerviosa, y luego aliviada"),
        feedback=w("J. said I sounded more present than usual.", "J. me dijo que me notaba más presente que otras veces.")))
    agenda.record_outcome(Outcome(int(angry.id), "carried", day(ago[5], 21, 0), s6,
                                  what_happened=w("We ran out of time; next week.",
                                                  "Se acabó el tiempo; la semana que viene.")))
    for sid, days, noticed in (
        (s3, ago[2], w("I spoke twice without being asked. After J.'s feedback I wanted to disappear, and "
                       "I stayed in my chair.", "Hablé dos veces sin que me preguntaran. Después de lo que me "
                       "dijo J. quise desaparecer, y me quedé en la silla.")),
        (s5, ago[4], w("I talked more than usual in the first half and went quiet when the talk turned to parents.",
                       "En la primera parte hablé más que otras veces y me callé cuando se habló de los padres.")),
        (s6, ago[5], w("When R. nodded my shoulders dropped. I stayed for tea afterwards.",
                       "Cuando R. asintió se me relajaron los hombros. Me quedé a tomar el té al final.")),
    ):
        sessions.save_debrief(sid, {"noticed": noticed}, now=day(days, 21, 0))


def _sample_goals(session, w, day, ago, entries) -> None:  # type: ignore[no-untyped-def]
    """Two short goals and a long one, each with a few check-ins."""
    from ipt_journal.domain.goals import CheckIn, Goal

    goals = session.goals
    plan = (
        (Goal(w("Speak up once in every session", "Hablar al menos una vez en cada sesión"),
              why=w("So the group gets to know me, not just my listening.",
                    "Para que el grupo me conozca a mí, no solo mi forma de escuchar."),
              observable=w("I say one thing about myself before the break.",
                           "Digo algo sobre mí antes del descanso."),
              horizon="short", relationships=("people in group",)), ago[0],
         [(ago[1], 0, 3, w("Only in the last five minutes.", "Solo en los últimos cinco minutos.")),
          (ago[2], 1, 4, ""), (ago[3], 0, 4, w("Held back about the time running over.",
                                              "Me callé lo de que la sesión se alargara.")),
          (ago[4], 1, 6, ""), (ago[5], 1, 7, w("Spoke early and stayed for tea.",
                                              "Hablé pronto y me quedé a tomar el té."))], "company"),
        (Goal(w("Tell Lucía when a plan doesn't suit me", "Decirle a Lucía cuando un plan no me viene bien"),
              why=w("I say yes and then resent it quietly.", "Digo que sí y luego me quedo resentida por dentro."),
              observable=w("I tell her the same day, kindly.", "Se lo digo el mismo día, con cariño."),
              horizon="short", relationships=("sibling",)), ago[1],
         [(ago[2] - 2, 0, 2, ""),
          (ago[3] - 2, 1, 4, w("Said I'd rather come at four than at noon. She said fine!",
                               "Le dije que prefería ir a las cuatro y no a mediodía. ¡Y le pareció bien!")),
          (ago[5] - 1, 1, 5, "")], "sister"),
        (Goal(w("Let people closer without waiting for them to guess",
                "Dejar que la gente se acerque sin esperar a que lo adivinen"),
              why=w("For years I've been easy to be around and hard to know.",
                    "Llevo años siendo fácil de tratar y difícil de conocer."),
              observable=w("The people I care about know how I'm actually doing.",
                           "Las personas que quiero saben cómo estoy de verdad."),
              horizon="long", relationships=("partner", "friend", "people in group")), ago[0],
         [(ago[0] - 3, 0, 3, ""), (ago[3] - 1, 1, 4, ""),
          (2, 1, 5, w("Told Dani about group over dinner, more than the headlines.",
                      "Le conté a Dani lo del grupo durante la cena, algo más que los titulares."))], "first"),
    )
    for goal, since, marks, linked in plan:
        made = goals.create(goal, now=day(since, 21, 30))
        for days, direction, score, note in marks:
            goals.add_checkin(CheckIn(int(made.id), day(days, 21, 45), direction, score, note))
        goals.link_entry(int(made.id), entries[linked])


def _sample_people(session, w, day, ago, entries) -> None:  # type: ignore[no-untyped-def]
    """The people in the member's life on the circle, some moved closer since the start; group members by initials."""
    from ipt_journal.domain.people import Person

    people = session.people
    cast = (
        (Person("Dani", "partner", "daily", {
            "good": w("Makes me laugh when I take myself too seriously.",
                      "Me hace reír cuando me tomo las cosas demasiado en serio."),
            "hard": w("I go quiet instead of saying I'm tired or hurt.",
                      "Me callo en vez de decir que estoy cansada o dolida."),
            "can_talk": w("Work, plans, the garden.", "El trabajo, los planes, el huerto."),
            "cannot_talk": w("How often I still think about drinking.", "Las veces que todavía pienso en beber."),
            "change": w("One true sentence a day about how I am.", "Una frase sincera al día sobre cómo estoy.")}),
         [(ago[0] + 1, 1)], ("mum",), ()),
        (Person("Lucía", "sibling", "weekly", {
            "good": w("She keeps inviting me, even when I cancel.", "Me sigue invitando aunque yo cancele."),
            "expectations": w("She expects me to just say what I want.", "Ella espera que diga lo que quiero y ya.")}),
         [(ago[0] + 1, 3), (ago[2] - 3, 2)], ("sister",), ("role_disputes",)),
        (Person(w("Mum", "Mamá"), "parent", "monthly", {
            "hard": w("Calls are about everyone except the two of us.",
                      "Hablamos de todo el mundo menos de nosotras dos.")}),
         [(ago[0] + 1, 3)], (), ("role_disputes",)),
        (Person(w("Chris", "Carlos"), "sponsor", "weekly"), [(ago[0] + 1, 2)], ("trigger",), ()),
        (Person(w("Sam", "Santi"), "friend", "rarely", {
            "notes": w("We were close at university. I called him last week.",
                       "Éramos muy amigos en la universidad. Lo llamé la semana pasada.")}),
         [(ago[0] + 1, 4), (ago[4] - 1, 3)], (), ("interpersonal_deficits",)),
        (Person("R.", "group_member"), [(ago[1], 3), (ago[5], 2)], ("pattern", "company"), ()),
        (Person("J.", "group_member"), [(ago[2], 3)], ("feedback",), ()),
    )
    for person, places, about, areas in cast:
        made = people.save(person, now=day(places[0][0], 20, 0))
        pid = int(made.id)
        for days, ring in places:
            people.place(pid, ring, at=day(days, 20, 5))
        for key in about:
            people.link(pid, "entry", entries[key])
        if areas:
            people.set_areas(pid, areas)


def _sample_plan(session, w) -> None:  # type: ignore[no-untyped-def]
    """A support plan in the member's words; people and services with a way to reach them, never a number."""
    from ipt_journal.domain import support as sp

    lines = (
        (sp.WARNING_SIGNS, w("I stop answering messages", "Dejo de contestar mensajes"), ""),
        (sp.WARNING_SIGNS, w("Sleeping late and skipping breakfast", "Me levanto tarde y no desayuno"), ""),
        (sp.WARNING_SIGNS, w("Telling myself one drink wouldn't matter", "Me digo que por una copa no pasa nada"), ""),
        (sp.ON_MY_OWN, w("A slow walk round the park", "Un paseo lento por el parque"), ""),
        (sp.ON_MY_OWN, w("The breathing exercise here", "El ejercicio de respiración de aquí"), ""),
        (sp.ON_MY_OWN, w("A hot shower and clean clothes", "Una ducha caliente y ropa limpia"), ""),
        (sp.DISTRACTIONS, w("The café by the library, busy but quiet", "La cafetería junto a la biblioteca, con "
                            "gente pero tranquila"), ""),
        (sp.DISTRACTIONS, w("A jigsaw, or cooking something slow", "Un puzle, o cocinar algo a fuego lento"), ""),
        (sp.PEOPLE, w("Chris, my sponsor", "Carlos, mi padrino"),
         w("call or text; his number is in my phone", "llamar o escribir; su número está en mi móvil")),
        (sp.PEOPLE, "Lucía", w("Sunday afternoons are good", "los domingos por la tarde va bien")),
        (sp.PROFESSIONALS, w("The group therapist", "La terapeuta del grupo"),
         w("through the clinic, weekday mornings", "a través del centro, por las mañanas entre semana")),
        (sp.PROFESSIONALS, w("My GP", "Mi médica de cabecera"), w("book at the surgery", "pedir cita en el centro de salud")),
        (sp.SAFER, w("No alcohol in the flat; Dani knows why", "Nada de alcohol en casa; Dani sabe por qué"), ""),
        (sp.REASONS, w("Sunday mornings with Dani", "Los domingos por la mañana con Dani"), ""),
        (sp.REASONS, w("Seeing who I can be in this group", "Ver quién puedo ser en este grupo"), ""),
    )
    session.support_plan.save(sp.SupportPlan(tuple(sp.PlanItem(s, text, reach) for s, text, reach in lines)))


def _sample_checkins(session, w, day, ago) -> None:  # type: ignore[no-untyped-def]
    """Quick feeling check-ins most days, a little heavier around hard moments, lighter lately."""
    from ipt_journal.domain.feelings import ChosenWord, new_checkin

    marks = (  # days ago, hour, valence, energy, words, person, note
        (ago[0], 17, -2, 3, (("anxious", 7),), None, w("Before the first session.", "Antes de la primera sesión.")),
        (ago[0] - 2, 9, 1, -1, (("curious", 4),), None, ""),
        (ago[1] + 2, 20, 0, -2, (("tired", 5),), None, ""),
        (ago[1], 21, 1, 1, (("tender", 4), ("tense", 3)), None, ""),
        (ago[1] - 3, 13, -1, 2, (("irritated", 4),), None, ""),
        (ago[1] - 4, 22, -3, 2, (("lonely", 6), ("left_out", 5)), None, w("After the drinks I didn't go to.",
                                                                            "Después de las cañas a las que no fui.")),
        (ago[2] + 2, 10, 1, -2, (("rested", 5),), None, ""),
        (ago[2], 21, -1, 1, (("hurt", 4), ("curious", 5)), "J.", ""),
        (ago[2] - 3, 18, 3, 1, (("warm", 6),), "Lucía", ""),
        (ago[3] + 2, 8, 0, -1, (("unsure", 3),), None, ""),
        (ago[3], 21, -2, 3, (("angry", 5), ("frustrated", 4)), None, ""),
        (ago[3] - 2, 19, 2, -2, (("calm", 5),), None, ""),
        (ago[4] + 1, 12, 1, 2, (("hopeful", 5),), None, ""),
        (ago[4], 21, 1, 0, (("exposed", 3), ("relieved", 5)), None, ""),
        (ago[4] - 2, 20, 2, -3, (("content", 6),), "Dani", ""),
        (ago[5] + 1, 9, 0, 2, (("nervous", 5),), None, ""),
        (ago[5], 21, 4, 1, (("relieved", 7), ("close", 5)), "R.", w("Stayed for tea.", "Me quedé a tomar el té.")),
        (ago[5] - 2, 21, 3, -2, (("calm", 6), ("hopeful", 5)), "Dani", ""),
        (1, 18, 2, 0, (("content", 5),), None, ""),
        (0, 8, 1, 1, (("nervous", 3), ("hopeful", 5)), None, ""),
    )
    session.checkins.add_many([
        new_checkin(day(days, hour), valence=valence, energy=energy, person_name=person, note=note,
                    words=tuple(ChosenWord(k, n) for k, n in words))
        for days, hour, valence, energy, words, person, note in marks])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(allow_abbrev=False)
    parser.add_argument("out")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--size", default="900x600")
    parser.add_argument("--readme", action="store_true", help="the README's pictures, both languages and schemes")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if args.readme:
        readme_pictures(out)
        return 0
    width, height = (int(v) for v in args.size.split("x"))
    tag = f"{args.lang}-{'dark' if args.dark else 'light'}-{int(args.scale * 100)}-{args.size}"

    from PySide6.QtWidgets import QApplication

    from ipt_journal.vault import keyfile

    keyfile.default_kdf = keyfile.KdfParams(memory_kib=1024, time_cost=1, parallelism=1)  # a throwaway vault
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from ipt_journal.app import MainWindow
    from ipt_journal.services.session import Session
    from ipt_journal.ui import i18n, style

    i18n.install(args.lang)
    from ipt_journal.ui.editor.words import install_labels

    install_labels()  # as the app does at start: form choices and feeling words in the language in use
    font = app.font()
    font.setPointSizeF(max(font.pointSizeF(), style.MIN_PT) * args.scale)
    app.setFont(font)
    style.apply(app, "dark" if args.dark else "light")
    with tempfile.TemporaryDirectory() as tmp:
        first_run_pages(app, Path(tmp) / "new", out, tag, width, height)
        data = Path(tmp) / "vault"
        s = Session(data)
        s.create(PASSPHRASE)
        sample(s, args.lang)
        s.lock()
        window = MainWindow(Session(data, language=args.lang))
        window.resize(width, height)
        window.show()
        settle(app)
        window.grab().save(str(out / f"{tag}-lock.png"))
        window.unlock_screen.passphrase.setText(PASSPHRASE)
        window.unlock_screen.try_unlock()
        app.processEvents()
        nav = window.workspace.nav
        for row in range(nav.count()):
            nav.setCurrentRow(row)
            settle(app)
            from ipt_journal.ui.workspace import NAV

            open_one(window.workspace, NAV[row])
            settle(app)

            name = NAV[row].lower().replace(" ", "-")  # the same file names in every language
            window.grab().save(str(out / f"{tag}-{row}-{name}.png"))
        dialogs_of(app, window, out, tag)
        from ipt_journal.ui.support import open_support

        page = open_support(window, window.session)
        page.resize(width, height)
        settle(app)
        page.grab().save(str(out / f"{tag}-support.png"))
        page.close()
        window.workspace.search_field.setText("grupo" if args.lang == "es" else "group")
        window.workspace.search.run()
        settle(app)
        window.grab().save(str(out / f"{tag}-search.png"))
        window.lock()
        window.close()
    print(out)
    return 0


def readme_pictures(dest: Path) -> None:
    """Each README screen in English and Spanish, light and dark, at the default size, named as the README
    names them; one run of this script per language and scheme (the language is fixed once Qt starts)."""
    with tempfile.TemporaryDirectory() as tmp:
        for lang in ("en", "es"):
            for scheme in ("light", "dark"):
                subprocess.run([sys.executable, __file__, tmp, "--lang", lang, *(["--dark"] if scheme == "dark" else [])],
                               check=True, stdout=subprocess.DEVNULL)
                for shot in Path(tmp).glob(f"{lang}-{scheme}-100-900x600-*.png"):
                    screen = re.sub(r"^\d+-", "", shot.stem.split("-900x600-", 1)[1])  # "2-next-session" -> "next-session"
                    if screen in README_SCREENS:
                        shutil.copyfile(shot, dest / f"{lang}-{scheme}-{screen}.png")
    print(dest)


def open_one(workspace, section: str) -> None:  # type: ignore[no-untyped-def]
    """Open one thing on a section that lists things, as a member would have: an entry, a goal, the circle."""
    if section == "Journal":
        journal = workspace.journal
        journal.list.setCurrentIndex(journal.model.index(2))  # the third newest: a reflection form with feelings
    elif section == "Goals":
        goals = workspace.goals
        if goals.goal_ids():
            goals.open_goal(goals.goal_ids()[0])
    elif section == "People":
        people = workspace.people
        rows = [people.list.item(i).text() for i in range(people.list.count())]
        if "Dani" in rows:
            people.list.setCurrentRow(rows.index("Dani"))
        people.tabs.setCurrentIndex(1)  # the closeness circle, the partner chosen on it


def first_run_pages(app, folder: Path, out: Path, tag: str, width: int, height: int) -> None:  # type: ignore[no-untyped-def]
    """Every page of first run, on a folder with no journal yet (the code shown is a made-up one)."""
    from ipt_journal.app import MainWindow
    from ipt_journal.services.session import Session

    window = MainWindow(Session(folder))
    window.resize(width, height)
    window.show()
    fr = window.first_run
    fr.code_label.setText("7K3M-Q9XT-HB4R-2WNC-P8VD-6FJY")
    fr.confirm_prompt.setText(fr.tr("Please type the %1 group of four characters from your recovery code.")
                              .replace("%1", fr.tr("third")))
    for i in range(fr.count()):
        fr.setCurrentIndex(i)
        settle(app)
        window.grab().save(str(out / f"{tag}-first-run-{i}.png"))
    window.close()


def dialogs_of(app, window, out: Path, tag: str) -> None:  # type: ignore[no-untyped-def]
    """Preferences and Keyboard shortcuts as they open from the menus."""
    from ipt_journal.ui.keyboard_shortcuts import KeyboardShortcutsDialog
    from ipt_journal.ui.preferences import PreferencesDialog

    for name, dialog in (("preferences", PreferencesDialog(5, window)), ("shortcuts", KeyboardShortcutsDialog(window))):
        dialog.show()
        settle(app)
        dialog.grab().save(str(out / f"{tag}-{name}.png"))
        dialog.reject()


def settle(app) -> None:  # type: ignore[no-untyped-def]
    """Let delayed layouts (item views lay out on a timer) finish before a picture is taken."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(150, loop.quit)
    loop.exec()
    app.processEvents()


if __name__ == "__main__":
    raise SystemExit(main())
