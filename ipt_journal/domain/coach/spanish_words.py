"""The Spanish coach's word lists (written without accents: the rules compare folded
words, so "por que" and "por qué" read alike) and the kind sentences it explains itself with."""

from __future__ import annotations

import re

_PLACEHOLDER = "…"
_TRAILING = frozenset(".?!…？！¡¿:;,-–—)]}*_~ ")
_QUOTE_MARKS = re.compile(r"[\"“”„‟«»‹›「」『』]")
# Asking how you come across is what suggestion 7 invites: never coached.
_FEEDBACK = re.compile(
    r"\b(?:opinion|opiniones|comentario|comentarios|devolucion|devoluciones|retroalimentacion|feedback"
    r"|como me (?:ves|ven|viste|vieron|perciben|percibes|percibieron|notan|notas)"
    r"|que impresion (?:doy|di|te doy|les doy|causo|cause)|como (?:sueno|sone|me explique|me expreso))\b"
)
_OR_NOT = re.compile(r"[\s,]+o\s+no$")

_CLITICS = frozenset({"me", "te", "se", "nos", "os", "le", "les", "lo", "la", "los", "las"})
_YOU_WORDS = frozenset({"tu", "ti", "te", "contigo", "tus", "tuyo", "tuya", "tuyos", "tuyas",
                        "usted", "ustedes", "vos", "os", "vosotros", "vosotras"})
_DISCOURSE = frozenset({
    "y", "pero", "entonces", "bueno", "oye", "oigan", "mira", "miren", "pues", "ah", "eh", "ay",
    "vale", "ok", "okay", "sinceramente", "honestamente", "perdon", "perdona", "disculpa", "digo",
    "o", "tambien", "ademas", "encima",
})
_DISCOURSE_PAIRS = frozenset({("la", "verdad"), ("en", "serio"), ("o", "sea"), ("a", "ver"), ("es", "que"),
                              ("de", "verdad"), ("por", "cierto")})
# Lone words in front of a rewrite that read oddly once it brings its own "y".
_BARE_PREFIX = frozenset({"y", "o", "pues", "entonces"})
_TIME_OPENERS = frozenset({
    "cuando", "despues", "antes", "mientras", "hoy", "ayer", "anoche", "esta", "este", "al", "en",
    "durante", "la", "el", "luego", "anteayer",
})
_WH = frozenset({"que", "como", "cuando", "donde", "adonde", "quien", "quienes", "cual", "cuales",
                 "cuanto", "cuanta", "cuantos", "cuantas"})
_WH_ACCENTED = {"que": "qué", "como": "cómo", "cuando": "cuándo", "donde": "dónde", "adonde": "adónde",
                "quien": "quién", "quienes": "quiénes", "cual": "cuál", "cuales": "cuáles",
                "cuanto": "cuánto", "cuanta": "cuánta", "cuantos": "cuántos", "cuantas": "cuántas"}
_WH_PREPOSITIONS = frozenset({"por", "para", "a", "con", "de", "en", "desde", "hasta", "sobre"})
# Short greetings are not questions to work on.
_GREETINGS = frozenset({
    "como estas", "como esta", "como estan", "como andas", "como te va", "como te fue", "que tal",
    "como va", "como vas", "que tal estas", "como sigues", "estas bien", "todo bien", "estas bien tu",
    "y tu", "como te sientes", "como estas hoy", "como te sientes hoy",
})
_SKIP_BEFORE_VERB = frozenset({
    "no", "ya", "siempre", "nunca", "jamas", "tambien", "todavia", "aun", "realmente", "acaso",
    "solo", "siquiera", "tu", "usted", "ustedes", "vos", "yo", "nosotros", "nosotras", "ellos", "ellas",
    "de", "verdad", "tan", "mas",
}) | _CLITICS
_SWEEPING = re.compile(r"(?<!casi )\b(?:siempre|nunca|jamas|constantemente|todo el tiempo|todo el rato)\b")
_IDIOMS = re.compile(
    r"\b(?:para|como|de|hasta|desde) siempre\b|\bsiempre que\b|\blo de siempre\b|\bmas vale tarde que nunca\b"
    r"|\bnunca es tarde\b|\bnunca se sabe\b|\bnunca jamas\b|^(?:uno |una )?nunca sabes?\b"
    r"|^nunca (?:tienes|necesitas|hace falta) que\b|^siempre (?:puedes|podras) contar\b"
)
_SOFTER = {"siempre": "a menudo", "nunca": "rara vez", "jamás": "rara vez", "jamas": "rara vez",
           "constantemente": "a menudo", "todo el tiempo": "a menudo", "todo el rato": "a menudo"}

# Person of a verb form that the endings would read wrongly.
_FIRST_PERSON = frozenset({
    "soy", "estoy", "voy", "doy", "he", "fui", "vi", "di", "dije", "hice", "tuve", "estuve", "pude",
    "quise", "vine", "supe", "puse", "traje", "hube", "anduve", "importo",
})
_THIRD_PERSON = frozenset({
    "es", "esta", "fue", "ha", "va", "da", "hay", "era", "dijo", "hizo", "tuvo", "estuvo", "pudo",
    "quiso", "vino", "supo", "puso", "trajo", "hubo", "anduvo", "ve", "sabe", "importa",
})
_SECOND_PERSON = frozenset({"eres", "has", "vas", "das", "ves", "sos", "estas", "fuiste", "diste", "viste"})
_NOT_VERBS_S = frozenset({
    "mas", "menos", "despues", "antes", "ademas", "jamas", "atras", "detras", "quizas", "demas", "veces",
    "tres", "seis", "mes", "pues", "entonces", "mientras", "lunes", "martes", "miercoles", "jueves",
    "viernes", "las", "les", "tus", "mis", "sus", "dios", "gracias", "ganas", "cosas", "personas", "apenas",
    "todas", "muchas", "pocas", "otras", "algunas", "ambas", "estas", "esas", "aquellas", "nos", "os",
    "vos", "es", "sesiones", "ustedes", "nosotros", "ellas", "ellos", "veras", "nadas",
})
_NOT_VERBS_STE = frozenset({"este", "triste", "chiste", "existe", "insiste", "resiste", "consiste",
                            "asiste", "persiste", "desiste", "oeste", "peste", "celeste", "agreste"})
_COMMON = frozenset({
    "es", "fue", "era", "esta", "estaba", "hay", "habia", "parece", "parecia", "seria", "va", "ha",
    "eso", "esto", "aquello", "ello", "el", "la", "los", "las", "un", "una", "mi", "tu", "su",
    "nadie", "alguien", "todos", "todas", "todo", "cada", "algun", "alguno", "alguna", "ninguno", "ninguna",
    "ella", "ellos", "ellas", "usted", "ustedes", "yo", "nosotros", "nosotras", "sin", "con", "si", "no",
    "a", "y", "e", "u", "de", "en", "por", "para", "sobre", "entre", "hasta", "desde", "hacia", "al", "del",
    "siempre", "nunca", "jamas", "ahora", "hoy", "ayer", "aqui", "alli", "ahi", "casi", "muy", "tan", "menos",
    "bastante", "demasiado", "porque", "ni", "nada", "algo", "ese", "esa", "este", "aquel", "aquella", "otra",
    "otro", "toda", "lo", "constantemente", "tampoco", "acaso", "quizas", "parece", "pasa", "sera",
    "ya", "todavia", "aun", "luego", "despues", "antes", "asi", "bien", "mal", "tal", "quiza", "realmente",
}) | _WH | _CLITICS | _DISCOURSE

# Who a question can be put to in a group, longest first.
_GROUP_SUBJECTS: tuple[tuple[str, ...], ...] = tuple(sorted((
    ("alguno", "de", "ustedes"), ("alguna", "de", "ustedes"), ("algunos", "de", "ustedes"),
    ("algunas", "de", "ustedes"), ("cualquiera", "de", "ustedes"), ("cada", "uno", "de", "ustedes"),
    ("cada", "una", "de", "ustedes"), ("ninguno", "de", "ustedes"), ("ninguna", "de", "ustedes"),
    ("todos", "ustedes"), ("todas", "ustedes"), ("todo", "el", "mundo"), ("alguien", "mas"),
    ("nadie", "mas"), ("a", "alguien", "mas"), ("a", "alguien"), ("a", "nadie", "mas"), ("a", "nadie"),
    ("a", "todos"), ("a", "ustedes"), ("a", "alguno", "de", "ustedes"), ("a", "alguna", "de", "ustedes"),
    ("alguien",), ("nadie",), ("todos",), ("todas",), ("ustedes",),
), key=len, reverse=True))
_ROOM_NOUNS = frozenset({
    "terapeuta", "terapeutas", "lider", "lideres", "coordinador", "coordinadora", "coordinadores",
    "facilitador", "facilitadora", "psicologo", "psicologa", "moderador", "moderadora", "demas",
    "nuevo", "nueva", "otros", "otras",
})
_ROOM_DETERMINERS = frozenset({"el", "la", "los", "las", "nuestro", "nuestra", "nuestros", "nuestras"})
_ROOM_PHRASES: tuple[tuple[str, ...], ...] = tuple(sorted((
    ("el", "resto", "del", "grupo"), ("el", "resto"), ("quien", "coordina"), ("quien", "coordina", "el", "grupo"),
    ("los", "otros", "miembros"), ("las", "otras", "personas"), ("la", "gente", "aqui"), ("la", "gente", "del", "grupo"),
    ("el", "companero", "nuevo"), ("la", "companera", "nueva"), ("el", "chico", "nuevo"), ("la", "chica", "nueva"),
), key=len, reverse=True))

# Verbs for asking to hear more ("¿Puedes contarme qué pasó?").
_HEAR_VERBS = frozenset({"decir", "contar", "explicar", "hablar", "compartir", "aclarar"})
_REQUEST_MODALS = {"puedes": "s", "podrias": "s", "pudieras": "s", "pueden": "n", "podrian": "n"}
_OPINION_VERBS = frozenset({"crees", "piensas", "sientes", "opinas", "dices", "dirias", "harias",
                            "creias", "pensabas", "quieres", "querias"})
# "¿Te caigo bien?": the grammar says "I", the question is about how you see me.
_ME_TO_YOU = frozenset({"caigo", "importo", "gusto", "agrado", "parezco", "intereso"})
# "¿No crees que...?": the member's own view, said as theirs.
_LEADING_FRAMES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("no", "crees", "que"), "creo que"), (("no", "piensas", "que"), "creo que"),
    (("no", "te", "parece", "que"), "me parece que"), (("no", "sientes", "que"), "siento que"),
    (("no", "estas", "de", "acuerdo", "en", "que"), "creo que"), (("no", "estas", "de", "acuerdo", "con", "que"), "creo que"),
    (("no", "es", "cierto", "que"), "creo que"), (("no", "es", "verdad", "que"), "creo que"),
    (("no", "te", "parece"), "me parece"), (("no", "crees"), "creo"),
    (("no", "ves", "que"), "veo que"), (("no", "notas", "que"), "noto que"),
)
_TAGS: tuple[tuple[str, ...], ...] = tuple(sorted((
    ("no",), ("verdad",), ("cierto",), ("si",), ("eh",), ("ok",), ("vale",), ("correcto",), ("o", "no"),
    ("no", "es", "cierto"), ("no", "es", "verdad"), ("no", "es", "asi"), ("no", "crees"), ("no", "te", "parece"),
    ("a", "que", "si"), ("me", "equivoco"), ("no", "piensas"), ("no", "estas", "de", "acuerdo"), ("de", "acuerdo"),
), key=len, reverse=True))
_TAGS_ASKING_YOU = frozenset({("no", "crees"), ("no", "te", "parece"), ("no", "piensas"), ("no", "estas", "de", "acuerdo")})

# Past subjunctive stems for "Me gustaría que dejaras de...": the irregular ones.
_SUBJUNCTIVE_STEMS = {
    "decir": "dije", "hacer": "hicie", "tener": "tuvie", "estar": "estuvie", "poder": "pudie", "poner": "pusie",
    "saber": "supie", "querer": "quisie", "venir": "vinie", "traer": "traje", "ser": "fue", "ir": "fue",
    "dar": "die", "ver": "vie", "leer": "leye", "oir": "oye", "caer": "caye", "creer": "creye",
    "andar": "anduvie", "haber": "hubie", "dormir": "durmie", "morir": "murie", "pedir": "pidie",
    "sentir": "sintie", "seguir": "siguie", "mentir": "mintie", "repetir": "repitie", "servir": "sirvie",
    "elegir": "eligie", "preferir": "prefirie", "sugerir": "sugirie", "corregir": "corrigie",
    "despedir": "despidie", "impedir": "impidie", "advertir": "advirtie", "construir": "construye",
    "incluir": "incluye", "conducir": "conduje", "producir": "produje", "traducir": "traduje",
    "contradecir": "contradije", "mantener": "mantuvie", "detener": "detuvie", "contener": "contuvie",
    "obtener": "obtuvie", "proponer": "propusie", "suponer": "supusie", "reir": "rie", "sonreir": "sonrie",
}

_REASONS = {
    "yes_no_question_to_other": "Esto está dicho como una pregunta a otra persona; decir lo que te imaginas "
    "o lo que te preguntas mantiene el foco en tu propia experiencia.",
    "wh_question_to_other": "Esto le pide a otra persona que se explique; decir lo que te gustaría saber "
    "te mantiene hablando desde tu propia experiencia.",
    "tag_question": "El final les pide a los demás que te den la razón; dejarlo como algo que tú imaginas "
    "o piensas lo mantiene como tuyo.",
    "leading_question": "Esta pregunta ya lleva dentro tu propia opinión; decirla como tuya puede sentirse "
    "más directo.",
    "permission_question": "Esto les pide permiso a los demás; decir lo que te gustaría hacer también es "
    "hablar desde ti.",
}
_REASON_PLACEHOLDER = ("Esto le pide a otra persona que se explique; en su lugar podrías decir lo que "
                       "notaste, y poner tu propio sentimiento donde está el «…».")
_REASON_NO_REWRITE = ("Esto se lee como una pregunta a otra persona; si quieres, intenta decir lo que "
                      "te imaginas o lo que sientes.")
