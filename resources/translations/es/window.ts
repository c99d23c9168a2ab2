<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Something unexpected happened. Nothing you saved was lost: your journal itself is safe. If it happens again, close the app and open it again.</source>
        <translation>Ha pasado algo inesperado. No se ha perdido nada de lo que guardaste: tu diario está a salvo. Si vuelve a pasar, cierra la aplicación y ábrela de nuevo.</translation>
    </message>
    <message>
        <source>Your journal is already open in another window.</source>
        <translation>Tu diario ya está abierto en otra ventana.</translation>
    </message>
    <message>
        <source>The journal&apos;s folder could not be used, so nothing was opened or changed. %1 The folder is: %2</source>
        <translation>No se pudo usar la carpeta del diario, así que no se abrió ni se cambió nada. %1 La carpeta es: %2</translation>
    </message>
</context>
<context>
    <name>CalmErrors</name>
    <message>
        <source>That doesn&apos;t open this journal, and nothing was changed. Check it and try again.</source>
        <translation>Eso no abre este diario, y no se ha cambiado nada. Revísalo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Your journal is already open in another window, and nothing was changed. Use that window, or close it first.</source>
        <translation>Tu diario ya está abierto en otra ventana, y no se ha cambiado nada. Usa esa ventana o ciérrala primero.</translation>
    </message>
    <message>
        <source>There is already a journal in this folder, so nothing new was made and nothing was changed. Open it from the lock screen instead.</source>
        <translation>Ya hay un diario en esta carpeta, así que no se creó uno nuevo ni se cambió nada. Ábrelo desde la pantalla de bloqueo.</translation>
    </message>
    <message>
        <source>Your journal is locked, so nothing was changed. Unlock it and try again.</source>
        <translation>Tu diario está bloqueado, así que no se ha cambiado nada. Desbloquéalo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>That is no longer in your journal. Nothing else was changed.</source>
        <translation>Eso ya no está en tu diario. No se ha cambiado nada más.</translation>
    </message>
    <message>
        <source>This copy of IPT Journal could not lock your journal as safely as it should on this computer, so it stopped before anything was written; nothing in your journal was changed. Reinstalling the app usually fixes this.</source>
        <translation>Esta copia de IPT Journal no pudo proteger tu diario en este ordenador con la seguridad necesaria, así que se detuvo antes de escribir nada; tu diario no ha cambiado. Volver a instalar la aplicación suele solucionarlo.</translation>
    </message>
    <message>
        <source>Other people on this computer could change the journal&apos;s folder, so it was not opened and nothing was changed. Make the folder private to you, then try again.</source>
        <translation>Otras personas de este ordenador podrían cambiar la carpeta del diario, así que no se abrió y no se cambió nada. Haz que la carpeta sea solo tuya y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>This journal was saved by a newer version of IPT Journal. Nothing was changed; update the app to open it.</source>
        <translation>Este diario se guardó con una versión más nueva de IPT Journal. No se ha cambiado nada; actualiza la aplicación para abrirlo.</translation>
    </message>
    <message>
        <source>The journal&apos;s key file is damaged, so the journal cannot be opened; this has nothing to do with your passphrase. Nothing was changed. You can bring your journal back from a backup.</source>
        <translation>El archivo de la llave del diario está dañado, así que el diario no se puede abrir; no tiene nada que ver con tu frase secreta. No se ha cambiado nada. Puedes recuperar tu diario desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Some of the journal&apos;s files could not be read: they may be damaged or missing. Nothing was changed. You can bring your journal back from a backup.</source>
        <translation>No se pudieron leer algunos archivos del diario: puede que estén dañados o que falten. No se ha cambiado nada. Puedes recuperar tu diario desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The journal keeps nothing of this kind in that place (it is the journal&apos;s own folder, or a link to somewhere else). Nothing was written; choose another place.</source>
        <translation>El diario no guarda nada de este tipo en ese lugar (es la propia carpeta del diario o un enlace a otro sitio). No se ha escrito nada; elige otro lugar.</translation>
    </message>
    <message>
        <source>The computer would not let the journal write here (the disk may be full, or the folder may not allow it). Nothing was lost.</source>
        <translation>El ordenador no dejó que el diario escribiera aquí (puede que el disco esté lleno o que la carpeta no lo permita). No se ha perdido nada.</translation>
    </message>
    <message>
        <source>Something unexpected happened. Nothing you saved was lost.</source>
        <translation>Ha pasado algo inesperado. No se ha perdido nada de lo que guardaste.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>My journal</source>
        <translation>Mi diario</translation>
    </message>
    <message>
        <source>My list for next session</source>
        <translation>Mi lista para la próxima sesión</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>Mis objetivos</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Miembro %1</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>etiquetas: %1</translation>
    </message>
    <message>
        <source>feelings: %1</source>
        <translation>sentimientos: %1</translation>
    </message>
    <message>
        <source>to bring to group</source>
        <translation>para llevar al grupo</translation>
    </message>
    <message>
        <source>Why it matters to me</source>
        <translation>Por qué me importa</translation>
    </message>
    <message>
        <source>How I might say it</source>
        <translation>Cómo podría decirlo</translation>
    </message>
    <message>
        <source>How I feel about raising it</source>
        <translation>Cómo me siento al plantearlo</translation>
    </message>
    <message>
        <source>Before group</source>
        <translation>Antes del grupo</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Temas pendientes</translation>
    </message>
    <message>
        <source>Nothing is waiting on your list.</source>
        <translation>No hay nada pendiente en tu lista.</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>añadido el %1</translation>
    </message>
    <message>
        <source>one of the things that matter most this time</source>
        <translation>de lo que más importa esta vez</translation>
    </message>
    <message>
        <source>waited %1</source>
        <translation>lleva esperando %1</translation>
    </message>
    <message>
        <source>Session %1, </source>
        <translation>Sesión %1, </translation>
    </message>
    <message>
        <source>extra session</source>
        <translation>sesión extra</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>I was there</source>
        <translation>estuve</translation>
    </message>
    <message>
        <source>I could not be there</source>
        <translation>no pude ir</translation>
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
        <translation>Lo que me dijeron</translation>
    </message>
    <message>
        <source>What I noticed</source>
        <translation>Lo que noté</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Sesiones anteriores</translation>
    </message>
    <message>
        <source>Nothing is recorded from past sessions yet.</source>
        <translation>Todavía no hay nada anotado de sesiones anteriores.</translation>
    </message>
    <message>
        <source>No goals yet</source>
        <translation>Todavía no hay objetivos</translation>
    </message>
    <message>
        <source>You have not written down any goals yet.</source>
        <translation>Todavía no has escrito ningún objetivo.</translation>
    </message>
    <message>
        <source>set %1</source>
        <translation>fijado el %1</translation>
    </message>
    <message>
        <source>hoping by %1</source>
        <translation>con la idea de lograrlo para el %1</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <source>How I will notice it happening</source>
        <translation>Cómo notaré que está pasando</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Looking back</source>
        <translation>Mirando atrás</translation>
    </message>
    <message>
        <source>Written out on %1.</source>
        <translation>Copiado el %1.</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>el principio</translation>
    </message>
    <message>
        <source>Entries from %1 to %2. </source>
        <translation>Entradas del %1 al %2. </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>item</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>items</source>
        <translation>temas</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>entradas</translation>
    </message>
    <message>
        <source>open item</source>
        <translation>tema pendiente</translation>
    </message>
    <message>
        <source>open items</source>
        <translation>temas pendientes</translation>
    </message>
    <message>
        <source>past session</source>
        <translation>sesión anterior</translation>
    </message>
    <message>
        <source>past sessions</source>
        <translation>sesiones anteriores</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>objetivos</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Begin</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start setting up your journal</source>
        <translation>Empieza a preparar tu diario</translation>
    </message>
    <message>
        <source>Welcome to IPT Journal</source>
        <translation>Te damos la bienvenida a IPT Journal</translation>
    </message>
    <message>
        <source>A quiet place to notice what happens in you between group sessions, to prepare what you want to bring up, and to follow your goals. Everything you write stays on this computer, locked with a passphrase that only you know.</source>
        <translation>Un lugar tranquilo para notar lo que pasa dentro de ti entre una sesión de grupo y otra, preparar lo que quieres compartir y seguir tus metas. Todo lo que escribes se queda en este ordenador, protegido con una frase secreta que solo tú conoces.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
    </message>
    <message>
        <source>Create my journal</source>
        <translation>Crear mi diario</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Elige una frase secreta</translation>
    </message>
    <message>
        <source>It locks your journal. A few ordinary words that belong together only for you work well, for example four things you can see from your favourite window.</source>
        <translation>Es lo que cierra tu diario. Funcionan bien unas cuantas palabras sencillas que solo para ti van juntas, por ejemplo cuatro cosas que ves desde tu ventana favorita.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Tu código de recuperación</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the recovery code</source>
        <translation>Copiar el código de recuperación</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print recovery code</source>
        <translation>Imprimir el código de recuperación</translation>
    </message>
    <message>
        <source>Save as file…</source>
        <translation>Guardar como archivo…</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Ya lo he apuntado</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code is the only other way in. Write it on paper and keep it somewhere safe, away from this computer. It is shown only now.</source>
        <translation>Si algún día olvidas tu frase secreta, este código es la única otra forma de entrar. Escríbelo en papel y guárdalo en un lugar seguro, lejos de este ordenador. Solo se muestra ahora.</translation>
    </message>
    <message>
        <source>Characters from your recovery code</source>
        <translation>Caracteres de tu código de recuperación</translation>
    </message>
    <message>
        <source>Show the code again</source>
        <translation>Ver el código otra vez</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Just checking</source>
        <translation>Solo para comprobar</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>Guardar y empezar</translation>
    </message>
    <message>
        <source>When does your group meet?</source>
        <translation>¿Cuándo se reúne tu grupo?</translation>
    </message>
    <message>
        <source>With this, the journal can tell you when the next session is and offer prompts that fit the week. You can change it or add it later under Next session.</source>
        <translation>Así el diario puede decirte cuándo es la próxima sesión y ofrecerte propuestas que encajen con tu semana. Puedes cambiarlo o añadirlo más tarde en Próxima sesión.</translation>
    </message>
    <message>
        <source>The group&apos;s days could not be saved just now; your journal is ready and nothing else was lost. You can set them later under Next session, or press Skip for now.</source>
        <translation>Ahora mismo no se pudieron guardar los días del grupo; tu diario ya está listo y no se ha perdido nada más. Puedes indicarlos más tarde en Próxima sesión, o pulsar Ahora no.</translation>
    </message>
    <message>
        <source>Your journal could not be created here. %1 Your passphrase is still typed in; try again, or start the app with another folder.</source>
        <translation>No se pudo crear tu diario aquí. %1 Tu frase secreta sigue escrita; vuelve a intentarlo o abre la aplicación con otra carpeta.</translation>
    </message>
    <message>
        <source>%1, one character at a time: %2</source>
        <translation>%1, carácter por carácter: %2</translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation>Guardar el código de recuperación</translation>
    </message>
    <message>
        <source>The file will not be encrypted. Anyone who finds it could open your journal, so keep it on a USB stick or somewhere away from this computer.</source>
        <translation>El archivo no estará cifrado. Cualquiera que lo encuentre podría abrir tu diario, así que guárdalo en una memoria USB o en algún lugar lejos de este ordenador.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <source>Save recovery code</source>
        <translation>Guardar el código de recuperación</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texto (*.txt)</translation>
    </message>
    <message>
        <source>The file was not saved. %1 Your code is still on screen: please write it on paper instead.</source>
        <translation>El archivo no se guardó. %1 Tu código sigue en pantalla: por favor, escríbelo en papel.</translation>
    </message>
    <message>
        <source>IPT Journal recovery code</source>
        <translation>Código de recuperación de IPT Journal</translation>
    </message>
    <message>
        <source>first</source>
        <translation>primer</translation>
    </message>
    <message>
        <source>second</source>
        <translation>segundo</translation>
    </message>
    <message>
        <source>third</source>
        <translation>tercer</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>cuarto</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>quinto</translation>
    </message>
    <message>
        <source>sixth</source>
        <translation>sexto</translation>
    </message>
    <message>
        <source>Please type the %1 group of four characters from your recovery code.</source>
        <translation>Escribe el %1 grupo de cuatro caracteres de tu código de recuperación.</translation>
    </message>
    <message>
        <source>The %1 group of four characters from your recovery code</source>
        <translation>El %1 grupo de cuatro caracteres de tu código de recuperación</translation>
    </message>
    <message>
        <source>That doesn&apos;t match. Have another look at the code, or show it again.</source>
        <translation>No coincide. Vuelve a mirar el código o muéstralo otra vez.</translation>
    </message>
</context>
<context>
    <name>GroupScheduleForm</name>
    <message>
        <source>My last session is planned</source>
        <translation>Ya sé cuándo será mi última sesión</translation>
    </message>
    <message>
        <source>Weekday of the group</source>
        <translation>Día de la semana del grupo</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Length of a session in minutes</source>
        <translation>Duración de una sesión en minutos</translation>
    </message>
    <message>
        <source>Date of the first session, or when you joined</source>
        <translation>Fecha de la primera sesión, o de cuando entraste</translation>
    </message>
    <message>
        <source>The group has a set number of sessions</source>
        <translation>El grupo tiene un número fijo de sesiones</translation>
    </message>
    <message>
        <source>Number of sessions in all</source>
        <translation>Número total de sesiones</translation>
    </message>
    <message>
        <source>For an ongoing group: you know the date of your last session</source>
        <translation>Para un grupo sin fecha de fin: ya sabes la fecha de tu última sesión</translation>
    </message>
    <message>
        <source>Date of your last session</source>
        <translation>Fecha de tu última sesión</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>First session</source>
        <translation>Primera sesión</translation>
    </message>
    <message>
        <source>Sessions in all</source>
        <translation>Sesiones en total</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Última sesión</translation>
    </message>
</context>
<context>
    <name>JournalScreen</name>
    <message>
        <source>Show entries of kind</source>
        <translation>Mostrar entradas de este tipo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Show entries about suggestion</source>
        <translation>Mostrar entradas sobre esta sugerencia</translation>
    </message>
    <message>
        <source>All suggestions</source>
        <translation>Todas las sugerencias</translation>
    </message>
    <message>
        <source>Show entries with tag</source>
        <translation>Mostrar entradas con esta etiqueta</translation>
    </message>
    <message>
        <source>Show entries with feeling</source>
        <translation>Mostrar entradas con este sentimiento</translation>
    </message>
    <message>
        <source>Show entries from</source>
        <translation>Mostrar entradas de</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Choose dates…</source>
        <translation>Elegir fechas…</translation>
    </message>
    <message>
        <source>Go to day…</source>
        <translation>Ir a un día…</translation>
    </message>
    <message>
        <source>Go to a day in the calendar (%1)</source>
        <translation>Ir a un día del calendario (%1)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <source>New entry (%1)</source>
        <translation>Nueva entrada (%1)</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Entries you deleted (%1)</source>
        <translation>Entradas que borraste (%1)</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>Entradas, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>Your journal is empty for now. Start with a prompt on Today, or write freely with New.</source>
        <translation>Por ahora tu diario está vacío. Empieza con una propuesta en Hoy, o escribe libremente con Nueva.</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>All feelings</source>
        <translation>Todos los sentimientos</translation>
    </message>
    <message>
        <source>No entries match these filters. Choose &quot;All&quot; in a filter to see more.</source>
        <translation>Ninguna entrada coincide con estos filtros. Elige «Todos» o «Todas» en un filtro para ver más.</translation>
    </message>
    <message>
        <source>Go to a day</source>
        <translation>Ir a un día</translation>
    </message>
    <message>
        <source>Choose a day; Enter goes there</source>
        <translation>Elige un día; con Intro vas a él</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Ir</translation>
    </message>
    <message>
        <source>Go to this day</source>
        <translation>Ir a este día</translation>
    </message>
    <message>
        <source>Show entries between</source>
        <translation>Mostrar entradas entre</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcuts</name>
    <message>
        <source>Everywhere</source>
        <translation>En cualquier lugar</translation>
    </message>
    <message>
        <source>Support for a hard moment</source>
        <translation>Apoyo para un momento difícil</translation>
    </message>
    <message>
        <source>Lock the journal now</source>
        <translation>Bloquear el diario ahora</translation>
    </message>
    <message>
        <source>Search your journal</source>
        <translation>Buscar en tu diario</translation>
    </message>
    <message>
        <source>Go to a section: Today, Journal, Next session, Goals, People, Insights</source>
        <translation>Ir a una sección: Hoy, Diario, Próxima sesión, Metas, Personas, Perspectivas</translation>
    </message>
    <message>
        <source>A quick check-in</source>
        <translation>Un momento rápido para ver cómo estás</translation>
    </message>
    <message>
        <source>Back up to a folder</source>
        <translation>Hacer una copia de seguridad en una carpeta</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation>Esta lista de atajos de teclado</translation>
    </message>
    <message>
        <source>Quit (what you wrote is saved first)</source>
        <translation>Salir (antes se guarda lo que escribiste)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Another prompt</source>
        <translation>Otra propuesta</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>A new entry</source>
        <translation>Una entrada nueva</translation>
    </message>
    <message>
        <source>Write about this prompt</source>
        <translation>Escribir sobre esta propuesta</translation>
    </message>
    <message>
        <source>Browse all prompts</source>
        <translation>Ver todas las propuestas</translation>
    </message>
    <message>
        <source>Go to a day</source>
        <translation>Ir a un día</translation>
    </message>
    <message>
        <source>Open the trash</source>
        <translation>Abrir la papelera</translation>
    </message>
    <message>
        <source>Writing an entry</source>
        <translation>Al escribir una entrada</translation>
    </message>
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
        <source>Bring the chosen words to group</source>
        <translation>Llevar al grupo las palabras elegidas</translation>
    </message>
    <message>
        <source>Link the entry to your goals</source>
        <translation>Vincular la entrada con tus metas</translation>
    </message>
    <message>
        <source>Check my wording</source>
        <translation>Revisar cómo lo digo</translation>
    </message>
    <message>
        <source>Leave the text for the next or previous field</source>
        <translation>Salir del texto al campo siguiente o anterior</translation>
    </message>
    <message>
        <source>Write a tab in the text</source>
        <translation>Escribir una tabulación en el texto</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Próxima sesión</translation>
    </message>
    <message>
        <source>Move the chosen item up or down the list</source>
        <translation>Subir o bajar en la lista el punto elegido</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>A new goal</source>
        <translation>Una meta nueva</translation>
    </message>
    <message>
        <source>Save the goal now</source>
        <translation>Guardar la meta ahora</translation>
    </message>
    <message>
        <source>Check in on this goal</source>
        <translation>Ver cómo vas con esta meta</translation>
    </message>
    <message>
        <source>Save the check-in</source>
        <translation>Guardar cómo vas</translation>
    </message>
    <message>
        <source>Ideas for goals</source>
        <translation>Ideas para metas</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Add a name</source>
        <translation>Añadir un nombre</translation>
    </message>
    <message>
        <source>Place the chosen person in a circle (0 takes them out)</source>
        <translation>Poner a la persona elegida en un círculo (0 la saca)</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>The step before, the next step</source>
        <translation>El paso anterior, el paso siguiente</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
    <message>
        <source>Columns: keys, what they do</source>
        <translation>Columnas: teclas, qué hacen</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move between controls; Esc closes a small window.</source>
        <translation>Tab y Mayús+Tab pasan de un control a otro; Esc cierra una ventana pequeña.</translation>
    </message>
</context>
<context>
    <name>MenusPart</name>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Diario</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Back up to…</source>
        <translation>Hacer &amp;copia de seguridad en…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar desde una copia…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Unlock your journal first.</source>
        <translation>Primero desbloquea tu diario.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>If you need support &amp;right now</source>
        <translation>Si necesitas apoyo &amp;ahora mismo</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About IPT Journal</source>
        <translation>Acerca &amp;de IPT Journal</translation>
    </message>
    <message>
        <source>About IPT Journal</source>
        <translation>Acerca de IPT Journal</translation>
    </message>
    <message>
        <source>IPT Journal %1
A private journal for your process group. Everything stays on this computer, encrypted. Nothing is sent anywhere.</source>
        <translation>IPT Journal %1
Un diario privado para tu grupo de proceso. Todo se queda en este ordenador, cifrado. No se envía nada a ninguna parte.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>At least 10 characters, or four or more words.</source>
        <translation>Al menos 10 caracteres, o cuatro palabras o más.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Las dos frases todavía no son iguales.</translation>
    </message>
    <message>
        <source>Choose a passphrase: at least 10 characters, or four or more words.</source>
        <translation>Elige una frase secreta: al menos 10 caracteres, o cuatro palabras o más.</translation>
    </message>
    <message>
        <source>A little longer, please: at least 10 characters, or four words.</source>
        <translation>Un poco más larga, por favor: al menos 10 caracteres, o cuatro palabras.</translation>
    </message>
    <message>
        <source>This works, but it would be easy to guess; a few more words make it much stronger.</source>
        <translation>Sirve, pero sería fácil de adivinar; con unas palabras más será mucho más segura.</translation>
    </message>
    <message>
        <source>Good. Adding another word or two would make it stronger still.</source>
        <translation>Bien. Con una o dos palabras más sería aún más segura.</translation>
    </message>
    <message>
        <source>Strong. Make sure it is something you will remember.</source>
        <translation>Segura. Asegúrate de que vas a recordarla.</translation>
    </message>
    <message>
        <source>Very strong. Make sure it is something you will remember.</source>
        <translation>Muy segura. Asegúrate de que vas a recordarla.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase secreta</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Escríbela otra vez</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Repite la nueva frase secreta</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>No</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock when idle for this many minutes, 0 for off</source>
        <translation>Bloquear tras estos minutos sin uso; 0 para no bloquear</translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation>Bloquear si no lo uso durante</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As on this computer</source>
        <translation>Como en este ordenador</translation>
    </message>
    <message>
        <source>A new language takes effect the next time you open the journal.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que abras el diario.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claros</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuros</translation>
    </message>
    <message>
        <source>Remind me to prepare, the evening before group</source>
        <translation>Recordarme que me prepare, la tarde antes del grupo</translation>
    </message>
    <message>
        <source>Remind me to look back, after group</source>
        <translation>Recordarme que mire atrás, después del grupo</translation>
    </message>
    <message>
        <source>A gentle mid-week check-in</source>
        <translation>Un recordatorio suave a mitad de semana</translation>
    </message>
    <message>
        <source>Reminders may mention my group</source>
        <translation>Los recordatorios pueden mencionar mi grupo</translation>
    </message>
    <message>
        <source>Off, reminders only speak of &quot;your journal&quot;, in case someone else sees your screen.</source>
        <translation>Si está desactivado, los recordatorios solo hablan de «tu diario», por si alguien más ve tu pantalla.</translation>
    </message>
    <message>
        <source>Locking saves what you wrote, closes the journal and clears the screen. Reminders never show anything you wrote.</source>
        <translation>Al bloquear se guarda lo que escribiste, se cierra el diario y se despeja la pantalla. Los recordatorios nunca muestran nada de lo que escribiste.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>A moment for your journal, to look ahead.</source>
        <translation>Un momento para tu diario, para mirar hacia delante.</translation>
    </message>
    <message>
        <source>A moment for your journal, to look back.</source>
        <translation>Un momento para tu diario, para mirar atrás.</translation>
    </message>
    <message>
        <source>A moment to check in with yourself.</source>
        <translation>Un momento para ver cómo estás.</translation>
    </message>
    <message>
        <source>Time to prepare for group.</source>
        <translation>Es hora de prepararte para el grupo.</translation>
    </message>
    <message>
        <source>A moment to look back on group.</source>
        <translation>Un momento para mirar atrás en el grupo.</translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <source>Your journal can be brought back</source>
        <translation>Puedes recuperar tu diario</translation>
    </message>
    <message>
        <source>The journal&apos;s own files are missing from this folder, but its backups folder still holds backups of it (the newest is from %1). Restore one to carry on where you were; nothing has been changed.</source>
        <translation>Faltan en esta carpeta los archivos del propio diario, pero su carpeta de copias todavía guarda copias de seguridad (la más reciente es del %1). Restaura una para seguir donde lo dejaste; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Restaurar una copia…</translation>
    </message>
    <message>
        <source>Start a new journal instead</source>
        <translation>Empezar un diario nuevo</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>(empty)</source>
        <translation>(vacía)</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Entries in the trash</source>
        <translation>Entradas en la papelera</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restore the chosen entry</source>
        <translation>Restaurar la entrada elegida</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Vaciar la papelera…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Entries here can be restored until you empty the trash.</source>
        <translation>Puedes restaurar estas entradas hasta que vacíes la papelera.</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Vaciar la papelera</translation>
    </message>
    <message>
        <source>These entries will be deleted for good and cannot be brought back.</source>
        <translation>Estas entradas se borrarán para siempre y no se podrán recuperar.</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Borrar para siempre</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Forgot your passphrase? Use your recovery code</source>
        <translation>¿Olvidaste tu frase secreta? Usa tu código de recuperación</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Qué bien verte de nuevo</translation>
    </message>
    <message>
        <source>Your journal is locked. Type your passphrase to open it.</source>
        <translation>Tu diario está bloqueado. Escribe tu frase secreta para abrirlo.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>Six groups of four characters; dashes and spaces are fine</source>
        <translation>Seis grupos de cuatro caracteres; puedes poner guiones y espacios</translation>
    </message>
    <message>
        <source>Open with this code</source>
        <translation>Abrir con este código</translation>
    </message>
    <message>
        <source>Back to passphrase</source>
        <translation>Volver a la frase secreta</translation>
    </message>
    <message>
        <source>Use your recovery code</source>
        <translation>Usa tu código de recuperación</translation>
    </message>
    <message>
        <source>Type the code you wrote down when you set up the journal. Dashes and spaces are fine.</source>
        <translation>Escribe el código que apuntaste al preparar el diario. Puedes poner guiones y espacios.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase secreta</translation>
    </message>
    <message>
        <source>Set new passphrase</source>
        <translation>Guardar la nueva frase secreta</translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Elige una nueva frase secreta</translation>
    </message>
    <message>
        <source>Your journal is open. Pick a new passphrase so you can unlock it as usual next time.</source>
        <translation>Tu diario está abierto. Elige una nueva frase secreta para poder desbloquearlo como siempre la próxima vez.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Primero escribe tu frase secreta.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this journal. Check Caps Lock and try again.</source>
        <translation>Esa frase secreta no abre este diario. Revisa el bloqueo de mayúsculas y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>Podrás volver a intentarlo en %n segundo.</numerusform>
            <numerusform>Podrás volver a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type your recovery code first.</source>
        <translation>Primero escribe tu código de recuperación.</translation>
    </message>
    <message>
        <source>That code doesn&apos;t open this journal. Check each group and try again.</source>
        <translation>Ese código no abre este diario. Revisa cada grupo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The new passphrase could not be saved, so your journal still opens with your recovery code. %1</source>
        <translation>No se pudo guardar la nueva frase secreta, así que tu diario sigue abriéndose con tu código de recuperación. %1</translation>
    </message>
</context>
</TS>
