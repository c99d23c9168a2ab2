<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>BackUp</name>
    <message>
        <source>Back up</source>
        <translation>Hacer una copia de seguridad</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Guardar la copia de seguridad en</translation>
    </message>
    <message>
        <source>Writing an encrypted backup…</source>
        <translation>Guardando una copia de seguridad cifrada…</translation>
    </message>
    <message>
        <source>Your backup is saved as %1 and was checked. It is encrypted like your journal.</source>
        <translation>Tu copia de seguridad está guardada como %1 y ya se comprobó. Está cifrada igual que tu diario.</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>EntryPicker</name>
    <message>
        <source>Choose entries</source>
        <translation>Elegir entradas</translation>
    </message>
    <message>
        <source>Tick the entries you want in the file. The filter only narrows the list; what you ticked stays ticked.</source>
        <translation>Marca las entradas que quieres en el archivo. El filtro solo acorta la lista; lo que ya marcaste sigue marcado.</translation>
    </message>
    <message>
        <source>Filter by words or a date, like 2024-05 or May</source>
        <translation>Filtra por palabras o por una fecha, como 2024-05 o mayo</translation>
    </message>
    <message>
        <source>Filter the entries</source>
        <translation>Filtrar las entradas</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>No entries match that filter.</source>
        <translation>Ninguna entrada coincide con ese filtro.</translation>
    </message>
    <message>
        <source>Tick all shown</source>
        <translation>Marcar todas las que se ven</translation>
    </message>
    <message>
        <source>Untick all shown</source>
        <translation>Desmarcar todas las que se ven</translation>
    </message>
    <message>
        <source>Use these entries</source>
        <translation>Usar estas entradas</translation>
    </message>
    <message>
        <source>No entries ticked yet</source>
        <translation>Todavía no has marcado ninguna entrada</translation>
    </message>
    <message>
        <source>1 entry ticked</source>
        <translation>1 entrada marcada</translation>
    </message>
    <message>
        <source>%1 entries ticked</source>
        <translation>%1 entradas marcadas</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Archivos %1 (*.%2)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>The exported file is not encrypted: anyone who can open the file can read it. Keep it somewhere private, and delete it when you no longer need it.</source>
        <translation>El archivo exportado no está cifrado: cualquiera que pueda abrirlo podrá leerlo. Guárdalo en un lugar privado y bórralo cuando ya no lo necesites.</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 registros</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Saved %1 to %2. Remember: this file is not encrypted.</source>
        <translation>Se guardó %1 en %2. Recuerda: este archivo no está cifrado.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export writes a copy to a file you choose, to read, print or move to another computer. Before anything is written, you will be asked once more.</source>
        <translation>Exportar guarda una copia en el archivo que elijas, para leerla, imprimirla o llevarla a otra computadora. Antes de escribir nada, te lo preguntaremos una vez más.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Markdown (.md), to read or print</source>
        <translation>Markdown (.md), para leer o imprimir</translation>
    </message>
    <message>
        <source>PDF, to read or print</source>
        <translation>PDF, para leer o imprimir</translation>
    </message>
    <message>
        <source>Everything, to move to another computer (.json)</source>
        <translation>Todo, para llevarlo a otra computadora (.json)</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Qué exportar</translation>
    </message>
    <message>
        <source>My entries, all or between two dates</source>
        <translation>Mis entradas, todas o entre dos fechas</translation>
    </message>
    <message>
        <source>Entries I pick from a list</source>
        <translation>Entradas que elijo de una lista</translation>
    </message>
    <message>
        <source>My list for next session, and past sessions</source>
        <translation>Mi lista para la próxima sesión y las sesiones pasadas</translation>
    </message>
    <message>
        <source>My goals and check-ins</source>
        <translation>Mis metas y sus revisiones</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Only between</source>
        <translation>Solo entre</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Choose entries…</source>
        <translation>Elegir entradas…</translation>
    </message>
    <message>
        <source>Choose the entries to export</source>
        <translation>Elegir las entradas que vas a exportar</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Replace other members&apos; names</source>
        <translation>Cambiar los nombres de otros miembros</translation>
    </message>
    <message>
        <source>Names from your feedback forms, and any you add here, become Member A, Member B…</source>
        <translation>Los nombres de tus formularios de retroalimentación, y los que añadas aquí, se convierten en Miembro A, Miembro B…</translation>
    </message>
    <message>
        <source>More names or initials, separated by commas</source>
        <translation>Más nombres o iniciales, separados por comas</translation>
    </message>
    <message>
        <source>Names to replace</source>
        <translation>Nombres que quieres cambiar</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>A .json file holds everything in your journal exactly as written, so another computer can import it.</source>
        <translation>Un archivo .json guarda todo tu diario tal como lo escribiste, para que otra computadora pueda importarlo.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>None chosen yet</source>
        <translation>Todavía no has elegido ninguna</translation>
    </message>
    <message>
        <source>1 entry chosen</source>
        <translation>1 entrada elegida</translation>
    </message>
    <message>
        <source>%1 entries chosen</source>
        <translation>%1 entradas elegidas</translation>
    </message>
    <message>
        <source>Choose entries</source>
        <translation>Elegir entradas</translation>
    </message>
    <message>
        <source>There are no entries to choose from yet. Write one first, then come back here.</source>
        <translation>Todavía no hay entradas para elegir. Escribe una primero y luego vuelve aquí.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>An IPT Journal export (.json)</source>
        <translation>Una exportación de IPT Journal (.json)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>jrnl (JSON export)</source>
        <translation>jrnl (exportación JSON)</translation>
    </message>
    <message>
        <source>Day One (Journal.json or the .zip)</source>
        <translation>Day One (Journal.json o el .zip)</translation>
    </message>
    <message>
        <source>Day One exports (*.json *.zip)</source>
        <translation>Exportaciones de Day One (*.json *.zip)</translation>
    </message>
    <message>
        <source>Markdown or text files, one entry per file</source>
        <translation>Archivos Markdown o de texto, una entrada por archivo</translation>
    </message>
    <message>
        <source>Text files (*.md *.markdown *.txt)</source>
        <translation>Archivos de texto (*.md *.markdown *.txt)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>What would you like to import?</source>
        <translation>¿Qué te gustaría importar?</translation>
    </message>
    <message>
        <source>Imported 1 entry.</source>
        <translation>Se importó 1 entrada.</translation>
    </message>
    <message>
        <source>Imported %1 entries.</source>
        <translation>Se importaron %1 entradas.</translation>
    </message>
    <message>
        <source>%1 were already in your journal and were skipped.</source>
        <translation>%1 ya estaban en tu diario y se dejaron como estaban.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <source>%1 was not imported: %2; nothing was changed.</source>
        <translation>%1 no se importó: %2; no se cambió nada.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>it could not be read ({reason})</source>
        <translation>no se pudo leer ({reason})</translation>
    </message>
    <message>
        <source>it is a device or a pipe, not a file</source>
        <translation>es un dispositivo o una tubería, no un archivo</translation>
    </message>
    <message>
        <source>it is larger than {megabytes} MB</source>
        <translation>ocupa más de {megabytes} MB</translation>
    </message>
    <message>
        <source>entry {number} is dated {date}, outside the years {first}-{last} this app accepts</source>
        <translation>la entrada {number} tiene fecha {date}, fuera de los años {first}-{last} que acepta esta aplicación</translation>
    </message>
    <message>
        <source>it is a binary file, not JSON</source>
        <translation>es un archivo binario, no JSON</translation>
    </message>
    <message>
        <source>it holds far more empty records than any journal export (it may be built to use up memory)</source>
        <translation>tiene muchos más registros vacíos que cualquier exportación de un diario (puede estar hecho para agotar la memoria)</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>tiene demasiados niveles anidados</translation>
    </message>
    <message>
        <source>it is not valid JSON (it may be cut short)</source>
        <translation>no es un JSON válido (puede que esté incompleto)</translation>
    </message>
    <message>
        <source>an entry&apos;s date is not text</source>
        <translation>la fecha de una entrada no es texto</translation>
    </message>
    <message>
        <source>an entry&apos;s time is not text</source>
        <translation>la hora de una entrada no es texto</translation>
    </message>
    <message>
        <source>an entry&apos;s title is not text</source>
        <translation>el título de una entrada no es texto</translation>
    </message>
    <message>
        <source>an entry&apos;s text is not text</source>
        <translation>el contenido de una entrada no es texto</translation>
    </message>
    <message>
        <source>an entry&apos;s id is not text</source>
        <translation>el identificador de una entrada no es texto</translation>
    </message>
    <message>
        <source>an entry&apos;s date is longer than this app accepts</source>
        <translation>la fecha de una entrada es más larga de lo que acepta esta aplicación</translation>
    </message>
    <message>
        <source>an entry&apos;s time is longer than this app accepts</source>
        <translation>la hora de una entrada es más larga de lo que acepta esta aplicación</translation>
    </message>
    <message>
        <source>an entry&apos;s title is longer than this app accepts</source>
        <translation>el título de una entrada es más largo de lo que acepta esta aplicación</translation>
    </message>
    <message>
        <source>an entry&apos;s text is longer than this app accepts</source>
        <translation>el contenido de una entrada es más largo de lo que acepta esta aplicación</translation>
    </message>
    <message>
        <source>an entry&apos;s id is longer than this app accepts</source>
        <translation>el identificador de una entrada es más largo de lo que acepta esta aplicación</translation>
    </message>
    <message>
        <source>an entry&apos;s tags are not a list of words</source>
        <translation>las etiquetas de una entrada no son una lista de palabras</translation>
    </message>
    <message>
        <source>it is not a {source} export (no list of entries)</source>
        <translation>no es una exportación de {source} (no tiene una lista de entradas)</translation>
    </message>
    <message>
        <source>it holds more entries than this app imports at once</source>
        <translation>tiene más entradas de las que esta aplicación importa de una vez</translation>
    </message>
    <message>
        <source>an entry is not in the expected shape</source>
        <translation>una entrada no tiene la forma esperada</translation>
    </message>
    <message>
        <source>an entry has a date that cannot be read ({date})</source>
        <translation>una entrada tiene una fecha que no se puede leer ({date})</translation>
    </message>
    <message>
        <source>an entry&apos;s &apos;starred&apos; is not true or false</source>
        <translation>el campo «starred» de una entrada no es verdadero ni falso</translation>
    </message>
    <message>
        <source>it holds too many files</source>
        <translation>contiene demasiados archivos</translation>
    </message>
    <message>
        <source>it holds no Day One journal (no .json file)</source>
        <translation>no contiene ningún diario de Day One (no hay ningún archivo .json)</translation>
    </message>
    <message>
        <source>it unpacks to more than this app imports at once</source>
        <translation>al descomprimirlo ocupa más de lo que esta aplicación importa de una vez</translation>
    </message>
    <message>
        <source>it unpacks to far more than its size (it may be a zip bomb)</source>
        <translation>al descomprimirlo ocupa muchísimo más que su tamaño (puede ser una bomba zip)</translation>
    </message>
    <message>
        <source>it unpacks to more than it says</source>
        <translation>al descomprimirlo ocupa más de lo que indica</translation>
    </message>
    <message>
        <source>it is a damaged zip file</source>
        <translation>es un archivo zip dañado</translation>
    </message>
    <message>
        <source>it is a binary file, not text</source>
        <translation>es un archivo binario, no de texto</translation>
    </message>
    <message>
        <source>it is longer than this app accepts for one entry</source>
        <translation>es más largo de lo que esta aplicación acepta para una entrada</translation>
    </message>
    <message>
        <source>its date cannot be read ({date})</source>
        <translation>su fecha no se puede leer ({date})</translation>
    </message>
    <message>
        <source>together the files hold more entries than this app imports at once</source>
        <translation>entre todos los archivos hay más entradas de las que esta aplicación importa de una vez</translation>
    </message>
    <message>
        <source>it holds a number too large for the journal</source>
        <translation>contiene un número demasiado grande para el diario</translation>
    </message>
    <message>
        <source>it holds a number that is not finite</source>
        <translation>contiene un número que no es finito</translation>
    </message>
    <message>
        <source>one of its texts is too long</source>
        <translation>uno de sus textos es demasiado largo</translation>
    </message>
    <message>
        <source>it holds a damaged binary value</source>
        <translation>contiene un valor binario dañado</translation>
    </message>
    <message>
        <source>it holds a value of the wrong type</source>
        <translation>contiene un valor de un tipo que no corresponde</translation>
    </message>
    <message>
        <source>its table {table} is not in the expected shape</source>
        <translation>su tabla {table} no tiene la forma esperada</translation>
    </message>
    <message>
        <source>it is not an IPT Journal export</source>
        <translation>no es una exportación de IPT Journal</translation>
    </message>
    <message>
        <source>it was made by a different version of IPT Journal</source>
        <translation>se hizo con otra versión de IPT Journal</translation>
    </message>
    <message>
        <source>its schema version is missing</source>
        <translation>le falta la versión del esquema</translation>
    </message>
    <message>
        <source>it was made by a newer version of IPT Journal; please update the app</source>
        <translation>se hizo con una versión más nueva de IPT Journal; actualiza la aplicación, por favor</translation>
    </message>
    <message>
        <source>it has a table this version does not know ({table})</source>
        <translation>tiene una tabla que esta versión no conoce ({table})</translation>
    </message>
    <message>
        <source>its table {table} is there twice</source>
        <translation>su tabla {table} aparece dos veces</translation>
    </message>
    <message>
        <source>its table {table} has damaged column names</source>
        <translation>su tabla {table} tiene nombres de columna dañados</translation>
    </message>
    <message>
        <source>its table {table} has columns this version does not know</source>
        <translation>su tabla {table} tiene columnas que esta versión no conoce</translation>
    </message>
    <message>
        <source>its table {table} comes before a table it belongs to</source>
        <translation>su tabla {table} viene antes de una tabla a la que pertenece</translation>
    </message>
    <message>
        <source>a row of its table {table} is not in the expected shape</source>
        <translation>una fila de su tabla {table} no tiene la forma esperada</translation>
    </message>
    <message>
        <source>row {row} of its table {table} is dated {date}, outside the years {first}-{last} this app accepts</source>
        <translation>la fila {row} de su tabla {table} tiene fecha {date}, fuera de los años {first}-{last} que acepta esta aplicación</translation>
    </message>
    <message>
        <source>its rows point at records that are not there</source>
        <translation>sus filas apuntan a registros que no están</translation>
    </message>
    <message>
        <source>a value in it breaks a rule of the journal (a duplicate or a missing field)</source>
        <translation>uno de sus valores no cumple una regla del diario (un duplicado o un campo que falta)</translation>
    </message>
    <message>
        <source>its rows do not fit this journal</source>
        <translation>sus filas no encajan en este diario</translation>
    </message>
    <message>
        <source>a value in it is not of the kind the journal expects</source>
        <translation>uno de sus valores no es del tipo que espera el diario</translation>
    </message>
    <message>
        <source>its list of tables is there twice</source>
        <translation>su lista de tablas aparece dos veces</translation>
    </message>
    <message>
        <source>its list of tables is missing</source>
        <translation>le falta la lista de tablas</translation>
    </message>
    <message>
        <source>one of its records is too long</source>
        <translation>uno de sus registros es demasiado largo</translation>
    </message>
</context>
<context>
    <name>LockingPart</name>
    <message>
        <source>Locked. The last few words could not be saved; check that the disk has room, then unlock and look.</source>
        <translation>Diario cerrado. No se pudieron guardar las últimas palabras; revisa que el disco tenga espacio, luego ábrelo y échale un vistazo.</translation>
    </message>
    <message>
        <source>Locked. Your journal was saved; a small window that was still open was closed without keeping what was typed in it.</source>
        <translation>Diario cerrado. Tu diario está guardado; una ventanita que seguía abierta se cerró sin guardar lo que habías escrito en ella.</translation>
    </message>
    <message>
        <source>Locked. Nothing was lost; type your passphrase to go on.</source>
        <translation>Diario cerrado. No se perdió nada; escribe tu frase de contraseña para seguir.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>IPT Journal</source>
        <translation>IPT Journal</translation>
    </message>
    <message>
        <source>Part of your journal in %1 is damaged, so it was not opened and nothing in it was changed. You can restore it from a backup.</source>
        <translation>Una parte de tu diario en %1 está dañada, así que no se abrió y no se cambió nada. Puedes restaurarlo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Copia de seguridad diaria</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Todavía sin guardar</translation>
    </message>
    <message>
        <source>The last changes could not be saved; they are still on screen. Check that the disk has room, or quit anyway and lose them.</source>
        <translation>No se pudieron guardar los últimos cambios; siguen en la pantalla. Revisa que el disco tenga espacio, o sal de todos modos y piérdelos.</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>Salir de todos modos</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>Open the backup</source>
        <translation>Abrir la copia de seguridad</translation>
    </message>
    <message>
        <source>Type the passphrase that opened this backup&apos;s journal
(or its recovery code):</source>
        <translation>Escribe la frase de contraseña que abría el diario de esta copia
(o su código de recuperación):</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Please wait until the current export, import or backup has finished.</source>
        <translation>Espera, por favor, a que termine la exportación, importación o copia de seguridad en curso.</translation>
    </message>
    <message>
        <source>IPT Journal backups (*.ijbackup)</source>
        <translation>Copias de seguridad de IPT Journal (*.ijbackup)</translation>
    </message>
    <message>
        <source>Your journal will be replaced by this backup. What you have now is kept in the backups folder first. Afterwards, your journal opens with the passphrase (or recovery code) of the backup.</source>
        <translation>Tu diario se sustituirá por esta copia de seguridad. Antes, lo que tienes ahora se guarda en la carpeta de copias de seguridad. Después, tu diario se abrirá con la frase de contraseña (o el código de recuperación) de la copia.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>Comprobando y restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <source>%1 Your journal was not changed.</source>
        <translation>%1 Tu diario no cambió.</translation>
    </message>
    <message>
        <source>The restore was stopped. Your journal was not changed.</source>
        <translation>La restauración se detuvo. Tu diario no cambió.</translation>
    </message>
    <message>
        <source>The backup was restored. Type the backup&apos;s passphrase to open it.</source>
        <translation>La copia de seguridad se restauró. Escribe la frase de contraseña de la copia para abrirla.</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>The file could not be written or read (%1). Nothing was lost; check the place you chose and try again.</source>
        <translation>No se pudo escribir o leer el archivo (%1). No se perdió nada; revisa el lugar que elegiste y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Something unexpected stopped this. Nothing was lost; please try again.</source>
        <translation>Algo inesperado lo detuvo. No se perdió nada; vuelve a intentarlo, por favor.</translation>
    </message>
</context>
<context>
    <name>TaskManager</name>
    <message>
        <source>Stopped. Nothing was written.</source>
        <translation>Detenido. No se escribió nada.</translation>
    </message>
</context>
</TS>
