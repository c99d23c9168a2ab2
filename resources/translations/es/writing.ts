<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AgendaList</name>
    <message>
        <source>What you want to raise, in order; Alt+Up and Alt+Down move an item</source>
        <translation>Lo que quieres plantear, en orden; Alt+Arriba y Alt+Abajo mueven un punto</translation>
    </message>
</context>
<context>
    <name>AgendaPart</name>
    <message>
        <source>Something you want to bring up next time…</source>
        <translation>Algo que quieras plantear la próxima vez…</translation>
    </message>
    <message>
        <source>New item to raise</source>
        <translation>Nuevo punto para plantear</translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation>Añadir a la lista</translation>
    </message>
    <message>
        <source>Nothing on your list yet. Add something here, or tick “Bring this to group” on any entry.</source>
        <translation>Tu lista aún está vacía. Añade algo aquí, o marca «Llevar esto al grupo» en cualquier entrada.</translation>
    </message>
    <message>
        <source>Save the review as PDF…</source>
        <translation>Guardar el repaso como PDF…</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <source>Remove this from your list? Its history goes with it.</source>
        <translation>¿Quitar esto de tu lista? Su historial se va con él.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>AutosavePart</name>
    <message>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <source>Not saved yet. Your text is still here; saving tries again in a moment.</source>
        <translation>Aún sin guardar. Tu texto sigue aquí; se volverá a intentar en un momento.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>1 word</source>
        <translation>1 palabra</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 palabras</translation>
    </message>
</context>
<context>
    <name>BodyEdit</name>
    <message>
        <source>Names of your people; Enter writes one</source>
        <translation>Nombres de tus personas; Intro escribe uno</translation>
    </message>
</context>
<context>
    <name>BodyPart</name>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Bring to group</source>
        <translation>Llevar al grupo</translation>
    </message>
    <message>
        <source>Goals…</source>
        <translation>Metas…</translation>
    </message>
    <message>
        <source>Insert a tab</source>
        <translation>Insertar una tabulación</translation>
    </message>
</context>
<context>
    <name>CheckInPart</name>
    <message>
        <source>Away</source>
        <translation>Me alejo</translation>
    </message>
    <message>
        <source>Moving away</source>
        <translation>Alejándome</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Igual</translation>
    </message>
    <message>
        <source>About the same</source>
        <translation>Más o menos igual</translation>
    </message>
    <message>
        <source>Toward</source>
        <translation>Me acerco</translation>
    </message>
    <message>
        <source>Moving toward</source>
        <translation>Acercándome</translation>
    </message>
    <message>
        <source>No number</source>
        <translation>Sin número</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 de 10</translation>
    </message>
    <message>
        <source>Check-in number, 0 to 10 (optional)</source>
        <translation>Número del registro, de 0 a 10 (opcional)</translation>
    </message>
    <message>
        <source>0: not happening at all · 10: happening as much as you want</source>
        <translation>0: todavía no pasa · 10: pasa tanto como quieres</translation>
    </message>
    <message>
        <source>Check-in note</source>
        <translation>Nota del registro</translation>
    </message>
    <message>
        <source>A few words about this week (optional)</source>
        <translation>Unas palabras sobre esta semana (opcional)</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Guardar registro</translation>
    </message>
    <message>
        <source>Save this check-in</source>
        <translation>Guardar este registro</translation>
    </message>
    <message>
        <source>How is it going?</source>
        <translation>¿Cómo va?</translation>
    </message>
    <message>
        <source>Check-in history, newest first</source>
        <translation>Historial de registros, el más reciente primero</translation>
    </message>
    <message>
        <source>0 means it is not happening yet, 10 that it happens as much as you want; “moving toward” lifts the line a step, “moving away” lowers it.</source>
        <translation>0 significa que todavía no pasa y 10 que pasa tanto como quieres; «acercándome» sube la línea un paso y «alejándome» la baja.</translation>
    </message>
    <message>
        <source>No check-ins yet. Whenever you like, mark how it is moving; the chart grows from there.</source>
        <translation>Aún no hay registros. Cuando quieras, marca cómo va; el gráfico crece a partir de ahí.</translation>
    </message>
    <message>
        <source>Give your goal a title; it is kept as you type.</source>
        <translation>Ponle un título a tu meta; se guarda mientras escribes.</translation>
    </message>
    <message>
        <source>Choose a mark or write a note first</source>
        <translation>Primero elige una marca o escribe una nota</translation>
    </message>
    <message>
        <source>Check-in saved</source>
        <translation>Registro guardado</translation>
    </message>
</context>
<context>
    <name>DebriefPart</name>
    <message>
        <source>Which session</source>
        <translation>Qué sesión</translation>
    </message>
    <message>
        <source>I was there</source>
        <translation>Asistí</translation>
    </message>
    <message>
        <source>What I noticed in myself during group</source>
        <translation>Lo que noté en mí durante el grupo</translation>
    </message>
    <message>
        <source>Moment to moment, whatever you noticed</source>
        <translation>Momento a momento, lo que hayas notado</translation>
    </message>
    <message>
        <source>Save the debrief</source>
        <translation>Guardar el repaso de la sesión</translation>
    </message>
    <message>
        <source>Then, if you like:</source>
        <translation>Después, si quieres:</translation>
    </message>
    <message>
        <source>Something I noticed</source>
        <translation>Algo que noté</translation>
    </message>
    <message>
        <source>Something I held back</source>
        <translation>Algo que me callé</translation>
    </message>
    <message>
        <source>Without words</source>
        <translation>Sin palabras</translation>
    </message>
    <message>
        <source>For each thing you meant to raise: how did it go?</source>
        <translation>Para cada cosa que pensabas plantear: ¿cómo fue?</translation>
    </message>
    <message>
        <source>Debriefs appear here once a session has happened.</source>
        <translation>Los repasos aparecen aquí cuando ya ha habido una sesión.</translation>
    </message>
    <message>
        <source>How it went: %1</source>
        <translation>Cómo fue: %1</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>What I felt</source>
        <translation>Qué sentí</translation>
    </message>
    <message>
        <source>Feedback I got</source>
        <translation>Lo que me devolvieron</translation>
    </message>
    <message>
        <source>There was nothing on your list for this session.</source>
        <translation>No tenías nada en la lista para esta sesión.</translation>
    </message>
    <message>
        <source>Choose how it went for “%1” first. What you wrote is kept meanwhile.</source>
        <translation>Primero elige cómo fue «%1». Lo que escribiste se guarda mientras tanto.</translation>
    </message>
    <message>
        <source>Saved. Anything not raised stays on your list for next time.</source>
        <translation>Guardado. Lo que no planteaste sigue en tu lista para la próxima vez.</translation>
    </message>
    <message>
        <source>That sounds like a hard evening. If it helps, your support plan and a breathing exercise are here.</source>
        <translation>Parece que ha sido una noche difícil. Si te sirve, aquí tienes tu plan de apoyo y un ejercicio de respiración.</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Date and time of this entry</source>
        <translation>Fecha y hora de esta entrada</translation>
    </message>
    <message>
        <source>Bring this to group</source>
        <translation>Llevar esto al grupo</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>A few words, if you like</source>
        <translation>Unas palabras, si quieres</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Título (opcional)</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Texto de la entrada</translation>
    </message>
    <message>
        <source>Tab moves on, Ctrl+Tab writes a tab. Type @ and a name to name someone from your people.</source>
        <translation>Tab pasa al siguiente campo y Ctrl+Tab escribe una tabulación. Escribe @ y un nombre para nombrar a alguien de tus personas.</translation>
    </message>
    <message>
        <source>Write here. Nothing you write leaves this computer.</source>
        <translation>Escribe aquí. Nada de lo que escribes sale de tu equipo.</translation>
    </message>
    <message>
        <source>e.g. family, work</source>
        <translation>p. ej. familia, trabajo</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>Check my wording</source>
        <translation>Revisar cómo lo digo</translation>
    </message>
    <message>
        <source>Spots questions to others and offers them as statements about you</source>
        <translation>Encuentra preguntas dirigidas a otros y te las ofrece como frases sobre ti</translation>
    </message>
    <message>
        <source>Wording suggestions; press Enter to use one</source>
        <translation>Sugerencias de formulación; pulsa Intro para usar una</translation>
    </message>
    <message>
        <source>Choose an entry on the left, or start a new one.</source>
        <translation>Elige una entrada a la izquierda o empieza una nueva.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
</context>
<context>
    <name>EntryPicker</name>
    <message>
        <source>Link an entry</source>
        <translation>Vincular una entrada</translation>
    </message>
    <message>
        <source>Search entries to link</source>
        <translation>Buscar entradas para vincular</translation>
    </message>
    <message>
        <source>Search, or choose from your latest entries</source>
        <translation>Busca, o elige entre tus últimas entradas</translation>
    </message>
    <message>
        <source>Entries to link</source>
        <translation>Entradas para vincular</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source>Link the chosen entry</source>
        <translation>Vincular la entrada elegida</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>FeelingsField</name>
    <message>
        <source>Feeling word, or your own words</source>
        <translation>Palabra de sentimiento, o tus propias palabras</translation>
    </message>
    <message>
        <source>How strong, 0 to 10</source>
        <translation>Qué tan fuerte, de 0 a 10</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Add feeling</source>
        <translation>Añadir sentimiento</translation>
    </message>
    <message>
        <source>Feelings in this entry (Delete removes one)</source>
        <translation>Sentimientos de esta entrada (Supr quita uno)</translation>
    </message>
    <message>
        <source>%1 — %2/10</source>
        <translation>%1 — %2/10</translation>
    </message>
</context>
<context>
    <name>FormPart</name>
    <message>
        <source>With whom, from your people</source>
        <translation>Con quién, entre tus personas</translation>
    </message>
    <message>
        <source>People in this entry</source>
        <translation>Personas en esta entrada</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Free writing</source>
        <translation>Escritura libre</translation>
    </message>
    <message>
        <source>Write whatever is here for you right now.</source>
        <translation>Escribe lo que sea que esté contigo ahora mismo.</translation>
    </message>
    <message>
        <source>Something I noticed</source>
        <translation>Algo que noté</translation>
    </message>
    <message>
        <source>Catch one moment while it is fresh: what happened, and what went on in you.</source>
        <translation>Atrapa un momento mientras está fresco: qué pasó y qué se movió en ti.</translation>
    </message>
    <message>
        <source>Without words</source>
        <translation>Sin palabras</translation>
    </message>
    <message>
        <source>Faces, voices and posture say a lot. What did you notice in yourself or in others?</source>
        <translation>Las caras, las voces y las posturas dicen mucho. ¿Qué notaste en ti o en los demás?</translation>
    </message>
    <message>
        <source>Something I held back</source>
        <translation>Algo que me callé</translation>
    </message>
    <message>
        <source>Noticing what stays unsaid is a step of its own. Nobody sees this but you.</source>
        <translation>Darte cuenta de lo que queda sin decir ya es un paso. Nadie ve esto más que tú.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retroalimentación</translation>
    </message>
    <message>
        <source>Feedback you asked for, gave or received, and how it landed.</source>
        <translation>Lo que pediste, diste o recibiste de los demás sobre ti, y cómo te llegó.</translation>
    </message>
    <message>
        <source>A pattern I see</source>
        <translation>Un patrón que veo</translation>
    </message>
    <message>
        <source>Sometimes the way we relate in group echoes someone from our life.</source>
        <translation>A veces nuestra forma de relacionarnos en el grupo recuerda a alguien de nuestra vida.</translation>
    </message>
    <message>
        <source>A thought that doesn&apos;t make sense yet</source>
        <translation>Un pensamiento que aún no tiene sentido</translation>
    </message>
    <message>
        <source>It does not need to be clear. Half-formed is welcome here.</source>
        <translation>No hace falta que esté claro. Aquí lo que está a medio formar es bienvenido.</translation>
    </message>
    <message>
        <source>A concern about the group</source>
        <translation>Una inquietud sobre el grupo</translation>
    </message>
    <message>
        <source>Something about how the group works that bothers you or puzzles you.</source>
        <translation>Algo de cómo funciona el grupo que te molesta o te desconcierta.</translation>
    </message>
    <message>
        <source>A trigger I noticed</source>
        <translation>Un detonante que noté</translation>
    </message>
    <message>
        <source>Something stirred up an old pull. Looking at it afterwards, gently, is worth doing.</source>
        <translation>Algo despertó un viejo impulso. Vale la pena mirarlo después, con cuidado.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>What I thought</source>
        <translation>Qué pensé</translation>
    </message>
    <message>
        <source>What I felt</source>
        <translation>Qué sentí</translation>
    </message>
    <message>
        <source>What I felt in my body</source>
        <translation>Qué sentí en el cuerpo</translation>
    </message>
    <message>
        <source>What I did, or wanted to do</source>
        <translation>Qué hice, o qué quise hacer</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>De quién</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Cara</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>What it might be saying</source>
        <translation>Qué podría estar diciendo</translation>
    </message>
    <message>
        <source>What I held back</source>
        <translation>Lo que me callé</translation>
    </message>
    <message>
        <source>The feeling in it</source>
        <translation>El sentimiento que había</translation>
    </message>
    <message>
        <source>What I imagine would happen if I said it</source>
        <translation>Qué imagino que pasaría si lo dijera</translation>
    </message>
    <message>
        <source>It was</source>
        <translation>Fue</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Con quién</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Qué se dijo</translation>
    </message>
    <message>
        <source>My reaction</source>
        <translation>Mi reacción</translation>
    </message>
    <message>
        <source>Do I agree?</source>
        <translation>¿Estoy de acuerdo?</translation>
    </message>
    <message>
        <source>The pattern</source>
        <translation>El patrón</translation>
    </message>
    <message>
        <source>Who in my life it reminds me of</source>
        <translation>A quién de mi vida me recuerda</translation>
    </message>
    <message>
        <source>Where it showed up in group</source>
        <translation>Dónde apareció en el grupo</translation>
    </message>
    <message>
        <source>The thought</source>
        <translation>El pensamiento</translation>
    </message>
    <message>
        <source>The concern</source>
        <translation>La inquietud</translation>
    </message>
    <message>
        <source>What I wish were different</source>
        <translation>Qué me gustaría que fuera distinto</translation>
    </message>
    <message>
        <source>What happened, and with whom</source>
        <translation>Qué pasó, y con quién</translation>
    </message>
    <message>
        <source>The urge</source>
        <translation>El impulso</translation>
    </message>
    <message>
        <source>How strong it was (0-10)</source>
        <translation>Qué tan fuerte fue (0-10)</translation>
    </message>
    <message>
        <source>What told me it was building</source>
        <translation>Qué me avisó de que iba creciendo</translation>
    </message>
    <message>
        <source>What I did instead</source>
        <translation>Qué hice en su lugar</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Qué me ayudó</translation>
    </message>
    <message>
        <source>e.g. tight chest, warm face</source>
        <translation>p. ej. pecho apretado, cara caliente</translation>
    </message>
    <message>
        <source>initials or a made-up name</source>
        <translation>iniciales o un nombre inventado</translation>
    </message>
    <message>
        <source>what I felt pulled to do</source>
        <translation>lo que sentí ganas de hacer</translation>
    </message>
    <message>
        <source>in group</source>
        <translation>en el grupo</translation>
    </message>
    <message>
        <source>in daily life</source>
        <translation>en la vida diaria</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>mía</translation>
    </message>
    <message>
        <source>someone else&apos;s</source>
        <translation>de otra persona</translation>
    </message>
    <message>
        <source>asked for</source>
        <translation>pedida</translation>
    </message>
    <message>
        <source>given</source>
        <translation>dada</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibida</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>en parte</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>not sure yet</source>
        <translation>todavía no lo sé</translation>
    </message>
    <message>
        <source>sadness</source>
        <translation>tristeza</translation>
    </message>
    <message>
        <source>anger</source>
        <translation>enojo</translation>
    </message>
    <message>
        <source>happiness</source>
        <translation>alegría</translation>
    </message>
    <message>
        <source>frustration</source>
        <translation>frustración</translation>
    </message>
    <message>
        <source>appreciation</source>
        <translation>aprecio</translation>
    </message>
    <message>
        <source>fear</source>
        <translation>miedo</translation>
    </message>
    <message>
        <source>shame</source>
        <translation>vergüenza</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>pareja</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>madre o padre</translation>
    </message>
    <message>
        <source>sibling</source>
        <translation>hermano o hermana</translation>
    </message>
    <message>
        <source>friend</source>
        <translation>amistad</translation>
    </message>
    <message>
        <source>colleague</source>
        <translation>colega</translation>
    </message>
</context>
<context>
    <name>GoalDialogs</name>
    <message>
        <source>Looking back, what helped this happen, and what do you notice now that it does?</source>
        <translation>Mirando atrás, ¿qué ayudó a que pasara, y qué notas ahora que pasa?</translation>
    </message>
    <message>
        <source>Letting a goal go is a choice too. What did it teach you, and what made you set it down?</source>
        <translation>Soltar una meta también es una decisión. ¿Qué te enseñó, y qué te llevó a dejarla?</translation>
    </message>
    <message>
        <source>You reached this goal</source>
        <translation>Alcanzaste esta meta</translation>
    </message>
    <message>
        <source>Letting this goal go</source>
        <translation>Soltar esta meta</translation>
    </message>
</context>
<context>
    <name>GoalLinksPart</name>
    <message>
        <source>Entries linked to this goal; Enter opens one</source>
        <translation>Entradas vinculadas a esta meta; Intro abre una</translation>
    </message>
    <message>
        <source>No entries linked yet. Link one you wrote about this goal.</source>
        <translation>Aún no hay entradas vinculadas. Vincula una que hayas escrito sobre esta meta.</translation>
    </message>
    <message>
        <source>Link an entry…</source>
        <translation>Vincular una entrada…</translation>
    </message>
    <message>
        <source>Link an entry to this goal</source>
        <translation>Vincular una entrada a esta meta</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <source>Unlink the chosen entry</source>
        <translation>Desvincular la entrada elegida</translation>
    </message>
    <message>
        <source>On your list for group: %1</source>
        <translation>En tu lista para el grupo: %1</translation>
    </message>
</context>
<context>
    <name>GoalPage</name>
    <message>
        <source>Goal title</source>
        <translation>Título de la meta</translation>
    </message>
    <message>
        <source>In a few words, what do you want?</source>
        <translation>En pocas palabras, ¿qué quieres?</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <source>What would change for you?</source>
        <translation>¿Qué cambiaría para ti?</translation>
    </message>
    <message>
        <source>How I will notice it happening</source>
        <translation>Cómo notaré que está pasando</translation>
    </message>
    <message>
        <source>Something you could see or hear, e.g. I say when I disagree with my sister</source>
        <translation>Algo que se pueda ver u oír, p. ej. digo cuando no estoy de acuerdo con mi hermana</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha objetivo</translation>
    </message>
    <message>
        <source>Has a target date</source>
        <translation>Tiene fecha objetivo</translation>
    </message>
    <message>
        <source>Who it is about</source>
        <translation>De quién se trata</translation>
    </message>
    <message>
        <source>Suggestions this goal relates to (Space ticks one)</source>
        <translation>Sugerencias con las que se relaciona esta meta (Espacio marca una)</translation>
    </message>
    <message>
        <source>Suggestions it relates to</source>
        <translation>Sugerencias con las que se relaciona</translation>
    </message>
    <message>
        <source>People this goal is about</source>
        <translation>Personas a las que se refiere esta meta</translation>
    </message>
    <message>
        <source>Achieved…</source>
        <translation>Lograda…</translation>
    </message>
    <message>
        <source>Mark this goal as achieved</source>
        <translation>Marcar esta meta como lograda</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause this goal</source>
        <translation>Pausar esta meta</translation>
    </message>
    <message>
        <source>Let go…</source>
        <translation>Soltar…</translation>
    </message>
    <message>
        <source>Let this goal go</source>
        <translation>Soltar esta meta</translation>
    </message>
    <message>
        <source>Make active again</source>
        <translation>Volver a activar</translation>
    </message>
    <message>
        <source>Make this goal active again</source>
        <translation>Volver a activar esta meta</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <source>Delete this goal for good</source>
        <translation>Borrar esta meta para siempre</translation>
    </message>
    <message>
        <source>Looking back</source>
        <translation>Mirando atrás</translation>
    </message>
    <message>
        <source>Your closing reflection</source>
        <translation>Tu reflexión de cierre</translation>
    </message>
    <message>
        <source>Linked entries</source>
        <translation>Entradas vinculadas</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <source>Not saved yet: a goal needs a title</source>
        <translation>Aún sin guardar: una meta necesita un título</translation>
    </message>
    <message>
        <source>Not saved yet; what you typed is still here</source>
        <translation>Aún sin guardar; lo que escribiste sigue aquí</translation>
    </message>
</context>
<context>
    <name>GoalWords</name>
    <message>
        <source>Short-term</source>
        <translation>A corto plazo</translation>
    </message>
    <message>
        <source>Long-term</source>
        <translation>A largo plazo</translation>
    </message>
    <message>
        <source>the next few weeks or sessions</source>
        <translation>las próximas semanas o sesiones</translation>
    </message>
    <message>
        <source>what you want from group and beyond</source>
        <translation>lo que quieres del grupo y más allá</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Lograda</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Soltada</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerradas</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>pareja</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>madre o padre</translation>
    </message>
    <message>
        <source>sibling</source>
        <translation>hermano o hermana</translation>
    </message>
    <message>
        <source>friend</source>
        <translation>amistad</translation>
    </message>
    <message>
        <source>colleague</source>
        <translation>colega</translation>
    </message>
    <message>
        <source>child</source>
        <translation>hijo o hija</translation>
    </message>
    <message>
        <source>people in group</source>
        <translation>personas del grupo</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>moving away</source>
        <translation>alejándome</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>más o menos igual</translation>
    </message>
    <message>
        <source>moving toward</source>
        <translation>acercándome</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>una nota</translation>
    </message>
    <message>
        <source>No check-ins yet</source>
        <translation>Aún no hay registros</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
</context>
<context>
    <name>GoalsScreen</name>
    <message>
        <source>Goals are the changes you want from your time in group and in your daily life, in your own words. Now and then you can mark how each one is moving, and look back on it over the weeks.</source>
        <translation>Las metas son los cambios que quieres de tu tiempo en el grupo y en tu vida diaria, con tus propias palabras. De vez en cuando puedes marcar cómo va cada una y mirar atrás con el paso de las semanas.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Start from common reasons…</source>
        <translation>Empezar por motivos frecuentes…</translation>
    </message>
    <message>
        <source>Start from common reasons people join a group</source>
        <translation>Empezar por los motivos frecuentes para unirse a un grupo</translation>
    </message>
    <message>
        <source>Write my own goal</source>
        <translation>Escribir mi propia meta</translation>
    </message>
    <message>
        <source>Write a goal in your own words</source>
        <translation>Escribe una meta con tus propias palabras</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nueva meta</translation>
    </message>
    <message>
        <source>New goal (Ctrl+N)</source>
        <translation>Nueva meta (Ctrl+N)</translation>
    </message>
    <message>
        <source>Ideas…</source>
        <translation>Ideas…</translation>
    </message>
    <message>
        <source>Starting points: common reasons people join a group</source>
        <translation>Puntos de partida: motivos frecuentes para unirse a un grupo</translation>
    </message>
    <message>
        <source>Your goals: short-term, long-term, then closed</source>
        <translation>Tus metas: a corto plazo, a largo plazo y luego las cerradas</translation>
    </message>
    <message>
        <source>Choose a goal on the left, or add a new one.</source>
        <translation>Elige una meta a la izquierda o añade una nueva.</translation>
    </message>
</context>
<context>
    <name>GuidedStart</name>
    <message>
        <source>Make draft goals</source>
        <translation>Crear borradores de metas</translation>
    </message>
    <message>
        <source>Make draft goals from what you ticked</source>
        <translation>Crear borradores de metas con lo que marcaste</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Close the starting points without making goals</source>
        <translation>Cerrar los puntos de partida sin crear metas</translation>
    </message>
    <message>
        <source>Starting points</source>
        <translation>Puntos de partida</translation>
    </message>
    <message>
        <source>People come to a group for many reasons. Tick any that sound like you; each one becomes a draft goal that you can reword, change or delete.</source>
        <translation>La gente llega a un grupo por muchos motivos. Marca los que suenen a ti; cada uno se convierte en un borrador de meta que puedes reescribir, cambiar o borrar.</translation>
    </message>
    <message>
        <source>Make 1 draft goal</source>
        <translation>Crear 1 borrador de meta</translation>
    </message>
    <message>
        <source>Make %1 draft goals</source>
        <translation>Crear %1 borradores de metas</translation>
    </message>
</context>
<context>
    <name>HistoryPart</name>
    <message>
        <source>Search what you raised and how it went</source>
        <translation>Busca lo que planteaste y cómo fue</translation>
    </message>
    <message>
        <source>Search past sessions</source>
        <translation>Buscar en sesiones pasadas</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Sesiones pasadas</translation>
    </message>
    <message>
        <source>What happened in that session</source>
        <translation>Qué pasó en esa sesión</translation>
    </message>
    <message>
        <source>Choose a session on the left to see what you raised and how it went.</source>
        <translation>Elige una sesión a la izquierda para ver lo que planteaste y cómo fue.</translation>
    </message>
    <message>
        <source>Nothing in past sessions matches that.</source>
        <translation>Nada en las sesiones pasadas coincide con eso.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>What I felt</source>
        <translation>Qué sentí</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Lo que me devolvieron</translation>
    </message>
    <message>
        <source>What I noticed</source>
        <translation>Lo que noté</translation>
    </message>
    <message>
        <source>Nothing was recorded for this session.</source>
        <translation>No se anotó nada en esta sesión.</translation>
    </message>
</context>
<context>
    <name>ItemEditorPart</name>
    <message>
        <source>What I want to say</source>
        <translation>Lo que quiero decir</translation>
    </message>
    <message>
        <source>Why it matters to me</source>
        <translation>Por qué me importa</translation>
    </message>
    <message>
        <source>Which suggestion it relates to</source>
        <translation>Con qué sugerencia se relaciona</translation>
    </message>
    <message>
        <source>How I might say it</source>
        <translation>Cómo podría decirlo</translation>
    </message>
    <message>
        <source>Try it as a sentence about you: “I noticed…”, “I felt…”</source>
        <translation>Pruébalo como una frase sobre ti: «Noté…», «Sentí…»</translation>
    </message>
    <message>
        <source>Check my wording</source>
        <translation>Revisar cómo lo digo</translation>
    </message>
    <message>
        <source>Spots questions to others and offers them as statements about you</source>
        <translation>Encuentra preguntas dirigidas a otros y te las ofrece como frases sobre ti</translation>
    </message>
    <message>
        <source>One of my top three this time</source>
        <translation>De mis tres principales esta vez</translation>
    </message>
    <message>
        <source>How I feel about raising it</source>
        <translation>Cómo me siento al plantearlo</translation>
    </message>
    <message>
        <source>A word or two, if you like</source>
        <translation>Una o dos palabras, si quieres</translation>
    </message>
    <message>
        <source>Write about what makes it hard</source>
        <translation>Escribir sobre lo que lo hace difícil</translation>
    </message>
    <message>
        <source>The goal it serves</source>
        <translation>La meta a la que sirve</translation>
    </message>
    <message>
        <source>Open the entry it came from</source>
        <translation>Abrir la entrada de la que salió</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <source>People it is about</source>
        <translation>Personas de las que trata</translation>
    </message>
    <message>
        <source>It relates to</source>
        <translation>Se relaciona con</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>You have chosen three already. Fewer is often easier to carry into the room.</source>
        <translation>Ya elegiste tres. Con menos suele ser más fácil entrar a la sesión.</translation>
    </message>
    <message>
        <source>%1 You could say: “%2”</source>
        <translation>%1 Podrías decir: «%2»</translation>
    </message>
</context>
<context>
    <name>JoinReasons</name>
    <message>
        <source>Letting people in is hard; I keep my guard up</source>
        <translation>Me cuesta dejar que la gente se acerque; siempre estoy a la defensiva</translation>
    </message>
    <message>
        <source>Let people in, a little at a time</source>
        <translation>Dejar que la gente se acerque, poco a poco</translation>
    </message>
    <message>
        <source>Keeping everyone at arm&apos;s length keeps me safe, and it also keeps me alone.</source>
        <translation>Mantener a todos a distancia me protege, pero también me aísla.</translation>
    </message>
    <message>
        <source>I tell the group one thing I would normally keep to myself.</source>
        <translation>Le cuento al grupo algo que normalmente me guardaría.</translation>
    </message>
    <message>
        <source>I put what others want ahead of what I want</source>
        <translation>Pongo lo que quieren los demás por delante de lo que quiero yo</translation>
    </message>
    <message>
        <source>Say no when I mean no</source>
        <translation>Decir que no cuando quiero decir que no</translation>
    </message>
    <message>
        <source>When I always go along, I end up tired and quietly resentful.</source>
        <translation>Cuando siempre cedo, termino agotándome y con un resentimiento callado.</translation>
    </message>
    <message>
        <source>I turn down a request without a long apology.</source>
        <translation>Digo que no a un pedido sin disculparme largo rato.</translation>
    </message>
    <message>
        <source>Saying what I think, feel or need doesn&apos;t come easily</source>
        <translation>No me sale fácil decir lo que pienso, siento o necesito</translation>
    </message>
    <message>
        <source>Say what I feel and need, plainly</source>
        <translation>Decir lo que siento y necesito, con sencillez</translation>
    </message>
    <message>
        <source>People can&apos;t meet me halfway if they have to guess.</source>
        <translation>Los demás no pueden acercarse a mí si tienen que adivinar.</translation>
    </message>
    <message>
        <source>I start a sentence with “I feel” or “I need” out loud in group.</source>
        <translation>En el grupo empiezo en voz alta una frase con «Siento» o «Necesito».</translation>
    </message>
    <message>
        <source>I feel lonely much of the time</source>
        <translation>Siento soledad gran parte del tiempo</translation>
    </message>
    <message>
        <source>Feel less alone week to week</source>
        <translation>Sentir menos soledad semana a semana</translation>
    </message>
    <message>
        <source>I want people around me I can call, and who call me.</source>
        <translation>Quiero tener cerca a personas a las que pueda llamar y que me llamen.</translation>
    </message>
    <message>
        <source>I make one plan a week to spend time with someone.</source>
        <translation>Hago un plan por semana para pasar tiempo con alguien.</translation>
    </message>
    <message>
        <source>I often end up angry, frustrated or let down with people</source>
        <translation>A menudo termino con enojo, frustración o decepción hacia la gente</translation>
    </message>
    <message>
        <source>Notice what is under my anger, and say it</source>
        <translation>Notar lo que hay debajo de mi enojo, y decirlo</translation>
    </message>
    <message>
        <source>Arguments keep going the same way, and I want a different ending.</source>
        <translation>Las discusiones siempre van por el mismo camino, y quiero otro final.</translation>
    </message>
    <message>
        <source>I say “I felt hurt when…” before it turns into a fight.</source>
        <translation>Digo «Me dolió cuando…» antes de que se convierta en una pelea.</translation>
    </message>
    <message>
        <source>I lean on drinking or using to feel at ease with people</source>
        <translation>Me apoyo en beber o consumir para sentirme a gusto con la gente</translation>
    </message>
    <message>
        <source>Be with people without drinking or using</source>
        <translation>Estar con la gente sin beber ni consumir</translation>
    </message>
    <message>
        <source>I want to know I can be myself around others as I am.</source>
        <translation>Quiero saber que puedo ser yo, tal como soy, con los demás.</translation>
    </message>
    <message>
        <source>I go to a social plan sober and notice how it feels.</source>
        <translation>Voy a un plan social sin beber ni consumir y noto cómo me siento.</translation>
    </message>
    <message>
        <source>I&apos;m hard on myself and don&apos;t think much of myself</source>
        <translation>Me exijo mucho y no me valoro</translation>
    </message>
    <message>
        <source>Speak to myself with more respect</source>
        <translation>Hablarme con más respeto</translation>
    </message>
    <message>
        <source>The way I talk to myself shapes what I let myself ask for.</source>
        <translation>La forma en que me hablo marca lo que me permito pedir.</translation>
    </message>
    <message>
        <source>I catch myself putting myself down and say it a kinder way.</source>
        <translation>Me doy cuenta cuando me menosprecio y lo digo de una forma más amable.</translation>
    </message>
    <message>
        <source>Close relationships don&apos;t seem to last or go deep</source>
        <translation>Mis relaciones cercanas no parecen durar ni hacerse profundas</translation>
    </message>
    <message>
        <source>Let one relationship go a step deeper</source>
        <translation>Dejar que una relación dé un paso más hondo</translation>
    </message>
    <message>
        <source>I have people around me, yet few who really know me.</source>
        <translation>Tengo gente alrededor, pero pocas personas me conocen de verdad.</translation>
    </message>
    <message>
        <source>I share something real with a friend instead of only small talk.</source>
        <translation>Comparto algo de verdad con una amistad en lugar de solo charlar de cosas sin importancia.</translation>
    </message>
    <message>
        <source>I give in too easily, or I take charge too much</source>
        <translation>Cedo con demasiada facilidad, o tomo demasiado el control</translation>
    </message>
    <message>
        <source>Find a fairer balance in who decides</source>
        <translation>Encontrar un equilibrio más justo en quién decide</translation>
    </message>
    <message>
        <source>I want relationships where both of us have a say.</source>
        <translation>Quiero relaciones en las que los dos tengamos voz.</translation>
    </message>
    <message>
        <source>I notice when I give in or take over, and name it.</source>
        <translation>Noto cuando cedo o cuando tomo el control, y lo nombro.</translation>
    </message>
    <message>
        <source>Being with people, especially in groups, makes me anxious</source>
        <translation>Estar con gente, sobre todo en grupo, me da ansiedad</translation>
    </message>
    <message>
        <source>Stay present when I feel anxious with others</source>
        <translation>Quedarme presente cuando siento ansiedad con otros</translation>
    </message>
    <message>
        <source>I miss a lot of what happens when my mind is busy worrying.</source>
        <translation>Me pierdo mucho de lo que pasa cuando mi mente está ocupada preocupándose.</translation>
    </message>
    <message>
        <source>I speak up once each session, even when my heart is racing.</source>
        <translation>Hablo una vez en cada sesión, aunque el corazón me vaya a mil.</translation>
    </message>
    <message>
        <source>I tend to hint or steer instead of asking for what I need</source>
        <translation>Tiendo a insinuar o a dar rodeos en vez de pedir lo que necesito</translation>
    </message>
    <message>
        <source>Ask for what I need directly</source>
        <translation>Pedir lo que necesito de forma directa</translation>
    </message>
    <message>
        <source>Roundabout ways work for a while, then leave people confused or hurt.</source>
        <translation>Los rodeos funcionan un tiempo, pero luego dejan a la gente confundida o dolida.</translation>
    </message>
    <message>
        <source>I ask plainly, in one sentence, and let the answer be the answer.</source>
        <translation>Pido con claridad, en una sola frase, y acepto la respuesta que venga.</translation>
    </message>
</context>
<context>
    <name>LinksPart</name>
    <message>
        <source>An entry I want to bring to group</source>
        <translation>Una entrada que quiero llevar al grupo</translation>
    </message>
    <message>
        <source>Linked to 1 goal</source>
        <translation>Vinculada a 1 meta</translation>
    </message>
    <message>
        <source>Linked to %1 goals</source>
        <translation>Vinculada a %1 metas</translation>
    </message>
</context>
<context>
    <name>NextSessionScreen</name>
    <message>
        <source>When the next group meets</source>
        <translation>Cuándo se reúne el grupo la próxima vez</translation>
    </message>
    <message>
        <source>Group schedule…</source>
        <translation>Horario del grupo…</translation>
    </message>
    <message>
        <source>Sessions…</source>
        <translation>Sesiones…</translation>
    </message>
    <message>
        <source>Add an extra session, move or cancel one</source>
        <translation>Añade una sesión extra, mueve o cancela una</translation>
    </message>
    <message>
        <source>Thinking about leaving…</source>
        <translation>Pensando en dejar el grupo…</translation>
    </message>
    <message>
        <source>To raise</source>
        <translation>Para plantear</translation>
    </message>
    <message>
        <source>After the session</source>
        <translation>Después de la sesión</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Sesiones pasadas</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Próxima sesión</translation>
    </message>
    <message>
        <source>Group is close. Read your list once more, choose one to three things that matter most, and notice how you feel about raising them.</source>
        <translation>Falta poco para el grupo. Lee tu lista una vez más, elige de una a tres cosas que más te importen y fíjate en cómo te sientes al plantearlas.</translation>
    </message>
    <message>
        <source>Your last session has not been looked back on yet. Take a moment when you can.</source>
        <translation>Todavía no has repasado tu última sesión. Tómate un momento cuando puedas.</translation>
    </message>
</context>
<context>
    <name>NextSessionWords</name>
    <message>
        <source>Session %1, %2</source>
        <translation>Sesión %1, %2</translation>
    </message>
    <message>
        <source>%1 (looked back on)</source>
        <translation>%1 (repasada)</translation>
    </message>
    <message>
        <source>I raised it</source>
        <translation>Lo planteé</translation>
    </message>
    <message>
        <source>Not this time</source>
        <translation>Esta vez no</translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation>Ya no hace falta</translation>
    </message>
    <message>
        <source>you raised %1 things</source>
        <translation>planteaste %1 cosas</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>you were away</source>
        <translation>no estuviste</translation>
    </message>
    <message>
        <source>you raised one thing</source>
        <translation>planteaste una cosa</translation>
    </message>
    <message>
        <source>looked back on</source>
        <translation>repasada</translation>
    </message>
    <message>
        <source>waiting %1 sessions</source>
        <translation>lleva %1 sesiones esperando</translation>
    </message>
    <message>
        <source>Tell the group I am thinking of leaving</source>
        <translation>Contarle al grupo que estoy pensando en dejarlo</translation>
    </message>
    <message>
        <source>This has waited %1 sessions. If something makes it hard to bring up, that is worth noticing too, and it can wait as long as you need.</source>
        <translation>Esto lleva %1 sesiones esperando. Si algo hace que cueste plantearlo, también vale la pena notarlo, y puede esperar todo lo que necesites.</translation>
    </message>
    <message>
        <source>three</source>
        <translation>tres</translation>
    </message>
    <message>
        <source>four</source>
        <translation>cuatro</translation>
    </message>
    <message>
        <source>five</source>
        <translation>cinco</translation>
    </message>
    <message>
        <source>six</source>
        <translation>seis</translation>
    </message>
    <message>
        <source>happening now (started %1)</source>
        <translation>ahora mismo (empezó a las %1)</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>hoy a las %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>mañana a las %1</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>%1 %2, in %3 days</source>
        <translation>%1 a las %2, dentro de %3 días</translation>
    </message>
    <message>
        <source>the beginning: getting to know the group and mapping the people who matter in your life</source>
        <translation>el comienzo: conocer al grupo y trazar el mapa de las personas que importan en tu vida</translation>
    </message>
    <message>
        <source>the middle: the main work of the group</source>
        <translation>la etapa central: el trabajo principal del grupo</translation>
    </message>
    <message>
        <source>the ending: what ending brings up, and looking back</source>
        <translation>el cierre: lo que despierta terminar, y mirar atrás</translation>
    </message>
    <message>
        <source>Add your group&apos;s day and time to see when the next session is.</source>
        <translation>Añade el día y la hora de tu grupo para ver cuándo es la próxima sesión.</translation>
    </message>
    <message>
        <source>Your group&apos;s sessions have come to an end.</source>
        <translation>Las sesiones de tu grupo han terminado.</translation>
    </message>
    <message>
        <source>Next group: %1</source>
        <translation>Próximo grupo: %1</translation>
    </message>
    <message>
        <source>session %1 of %2</source>
        <translation>sesión %1 de %2</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>sesión %1</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>People in this entry</source>
        <translation>Personas en esta entrada</translation>
    </message>
    <message>
        <source>Type a name, then Enter</source>
        <translation>Escribe un nombre y pulsa Intro</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <source>Remove from here</source>
        <translation>Quitar de aquí</translation>
    </message>
    <message>
        <source>%1: type a name to add</source>
        <translation>%1: escribe un nombre para añadir</translation>
    </message>
    <message>
        <source>Names come from your People list; a new name is added there.</source>
        <translation>Los nombres salen de tu lista de Personas; un nombre nuevo se añade allí.</translation>
    </message>
    <message>
        <source>%1, named so far (Delete removes one)</source>
        <translation>%1, nombradas hasta ahora (Supr quita una)</translation>
    </message>
    <message>
        <source>Add person named above</source>
        <translation>Añadir persona escrita arriba</translation>
    </message>
    <message>
        <source>Remove from here the chosen person</source>
        <translation>Quitar de aquí la persona elegida</translation>
    </message>
    <message>
        <source>Added “%1” to your people.</source>
        <translation>Se añadió «%1» a tus personas.</translation>
    </message>
    <message>
        <source>That name could not be added just now. Nothing else changed; try again in a moment.</source>
        <translation>Ese nombre no se pudo añadir ahora. No cambió nada más; vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Double-click or Delete to remove</source>
        <translation>Doble clic o Supr para quitar</translation>
    </message>
    <message>
        <source>The names could not be kept just now; they are still shown here. Try again in a moment.</source>
        <translation>Los nombres no se pudieron guardar ahora; siguen aquí. Vuelve a intentarlo en un momento.</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Chart of your check-ins over time</source>
        <translation>Gráfico de tus registros a lo largo del tiempo</translation>
    </message>
</context>
<context>
    <name>ReviewPart</name>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>The PDF will not be encrypted: anyone who opens the file can read it. Print it and delete it, or keep it somewhere private.</source>
        <translation>El PDF no estará cifrado: cualquiera que abra el archivo podrá leerlo. Imprímelo y bórralo, o guárdalo en un lugar privado.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <source>Save the review</source>
        <translation>Guardar el repaso</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>El PDF no se guardó</translation>
    </message>
    <message>
        <source>The review could not be saved in that place. Your list is unchanged and nothing was lost. Try another folder, such as your Documents folder.</source>
        <translation>El repaso no se pudo guardar en ese lugar. Tu lista sigue igual y no se perdió nada. Prueba con otra carpeta, por ejemplo Documentos.</translation>
    </message>
</context>
<context>
    <name>SessionsDialog</name>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Date and time for an extra or moved session</source>
        <translation>Fecha y hora de una sesión extra o movida</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Add extra session</source>
        <translation>Añadir sesión extra</translation>
    </message>
    <message>
        <source>Move selected here</source>
        <translation>Mover aquí la elegida</translation>
    </message>
    <message>
        <source>Cancel / restore selected</source>
        <translation>Cancelar / recuperar la elegida</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>extra</source>
        <translation>extra</translation>
    </message>
</context>
<context>
    <name>SessionsPart</name>
    <message>
        <source>Your group&apos;s schedule</source>
        <translation>El horario de tu grupo</translation>
    </message>
    <message>
        <source>The schedule stays inside your encrypted journal.</source>
        <translation>El horario se queda dentro de tu diario cifrado.</translation>
    </message>
</context>
<context>
    <name>StatusPart</name>
    <message>
        <source>%1 goal · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>A new goal</source>
        <translation>Una meta nueva</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Make this goal active again</source>
        <translation>Volver a activar esta meta</translation>
    </message>
    <message>
        <source>Pause this goal</source>
        <translation>Pausar esta meta</translation>
    </message>
    <message>
        <source>Delete this goal</source>
        <translation>Borrar esta meta</translation>
    </message>
    <message>
        <source>The goal, its check-ins and its links will be deleted for good. Linked entries stay in your journal.</source>
        <translation>La meta, sus registros y sus vínculos se borrarán para siempre. Las entradas vinculadas se quedan en tu diario.</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Borrar para siempre</translation>
    </message>
</context>
<context>
    <name>WeeklyCheckIn</name>
    <message>
        <source>How are your goals this week?</source>
        <translation>¿Cómo van tus metas esta semana?</translation>
    </message>
    <message>
        <source>How it is moving: %1</source>
        <translation>Cómo va: %1</translation>
    </message>
    <message>
        <source>(no mark)</source>
        <translation>(sin marca)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>A few words (optional)</source>
        <translation>Unas palabras (opcional)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save these check-ins</source>
        <translation>Guardar estos registros</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>A quick mark for any goal you like; leave the rest as they are.</source>
        <translation>Una marca rápida para las metas que quieras; deja las demás como están.</translation>
    </message>
</context>
<context>
    <name>ask_leaving</name>
    <message>
        <source>Wanting to leave is something many members feel at some point, and it is yours to decide. Telling the group a session or two before you go gives everyone, you included, a chance to talk about it and to say goodbye properly. Endings we get to talk through tend to sit easier than sudden ones, and the conversation itself often brings up something useful.</source>
        <translation>Querer irse es algo que muchas personas sienten en algún momento, y la decisión es tuya. Contárselo al grupo una o dos sesiones antes de irte les da a todos, a ti también, la oportunidad de hablarlo y de despedirse bien. Los finales que se pueden hablar suelen dejar mejor sabor que los repentinos, y la propia conversación muchas veces trae algo útil.</translation>
    </message>
    <message>
        <source>Thinking about leaving</source>
        <translation>Pensando en dejar el grupo</translation>
    </message>
    <message>
        <source>Add “%1” to my list</source>
        <translation>Añadir «%1» a mi lista</translation>
    </message>
</context>
<context>
    <name>choose_goals</name>
    <message>
        <source>Goals this entry belongs to</source>
        <translation>Metas a las que pertenece esta entrada</translation>
    </message>
    <message>
        <source>Your goals; tick the ones this entry is about</source>
        <translation>Tus metas; marca aquellas de las que trata esta entrada</translation>
    </message>
    <message>
        <source>You have no open goals yet.</source>
        <translation>Todavía no tienes metas abiertas.</translation>
    </message>
    <message>
        <source>Tick the goals this entry is about.</source>
        <translation>Marca las metas de las que trata esta entrada.</translation>
    </message>
</context>
</TS>
