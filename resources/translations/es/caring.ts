<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AreasBox</name>
    <message>
        <source>What this relationship touches</source>
        <translation>Qué toca esta relación</translation>
    </message>
    <message>
        <source>Tick any that fit, or none. You can change this whenever you like.</source>
        <translation>Marca las que encajen, o ninguna. Puedes cambiarlo cuando quieras.</translation>
    </message>
</context>
<context>
    <name>BreathShape</name>
    <message>
        <source>Breathing shape</source>
        <translation>Figura de la respiración</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Press Start when you are ready.</source>
        <translation>Pulsa Empezar cuando quieras.</translation>
    </message>
    <message>
        <source>Breathing cue</source>
        <translation>Indicación para respirar</translation>
    </message>
    <message>
        <source>Seconds breathing in</source>
        <translation>Segundos al inhalar</translation>
    </message>
    <message>
        <source>Seconds breathing out</source>
        <translation>Segundos al exhalar</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Keep the shape still (less movement)</source>
        <translation>Dejar la figura quieta (menos movimiento)</translation>
    </message>
    <message>
        <source>Your computer asks for less movement, so the shape starts still</source>
        <translation>Tu equipo pide menos movimiento, así que la figura empieza quieta</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start or pause the pacer</source>
        <translation>Empezar o pausar el ritmo</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Breathe in for</source>
        <translation>Inhala durante</translation>
    </message>
    <message>
        <source>Breathe out for</source>
        <translation>Exhala durante</translation>
    </message>
    <message>
        <source>Breathe slowly</source>
        <translation>Respira despacio</translation>
    </message>
    <message>
        <source>Follow the circle: in through your nose while it grows, out slowly while it shrinks. A longer breath out tends to settle the body. Stop whenever you like.</source>
        <translation>Sigue el círculo: toma aire por la nariz mientras crece y suéltalo despacio mientras se encoge. Una exhalación más larga suele calmar el cuerpo. Para cuando quieras.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Paused. Go on whenever you like.</source>
        <translation>En pausa. Sigue cuando quieras.</translation>
    </message>
    <message>
        <source>Breathe in… %1</source>
        <translation>Inhala… %1</translation>
    </message>
    <message>
        <source>Breathe out… %1</source>
        <translation>Exhala… %1</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check in</source>
        <translation>Anotar cómo estoy</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Sentimiento</translation>
    </message>
    <message>
        <source>How strong</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Feeling words, in six families; Space ticks a word</source>
        <translation>Palabras para lo que sientes, en seis familias; Espacio marca una palabra</translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation>Encabezados de columna</translation>
    </message>
    <message>
        <source>How strong the chosen word is, 0 to 10</source>
        <translation>Intensidad de la palabra elegida, de 0 a 10</translation>
    </message>
    <message>
        <source>Who it is about, optional</source>
        <translation>Sobre quién es, opcional</translation>
    </message>
    <message>
        <source>Pick someone from your people or type a name</source>
        <translation>Elige a alguien de tus personas o escribe un nombre</translation>
    </message>
    <message>
        <source>optional: someone from your people, or a name</source>
        <translation>opcional: alguien de tus personas, o un nombre</translation>
    </message>
    <message>
        <source>optional: a line about it</source>
        <translation>opcional: una línea sobre esto</translation>
    </message>
    <message>
        <source>A note, optional</source>
        <translation>Una nota, opcional</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Where are you right now?</source>
        <translation>¿Dónde estás ahora mismo?</translation>
    </message>
    <message>
        <source>Any words for it?</source>
        <translation>¿Tienes palabras para esto?</translation>
    </message>
    <message>
        <source>About someone</source>
        <translation>Sobre alguien</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>There is nothing to save yet: pick a spot on the grid or a word first. Anything you typed is still here.</source>
        <translation>Todavía no hay nada que guardar: primero elige un punto en la cuadrícula o una palabra. Lo que escribiste sigue aquí.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters; please shorten it. Nothing was lost.</source>
        <translation>La nota tiene más de %1 caracteres; acórtala, por favor. No se ha perdido nada.</translation>
    </message>
    <message>
        <source>Please choose at most %1 words for one check-in.</source>
        <translation>Elige como mucho %1 palabras por registro, por favor.</translation>
    </message>
    <message>
        <source>That name is very long; a first name or initials are plenty.</source>
        <translation>Ese nombre es muy largo; basta con un nombre de pila o unas iniciales.</translation>
    </message>
    <message>
        <source>That spot or strength could not be read; please set it again. Anything you typed is still here.</source>
        <translation>No se pudo leer ese punto o esa intensidad; vuelve a marcarlo, por favor. Lo que escribiste sigue aquí.</translation>
    </message>
</context>
<context>
    <name>CircleTab</name>
    <message>
        <source>You are at the centre. Put each person on the ring that feels right today; moving someone later keeps where they were before.</source>
        <translation>Tú estás en el centro. Pon a cada persona en el anillo que hoy te parezca adecuado; si más adelante la mueves, se guarda dónde estaba antes.</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Al principio</translation>
    </message>
    <message>
        <source>People and their rings</source>
        <translation>Las personas y sus anillos</translation>
    </message>
    <message>
        <source>Ring for the selected person</source>
        <translation>Anillo de la persona elegida</translation>
    </message>
    <message>
        <source>&amp;Ring:</source>
        <translation>&amp;Anillo:</translation>
    </message>
    <message>
        <source>Who is where</source>
        <translation>Quién está dónde</translation>
    </message>
    <message>
        <source>Alt+1 to Alt+4 put the selected person on a ring, Alt+0 takes them off.</source>
        <translation>Alt+1 a Alt+4 ponen a la persona elegida en un anillo; Alt+0 la saca del círculo.</translation>
    </message>
    <message>
        <source>Show the circle on an earlier day</source>
        <translation>Ver el círculo en un día anterior</translation>
    </message>
    <message>
        <source>&amp;Compare with the start</source>
        <translation>&amp;Comparar con el principio</translation>
    </message>
    <message>
        <source>Compare with the start</source>
        <translation>Comparar con el principio</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Día:</translation>
    </message>
    <message>
        <source>&amp;Look back…</source>
        <translation>&amp;Mirar atrás…</translation>
    </message>
    <message>
        <source>Save a look back at how your circle changed</source>
        <translation>Guardar una mirada atrás a cómo cambió tu círculo</translation>
    </message>
    <message>
        <source>The circle then and now, what you worked on, goals reached, and what you wrote about each person, as Markdown or PDF</source>
        <translation>El círculo entonces y ahora, lo que trabajaste, los objetivos alcanzados y lo que escribiste sobre cada persona, en Markdown o PDF</translation>
    </message>
    <message>
        <source>Replace names</source>
        <translation>Cambiar los nombres</translation>
    </message>
    <message>
        <source>Group members and people you marked become Member A, Member B…</source>
        <translation>Los miembros del grupo y las personas que marcaste pasan a ser Member A, Member B…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Since the start: %1 closer, %2 further away, %3 on the same ring.</source>
        <translation>Desde el principio: %1 más cerca, %2 más lejos, %3 en el mismo anillo.</translation>
    </message>
    <message>
        <source>Closeness circle</source>
        <translation>Círculo de cercanía</translation>
    </message>
    <message>
        <source>This is how your circle looked on %1. Move the slider to the end to change it.</source>
        <translation>Así era tu círculo el %1. Lleva el control deslizante hasta el final para cambiarlo.</translation>
    </message>
    <message>
        <source>%1 (ring %2)</source>
        <translation>%1 (anillo %2)</translation>
    </message>
    <message>
        <source>%1 (not on the circle)</source>
        <translation>%1 (fuera del círculo)</translation>
    </message>
    <message>
        <source>%1: %2, as at the start</source>
        <translation>%1: %2, como al principio</translation>
    </message>
    <message>
        <source>%1: %3 → %2</source>
        <translation>%1: %3 → %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>CircleView</name>
    <message>
        <source>Closeness circle</source>
        <translation>Círculo de cercanía</translation>
    </message>
    <message>
        <source>You are at the centre.</source>
        <translation>Tú estás en el centro.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>No one is on the circle yet.</source>
        <translation>Todavía no hay nadie en el círculo.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>No one is on this circle yet.</source>
        <translation>Todavía no hay nadie en este círculo.</translation>
    </message>
</context>
<context>
    <name>ContactRows</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Cómo contactar</translation>
    </message>
    <message>
        <source>Add another</source>
        <translation>Añadir otra</translation>
    </message>
    <message>
        <source>Name %1</source>
        <translation>Nombre %1</translation>
    </message>
    <message>
        <source>How to reach them, %1</source>
        <translation>Cómo contactar, %1</translation>
    </message>
    <message>
        <source>e.g. my sister Ana, my sponsor</source>
        <translation>p. ej., mi hermana Ana, mi padrino</translation>
    </message>
    <message>
        <source>a number, or where to find them</source>
        <translation>un número, o dónde encontrar a esa persona</translation>
    </message>
</context>
<context>
    <name>Feelings</name>
    <message>
        <source>joyful</source>
        <translation>alegría</translation>
    </message>
    <message>
        <source>happy</source>
        <translation>felicidad</translation>
    </message>
    <message>
        <source>excited</source>
        <translation>entusiasmo</translation>
    </message>
    <message>
        <source>proud</source>
        <translation>orgullo</translation>
    </message>
    <message>
        <source>hopeful</source>
        <translation>esperanza</translation>
    </message>
    <message>
        <source>playful</source>
        <translation>ganas de jugar</translation>
    </message>
    <message>
        <source>confident</source>
        <translation>confianza</translation>
    </message>
    <message>
        <source>appreciative</source>
        <translation>aprecio</translation>
    </message>
    <message>
        <source>grateful</source>
        <translation>gratitud</translation>
    </message>
    <message>
        <source>curious</source>
        <translation>curiosidad</translation>
    </message>
    <message>
        <source>peaceful</source>
        <translation>paz</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>calma</translation>
    </message>
    <message>
        <source>relieved</source>
        <translation>alivio</translation>
    </message>
    <message>
        <source>content</source>
        <translation>satisfacción</translation>
    </message>
    <message>
        <source>safe</source>
        <translation>seguridad</translation>
    </message>
    <message>
        <source>warm</source>
        <translation>calidez</translation>
    </message>
    <message>
        <source>tender</source>
        <translation>ternura</translation>
    </message>
    <message>
        <source>close</source>
        <translation>cercanía</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptación</translation>
    </message>
    <message>
        <source>rested</source>
        <translation>descanso</translation>
    </message>
    <message>
        <source>sad</source>
        <translation>tristeza</translation>
    </message>
    <message>
        <source>lonely</source>
        <translation>soledad</translation>
    </message>
    <message>
        <source>hurt</source>
        <translation>dolor</translation>
    </message>
    <message>
        <source>disappointed</source>
        <translation>decepción</translation>
    </message>
    <message>
        <source>unseen</source>
        <translation>sentirme invisible</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>sentirme fuera</translation>
    </message>
    <message>
        <source>numb</source>
        <translation>embotamiento</translation>
    </message>
    <message>
        <source>tired</source>
        <translation>cansancio</translation>
    </message>
    <message>
        <source>homesick</source>
        <translation>añoranza</translation>
    </message>
    <message>
        <source>grieving</source>
        <translation>duelo</translation>
    </message>
    <message>
        <source>afraid</source>
        <translation>miedo</translation>
    </message>
    <message>
        <source>anxious</source>
        <translation>ansiedad</translation>
    </message>
    <message>
        <source>tense</source>
        <translation>tensión</translation>
    </message>
    <message>
        <source>overwhelmed</source>
        <translation>agobio</translation>
    </message>
    <message>
        <source>nervous</source>
        <translation>nervios</translation>
    </message>
    <message>
        <source>insecure</source>
        <translation>inseguridad</translation>
    </message>
    <message>
        <source>confused</source>
        <translation>confusión</translation>
    </message>
    <message>
        <source>worried</source>
        <translation>preocupación</translation>
    </message>
    <message>
        <source>panicky</source>
        <translation>pánico</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>duda</translation>
    </message>
    <message>
        <source>angry</source>
        <translation>enojo</translation>
    </message>
    <message>
        <source>frustrated</source>
        <translation>frustración</translation>
    </message>
    <message>
        <source>irritated</source>
        <translation>irritación</translation>
    </message>
    <message>
        <source>resentful</source>
        <translation>resentimiento</translation>
    </message>
    <message>
        <source>jealous</source>
        <translation>celos</translation>
    </message>
    <message>
        <source>annoyed</source>
        <translation>molestia</translation>
    </message>
    <message>
        <source>impatient</source>
        <translation>impaciencia</translation>
    </message>
    <message>
        <source>bitter</source>
        <translation>amargura</translation>
    </message>
    <message>
        <source>defensive</source>
        <translation>ponerme a la defensiva</translation>
    </message>
    <message>
        <source>furious</source>
        <translation>furia</translation>
    </message>
    <message>
        <source>ashamed</source>
        <translation>vergüenza</translation>
    </message>
    <message>
        <source>embarrassed</source>
        <translation>bochorno</translation>
    </message>
    <message>
        <source>guilty</source>
        <translation>culpa</translation>
    </message>
    <message>
        <source>exposed</source>
        <translation>sentirme expuesto/a</translation>
    </message>
    <message>
        <source>self conscious</source>
        <translation>cohibición</translation>
    </message>
    <message>
        <source>small</source>
        <translation>sentirme pequeño/a</translation>
    </message>
    <message>
        <source>foolish</source>
        <translation>sentirme ridículo/a</translation>
    </message>
    <message>
        <source>regretful</source>
        <translation>arrepentimiento</translation>
    </message>
    <message>
        <source>awkward</source>
        <translation>incomodidad</translation>
    </message>
    <message>
        <source>unworthy</source>
        <translation>sentir que no valgo</translation>
    </message>
</context>
<context>
    <name>FiveSenses</name>
    <message>
        <source>Look around</source>
        <translation>Mira a tu alrededor</translation>
    </message>
    <message>
        <source>Name five things you can see. Take your time with each: its colour, its shape, where the light falls on it.</source>
        <translation>Nombra cinco cosas que puedas ver. Tómate tu tiempo con cada una: su color, su forma, dónde le da la luz.</translation>
    </message>
    <message>
        <source>Notice what you can touch</source>
        <translation>Fíjate en lo que puedes tocar</translation>
    </message>
    <message>
        <source>Find four things you can feel: your feet on the floor, the chair under you, the fabric of your sleeve, the air on your skin.</source>
        <translation>Encuentra cuatro cosas que puedas sentir: los pies en el suelo, la silla debajo de ti, la tela de la manga, el aire en la piel.</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Escucha</translation>
    </message>
    <message>
        <source>Pick out three sounds, near or far: a fridge humming, traffic, your own breathing.</source>
        <translation>Distingue tres sonidos, cerca o lejos: el zumbido de la nevera, el tráfico, tu propia respiración.</translation>
    </message>
    <message>
        <source>Smell</source>
        <translation>Huele</translation>
    </message>
    <message>
        <source>Notice two things you can smell. If nothing comes, stand near a window, a cup of tea or your own hands.</source>
        <translation>Fíjate en dos cosas que puedas oler. Si no notas nada, acércate a una ventana, a una taza de té o a tus propias manos.</translation>
    </message>
    <message>
        <source>Taste</source>
        <translation>Saborea</translation>
    </message>
    <message>
        <source>Notice one taste: a sip of water, the last thing you ate, or simply your mouth as it is now.</source>
        <translation>Fíjate en un sabor: un sorbo de agua, lo último que comiste o, sin más, tu boca tal como está ahora.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>You are here, in this room</source>
        <translation>Estás aquí, en este lugar</translation>
    </message>
    <message>
        <source>However you feel now is all right. You can go through the steps again, breathe slowly for a while, or reach out to someone from your plan.</source>
        <translation>Sientas lo que sientas ahora, está bien. Puedes repetir los pasos, respirar despacio un rato o escribir a alguien de tu plan.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>The step before (Alt+Left)</source>
        <translation>El paso anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>The next step (Alt+Right)</source>
        <translation>El paso siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Back to support</source>
        <translation>Volver a apoyo</translation>
    </message>
    <message>
        <source>Five senses</source>
        <translation>Cinco sentidos</translation>
    </message>
    <message>
        <source>Once more</source>
        <translation>Otra vez</translation>
    </message>
</context>
<context>
    <name>GroupDaysChart</name>
    <message>
        <source>Feelings around group days, as a chart</source>
        <translation>Lo que sentiste en torno a los días de grupo, en un gráfico</translation>
    </message>
    <message>
        <source>unpleasant</source>
        <translation>desagradable</translation>
    </message>
    <message>
        <source>pleasant</source>
        <translation>agradable</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>Calendar of feelings</source>
        <translation>Calendario de lo que sientes</translation>
    </message>
    <message>
        <source>%1: nothing noted</source>
        <translation>%1: nada anotado</translation>
    </message>
    <message>
        <source>%1: %2 feelings noted, %3</source>
        <translation>%1: %2 sentimientos anotados, %3</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <source>The day before group</source>
        <translation>El día antes del grupo</translation>
    </message>
    <message>
        <source>The day of group</source>
        <translation>El día del grupo</translation>
    </message>
    <message>
        <source>The two days after</source>
        <translation>Los dos días después</translation>
    </message>
    <message>
        <source>Other days</source>
        <translation>Otros días</translation>
    </message>
    <message>
        <source>Nothing is noted around group days yet. Check-ins and feelings you name in your writing will show here once your group has met.</source>
        <translation>Todavía no hay nada anotado en torno a los días de grupo. Tus registros y lo que nombres al escribir aparecerán aquí cuando tu grupo se haya reunido.</translation>
    </message>
    <message>
        <source>%1: %2 feelings, %3</source>
        <translation>%1: %2 sentimientos, %3</translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation>Encabezados de columna</translation>
    </message>
    <message>
        <source>A month ago</source>
        <translation>Hace un mes</translation>
    </message>
    <message>
        <source>Six months ago</source>
        <translation>Hace seis meses</translation>
    </message>
    <message>
        <source>A year ago</source>
        <translation>Hace un año</translation>
    </message>
    <message>
        <source>Since your last session</source>
        <translation>Desde tu última sesión</translation>
    </message>
    <message>
        <source>Since session %1 ended, %2.</source>
        <translation>Desde que terminó la sesión %1, el %2.</translation>
    </message>
    <message>
        <source>Since your last group ended, %1.</source>
        <translation>Desde que terminó tu último grupo, el %1.</translation>
    </message>
    <message>
        <source>(an entry)</source>
        <translation>(una entrada)</translation>
    </message>
    <message>
        <source>What you wrote</source>
        <translation>Lo que escribiste</translation>
    </message>
    <message>
        <source>Nothing written since then.</source>
        <translation>No has escrito nada desde entonces.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>No check-ins since then.</source>
        <translation>Ningún registro desde entonces.</translation>
    </message>
    <message>
        <source>Added to your list for group</source>
        <translation>Añadido a tu lista para el grupo</translation>
    </message>
    <message>
        <source>Nothing added to your list since then.</source>
        <translation>No has añadido nada a tu lista desde entonces.</translation>
    </message>
    <message>
        <source>Goal check-ins</source>
        <translation>Seguimiento de objetivos</translation>
    </message>
    <message>
        <source>No goal check-ins since then.</source>
        <translation>Ningún seguimiento de objetivos desde entonces.</translation>
    </message>
    <message>
        <source>What stayed with you from this week?</source>
        <translation>¿Qué te llevas de esta semana?</translation>
    </message>
    <message>
        <source>What did you notice in how you relate to others?</source>
        <translation>¿Qué notaste en tu manera de relacionarte con los demás?</translation>
    </message>
    <message>
        <source>What would you like to bring to group, or keep an eye on next week?</source>
        <translation>¿Qué te gustaría llevar al grupo, o tener presente la semana que viene?</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>your own words</source>
        <translation>tus propias palabras</translation>
    </message>
    <message>
        <source>leaning pleasant</source>
        <translation>más bien agradable</translation>
    </message>
    <message>
        <source>leaning unpleasant</source>
        <translation>más bien desagradable</translation>
    </message>
    <message>
        <source>in between</source>
        <translation>intermedio</translation>
    </message>
</context>
<context>
    <name>InsightsScreen</name>
    <message>
        <source>Nothing to look back on yet. When you check in or name a feeling in your writing, this page shows how your feelings move over the weeks.</source>
        <translation>Todavía no hay nada que mirar. Cuando anotes cómo estás o nombres un sentimiento al escribir, esta página mostrará cómo se mueve lo que sientes a lo largo de las semanas.</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>Anotar cómo estoy ahora</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Orange is more unpleasant, blue more pleasant, pale in between; grey days hold only your own words. Arrow keys move, Enter opens a day.</source>
        <translation>El naranja es más desagradable, el azul más agradable y el tono claro, intermedio; los días grises solo tienen tus propias palabras. Las flechas te mueven y Intro abre un día.</translation>
    </message>
    <message>
        <source>The calendar in words</source>
        <translation>El calendario en palabras</translation>
    </message>
    <message>
        <source>The chosen day</source>
        <translation>El día elegido</translation>
    </message>
    <message>
        <source>What you wrote and noted on the chosen day</source>
        <translation>Lo que escribiste y anotaste el día elegido</translation>
    </message>
    <message>
        <source>Feelings around group days, in words</source>
        <translation>Lo que sentiste en torno a los días de grupo, en palabras</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Palabra</translation>
    </message>
    <message>
        <source>Times this month</source>
        <translation>Veces este mes</translation>
    </message>
    <message>
        <source>The words you used most this month</source>
        <translation>Las palabras que más usaste este mes</translation>
    </message>
    <message>
        <source>Feelings by suggestion</source>
        <translation>Sentimientos por sugerencia</translation>
    </message>
    <message>
        <source>Feelings by person</source>
        <translation>Sentimientos por persona</translation>
    </message>
    <message>
        <source>Words you used most this month</source>
        <translation>Las palabras que más usaste este mes</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Cómo te has ido sintiendo</translation>
    </message>
    <message>
        <source>How your feelings moved, from check-ins, your reflection forms and your debriefs. It describes; it never judges a day.</source>
        <translation>Cómo se movió lo que sientes, según tus registros, tus reflexiones y tus repasos después del grupo. Describe; nunca juzga un día.</translation>
    </message>
    <message>
        <source>Around group days in %1</source>
        <translation>En torno a los días de grupo en %1</translation>
    </message>
    <message>
        <source>By suggestion and by person in %1</source>
        <translation>Por sugerencia y por persona en %1</translation>
    </message>
    <message>
        <source>Nothing noted in %1.</source>
        <translation>Nada anotado en %1.</translation>
    </message>
    <message>
        <source>In %1 you noted feelings on %2 days: %3.</source>
        <translation>En %1 anotaste sentimientos en %2 días: %3.</translation>
    </message>
    <message>
        <source>No feeling words yet this month. Words you choose in a check-in or a reflection form are counted here.</source>
        <translation>Todavía no hay palabras este mes. Aquí se cuentan las que elijas al anotar cómo estás o en una reflexión.</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Sentimientos</translation>
    </message>
    <message>
        <source>Where they sat</source>
        <translation>Dónde quedaron</translation>
    </message>
    <message>
        <source>Most named</source>
        <translation>Los más nombrados</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Feelings in writing about a suggestion, and check-ins about someone, are gathered here once this year has some.</source>
        <translation>Lo que sientes al escribir sobre una sugerencia, y los registros sobre alguien, se reúnen aquí en cuanto este año tenga alguno.</translation>
    </message>
    <message>
        <source>Check-in: %1</source>
        <translation>Registro: %1</translation>
    </message>
    <message>
        <source>Nothing written or noted on this day.</source>
        <translation>Nada escrito ni anotado este día.</translation>
    </message>
</context>
<context>
    <name>LinkedList</name>
    <message>
        <source>Entries, agenda items and goals that name this person</source>
        <translation>Entradas, temas para el grupo y objetivos que nombran a esta persona</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>(no words yet)</source>
        <translation>(todavía sin palabras)</translation>
    </message>
    <message>
        <source>Nothing names this person yet. Later, entries, agenda items and goals that mention them will be listed here.</source>
        <translation>Todavía nada nombra a esta persona. Más adelante, aquí aparecerán las entradas, los temas para el grupo y los objetivos que la mencionen.</translation>
    </message>
</context>
<context>
    <name>LockCardOption</name>
    <message>
        <source>Show the people and services from my support plan on the lock screen</source>
        <translation>Mostrar en la pantalla de bloqueo las personas y servicios de mi plan de apoyo</translation>
    </message>
    <message>
        <source>Open your journal to turn this on.</source>
        <translation>Abre tu diario para activarlo.</translation>
    </message>
    <message>
        <source>When on, only their names and how to reach them are kept, unencrypted, in a small file beside your journal. When off, nothing of your plan leaves the journal.</source>
        <translation>Si lo activas, solo sus nombres y cómo contactarlas se guardan, sin cifrar, en un archivo pequeño junto a tu diario. Si está desactivado, nada de tu plan sale del diario.</translation>
    </message>
    <message>
        <source>Keep my people on the lock screen</source>
        <translation>Mantener mis personas en la pantalla de bloqueo</translation>
    </message>
    <message>
        <source>The names and ways to reach the people and services in your plan will then be stored unencrypted on this computer, in a small file beside your journal, so that the lock screen can show them. Anyone using this computer could read that list. The rest of your plan stays encrypted. You can turn this off at any time, and the file is removed.</source>
        <translation>Los nombres y las formas de contactar a las personas y servicios de tu plan se guardarán entonces sin cifrar en este equipo, en un archivo pequeño junto a tu diario, para que la pantalla de bloqueo pueda mostrarlos. Cualquiera que use este equipo podría leer esa lista. El resto de tu plan sigue cifrado. Puedes desactivarlo cuando quieras, y el archivo se borra.</translation>
    </message>
    <message>
        <source>Keep them on the lock screen</source>
        <translation>Mantenerlas en la pantalla de bloqueo</translation>
    </message>
    <message>
        <source>Lock screen</source>
        <translation>Pantalla de bloqueo</translation>
    </message>
    <message>
        <source>The short list on the lock screen could not be changed (%1). Your plan is safe inside your journal; try again in a moment.</source>
        <translation>No se pudo cambiar la lista corta de la pantalla de bloqueo (%1). Tu plan está a salvo dentro de tu diario; vuelve a intentarlo en un momento.</translation>
    </message>
</context>
<context>
    <name>LookBack</name>
    <message>
        <source>Save a look back</source>
        <translation>Guardar una mirada atrás</translation>
    </message>
    <message>
        <source>The file will not be encrypted: anyone who opens it can read it. Keep it somewhere private, or print it and delete it.</source>
        <translation>El archivo no estará cifrado: cualquiera que lo abra podrá leerlo. Guárdalo en un sitio privado, o imprímelo y bórralo.</translation>
    </message>
    <message>
        <source>Choose where</source>
        <translation>Elegir dónde</translation>
    </message>
    <message>
        <source>Markdown (*.md);;PDF (*.pdf)</source>
        <translation>Markdown (*.md);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The look back could not be written there. Nothing in your journal changed. Try another folder, for example your Documents.</source>
        <translation>No se pudo guardar la mirada atrás ahí. Nada de tu diario ha cambiado. Prueba con otra carpeta, por ejemplo Documentos.</translation>
    </message>
</context>
<context>
    <name>LookingBackCard</name>
    <message>
        <source>Check in</source>
        <translation>Anotar cómo estoy</translation>
    </message>
    <message>
        <source>A few seconds: how you are right now (%1)</source>
        <translation>Unos segundos: cómo estás ahora mismo (%1)</translation>
    </message>
    <message>
        <source>Check in on how you feel</source>
        <translation>Anotar cómo te sientes</translation>
    </message>
    <message>
        <source>Weekly review…</source>
        <translation>Repaso semanal…</translation>
    </message>
    <message>
        <source>A short weekly review, three questions</source>
        <translation>Un repaso semanal corto, tres preguntas</translation>
    </message>
    <message>
        <source>How are you right now?</source>
        <translation>¿Cómo estás ahora mismo?</translation>
    </message>
    <message>
        <source>Since your last session…</source>
        <translation>Desde tu última sesión…</translation>
    </message>
    <message>
        <source>Since your last session: nothing yet. The page is there when you want it.</source>
        <translation>Desde tu última sesión: todavía nada. La página está ahí cuando la quieras.</translation>
    </message>
    <message>
        <source>Since your last session: entries %1, check-ins %2, for your list %3, goal check-ins %4</source>
        <translation>Desde tu última sesión: entradas, %1; registros, %2; temas para tu lista, %3; seguimientos de objetivos, %4</translation>
    </message>
    <message>
        <source>%1 (check-ins: %2)</source>
        <translation>%1 (registros: %2)</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>Tal día como hoy</translation>
    </message>
    <message>
        <source>(an entry)</source>
        <translation>(una entrada)</translation>
    </message>
    <message>
        <source>Open the entry from %1</source>
        <translation>Abrir la entrada de %1</translation>
    </message>
    <message>
        <source>Your check-in is saved.</source>
        <translation>Tu registro está guardado.</translation>
    </message>
    <message>
        <source>That sounds like a hard moment. Your support plan and a breathing exercise are here if you want them.</source>
        <translation>Parece un momento difícil. Tu plan de apoyo y un ejercicio de respiración están aquí, si los quieres.</translation>
    </message>
    <message>
        <source>Your weekly review is saved in your journal.</source>
        <translation>Tu repaso semanal está guardado en tu diario.</translation>
    </message>
</context>
<context>
    <name>MoodGrid</name>
    <message>
        <source>Where you are: unpleasant to pleasant, low to high energy</source>
        <translation>Dónde estás: de desagradable a agradable, de poca a mucha energía</translation>
    </message>
    <message>
        <source>No spot chosen. Use the arrow keys or click to place one.</source>
        <translation>No hay ningún punto elegido. Usa las flechas o haz clic para poner uno.</translation>
    </message>
    <message>
        <source>Pleasant %1 of 5, energy %2 of 5 (negative is unpleasant or low)</source>
        <translation>Agradable %1 de 5, energía %2 de 5 (los negativos son desagradable o baja)</translation>
    </message>
    <message>
        <source>high energy</source>
        <translation>mucha energía</translation>
    </message>
    <message>
        <source>low energy</source>
        <translation>poca energía</translation>
    </message>
    <message>
        <source>unpleasant</source>
        <translation>desagradable</translation>
    </message>
    <message>
        <source>pleasant</source>
        <translation>agradable</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Partner</source>
        <translation>Pareja</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Madre o padre</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Hija o hijo</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Hermana o hermano</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Amistad</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Compañera o compañero de trabajo</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Padrino o madrina</translation>
    </message>
    <message>
        <source>Therapist or counsellor</source>
        <translation>Terapeuta o consejero</translation>
    </message>
    <message>
        <source>Someone in my group</source>
        <translation>Alguien de mi grupo</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Most days</source>
        <translation>Casi todos los días</translation>
    </message>
    <message>
        <source>Every week or so</source>
        <translation>Más o menos cada semana</translation>
    </message>
    <message>
        <source>Every month or so</source>
        <translation>Más o menos cada mes</translation>
    </message>
    <message>
        <source>Now and then</source>
        <translation>De vez en cuando</translation>
    </message>
    <message>
        <source>Not in touch at the moment</source>
        <translation>Ahora mismo sin contacto</translation>
    </message>
    <message>
        <source>Not on the circle</source>
        <translation>Fuera del círculo</translation>
    </message>
    <message>
        <source>Ring 1, closest</source>
        <translation>Anillo 1, lo más cerca</translation>
    </message>
    <message>
        <source>Ring 2, close</source>
        <translation>Anillo 2, cerca</translation>
    </message>
    <message>
        <source>Ring 3, further out</source>
        <translation>Anillo 3, más lejos</translation>
    </message>
    <message>
        <source>Ring 4, distant</source>
        <translation>Anillo 4, lejos</translation>
    </message>
    <message>
        <source>Grief and loss</source>
        <translation>Duelo y pérdida</translation>
    </message>
    <message>
        <source>Friction with people who matter</source>
        <translation>Roces con personas importantes</translation>
    </message>
    <message>
        <source>Life changes and new roles</source>
        <translation>Cambios de vida y nuevos papeles</translation>
    </message>
    <message>
        <source>Loneliness and connection</source>
        <translation>Soledad y conexión</translation>
    </message>
    <message>
        <source>Losing someone, or something that mattered between you, can stay with you for a long time. Marking it here gives that loss a place on this person&apos;s page, at your own pace.</source>
        <translation>Perder a alguien, o algo que importaba en esa relación, puede acompañarte mucho tiempo. Marcarlo aquí le da a esa pérdida un lugar en la página de esta persona, a tu ritmo.</translation>
    </message>
    <message>
        <source>Sometimes you and someone close hope for different things from each other, and the same friction keeps coming back. Naming it can help you see what each of you is really asking for.</source>
        <translation>A veces esperas de alguien cercano algo distinto de lo que esa persona espera de ti, y el mismo roce vuelve una y otra vez. Nombrarlo puede ayudarte a ver qué pide de verdad cada parte.</translation>
    </message>
    <message>
        <source>A move, a new job, getting sober, or a relationship starting or ending can change how you and this person fit together. Finding your feet again after a change like that takes time.</source>
        <translation>Una mudanza, un trabajo nuevo, dejar de consumir, o una relación que empieza o termina pueden cambiar cómo encajas con esta persona. Volver a encontrar tu sitio después de un cambio así lleva tiempo.</translation>
    </message>
    <message>
        <source>Some connections feel thinner or harder to start and keep than you would like. Marking this helps you notice what you would want more of, with this person or with others.</source>
        <translation>Algunos vínculos se sienten más débiles, o más difíciles de empezar y mantener, de lo que te gustaría. Marcarlo te ayuda a notar de qué te gustaría tener más, con esta persona o con otras.</translation>
    </message>
    <message>
        <source>What is good between us</source>
        <translation>Lo que va bien entre nosotros</translation>
    </message>
    <message>
        <source>What is hard</source>
        <translation>Lo que cuesta</translation>
    </message>
    <message>
        <source>What I can talk about with them</source>
        <translation>De qué puedo hablar con esta persona</translation>
    </message>
    <message>
        <source>What I can&apos;t talk about with them</source>
        <translation>De qué no puedo hablar con esta persona</translation>
    </message>
    <message>
        <source>What each of us expects of the other</source>
        <translation>Qué espera cada uno del otro</translation>
    </message>
    <message>
        <source>What I would like to change</source>
        <translation>Qué me gustaría cambiar</translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation>Algo más</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Tema para el grupo</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>From a session</source>
        <translation>De una sesión</translation>
    </message>
    <message>
        <source>Please give this person a name first; initials or a nickname are enough. Nothing else was changed.</source>
        <translation>Primero dale un nombre a esta persona; bastan unas iniciales o un apodo. No se cambió nada más.</translation>
    </message>
    <message>
        <source>That name is very long. Please keep it short here and put the rest in the notes; nothing was lost.</source>
        <translation>Ese nombre es muy largo. Déjalo corto aquí y pon el resto en las notas; no se perdió nada.</translation>
    </message>
    <message>
        <source>One answer is too long to keep in one place. Please split it; nothing was lost.</source>
        <translation>Una respuesta es demasiado larga para guardarla en un solo sitio. Divídela, por favor; no se perdió nada.</translation>
    </message>
    <message>
        <source>Choose two different people to merge.</source>
        <translation>Elige dos personas distintas para unirlas.</translation>
    </message>
    <message>
        <source>Initials or a nickname protect other members&apos; privacy if someone sees your screen or an export.</source>
        <translation>Unas iniciales o un apodo protegen la privacidad de los demás miembros si alguien ve tu pantalla o una exportación.</translation>
    </message>
</context>
<context>
    <name>PeopleCard</name>
    <message>
        <source>Save a look back…</source>
        <translation>Guardar una mirada atrás…</translation>
    </message>
    <message>
        <source>The circle then and now, what you worked on and goals reached, as a file</source>
        <translation>El círculo entonces y ahora, lo que trabajaste y los objetivos alcanzados, en un archivo</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>This invitation will not come back; People is always in the list on the left</source>
        <translation>Esta invitación no volverá a aparecer; Personas sigue siempre en la lista de la izquierda</translation>
    </message>
    <message>
        <source>Looking back on your relationships</source>
        <translation>Mirar atrás a tus relaciones</translation>
    </message>
    <message>
        <source>As your time in the group comes to an end, you can see how the people on your circle moved since you started. It can help you say what changed.</source>
        <translation>Ahora que tu tiempo en el grupo se acerca al final, puedes ver cómo se movieron las personas de tu círculo desde que empezaste. Puede ayudarte a decir qué cambió.</translation>
    </message>
    <message>
        <source>See the circle then and now</source>
        <translation>Ver el círculo entonces y ahora</translation>
    </message>
    <message>
        <source>The people who matter to you</source>
        <translation>Las personas que te importan</translation>
    </message>
    <message>
        <source>The first sessions are a good time to map your important relationships: who is close, who is further away, what is good and what is hard. A few names are enough to begin.</source>
        <translation>Las primeras sesiones son un buen momento para trazar el mapa de tus relaciones importantes: quién está cerca, quién más lejos, qué va bien y qué cuesta. Para empezar bastan unos pocos nombres.</translation>
    </message>
    <message>
        <source>Map my relationships</source>
        <translation>Trazar mis relaciones</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <source>Merge two people</source>
        <translation>Unir dos personas</translation>
    </message>
    <message>
        <source>Who is the same person? Everything written about them moves here.</source>
        <translation>¿Quién es la misma persona? Todo lo escrito sobre ella pasa aquí.</translation>
    </message>
    <message>
        <source>Add someone…</source>
        <translation>Añadir a alguien…</translation>
    </message>
    <message>
        <source>Name of a person to add</source>
        <translation>Nombre de la persona que quieres añadir</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Aña&amp;dir</translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation>Añadir a esta persona</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Mostrar archivadas</translation>
    </message>
    <message>
        <source>Here you can map the people who matter to you, close or far. Start with one name: type it on the left and press Enter.</source>
        <translation>Aquí puedes trazar el mapa de las personas que te importan, cerca o lejos. Empieza con un nombre: escríbelo a la izquierda y pulsa Intro.</translation>
    </message>
    <message>
        <source>Closeness circle</source>
        <translation>Círculo de cercanía</translation>
    </message>
    <message>
        <source>There is no one else to merge with yet.</source>
        <translation>Todavía no hay nadie más con quien unirla.</translation>
    </message>
    <message>
        <source>%1 and where they were on your circle will be removed for good. Entries, agenda items and goals that name them stay as they are. Archiving instead keeps everything.</source>
        <translation>%1 y su lugar en tu círculo se borrarán para siempre. Las entradas, los temas para el grupo y los objetivos que la nombran se quedan como están. Si la archivas, se conserva todo.</translation>
    </message>
    <message>
        <source>Delete this person?</source>
        <translation>¿Borrar a esta persona?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>A name, initials or a nickname</source>
        <translation>Un nombre, unas iniciales o un apodo</translation>
    </message>
    <message>
        <source>Use initials</source>
        <translation>Usar iniciales</translation>
    </message>
    <message>
        <source>Use initials instead of the name</source>
        <translation>Usar iniciales en vez del nombre</translation>
    </message>
    <message>
        <source>How you are related</source>
        <translation>Qué relación tienes con esta persona</translation>
    </message>
    <message>
        <source>How often you are in touch</source>
        <translation>Cada cuánto tienes contacto con esta persona</translation>
    </message>
    <message>
        <source>Where they are on your circle</source>
        <translation>Dónde está en tu círculo</translation>
    </message>
    <message>
        <source>Replace this name in exports</source>
        <translation>Cambiar este nombre al exportar</translation>
    </message>
    <message>
        <source>When you export with names replaced, this name becomes Member A, Member B…</source>
        <translation>Cuando exportes con los nombres cambiados, este nombre pasará a ser Member A, Member B…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Related as:</source>
        <translation>&amp;Relación:</translation>
    </message>
    <message>
        <source>In &amp;touch:</source>
        <translation>Con&amp;tacto:</translation>
    </message>
    <message>
        <source>On your &amp;circle:</source>
        <translation>En tu &amp;círculo:</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>Unir con…</translation>
    </message>
    <message>
        <source>Merge with another person who is the same person</source>
        <translation>Unir con otra entrada que es la misma persona</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>Con tus propias palabras</translation>
    </message>
    <message>
        <source>Prompts to write about this relationship</source>
        <translation>Propuestas para escribir sobre esta relación</translation>
    </message>
    <message>
        <source>What names them, newest first</source>
        <translation>Lo que la nombra, lo más reciente primero</translation>
    </message>
    <message>
        <source>Feelings you wrote down with them: %1</source>
        <translation>Lo que sentiste y anotaste con esta persona: %1</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>You have someone else called %1 too. That is fine; you can merge the two later if they are one person.</source>
        <translation>Ya tienes a otra persona llamada %1. No pasa nada; más adelante puedes unirlas si son la misma.</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>My support plan</source>
        <translation>Mi plan de apoyo</translation>
    </message>
    <message>
        <source>Parts of the plan</source>
        <translation>Partes del plan</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Guardar y cerrar</translation>
    </message>
    <message>
        <source>Let&apos;s go through it one part at a time. Write as much or as little as feels right; you can skip any part and come back whenever you like.</source>
        <translation>Vamos parte por parte. Escribe tanto o tan poco como te parezca bien; puedes saltarte cualquier parte y volver cuando quieras.</translation>
    </message>
    <message>
        <source>Not saved yet (%1); what you wrote is still here.</source>
        <translation>Todavía sin guardar (%1); lo que escribiste sigue aquí.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Todavía sin guardar</translation>
    </message>
    <message>
        <source>Your plan could not be saved just now. Close anyway and lose these changes?</source>
        <translation>Ahora mismo no se pudo guardar tu plan. ¿Cerrar de todos modos y perder estos cambios?</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Cerrar de todos modos</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>On Today, show what happened since your last session</source>
        <translation>En Hoy, mostrar lo que pasó desde tu última sesión</translation>
    </message>
    <message>
        <source>On Today, show what you wrote on this day a month, six months and a year ago</source>
        <translation>En Hoy, mostrar lo que escribiste tal día como hoy hace un mes, seis meses y un año</translation>
    </message>
    <message>
        <source>On Today, offer a short weekly review</source>
        <translation>En Hoy, ofrecer un repaso semanal corto</translation>
    </message>
</context>
<context>
    <name>PromptBrowser</name>
    <message>
        <source>All prompts</source>
        <translation>Todas las propuestas</translation>
    </message>
    <message>
        <source>Prompts grouped by suggestion</source>
        <translation>Propuestas agrupadas por sugerencia</translation>
    </message>
    <message>
        <source>Write about this</source>
        <translation>Escribir sobre esto</translation>
    </message>
    <message>
        <source>Hide / show</source>
        <translation>Ocultar / mostrar</translation>
    </message>
    <message>
        <source>Pin / unpin</source>
        <translation>Fijar / soltar</translation>
    </message>
    <message>
        <source>Add my own…</source>
        <translation>Añadir una mía…</translation>
    </message>
    <message>
        <source>Edit mine…</source>
        <translation>Editar la mía…</translation>
    </message>
    <message>
        <source>Delete mine</source>
        <translation>Borrar la mía</translation>
    </message>
    <message>
        <source> (pinned)</source>
        <translation> (fijada)</translation>
    </message>
    <message>
        <source> (hidden)</source>
        <translation> (oculta)</translation>
    </message>
    <message>
        <source>Your own prompts</source>
        <translation>Tus propias propuestas</translation>
    </message>
    <message>
        <source>Your own prompt</source>
        <translation>Tu propia propuesta</translation>
    </message>
    <message>
        <source>A question or nudge for yourself:</source>
        <translation>Una pregunta o un empujoncito para ti:</translation>
    </message>
    <message>
        <source>Edit your prompt</source>
        <translation>Editar tu propuesta</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Propuesta:</translation>
    </message>
    <message>
        <source>Delete your prompt</source>
        <translation>Borrar tu propuesta</translation>
    </message>
    <message>
        <source>Delete this prompt of yours? Entries written with it are kept.</source>
        <translation>¿Borrar esta propuesta tuya? Las entradas que escribiste con ella se conservan.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>PromptList</name>
    <message>
        <source>Prompts about this relationship; press Enter to write with one</source>
        <translation>Propuestas sobre esta relación; pulsa Intro para escribir con una</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Tema para el grupo</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Temas para el grupo</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Support plan</source>
        <translation>Plan de apoyo</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entrada</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 entradas</translation>
    </message>
    <message>
        <source>1 goal</source>
        <translation>1 objetivo</translation>
    </message>
    <message>
        <source>%1 goals</source>
        <translation>%1 objetivos</translation>
    </message>
    <message>
        <source>1 agenda item</source>
        <translation>1 tema para el grupo</translation>
    </message>
    <message>
        <source>%1 agenda items</source>
        <translation>%1 temas para el grupo</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 sesión</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 sesiones</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 personas</translation>
    </message>
    <message>
        <source>the support plan</source>
        <translation>el plan de apoyo</translation>
    </message>
    <message>
        <source>1 check-in</source>
        <translation>1 registro</translation>
    </message>
    <message>
        <source>%1 check-ins</source>
        <translation>%1 registros</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Show: %1</source>
        <translation>Mostrar: %1</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>The search could not finish just now. Nothing was changed; try again in a moment.</source>
        <translation>La búsqueda no pudo terminar ahora. No se cambió nada; vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Type to search everything you have written.</source>
        <translation>Escribe para buscar en todo lo que has escrito.</translation>
    </message>
    <message>
        <source>Nothing matches that yet. Try fewer or shorter words.</source>
        <translation>Todavía nada coincide con eso. Prueba con menos palabras o más cortas.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>Encontrado: %1</translation>
    </message>
</context>
<context>
    <name>SinceLastSessionPage</name>
    <message>
        <source>A look at the time between groups, to read before the next one. Saving it as a file writes it out unencrypted where you choose.</source>
        <translation>Una mirada al tiempo entre un grupo y otro, para leer antes del próximo. Si lo guardas como archivo, se escribe sin cifrar donde elijas.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save as Markdown…</source>
        <translation>Guardar como Markdown…</translation>
    </message>
    <message>
        <source>The file could not be written there. Nothing in your journal changed; please choose another folder.</source>
        <translation>No se pudo guardar el archivo ahí. Nada de tu diario ha cambiado; elige otra carpeta, por favor.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>Support</name>
    <message>
        <source>Signs that a hard time is building</source>
        <translation>Señales de que se acerca un momento difícil</translation>
    </message>
    <message>
        <source>Things I can do on my own</source>
        <translation>Cosas que puedo hacer por mi cuenta</translation>
    </message>
    <message>
        <source>People and places that take my mind off it</source>
        <translation>Personas y lugares que me ayudan a distraerme</translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation>Personas a las que puedo pedir ayuda</translation>
    </message>
    <message>
        <source>Professionals and services</source>
        <translation>Profesionales y servicios</translation>
    </message>
    <message>
        <source>Making my surroundings safer</source>
        <translation>Hacer más seguro mi entorno</translation>
    </message>
    <message>
        <source>What matters most to me</source>
        <translation>Lo que más me importa</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Señales de aviso</translation>
    </message>
    <message>
        <source>On my own</source>
        <translation>Por mi cuenta</translation>
    </message>
    <message>
        <source>Taking my mind off it</source>
        <translation>Distraerme</translation>
    </message>
    <message>
        <source>People I can ask</source>
        <translation>A quién puedo pedir ayuda</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Profesionales</translation>
    </message>
    <message>
        <source>Safer surroundings</source>
        <translation>Un entorno más seguro</translation>
    </message>
    <message>
        <source>Reasons to keep going</source>
        <translation>Razones para seguir</translation>
    </message>
    <message>
        <source>The thoughts, moods, places or moments that tell you things are getting heavier. Noticing them early gives you more room to choose.</source>
        <translation>Los pensamientos, estados de ánimo, lugares o momentos que te avisan de que todo se está poniendo más pesado. Notarlos pronto te da más margen para elegir.</translation>
    </message>
    <message>
        <source>Small things that have helped you through before, without needing anyone: a walk, a shower, music, stretching, writing here.</source>
        <translation>Cosas pequeñas que ya te ayudaron otras veces sin necesitar a nadie: un paseo, una ducha, música, estirarte, escribir aquí.</translation>
    </message>
    <message>
        <source>Company or places that shift your attention for a while: a friend to sit with, a café, a meeting, a park.</source>
        <translation>Compañía o lugares que te llevan la atención a otra parte un rato: alguien con quien sentarte, una cafetería, una reunión, un parque.</translation>
    </message>
    <message>
        <source>People you trust to hear you, and how to reach them. You don&apos;t have to explain everything; &quot;can we talk?&quot; is enough.</source>
        <translation>Personas en quienes confías para que te escuchen, y cómo contactarlas. No tienes que explicarlo todo; con un &quot;¿podemos hablar?&quot; basta.</translation>
    </message>
    <message>
        <source>Your group&apos;s therapist, a sponsor, your clinic, a crisis line where you live. Type their names and numbers yourself; the journal never calls or sends anything.</source>
        <translation>La terapeuta o el terapeuta de tu grupo, tu padrino o madrina, tu centro de salud, una línea de crisis de donde vives. Escribe tú sus nombres y números; el diario nunca llama ni envía nada.</translation>
    </message>
    <message>
        <source>What you could move out of reach, or away from home, for a while, and who could help you with that.</source>
        <translation>Lo que podrías dejar fuera de tu alcance, o fuera de casa, por un tiempo, y quién podría ayudarte con eso.</translation>
    </message>
    <message>
        <source>The people, hopes and small things that make it worth staying with the hard moment until it passes.</source>
        <translation>Las personas, las esperanzas y las cosas pequeñas por las que vale la pena quedarte con el momento difícil hasta que pase.</translation>
    </message>
    <message>
        <source>A name, and how to reach them (a phone number, where to find them).</source>
        <translation>Un nombre, y cómo contactar (un teléfono, dónde encontrar a esa persona).</translation>
    </message>
    <message>
        <source>One per line. Leave it empty if nothing comes to mind yet.</source>
        <translation>Una por línea. Déjalo vacío si todavía no se te ocurre nada.</translation>
    </message>
</context>
<context>
    <name>SupportButton</name>
    <message>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>Support for a hard moment: your plan, your people, a breathing pacer (F1)</source>
        <translation>Apoyo para un momento difícil: tu plan, tus personas, un ejercicio de respiración (F1)</translation>
    </message>
    <message>
        <source>Support for a hard moment</source>
        <translation>Apoyo para un momento difícil</translation>
    </message>
</context>
<context>
    <name>SupportDialog</name>
    <message>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>Support for a hard moment</source>
        <translation>Apoyo para un momento difícil</translation>
    </message>
    <message>
        <source>Take a breath. Here is what can help right now.</source>
        <translation>Respira. Aquí tienes lo que puede ayudarte ahora.</translation>
    </message>
    <message>
        <source>If you are in danger, or might hurt yourself, call your local emergency number now.</source>
        <translation>Si estás en peligro, o podrías hacerte daño, llama ahora al número de emergencias de donde estés.</translation>
    </message>
    <message>
        <source>If you can, reach out to someone you trust and tell them it is a hard time. A short message is enough; you don&apos;t have to explain it all.</source>
        <translation>Si puedes, busca a alguien de confianza y dile que estás pasando un momento difícil. Basta con un mensaje corto; no tienes que explicarlo todo.</translation>
    </message>
    <message>
        <source>Nobody reads this journal. Writing here keeps your words private, and it also means no one is told that you need someone.</source>
        <translation>Nadie lee este diario. Escribir aquí mantiene tus palabras en privado, y eso también significa que nadie se entera de que necesitas a alguien.</translation>
    </message>
    <message>
        <source>Breathe slowly</source>
        <translation>Respira despacio</translation>
    </message>
    <message>
        <source>Open the breathing pacer</source>
        <translation>Abrir el ejercicio de respiración</translation>
    </message>
    <message>
        <source>Five senses</source>
        <translation>Cinco sentidos</translation>
    </message>
    <message>
        <source>Open the five-senses walk-through</source>
        <translation>Abrir el recorrido por los cinco sentidos</translation>
    </message>
    <message>
        <source>Ground yourself for a few minutes:</source>
        <translation>Vuelve al presente unos minutos:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Write my plan</source>
        <translation>Escribir mi plan</translation>
    </message>
    <message>
        <source>Change my plan</source>
        <translation>Cambiar mi plan</translation>
    </message>
    <message>
        <source>My support plan</source>
        <translation>Mi plan de apoyo</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <source>As a PDF to print, or as Markdown</source>
        <translation>En PDF para imprimir, o en Markdown</translation>
    </message>
    <message>
        <source>You haven&apos;t written your plan yet. It is a short list in your own words of what helps, and who you can turn to; any part can stay empty.</source>
        <translation>Todavía no has escrito tu plan. Es una lista corta, con tus palabras, de lo que te ayuda y de a quién puedes acudir; cualquier parte puede quedar vacía.</translation>
    </message>
    <message>
        <source>Your own support plan lives inside your journal, so it shows here once the journal is open.</source>
        <translation>Tu plan de apoyo vive dentro de tu diario, así que aparece aquí cuando el diario está abierto.</translation>
    </message>
    <message>
        <source>People I can reach</source>
        <translation>Personas a las que puedo acudir</translation>
    </message>
    <message>
        <source>There is nobody on this list yet. You can add people and services to your plan once the journal is open.</source>
        <translation>Todavía no hay nadie en esta lista. Puedes añadir personas y servicios a tu plan cuando el diario esté abierto.</translation>
    </message>
    <message>
        <source>You chose to keep this short list on the lock screen. The rest of your plan stays inside your journal.</source>
        <translation>Elegiste mantener esta lista corta en la pantalla de bloqueo. El resto de tu plan se queda dentro de tu diario.</translation>
    </message>
    <message>
        <source>Save a copy of my plan</source>
        <translation>Guardar una copia de mi plan</translation>
    </message>
    <message>
        <source>The copy will not be encrypted: anyone who opens the file can read it. Print it and delete it, or keep it somewhere private.</source>
        <translation>La copia no estará cifrada: cualquiera que abra el archivo podrá leerla. Imprímela y bórrala, o guárdala en un sitio privado.</translation>
    </message>
    <message>
        <source>Choose where</source>
        <translation>Elegir dónde</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>In my own words, for a hard moment.</source>
        <translation>Con mis propias palabras, para un momento difícil.</translation>
    </message>
    <message>
        <source>(nothing here yet)</source>
        <translation>(todavía nada aquí)</translation>
    </message>
    <message>
        <source>The copy could not be written (%1). Your plan is safe in your journal; try another folder.</source>
        <translation>No se pudo guardar la copia (%1). Tu plan está a salvo en tu diario; prueba con otra carpeta.</translation>
    </message>
    <message>
        <source>Saved to %1. Remember: this file is not encrypted.</source>
        <translation>Guardado en %1. Recuerda: este archivo no está cifrado.</translation>
    </message>
</context>
<context>
    <name>SupportOffer</name>
    <message>
        <source>If tonight feels heavy, your support plan and a breathing exercise are here.</source>
        <translation>Si esta noche pesa, tu plan de apoyo y un ejercicio de respiración están aquí.</translation>
    </message>
    <message>
        <source>Open support</source>
        <translation>Abrir apoyo</translation>
    </message>
    <message>
        <source>Open the support page</source>
        <translation>Abrir la página de apoyo</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>That urge sounded strong. Your support plan and a breathing exercise are one click away, if you want them.</source>
        <translation>Parece que las ganas fueron fuertes. Tu plan de apoyo y un ejercicio de respiración están a un clic, si los quieres.</translation>
    </message>
    <message>
        <source>Copy signs to my plan</source>
        <translation>Copiar las señales a mi plan</translation>
    </message>
    <message>
        <source>Copies the lines of &quot;What told me it was building&quot; into your plan&apos;s warning signs</source>
        <translation>Copia las líneas de &quot;Qué me avisó de que se estaba acercando&quot; a las señales de aviso de tu plan</translation>
    </message>
    <message>
        <source>Added to your plan</source>
        <translation>Añadido a tu plan</translation>
    </message>
    <message>
        <source>Already in your plan</source>
        <translation>Ya está en tu plan</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>When your next group meets</source>
        <translation>Cuándo se reúne tu próximo grupo</translation>
    </message>
    <message>
        <source>Today&apos;s prompt</source>
        <translation>La propuesta de hoy</translation>
    </message>
    <message>
        <source>Write about this</source>
        <translation>Escribir sobre esto</translation>
    </message>
    <message>
        <source>Start an entry with this prompt (%1)</source>
        <translation>Empezar una entrada con esta propuesta (%1)</translation>
    </message>
    <message>
        <source>Another prompt</source>
        <translation>Otra propuesta</translation>
    </message>
    <message>
        <source>Show a different prompt (Ctrl+R)</source>
        <translation>Mostrar otra propuesta (Ctrl+R)</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Pinned prompts come up more often</source>
        <translation>Las propuestas fijadas salen más a menudo</translation>
    </message>
    <message>
        <source>Don&apos;t show this one again</source>
        <translation>No volver a mostrar esta</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Empezar: %1</translation>
    </message>
    <message>
        <source>Browse all prompts…</source>
        <translation>Ver todas las propuestas…</translation>
    </message>
    <message>
        <source>Every prompt, by suggestion; add your own (%1)</source>
        <translation>Todas las propuestas, por sugerencia; añade las tuyas (%1)</translation>
    </message>
    <message>
        <source>Or start with</source>
        <translation>O empieza con</translation>
    </message>
    <message>
        <source>dddd, d MMMM</source>
        <translation>dddd, d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>Check in on your goals</source>
        <translation>Revisar tus objetivos</translation>
    </message>
    <message>
        <source>How are your goals this week? A quick mark is plenty.</source>
        <translation>¿Cómo van tus objetivos esta semana? Basta con una marca rápida.</translation>
    </message>
    <message>
        <source>Set up your group…</source>
        <translation>Configurar tu grupo…</translation>
    </message>
    <message>
        <source>Review what to raise</source>
        <translation>Repasar lo que quieres contar</translation>
    </message>
    <message>
        <source>Look back on group</source>
        <translation>Repasar el grupo</translation>
    </message>
    <message>
        <source>Your list for next time</source>
        <translation>Tu lista para la próxima vez</translation>
    </message>
    <message>
        <source>You have hidden every prompt. You can bring them back under Browse all prompts.</source>
        <translation>Has ocultado todas las propuestas. Puedes recuperarlas en Ver todas las propuestas.</translation>
    </message>
    <message>
        <source>Your own prompt</source>
        <translation>Tu propia propuesta</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Soltar</translation>
    </message>
</context>
<context>
    <name>WeeklyReviewDialog</name>
    <message>
        <source>A short weekly review</source>
        <translation>Un repaso semanal corto</translation>
    </message>
    <message>
        <source>Three questions, as short or long as you like. Skip any that don&apos;t fit.</source>
        <translation>Tres preguntas, tan cortas o largas como quieras. Sáltate las que no encajen.</translation>
    </message>
    <message>
        <source>Weekly review, %1</source>
        <translation>Repaso semanal, %1</translation>
    </message>
    <message>
        <source>All three are empty, so there is nothing to save yet. Write a line in any of them, or close this for now.</source>
        <translation>Las tres están vacías, así que todavía no hay nada que guardar. Escribe una línea en cualquiera, o cierra esto por ahora.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Próxima sesión</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Sentimientos</translation>
    </message>
    <message>
        <source>Search everything you wrote (Ctrl+F)</source>
        <translation>Busca en todo lo que escribiste (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search your journal</source>
        <translation>Buscar en tu diario</translation>
    </message>
    <message>
        <source>Entries, goals, agenda, sessions, people, your support plan and check-ins; the results show below</source>
        <translation>Entradas, objetivos, temas para el grupo, sesiones, personas, tu plan de apoyo y registros; los resultados aparecen debajo</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>Bloquear ahora (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock the journal now</source>
        <translation>Bloquear el diario ahora</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Added to your list for next session</source>
        <translation>Añadido a tu lista para la próxima sesión</translation>
    </message>
    <message>
        <source>An entry I want to bring to group</source>
        <translation>Una entrada que quiero llevar al grupo</translation>
    </message>
</context>
</TS>
