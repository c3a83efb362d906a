# Las palabras de careerpath en español: las mismas ids que en en.ftl.

## Reports

and = y
yes = sí
no = no
no_answer = sin respuesta
not_asked = no preguntada
no_value = sin valor
recommendation = Recomendación
recommendations = Recomendaciones
leads_to = Conduce a
scores = Puntuaciones
unanswered_scored = { $n ->
    [one] Sin responder, así que no suma puntos: { $questions }.
   *[other] Sin responder, así que no suman puntos: { $questions }.
}
score = Puntuación
range = Rango
why = Por qué
because_you_answered = porque respondiste
notes = Notas
roadmap = Hoja de ruta
optional = opcional
resources = Recursos
what_would_change = Qué lo cambiaría
change_line = Si hubieras respondido «{ $answer }» a «{ $question }», el resultado sería { $outcome }.
nothing_would_change = Probando una respuesta distinta cada vez, ninguna cambió el resultado.
nothing_found_cut_short = Probando una respuesta distinta cada vez, ninguna de las probadas cambió el resultado, pero la búsqueda se detuvo antes de probarlas todas: aún puede haber un cambio.
changes_cut_short = La búsqueda se detuvo antes de probar todas las respuestas: puede haber otros cambios.
your_answers = Tus respuestas
session-export-head = Sesión «{ $name }», guardada por última vez el { $date }
and_more = …y { $n } más
profile = Perfil
score-unanswered = { $n } sin responder
profile-unclear = { $code }, sin un líder claro
tied = { $order ->
    [yes] empatados en el último puesto: { $names }; el orden del cuestionario puso primero a { $first }
   *[no] empatados en el último puesto: { $names }
}
default_reason = ninguna regla concreta se cumplió; esto se deriva de tus puntuaciones globales
question = Pregunta
answer = Respuesta
# The sized plan, confidence and sources (src/report/sizing.rs builds the sentences).
how_clear = Qué tan clara
clarity_clear = Clara
clarity_leaning = Inclinada
clarity_close = Reñida
clarity_tie = Empate
clarity_counter = En contra de los puntos
clarity_for = { $label }: tus respuestas la favorecen por { $margin }.
clarity_against = { $label }: por puntos tus respuestas favorecen otro resultado por { $margin }; los motivos de abajo dicen qué lo decidió.
clarity_level = { $label }: por puntos tus respuestas quedan igualadas; los motivos de abajo dicen qué lo decidió.
points = { $n ->
    [one] { $n } punto
   *[other] { $n } puntos
}
most_likely_change = Lo que más probablemente lo cambiaría: { $change }
starting_point = Un punto de partida para que explores, no un veredicto.
hours = { $n ->
    [one] { $n } hora
   *[other] { $n } horas
}
weeks = { $n ->
    [one] { $n } semana
   *[other] { $n } semanas
}
month_year = { $month } de { $year }
plan_fits = Con { $hours } a la semana, las etapas necesarias llevan unas { $weeks }, hasta aproximadamente { $date }.
plan_too_long = Este plan no cabe en tu tiempo: con { $hours } a la semana sus etapas necesarias llevan unas { $weeks }, hasta aproximadamente { $date }, más que las { $horizon } en las que debería caber. Con más horas a la semana cabría; si no, cuenta con que lleve ese tiempo.
stage_size = unas { $hours } h, { $weeks }, terminada hacia { $date }
sources = Fuentes
sources_docs = La documentación oficial de cada etapa está enlazada debajo de ella en la hoja de ruta.
# A month by its number (1 to 12).
month = { $month ->
     [1] enero
     [2] febrero
     [3] marzo
     [4] abril
     [5] mayo
     [6] junio
     [7] julio
     [8] agosto
     [9] septiembre
     [10] octubre
     [11] noviembre
    *[12] diciembre
}
incomplete = { $total ->
    [one] INCOMPLETO: { $answered } de { $total } pregunta respondida.
   *[other] INCOMPLETO: { $answered } de { $total } preguntas respondidas.
}
unfinished_all_answered = { $total ->
    [one] SIN TERMINAR: su { $total } pregunta respondida.
   *[other] SIN TERMINAR: las { $total } preguntas respondidas.
}
incomplete_carried = { $total ->
    [one] INCOMPLETO: { $answered } de { $total } pregunta confirmada en esta repetición; { $carried } { $carried ->
        [one] traída
       *[other] traídas
    } de la sesión que repite.
   *[other] INCOMPLETO: { $answered } de { $total } preguntas confirmadas en esta repetición; { $carried } { $carried ->
        [one] traída
       *[other] traídas
    } de la sesión que repite.
}
incomplete_provisional = Este resultado es provisional: quedan preguntas obligatorias sin responder.
incomplete_optional_left = La sesión no está terminada; las preguntas que faltan pueden cambiar este resultado.
incomplete_not_confirmed = La sesión no está terminada: reanúdala para repasar sus respuestas y ver el resultado.
unanswered_required = Preguntas obligatorias sin responder
no_result_unfinished = Todavía no hay resultado: se basaría en preguntas sin responder. Continúa la sesión para terminarla.
no_result_not_finished = Aún no hay resultado: todas las preguntas tienen respuesta, pero la sesión no se terminó. Reanúdala para terminarla.
answers_so_far = Respuestas hasta ahora
# The command line's own words (`careerpath evaluate`, `careerpath sessions ...`).
cli-not_saved = aviso: las sesiones no se guardarán: { $reason }
cli-interrupted = Interrumpido. Tus respuestas hasta aquí están guardadas; continúa con: { $command }
cli-interrupted_unsaved = Interrumpido. Tus últimas respuestas no se guardaron; las guardadas antes se pueden continuar con: { $command }
cli-interrupted_nothing_saved = Interrumpido. No se guardó nada: aquí no se están guardando las sesiones.
cli-no_sessions_dir = no se puede reanudar: el directorio de sesiones no está disponible
cli-nothing_to_resume = no hay ninguna sesión sin terminar que reanudar; `careerpath sessions list` las muestra todas
cli-nothing_readable_to_resume = no hay ninguna sesión sin terminar que se pueda leer para reanudar; { $count ->
        [one] una sesión guardada está dañada
       *[other] { $count } sesiones guardadas están dañadas
    }, y `careerpath sessions list` dice por qué
cli-no_translation = aviso: este cuestionario no tiene traducción `{ $asked }`; se usa `{ $lang }` (disponibles: { $available })
cli-unanswered = { $n ->
    [one] { $n } pregunta obligatoria no tiene respuesta en { $file }:
   *[other] { $n } preguntas obligatorias no tienen respuesta en { $file }:
}
cli-use_partial = Respóndelas, o usa --partial para evaluar de todos modos (el resultado se marca como incompleto).
cli-col-id = ID
cli-col-name = NOMBRE
cli-col-updated = ACTUALIZADA
cli-col-status = ESTADO
cli-col-progress = PROGRESO
cli-col-outcome = RESULTADO
cli-damaged = dañada
cli-damaged_file = DAÑADA { $file }
cli-no_sessions = No hay sesiones guardadas en { $dir }. Empieza una con `careerpath`.
cli-just_now = ahora mismo
cli-min_ago = hace { $n } min
cli-h_ago = hace { $n } h
cli-yesterday = ayer
cli-days_ago = { $n ->
    [one] hace { $n } día
   *[other] hace { $n } días
}
cli-created = creada
cli-updated = actualizada
cli-status = estado
cli-answered = { $status }, { $progress } respondidas u omitidas
cli-questionnaire = cuestionario
cli-version = versión { $v }
cli-questionnaire_changed = { " " }(ha cambiado desde entonces; las respuestas se comprueban con el actual)
cli-file = archivo
cli-answers = Respuestas
cli-none_yet = (ninguna todavía)
cli-to_answer_again = Por responder de nuevo (la pregunta cambió)
cli-was = antes { $answer }
cli-set_aside = Apartadas (el cuestionario ya no las pregunta)
cli-result_heading = Resultado (versión { $v } del cuestionario{ $stale })
cli-result_stale = ; reanuda la sesión para evaluarla de nuevo con el actual
cli-no_result_resume = Sin resultado todavía: `{ $command }` la continúa.
cli-other_questionnaire = la sesión { $id } se respondió con el cuestionario `{ $theirs }`, no con `{ $ours }`; usa --questions ARCHIVO
cli-compare_itself = los dos ids nombran la sesión { $id }: nombra dos sesiones distintas para compararlas
cli-cannot_read = no se puede leer { $path }: { $reason }
cli-cannot_write = no se puede escribir { $path }: { $reason }
cli-wrote = Escrito { $path }
cli-all_needs_jsonl = --all escribe JSON Lines, una sesión por línea: usa --format jsonl (u omite --format), no { $format }
cli-export_skipped = omitido { $file }: { $reason }
cli-cannot_write_man = no se puede escribir la página de manual: { $reason }
cli-cannot_write_stdout = no se puede escribir en la salida estándar: { $reason }
cli-cannot_watch = no se puede vigilar: { $reason }
cli-not_a_percentage = { $value } no es un porcentaje de 0 a 100
cli-watch_only_answering = --watch vuelve a cargar el cuestionario que estás respondiendo; para volver a comprobar un archivo cada vez que se guarda, usa `careerpath validate FILE --watch`
# `--help`, `help ORDEN` y la página de manual (src/cli.rs). `cmd-<orden>-about` es el
# resumen de una orden (`-long`, su texto entero), `cmd-arg-<id>` la ayuda de un argumento en
# todas las órdenes que lo tienen, `cmd-<orden>-arg-<id>` la de una sola.
# Las palabras propias de `graph` (src/questionnaire/graph.rs).
graph-start = inicio
graph-decide = decidir ({ $policy })
graph-otherwise = si no
graph-in_top = { $dim } entre los { $n } primeros
graph-default = por omisión: { $rule }
cmd-heading-usage = Uso:
cmd-heading-commands = Órdenes
cmd-heading-arguments = Argumentos
cmd-heading-options = Opciones
cmd-value-FILE = ARCHIVO
cmd-value-STEPITEM = PASO[.PUNTO]
cmd-default = [por omisión: { $value }]
cmd-possible = [valores posibles: { $values }]
cmd-about = Decide si aprender Python, Rust o ambos, y en qué orden
cmd-about-long =
    Decide si aprender Python, Rust o ambos, y en qué orden.

    Sin ninguna orden, careerpath abre el cuestionario: a pantalla completa en una terminal, o línea a línea con --plain o cuando la entrada o la salida no son una terminal.
cmd-after-long =
    Códigos de salida:
      0    éxito
      1    fallo (o avisos con `validate --deny-warnings`)
      2    error de uso (también: un prefijo de id que coincide con varias sesiones)
      65   el cuestionario o el archivo de respuestas no son válidos, o faltan preguntas
           obligatorias (`evaluate` sin --partial), o `sessions export --all` omitió un
           archivo de sesión dañado
      66   falta un archivo de entrada o no se puede leer
      73   no se puede crear un archivo o el directorio de sesiones (falta su directorio)
      74   no se puede escribir un archivo (también: no se pudieron guardar las respuestas)
      75   el modo línea a línea se quedó sin entrada, o se cerró su salida, antes del final
           (lo respondido está guardado)
      129  la terminal desapareció (cuelgue); todas las respuestas dadas están guardadas
      130  interrumpido (Ctrl-C)
      143  terminado (SIGTERM); todas las respuestas dadas están guardadas
cmd-arg-help = Muestra la ayuda (más con '--help')
cmd-arg-help-long = Muestra la ayuda (un resumen con '-h')
cmd-arg-version = Muestra la versión
cmd-arg-questions = Usa otro cuestionario en lugar del incorporado
cmd-arg-lang = Idioma de las preguntas y los resultados (por omisión: el de LANG, si no, inglés)
cmd-arg-data_dir = Dónde se guardan las sesiones [por omisión: $CAREERPATH_DATA_DIR, si no, $XDG_DATA_HOME/careerpath]
cmd-arg-plain = Pregunta línea a línea, sin la interfaz a pantalla completa (también con ACCESSIBLE definida o TERM=dumb)
cmd-arg-watch = Con --questions: vuelve a cargar el cuestionario cada vez que cambia el archivo, conservando las respuestas que aún encajan
cmd-arg-id = El id de una sesión, o cualquier prefijo que solo coincida con ella
cmd-arg-format = El formato de la salida
cmd-help-about = Muestra este mensaje o la ayuda de las órdenes indicadas
cmd-help-arg-subcommand = La orden cuya ayuda mostrar
cmd-resume-about = Continúa una sesión guardada (por omisión: la última sin terminar)
cmd-evaluate-about = Evalúa un archivo de respuestas (o un archivo de sesión guardado) y muestra el resultado
cmd-evaluate-arg-answers = YAML con `answers: {"{"}id_pregunta: valor{"}"}`; las demás claves se ignoran
cmd-evaluate-arg-all_changes = Enumera todas las preguntas cuya respuesta, cambiada, cambiaría el resultado (en un número o una escala, la respuesta más cercana que lo hace a cada lado), no solo la más cercana, y todas las razones por las que los demás resultados no ganaron, no solo las primeras
cmd-evaluate-arg-partial = Evalúa aunque falten preguntas obligatorias; el resultado se marca como incompleto. Sin esta opción, esas respuestas se rechazan (salida 65)
cmd-validate-about = Busca errores y probables equivocaciones en cuestionarios (por omisión: el incorporado)
cmd-validate-arg-files = Archivos de cuestionario [por omisión: el que indica --questions, si no, el incorporado]
cmd-validate-arg-deny_warnings = Termina con 1 cuando hay avisos
cmd-validate-arg-watch = Vuelve a comprobar cada vez que cambia un archivo, hasta Ctrl-C
cmd-test-about = Ejecuta los casos de prueba de un cuestionario (por omisión: las pruebas del cuestionario incorporado)
cmd-test-arg-files = Archivos de pruebas (`NOMBRE.tests.yaml`) [por omisión: el que está junto a --questions, si no, las pruebas incorporadas]
cmd-test-arg-coverage = Muestra las reglas, notas, resultados, preguntas y opciones que ningún caso alcanzó
cmd-test-arg-min_coverage = Termina con 1 cuando la cobertura es inferior a PCT por ciento
cmd-schema-about = Muestra el JSON Schema (draft-07) del formato de los cuestionarios
cmd-graph-about = Muestra el flujo de preguntas y las reglas como un grafo
cmd-sessions-about = Enumera, muestra, exporta, renombra, borra y compara sesiones guardadas
cmd-sessions-list-about = Enumera las sesiones guardadas, de la más reciente a la más antigua
cmd-sessions-list-arg-json = Un objeto JSON por sesión en lugar de una tabla
cmd-sessions-show-about = Muestra una sesión: respuestas y resultado
cmd-sessions-export-about = Exporta una sesión, o con --all todas las sesiones como JSON Lines
cmd-sessions-export-arg-all = Todas las sesiones guardadas, un objeto JSON por línea, de la más antigua a la más reciente (solo con jsonl)
cmd-sessions-export-arg-format = [por omisión: markdown, o jsonl con --all; jsonl es una línea de JSON por sesión: respuestas, estado, resumen del resultado]
cmd-sessions-export-arg-output = Escribe en ARCHIVO en lugar de en la salida estándar
cmd-sessions-export-after-long =
    Con --all (solo JSON Lines): todas las sesiones del directorio de sesiones, sea cual sea su
    cuestionario, de la más antigua a la más reciente, de modo que una exportación nueva amplía
    una anterior. Una sesión sin terminar tiene "complete": false y "result": null. Un archivo de
    sesión dañado se indica en la salida de errores y se omite; las demás se escriben igualmente,
    y el código de salida es entonces 65.
cmd-sessions-rename-about = Da a una sesión un nombre nuevo
cmd-sessions-rename-arg-name = El nombre nuevo (hasta 100 caracteres)
cmd-sessions-delete-about = Borra una sesión
cmd-sessions-compare-about = Qué cambió de la sesión A a la sesión B: respuestas, resultado, razones (una repetición va siempre después de la sesión que repite)
cmd-sessions-compare-arg-a = La sesión anterior: un id, o cualquier prefijo que solo coincida con ella
cmd-sessions-compare-arg-b = La sesión posterior: un id, o cualquier prefijo que solo coincida con ella
cmd-sessions-import-about = Guarda un archivo de respuestas como sesión (terminada cuando están todas las respuestas obligatorias) y muestra su id
cmd-sessions-import-arg-file = YAML con `answers: {"{"}id_pregunta: valor{"}"}`, como el que lee `evaluate --answers`
cmd-sessions-import-arg-name = El nombre de la sesión [por omisión: el del archivo]
cmd-roadmap-about = Muestra la hoja de ruta de una sesión terminada con tu avance (por omisión: la última sesión terminada), o marca un punto como hecho, empezado, omitido o sin empezar
cmd-roadmap-arg-action = Qué hacer con los puntos: done (hecho), start (en curso), skip (omitido) o reset (sin empezar)
cmd-roadmap-arg-at = PASO (todos los puntos de un paso) o PASO.PUNTO, numerados como los muestra la hoja de ruta
cmd-roadmap-after =
    Ejemplos:
      careerpath roadmap
      careerpath roadmap 0190ab done 1.2
      careerpath roadmap 0190ab start 2
cmd-retake-about = Responde de nuevo una sesión guardada (por omisión: la última terminada) como sesión nueva, partiendo de sus respuestas; su avance en la hoja de ruta se conserva
cmd-completions-about = Muestra un script de autocompletado para una shell
cmd-completions-arg-shell = La shell para la que escribirlo
cmd-man-about = Muestra la página de manual (roff), por ejemplo para ~/.local/share/man/man1/careerpath.1
# Los errores de uso de clap (src/cli/usage_error.rs): `error: …`, las líneas de sugerencia,
# el uso (con el título cmd-heading-usage y los valores como cmd-possible) y dónde leer más.
# Entre comillas, lo que se escribió o un nombre; `$n` cuenta los valores o los nombres.
cli-usage-unexpected_argument = argumento inesperado '{ $arg }'
cli-usage-unrecognized_subcommand = orden desconocida '{ $name }'
cli-usage-invalid_value = valor no válido '{ $value }' para '{ $arg }'
cli-usage-invalid_value_because = valor no válido '{ $value }' para '{ $arg }': { $reason }
cli-usage-value_required = '{ $arg }' necesita un valor y no se ha dado ninguno
cli-usage-missing_required = faltan estos argumentos obligatorios:
cli-usage-missing_subcommand = '{ $command }' necesita una orden y no se ha dado ninguna
cli-usage-subcommands = [órdenes: { $names }]
cli-usage-repeated = el argumento '{ $arg }' no se puede usar más de una vez
cli-usage-conflict = el argumento '{ $arg }' no se puede usar junto con '{ $other }'
cli-usage-conflict_list = el argumento '{ $arg }' no se puede usar junto con:
cli-usage-conflict_any = el argumento '{ $arg }' no se puede usar junto con alguno de los otros argumentos dados
cli-usage-no_equals = para dar un valor a '{ $arg }' hace falta un signo igual
cli-usage-too_many_values = valor inesperado '{ $value }' para '{ $arg }'; no se esperaban más
cli-usage-too_few_values = '{ $arg }' necesita { $wanted } valores; solo { $n ->
    [one] se ha dado { $given }
   *[other] se han dado { $given }
}
cli-usage-wrong_number_of_values = '{ $arg }' necesita { $wanted } valores, pero { $n ->
    [one] se ha dado { $given }
   *[other] se han dado { $given }
}
cli-usage-invalid_utf8 = uno o más argumentos no son UTF-8 válido
cli-usage-tip = sugerencia:
cli-usage-similar_subcommand = { $n ->
    [one] hay una orden parecida
   *[other] hay órdenes parecidas
}: { $names }
cli-usage-similar_argument = { $n ->
    [one] hay un argumento parecido
   *[other] hay argumentos parecidos
}: { $names }
cli-usage-similar_value = { $n ->
    [one] hay un valor parecido
   *[other] hay valores parecidos
}: { $names }
cli-usage-pass_as_value = para pasar '{ $arg }' como valor, usa '{ $fix }'
cli-usage-remove_dashes = la orden '{ $name }' existe; para usarla, quita el '--' de delante
cli-usage-exists = existe '{ $command }'
cli-usage-more_info = Para más información, prueba '{ $help }'.
# `sessions compare` y la comparación del explorador (src/report/compare.rs).
cmp-comparing = De { $a } a { $b }
cmp-reevaluated = El cuestionario cambió desde que se respondió una sesión; su resultado se calculó de nuevo con el actual.
cmp-answers = Respuestas que cambiaron ({ $d } de { $n })
cmp-no_answer_changed = Ninguna respuesta cambió.
cmp-same_answers = { $n ->
    [one] Otra respuesta es la misma.
   *[other] Otras { $n } respuestas son las mismas.
}
cmp-outcome = Resultado
cmp-same_outcome = Mismo resultado: { $outcome }
cmp-not_finished = (sin terminar)
cmp-no_outcomes = Ninguna de las dos sesiones está terminada, así que ninguna tiene resultado.
cmp-reasons = Razones (+ nuevas, − ya no están)
cmp-reasons_wait = Las razones se comparan cuando las dos sesiones están terminadas.
cmp-no_reason_changed = Ninguna razón cambió.
cmp-retake = La segunda sesión repite la primera: antes, y después.
cmp-roadmap = Progreso en la hoja de ruta
cmp-no_roadmaps = Ninguna sesión está terminada, así que ninguna tiene hoja de ruta todavía.
cmp-same_reasons = { $n ->
    [one] { $n } razón es la misma en las dos.
   *[other] { $n } razones son las mismas en las dos.
}
cli-empty_name = el nombre de una sesión no puede estar vacío
cli-name_shortened = el nombre se recortó a sus primeros { $max } caracteres
cli-renamed = Sesión { $id } renombrada: de «{ $old }» a «{ $new }»
cli-deleted_named = Sesión { $id } «{ $name }» borrada
cli-deleted = Sesión { $id } borrada
cli-not_found = ninguna sesión guardada coincide con `{ $id }`
cli-ambiguous = `{ $id }` coincide con varias sesiones: { $matches }
cli-in_use = la sesión { $id } está abierta en otro careerpath; ciérrala allí primero
cli-invalid_id = `{ $id }` no puede ser el id de una sesión (solo letras, dígitos, `-` y `_`)
store-dir = no se puede usar el directorio de datos { $path }: { $reason }
store-write = no se puede guardar { $path }: { $reason }; nada de lo ya guardado ha cambiado
store-delete = no se puede borrar { $path }: { $reason }; sigue ahí
store-no_data_dir = no hay directorio de datos: { $reason }; define CAREERPATH_DATA_DIR o usa --data-dir
store-damaged = { $path }: { $reason }
io-disk_full = el disco está lleno
io-read_only = el sistema de archivos es de solo lectura
io-denied = permiso denegado
io-quota = se ha superado la cuota de disco
io-missing = no existe ese archivo o directorio
io-not_a_directory = una parte de la ruta es un archivo, no un directorio
io-a_directory = es un directorio
io-device = el disco ha dado un error de entrada/salida
io-loop = la ruta da vueltas en un bucle de enlaces simbólicos
io-name_too_long = un nombre de la ruta es demasiado largo
io-too_many_open = hay demasiados archivos abiertos
note-torn_log = { $path }: { $n ->
    [one] se ha saltado 1 byte
   *[other] se han saltado { $n } bytes
} al final del registro de respuestas sin sincronizar, un guardado que quedó a medias al detener careerpath; se conserva cada respuesta que se mostró como guardada
damage-at = { $detail } (línea { $line }, columna { $col })
damage-directory = no se puede leer el directorio de sesiones: { $reason }
damage-name = el nombre del archivo no es el id de una sesión (letras, dígitos, `-` y `_` antes de `.yaml`)
damage-not_regular = no es un archivo normal
damage-too_large = el archivo ocupa más de { $n } MiB; una sesión ocupa unos pocos kilobytes
damage-unreadable = no se puede leer: { $reason }
damage-not_text = no es texto: UTF-8 no válido en el byte { $n }
damage-empty = el archivo está vacío (0 bytes)
damage-blank = el archivo está en blanco
damage-cut_short = cortado o editado después de guardarse (la suma de comprobación de su primera línea ya no coincide)
damage-cut_short_at = cortado o editado después de guardarse (la suma de comprobación de su primera línea ya no coincide): { $detail }
damage-not_a_session = no es un archivo de sesión de careerpath: { $detail }
damage-no_format_version = no es un archivo de sesión de careerpath (no tiene `format_version`)
damage-too_deep = no es un archivo de sesión de careerpath: anida colecciones a más de { $max } niveles (línea { $line })
damage-too_new = lo escribió un careerpath más nuevo (formato { $version }; este lee hasta el { $reads }); no se ha tocado
damage-unknown_format = format_version { $version } desconocido (este careerpath lee del 1 al { $reads })

## The terminal interface

# Banners and the too-small notice.
read_only = Solo lectura: esta sesión está abierta en otro careerpath; los cambios aquí no se guardan.
read_only_exit = careerpath: esta sesión estaba abierta en otro careerpath, así que las respuestas dadas aquí no se guardaron.
read_only_reason = esta sesión está abierta en otro careerpath
unsaved_exit = careerpath: tus últimas respuestas no se guardaron ({ $reason }).
export-no_directory = no hay ningún directorio donde escribir
no_storage = Las sesiones no se están guardando: { $reason }
# Letters that answer yes / no and skip a question: `s` is "sí" in Spanish, so
# skipping takes `o` (omitir) there. The keymap, help and footer read these.
key-yes = s
key-no = n
key-skip = o
# Footer hints (what a key does, in a word or two).
f-close = cerrar
f-move = mover
f-choose = elegir
f-help = ayuda
f-quit = salir
f-select = marcar
f-next = siguiente
f-skip = omitir
f-back = atrás
f-menu = menú
f-reorder = reordenar
f-answer = responder
f-step = ajustar
f-delete_word = borrar palabra
f-change = cambiar
f-see_result = ver resultado
f-scroll = desplazar
f-review = revisar
f-export = exportar
f-new = nueva
f-sessions = sesiones
f-open = abrir
f-filter = filtrar
f-rename = renombrar
f-delete = borrar
f-mark = marcar
f-compare = comparar
f-keep_filter = mantener filtro
f-clear = borrar
f-cancel = cancelar
f-keep = conservar
# Overlays.
keys_title = { " " }Teclas{ " " }
menu_title = { " " }Menú{ " " }
m-close = Volver a donde estaba
m-review = Revisar mis respuestas
m-sessions = Sesiones guardadas
m-help = Teclas (ayuda)
m-quit = Salir
# Welcome.
about = Responde las preguntas de una en una; al final verás el resultado y qué llevó a él.
w-new = Empezar una sesión nueva
w-resume = Continuar
# Question screen.
yes_button = Sí
no_button = No
choose_any = Elige las que quieras
rank_rule = Lo más importante primero · K/J o Mayús-↑↓ mueven el elemento resaltado
# Results.
no_change = Probando una respuesta distinta cada vez, ninguna llevó a otra recomendación.
end_of_page = fin ↑
# Review.
check_answers = Revisa tus respuestas
review_hint = Intro cambia la respuesta resaltada · r muestra el resultado
skipped = (omitida)
not_answered = (sin responder aún)
see_recommendation = → Ver el resultado
kept_aside = Apartadas (esta versión del cuestionario ya no las pregunta):
# Sessions browser.
saved_sessions = Sesiones guardadas
filter = Filtro:{ " " }
to_change = { "  " }(/ para cambiarlo)
col-name = Nombre
col-updated = Actualizada
col-status = Estado
col-progress = Progreso
col-outcome = Resultado
in_progress = en curso
complete = completa
loading = Cargando…
no_sessions = Aún no hay sesiones guardadas. Pulsa n para empezar una.
no_match = Ninguna sesión coincide con el filtro.
damaged = dañada
compare_sessions = Comparar sesiones
no_result_yet = (aún sin resultado)
# Help overlay: what each key does.
h-move = mover
h-choose = elegir
h-choose_number = elegir por número
h-close = cerrar
h-new_session = sesión nueva
h-saved_sessions = sesiones guardadas
h-this_help = esta ayuda
h-menu = menú
h-quit_saved = salir (las respuestas quedan guardadas)
h-move_highlight = mover el resaltado
h-page = página / primera / última
h-tick = marcar la opción resaltada
h-tick_n = marcar la opción n
h-accept = aceptar y seguir
h-previous = pregunta anterior
h-skip = omitir (preguntas opcionales)
h-click = marcar / desplazar
h-move_item = subir / bajar el elemento resaltado
h-accept_order = aceptar el orden y seguir
h-yes_no = sí / no
h-switch = cambiar
h-lower_higher = menos / más
h-pick_value = escribir el valor (1 y luego 0 es 10)
h-jump = saltar una décima parte de la escala
h-type_number = escribir un número
h-by_step = subir / bajar un paso
h-cursor = mover el cursor
h-delete_char_word = borrar un carácter / una palabra
h-accept_empty = aceptar y seguir (vacío omite una pregunta opcional)
h-menu_quit = menú (desde ahí, salir)
h-quit = salir
h-suspend = pausar (`fg` en la shell sigue)
h-edit = editar la respuesta (pegar nunca la envía)
h-delete_char = borrar un carácter
h-delete_word = borrar la palabra antes del cursor
h-change = cambiar la respuesta resaltada
h-see = ver la recomendación
h-back_last = volver a la última pregunta
h-scroll = desplazar
h-back_review = volver a la revisión
h-export = exportar como Markdown
h-all_changes = todas las preguntas cuyo cambio cambiaría el resultado y todos los motivos por los que no salieron las otras, o solo los primeros
more_changes = …y { $n } más (a los muestra)
h-open = abrir (continuar, o el resultado si está completa)
h-filter = filtrar mientras escribes
h-rename = renombrar
h-delete_asks = borrar (pregunta antes)
h-mark = marcar para comparar
h-compare = comparar las dos sesiones marcadas
h-back_start = volver al inicio
h-filter_by = filtrar por nombre, id o resultado
h-keep_filter = mantener el filtro
h-clear_filter = borrar el filtro
h-new_name = el nuevo nombre
h-cancel = cancelar
h-delete = borrar
h-keep_it = conservarla
h-close_compare = cerrar la comparación


## Frases con números y nombres (interfaz de terminal)

too-small = terminal demasiado pequeña: se necesitan { $need }, hay { $have }
question-of = Pregunta { $position } de { $exact ->
        [yes] { $total }
       *[no] unas { $total }
    }
resume-session = Continuar «{ $name }» — pregunta { $position } de { $exact ->
        [yes] { $total }
       *[no] unas { $total }
    }
choose-exactly = Elige { $n }
choose-range = Elige de { $min } a { $max }
choose-at-least = Elige al menos { $min }
choose-up-to = Elige hasta { $max }
chosen = { $n ->
    [one] { $n } elegida
   *[other] { $n } elegidas
}
none_chosen = ninguna
number-range = de { $min } a { $max }
number-at-least = al menos { $min }
number-at-most = como mucho { $max }
number-step = de { $step } en { $step }
number-unit = en { $unit }
number-rule = Un número { $parts } · ↑↓ ajustar
characters = { $n ->
    [one] { $n } carácter
   *[other] { $n } caracteres
}
characters-of = { $max ->
    [one] { $n } / { $max } carácter
   *[other] { $n } / { $max } caracteres
}
more-lines = { $n ->
    [one] ↓ { $n } línea más (↓ j AvPág)
   *[other] ↓ { $n } líneas más (↓ j AvPág)
}
more-above = ↑ { $n } arriba
more-below = ↓ { $n } abajo
more-above-below = ↑ { $above } arriba · ↓ { $below } abajo
confirm-delete = ¿Borrar «{ $name }»? s la borra para siempre, n la conserva.
marked = { $n ->
    [one] { $n } marcada · Espacio marca dos sesiones, c las compara
   *[other] { $n } marcadas · Espacio marca dos sesiones, c las compara
}

## Mensajes tras algo que hizo el usuario (interfaz de terminal)

msg-untick-first = Puedes elegir como mucho { $max }; desmarca una antes.
msg-pick-one = Elige antes una opción: muévete con ↑↓ o escribe su número.
msg-pick-one-optional = Elige antes una opción (↑↓ o su número), o pulsa { $skip } para omitir esta pregunta.
msg-required-confirm = Hace falta una respuesta: pulsa { $yes } o { $no }.
msg-required-scale = Hace falta una respuesta: elige un valor con ← → o un dígito.
msg-required = Hace falta una respuesta para seguir.
msg-keep-order = Este es el orden tal como se mostró, aún no el tuyo: mueve elementos con K/J o Mayús-↑↓, o pulsa Intro otra vez para mantenerlo.
msg-cannot-skip = Esta pregunta necesita una respuesta; no se puede omitir.
msg-answer-first = Responde primero a esta pregunta para ver la recomendación.
msg-confirm-carried = Esta repetición repasa tus respuestas anteriores una a una antes de su recomendación: pulsa Intro para mantener cada una o cámbiala.
msg-not-saved = No se ha guardado: { $reason }. Tus respuestas se conservan mientras careerpath siga abierto.
msg-quit-unsaved = Tus últimas respuestas no están guardadas. Pulsa q otra vez para salir sin ellas{ $retry ->
    [yes] , o sigue: cada respuesta intenta guardarlas de nuevo
   *[no] {""}
}. Motivo: { $reason }.
msg-exported = Exportado a { $path }
msg-export-failed = No se pudo exportar: { $reason }
msg-cannot-compare = No se puede comparar: { $reason }
msg-not-deleted = No se ha borrado: { $reason }
msg-cannot-open = Este archivo no se puede abrir: { $reason }
msg-other-questionnaire = respondida con el cuestionario `{ $id }`: ábrela con careerpath --questions ARCHIVO
msg-mark-two = Marca dos sesiones con Espacio y pulsa c para compararlas.
msg-no-data-dir = las sesiones no están disponibles: no hay directorio de datos
msg-not-renamed = esta sesión está abierta en otro careerpath; no se ha renombrado
msg-questionnaire-changed = El cuestionario ha cambiado desde esta sesión: { $what }.
msg-kept-aside = { $n ->
    [one] { $n } respuesta a una pregunta eliminada queda apartada (ver la revisión)
   *[other] { $n } respuestas a preguntas eliminadas quedan apartadas (ver la revisión)
}
msg-asked-again = { $n ->
    [one] { $n } pregunta ha cambiado y se volverá a preguntar
   *[other] { $n } preguntas han cambiado y se volverán a preguntar
}
msg-reevaluated = el resultado guardado venía de la versión { $was }; se vuelve a evaluar con la versión { $now }
msg-reloaded = El cuestionario ha cambiado y se ha vuelto a cargar.
msg-reload-failed = { $more ->
    [0] No se ha recargado: { $first }; se muestra la última versión que cargó
   *[other] No se ha recargado: { $first } (y { $more } más); se muestra la última versión que cargó
}
msg-at-line = línea { $line }, columna { $col }: { $what }

## Palabras dentro de los nombres de teclas, una cada una

keyname-Space = Espacio
keyname-Enter = Intro
keyname-Shift = Mayús
keyname-Backspace = Retroceso
keyname-Delete = Supr
keyname-Home = Inicio
keyname-End = Fin
keyname-PgUp = RePág
keyname-PgDn = AvPág
keyname-click = clic
keyname-wheel = rueda
keyname-any = cualquier
keyname-other = otra
keyname-key = tecla
keyname-type = escribir
keyname-or = o
keyname-paste = pegar

## Modo sencillo (plain)

plain-yes-or-no = Escribe s (sí) o n (no).
plain-commands = Órdenes: `back` (atrás) vuelve a la pregunta anterior, `skip` (omitir) salta una pregunta opcional, `help` (ayuda) muestra esta ayuda, `quit` (salir) guarda y termina.
plain-commands-unsaved = Órdenes: `back` (atrás) vuelve a la pregunta anterior, `skip` (omitir) salta una pregunta opcional, `help` (ayuda) muestra esta ayuda, `quit` (salir) termina (no se está guardando nada).
plain-one-number = Escribe un número del 1 al { $n }.
plain-several-numbers = Escribe los números (del 1 al { $n }) de todas las que correspondan, separados por comas, por ejemplo { $example }.
plain-several-numbers-or-none = Escribe los números (del 1 al { $n }) de todas las que correspondan, separados por comas, por ejemplo { $example }; o `ninguna`.
plain-a-number = Escribe un número, por ejemplo { $examples }.
plain-or = { " " }o{ " " }
plain-rank-numbers = Escribe los { $n } números, el más importante primero, separados por comas, por ejemplo { $example }.
plain-whole-number = Escribe un número entero del { $min } al { $max }.
plain-keep = Pulsa Intro para mantener: { $label }.
plain-default = Pulsa Intro para tomar el valor por defecto: { $label }.
plain-keep-skipped = Pulsa Intro para dejarla sin responder, como antes.
plain-optional = Opcional: `skip` (omitir) la deja sin responder.
plain-required = Esta pregunta necesita una respuesta.
plain-first-question = Esta es la primera pregunta.
plain-not-saved-here = Esta sesión está abierta en otro careerpath: aquí puedes verla, pero tus respuestas no se guardarán.
plain-cannot-save = Aviso: no se pudo guardar la sesión ({ $reason }). Tus respuestas se conservan hasta que salgas.
plain-saved-as = Guardada como { $name } ({ $id }).
plain-saved-as-resume = Guardada como { $name } ({ $id }). Continúa con: { $resume }
plain-input-ended = La entrada terminó antes que el cuestionario.
plain-stopped-trying = Se detiene: { $n } líneas seguidas no respondieron a esta pregunta, así que la entrada no parece estar respondiéndola.
plain-output-closed = La salida se cerró antes de que terminara el cuestionario.
plain-nothing-saved = No se respondió nada, así que no se guardó nada.
plain-unsaved = Las respuestas de esta sesión no se guardaron.
plain-result-unsaved = Tus respuestas están guardadas en { $name } ({ $id }), pero el resultado no se pudo guardar; termínala con: { $resume }
plain-partly-saved = Tus últimas respuestas no se guardaron. Las guardadas antes están en { $name } ({ $id }); continúa con: { $resume }
plain-resuming = Continuando { $name }: { $answered } de { $exact ->
        [yes] { $total }
       *[no] unas { $total }
    } preguntas respondidas.
plain-changed = El cuestionario cambió desde esta sesión (ahora versión { $version }): { $aside ->
    [one] { $aside } respuesta apartada
   *[other] { $aside } respuestas apartadas
}, { $again ->
    [one] { $again } pregunta
   *[other] { $again } preguntas
} por responder de nuevo.
plain-answer-again = La pregunta cambió; tu respuesta anterior fue: { $before }.
plain-from-to = Del { $min } al { $max }.
plain-at-least = Como mínimo { $min }.
plain-at-most = Como máximo { $max }.
plain-choose-alone = La opción { $n } ({ $label }) va sola.
plain-max-chars = Como máximo { $n } caracteres.
plain-not-accepted = No vale: { $reason }. { $allowed }
plain-line-too-long = La línea es demasiado larga.

## Lo que la gente escribe como respuesta, separado por comas

answer-yes = s, si, sí, y, yes, true
answer-no = n, no, false
answer-none = none, ninguna, ninguno, -
# El signo entre la parte entera y los decimales de un número que se escribe.
decimal-separator = ,

## Por qué no se aceptó una respuesta (sin punto final: puede seguir lo que se admite)

refusal-required = esta pregunta necesita una respuesta
refusal-pick-one = elige antes una de las opciones
refusal-not-a-number = `{ $text }` no es un número
refusal-not-whole = { $n } no es un número entero
refusal-not-a-choice = `{ $text }` no es ninguna de las opciones (del 1 al { $count })
refusal-repeated = la opción { $n } ({ $label }) está repetida
refusal-exclusive = la opción { $n } ({ $label }) va sola: desmarca las demás, o desmárcala
refusal-too-few = elige al menos { $min } (llevas { $have })
refusal-too-many = elige como mucho { $max } (llevas { $have })
refusal-rank-missing = el orden deja fuera { $items }
refusal-not-yes-no = `{ $text }` no es ni sí ni no
refusal-scale-range = elige un valor del { $min } al { $max }
refusal-at-least = el mínimo es { $n }
refusal-at-most = el máximo es { $n }
refusal-off-step = usa saltos de { $step } a partir de { $from }
refusal-too-long = como mucho { $max } caracteres (llevas { $have })
refusal-pattern = el texto debe ajustarse a `{ $pattern }`
refusal-wrong-type = eso no es una respuesta a esta pregunta

## Nombres de sesión

# "Sesión del 27 nov 2026 20:14"
session-default-name = Sesión del { $day } { $month } { $year } { $time }
month-short = { $month ->
    [1] ene
    [2] feb
    [3] mar
    [4] abr
    [5] may
    [6] jun
    [7] jul
    [8] ago
    [9] sep
    [10] oct
    [11] nov
   *[12] dic
}

## Why not the others (src/report/why_not.rs builds the sentences).
why_not = Por qué no las otras
or = o
wn-quoted = «{ $v }»
wn-closest = { $outcome }: la regla más cercana, `{ $rule }`, necesita:
wn-closest_below = { $outcome }: la regla más cercana, `{ $rule }`, está por debajo de `{ $by }`, que decidió; necesita:
wn-closest_fallback = { $outcome }: la da la regla por defecto cuando ninguna regla se cumple, y se cumplió `{ $by }`; la regla más cercana que la da, `{ $rule }`, necesita:
wn-closest_below_fallback = { $outcome }: la da la regla por defecto cuando ninguna regla se cumple, y se cumplió `{ $by }`; la regla más cercana que la da, `{ $rule }`, está por debajo de `{ $by }` y necesita:
wn-outranked_priority = { $outcome }: la regla `{ $rule }` también se cumple, pero decidió `{ $by }`: su prioridad es mayor ({ $high } frente a { $low }).
wn-outranked_tie = { $outcome }: la regla `{ $rule }` también se cumple, pero decidió `{ $by }`: tiene la misma prioridad y está escrita antes.
wn-outranked_first = { $outcome }: la regla `{ $rule }` también se cumple, pero decidió `{ $by }`: está escrita antes.
wn-fallback = { $outcome }: solo la da la regla por defecto, que se aplica únicamente cuando ninguna regla se cumple.
wn-fallback_top = { $outcome }: solo la da la regla por defecto, que se aplica únicamente cuando ninguna regla se cumple y la clasificación no tiene un líder claro.
wn-unreachable = { $outcome }: ninguna regla la da.
wn-ranked = { $outcome }: se da cuando { $dimension } queda { $one ->
        [yes] en primer lugar
       *[no] entre las { $count } primeras
    }, lo que necesita:
wn-ranked_by = que ninguna regla decida antes, pero decidió `{ $by }`
wn-ranked_rank = { $dimension } { $one ->
        [yes] en primer lugar
       *[no] entre las { $count } primeras
    } (al menos { $cut }); está en el puesto { $rank } con { $score }{ $level ->
    [0] {""}
    [1] , empatada con otra
   *[other] , empatada con otras { $level }
}
wn-ranked_tied = { $dimension } empata con { $first } a { $score }, y el orden del cuestionario (`ties: order`) puso a { $first } { $one ->
        [yes] en primer lugar
       *[no] entre las { $count } primeras
    }
wn-ranked_spread = que la puntuación más alta y la más baja se separen al menos { $min }; se separan { $spread }
wn-ranked_spread_any = puntuaciones que no sean todas iguales; lo son
wn-score_of = la puntuación de { $dimension }
wn-in = que { $subject } sea una de { $values }
wn-not_in = que { $subject } no sea ninguna de { $values }
wn-includes = que { $subject } incluya { $value }
wn-excludes = que { $subject } no incluya { $value }
wn-answered = una respuesta a { $subject }
wn-unanswered = { $subject } sin responder
wn-holds = que se cumpla { $expr }
wn-fails = que no se cumpla { $expr }
wn-you_answered = respondiste { $answer }
wn-you_did_not_answer = no la respondiste
wn-not_asked = no se preguntó
wn-not_asked_because = no se preguntó, por tu respuesta a { $questions }
wn-yours_is = la tuya es { $value }
wn-it_is = vale { $value }
wn-no_value = no tiene valor
wn-from_answers = según tu respuesta a { $questions }
wn-found = encontró { $reads }

## Roadmap progress, retake and import (src/report/progress.rs, src/commands/roadmap.rs).
cli-col-roadmap = HOJA DE RUTA
roadmap-state-done = hecho
roadmap-state-in_progress = en curso
roadmap-state-skipped = saltado
roadmap-state-not_started = sin empezar
roadmap-counts = { $done } de { $total } hechos
roadmap-counts_in_progress = { $n } en curso
roadmap-counts_skipped = { $n } saltados
roadmap-overall = En total
roadmap-progress = Progreso
roadmap-heading = Hoja de ruta de «{ $name }» ({ $id }): { $outcome }
roadmap-how_to_mark = Para marcar un elemento: { $command } done|start|skip|reset PASO[.ELEMENTO] (por ejemplo `{ $command } done 1.1`)
roadmap-marked = { $target } «{ $text }»: { $state }. Hoja de ruta de { $id }: { $counts }.
roadmap-unfinished = la sesión { $id } no está terminada, así que aún no tiene hoja de ruta; termínala con `{ $command }`
roadmap-none_complete = todavía no hay ninguna sesión terminada; responde primero el cuestionario con `careerpath`
roadmap-none_readable = no hay ninguna sesión terminada que se pueda leer; { $count ->
        [one] una sesión guardada está dañada
       *[other] { $count } sesiones guardadas están dañadas
    }, y `careerpath sessions list` dice por qué
roadmap-empty = el resultado de la sesión { $id } no tiene hoja de ruta
roadmap-no_items = indica qué puntos: PASO (todos los puntos de un paso) o PASO.PUNTO, por ejemplo `{ $example } 1.2`
roadmap-unknown_action = `{ $action }` no es algo que hacer con los puntos de la hoja de ruta: done, start, skip o reset
roadmap-bad_target = `{ $target }` no es una posición de la hoja de ruta: escribe PASO o PASO.ELEMENTO, como 2 o 2.3
roadmap-no_stage = no hay paso { $asked }: la hoja de ruta tiene los pasos 1 a { $last }
roadmap-no_item = el paso { $stage } no tiene elemento { $asked }: sus elementos son { $stage }.1 a { $stage }.{ $last }
roadmap-target_unfinished = la sesión no está terminada, así que aún no tiene hoja de ruta
roadmap-target_empty = la hoja de ruta está vacía
roadmap-outdated = El cuestionario cambió desde este resultado; su hoja de ruta se muestra como el cuestionario la tiene ahora.
retake-started = Repites { $old } como la nueva sesión { $new }: tus respuestas anteriores ya están elegidas; cambia lo que haya cambiado.
roadmap-read_only = Esta sesión está abierta en otro careerpath: aquí no se puede cambiar el progreso de su hoja de ruta.
roadmap-short = hoja de ruta { $counts }
import-complete = Importado { $file } como la sesión terminada { $id }.
import-partial = Importado { $file } como la sesión { $id }, sin terminar ({ $answered } de { $total } respondidas); termínala con `{ $command }`.
import-answers_only = nota: un informe JSON lleva solo las respuestas, no el nombre, las fechas ni las marcas del itinerario de la sesión; `sessions export ID --format yaml` traslada una sesión entera
f-retake = repetir
f-roadmap_mark = ruta
h-roadmap_item = resaltar el elemento siguiente / anterior de la hoja de ruta
h-roadmap_done = marcar el elemento como hecho
h-roadmap_start = marcar el elemento como en curso
h-roadmap_skip = marcar el elemento como saltado
h-roadmap_reset = marcar el elemento como sin empezar
h-retake = responder de nuevo esta sesión como una nueva (con sus respuestas ya elegidas y su progreso)


## Diagnósticos: lo que el cargador, el linter, el comprobador de expresiones, el lector de
## archivos de respuestas y el ejecutor de pruebas dicen al autor de un cuestionario.

diag-error = error
diag-warning = aviso
diag-help = ayuda

# El cargador (src/questionnaire/load).
diag-bad-id-rule = un id empieza por una letra ASCII o `_`, seguida de letras ASCII, dígitos, `_` o `-`
diag-bad-id =
    `{ $id }` no es un id válido de { $what ->
    [outcome] resultado
    [rule] regla
    [note] nota
    [derived] valor derivado
    [section] sección
    [choice] valor de opción
    [dimension] dimensión
   *[question] pregunta
    }
diag-duplicate-id =
    { $what ->
    [rule] la regla `{ $id }` está definida
    [note] la nota `{ $id }` está definida
    [section] la sección `{ $id }` está definida
   *[question] la pregunta `{ $id }` está definida
    } dos veces
diag-duplicate-id-first = la primera aparición está en la línea { $line }
diag-did-you-mean = ¿querías decir `{ $name }`?
diag-expr-check-computed =
    `{ $name }` es { $what ->
    [score] una puntuación
   *[derived] un valor derivado
    }, que no se puede usar aquí
diag-expr-check-computed-help = las puntuaciones y los valores derivados se calculan cuando todas las preguntas tienen respuesta, así que `visible_if`, `constraint` y `score_if` de una pregunta solo leen respuestas
diag-expr-type-condition = se esperaba una condición ({ $want }), pero se encontró { $found }
diag-expr-type = se esperaba { $want }, pero se encontró { $found }
diag-type-bool = un booleano
diag-type-number = un número
diag-type-text = un texto
diag-type-list = una lista de { $of }
diag-type-bools = booleanos
diag-type-numbers = números
diag-type-texts = textos
diag-type-lists = listas de { $of }
diag-unknown-dimension = dimensión desconocida `{ $dim }`
diag-unknown-dimension-help = las dimensiones son { $known }
diag-bad-score = se esperaban puntos de -{ $max } a { $max }, pero se encontró { $found }
diag-not-integer = se esperaba un número entero, pero se encontró { $found }
diag-bad-range-integer = se esperaba un número entero de -{ $max } a { $max }, pero se encontró { $found }
diag-key-not-allowed = `{ $key }` no está permitido en una pregunta `{ $kind }`
diag-key-not-allowed-none = una pregunta `{ $kind }` no admite claves propias de un tipo
diag-key-not-allowed-help = una pregunta `{ $kind }` admite { $keys }
diag-exclusive-not-multi = `exclusive` es solo para las opciones de una pregunta `multi`, no de una `{ $kind }`
diag-exclusive-not-multi-help = solo una pregunta `multi` deja elegir varias opciones a la vez
diag-bad-range-selection = los límites de selección deben cumplir 0 <= min <= max <= { $n } (el número de opciones), pero hay min { $min }, max { $max }
diag-missing-field-scale = una pregunta `scale` necesita `min` y `max`
diag-bad-range-scale = `max` ({ $max }) debe ser mayor que `min` ({ $min })
diag-bad-range-scale-steps = una escala tiene como mucho 1000 pasos, pero se encontró { $found }
diag-bad-range-scale-steps-help = usa una pregunta `number` para rangos amplios
diag-bad-labels = una escala de { $min } a { $max } tiene { $points } puntos, así que `labels` necesita { $points } etiquetas, pero se encontró { $found }
diag-bad-labels-help = da una etiqueta por punto, empezando por el más bajo
diag-bad-range-finite = `{ $key }` debe ser un número finito, pero se encontró { $found }
diag-bad-range-number = `max` ({ $max }) no puede ser menor que `min` ({ $min })
diag-bad-range-step = `step` debe ser mayor que 0, pero se encontró { $found }
diag-unit-one-without-unit = `unit_one` es la unidad tras el 1, así que necesita `unit` para los demás números
diag-unit-one-without-unit-help = añade `unit` con la forma que va tras los demás números, como `unit: horas` junto a `unit_one: hora`
diag-bad-range-max-len = `max_len` debe ser al menos 1
diag-bad-pattern = el patrón no es una expresión regular válida: { $why }
diag-reverse-without-score = `reverse` necesita un `score` que invertir
diag-add-score = añade `score: {"{"}dimension: 1{"}"}`
diag-offset-without-score = `offset` desplaza la respuesta que pondera un `score`, y no hay `score`
diag-bad-number-offset = `offset` debe ser un número finito
diag-number-limit = `{ $key }` debe estar entre -{ $max } y { $max }, para que las sumas de respuestas sean exactas, pero se encontró { $found }
diag-answer-points-limit = una respuesta a `{ $id }` puede dar { $found } puntos a `{ $dim }`, y una respuesta puede dar como mucho { $max }
diag-answer-points-limit-help = baja el peso, o estrecha `min` y `max`
diag-score-needs-bounds = `{ $id }` puntúa su respuesta, así que necesita `min` y `max`
diag-missing-field-choices = una pregunta `{ $kind }` necesita `choices`
diag-no-choices = `choices` está vacío
diag-bad-id-numbered = { $rule }; para respuestas numeradas como `{ $value }`, escribe una pregunta `scale` con `min`, `max` y `labels`
diag-duplicate-choice = la opción `{ $value }` aparece dos veces en la pregunta `{ $question }`
diag-bad-code = un código de perfil es uno o más caracteres imprimibles
diag-unknown-outcome = resultado desconocido `{ $outcome }`
diag-outcome-without-top = la dimensión `{ $id }` tiene un `outcome`, que solo usa `policy: top`
diag-outcome-without-top-help = pon `decision.policy: top`, o quita el `outcome`
diag-missing-top = `policy: top` necesita un bloque `top`
diag-missing-top-help = añade `top: {"{"}count: 1, ties: order, because: ...{"}"}` dentro de `decision`
diag-top-without-policy = `top` solo se usa con `policy: top`
diag-bad-range-count = `count` debe ir de 1 a { $n } (el número de dimensiones), pero se encontró { $found }
diag-bad-range-min-spread = `min_spread` debe ser un número mayor o igual que 0
diag-no-questions = `sections` está vacío; hace falta al menos una pregunta
diag-empty-section = la sección `{ $id }` no tiene preguntas
diag-bad-id-questionnaire = `{ $id }` no es un id de cuestionario válido
diag-bad-id-questionnaire-help = un id de cuestionario usa letras minúsculas, dígitos, `_` y `-`
diag-bad-version = la versión debe ser 1 o mayor
diag-no-dimensions = `dimensions` está vacío; hace falta al menos una
diag-visible-if-self = el `visible_if` de `{ $name }` se refiere a la propia pregunta
diag-visible-if-later = `visible_if` se refiere a `{ $name }`, que se pregunta después (línea { $line })
diag-visible-if-later-help = la condición de una pregunta solo puede usar respuestas dadas antes que ella
diag-bad-default = el valor por defecto no encaja con la pregunta `{ $id }`: { $why }
diag-bad-lang = `{ $lang }` no es un código de idioma
diag-bad-lang-help = usa un código como `zh`, `pt-BR` o `ja`
diag-duplicate-lang-help = las mayúsculas de un código de idioma no cuentan: `{ $lang }` ya está
diag-missing-translation = este texto no tiene traducción a `{ $lang }`, que otros textos tienen
diag-missing-translation-help = quien lo lea en `{ $lang }` lo verá en `{ $shown }`; añade `{ $lang }: ...`
diag-unknown-word = id de mensaje desconocido `{ $id }` en `words.{ $lang }`
diag-unknown-word-help = los ids son los de i18n/en.ftl en el código fuente de careerpath
diag-bad-word = `words.{ $lang }.{ $id }`: { $why }
diag-bad-word-empty = el texto está vacío
diag-bad-word-not-fluent = el texto no es un patrón de Fluent: { $why }
diag-bad-word-not-one = el texto no es un único patrón de Fluent
diag-bad-word-no-values = `{ $id }` no admite valores, así que sobra `{ $value }`
diag-bad-word-unknown-value = `{ $id }` no tiene el valor `{ $value }`; tiene { $values }
diag-reserved-name = `score` está reservado para las puntuaciones de las dimensiones (`score.<dimension>`); da otro nombre a este valor derivado
diag-derived-same-as-question = el valor derivado `{ $name }` tiene el mismo nombre que una pregunta
diag-bad-range-shown = `max` ({ $max }) debe ser un número finito mayor que `min` ({ $min })
diag-derived-cycle = el valor derivado `{ $name }` depende de sí mismo: { $cycle }
diag-no-outcomes = `outcomes` está vacío; hace falta al menos uno
diag-empty-condition = `{ $key }` está vacío
diag-bad-template-no-labels = `{ $shown }`: `{ $name }` es una pregunta `{ $kind }` sin etiquetas; solo las tienen las preguntas de opciones y las escalas con `labels`
diag-bad-template-no-labels-help = escribe `{"{"}{ $name }{"}"}` para la propia respuesta
diag-bad-template-unknown = marcador desconocido `{ $shown }`
diag-bad-template-unknown-help = un marcador nombra una pregunta (`{"{"}id{"}"}`, `{"{"}id.label{"}"}`), una puntuación (`{"{"}score.dim{"}"}`) o un valor derivado; escribe `{"{{"}` para una llave literal
diag-unknown-outcome-help = los resultados son { $known }
diag-default-with-when = la regla por defecto `{ $id }` no puede tener `when`
diag-default-with-when-help = la regla por defecto se aplica cuando no se aplica ninguna otra
diag-missing-when = la regla `{ $id }` no tiene `when`
diag-missing-when-help = dale una condición, o márcala con `default: true` si es la de reserva
diag-no-default-rule = no hay regla por defecto: exactamente una regla necesita `default: true`
diag-no-default-rule-help = añade una última regla con `default: true`, un `outcome` y un `because`, y sin `when`
diag-several-default-rules = la regla `{ $id }` es una segunda regla por defecto
diag-several-default-rules-help = solo una regla puede tener `default: true`; la primera está en la línea { $line }
diag-bad-hours = `hours` debe ser un número positivo de horas (como mucho 100000), pero se encontró { $found }
diag-expr-type-margin = un margen es un número, pero se encontró { $found }
diag-hours-question-not-numeric = `{ $id }` no es una pregunta `number` ni `scale`, así que no puede dar horas por semana
diag-unknown-question = pregunta desconocida `{ $id }`
diag-bad-range-horizon = `horizon_weeks` debe estar entre 1 y 1040, pero se encontró { $found }
diag-missing-field-hours = `plan` dimensiona las hojas de ruta por las `hours` de sus pasos, pero ningún paso tiene `hours`
diag-bad-range-confidence = los umbrales de confianza necesitan 0 < leaning <= clear, pero hay leaning { $leaning } y clear { $clear }

# Archivos de respuestas.
diag-answers-shape = un archivo de respuestas tiene esta forma: `answers: {"{"}question_id: value, ...{"}"}`
diag-no-answers = este archivo no tiene un mapa `answers`
diag-no-answers-questionnaire = esto parece un cuestionario: pásalo con `--questions FILE`, y las respuestas con `--answers`
diag-null-answer = pregunta `{ $id }`: se esperaba una respuesta, pero hay null
diag-null-answer-help = quita la línea para dejar la pregunta sin responder
diag-bad-answer = pregunta `{ $id }`: { $why }
diag-hidden-answer-condition = : su condición `{ $condition }` no se cumple
diag-hidden-answer = la pregunta `{ $id }` no se hace con estas respuestas{ $condition }
diag-hidden-answer-help = quita esta respuesta, o cambia las respuestas que lee su condición
diag-bad-answer-quote = YAML lee esto como un número o un booleano; ponlo entre comillas para que sea un texto
diag-bad-answer-yaml-bool = YAML 1.2 lee `{ $text }` como un texto; escribe `true` o `false`

# Formas que rechazan nuestros lectores, y plantillas.
diag-empty-condition-map = condición vacía: se esperaba una clave `all`, `any` o `not`
diag-condition-two-keys = una condición tiene una sola clave (`all`, `any` o `not`), pero hay `{ $key }` y `{ $extra }`; anídalas
diag-bad-template-unclosed = `{"{"}` no se cierra nunca
diag-bad-template-brace-help = escribe `{"{{"}` para una llave literal
diag-bad-template-not-placeholder = `{"{"}{ $inner }{"}"}` no es un marcador
diag-bad-template-not-placeholder-help = los marcadores son `{"{"}question{"}"}`, `{"{"}question.label{"}"}`, `{"{"}score.dimension{"}"}` o `{"{"}derived{"}"}`; escribe `{"{{"}` para una llave literal
diag-bad-template-unopened = `{"}"}` sin su `{"{"}`
diag-bad-template-close-brace-help = escribe `{"}}"}` para una llave literal

# YAML: sintaxis y valores con la forma equivocada.
diag-tab-indent = carácter de tabulación en la sangría
diag-odd-indent = carácter invisible { $code } en la sangría (un espacio de no separación u otro espacio especial)
diag-odd-indent-help = YAML sangra solo con espacios normales: vuelve a escribir la sangría de esta línea con espacios
diag-tab-indent-help = YAML solo sangra con espacios; cambia el tabulador por espacios
diag-yaml-indentation-help = compara la sangría de esta línea con la de las líneas de arriba
diag-yaml-backtick = un acento grave
diag-yaml-reserved = { $char } no puede empezar un valor escrito sin comillas
diag-yaml-reserved-help = pon el valor entre comillas: `"..."`
diag-yaml-mismatched = este `{ $open }` se cierra con un `{ $close }`
diag-yaml-mismatched-help = cierra un `[` con `]` y un `{"{"}` con `{"}"}`
diag-yaml-expected-comma = aquí se esperaba `,` o `{ $close }`
diag-yaml-expected-comma-help = el `{ $open }` abierto en la línea { $line }, columna { $col }, no se cierra
diag-yaml-unclosed = este `{ $open }` no se cierra
diag-yaml-unclosed-help = ciérralo con `{ $close }`
diag-yaml-mapping-value = hay `: ` donde no puede empezar ningún mapa
diag-yaml-mapping-value-help = un valor que contiene `: ` necesita comillas (`title: "a: b"`); si no, compara la sangría de esta línea con la de las líneas de arriba
diag-yaml-expected-item = se esperaba un elemento de lista `- ` con esta sangría
diag-yaml-expected-key = se esperaba una línea `key: value` con esta sangría
diag-yaml-expected-colon = se esperaba `:` después de `{ $token }`
diag-yaml-expected-colon-help = cada línea de un mapa es `key: value`; si esta línea es parte de la de arriba, revisa su sangría
diag-yaml-unclosed-quote = este texto entre comillas no se cierra
diag-yaml-unclosed-quote-help = termínalo con la comilla con la que empieza, `"` o `'`
diag-yaml-after-single-quote = hay más texto tras la `'` que cierra un valor entre comillas
diag-yaml-after-single-quote-help = dentro de comillas simples escribe `''` por cada `'` (`'it''s'`), o usa comillas dobles
diag-yaml-after-double-quote = hay más texto tras la `"` que cierra un valor entre comillas
diag-yaml-after-double-quote-help = dentro de comillas dobles escribe `\"` por cada `"`, o usa comillas simples
diag-yaml-unknown-escape = secuencia de escape desconocida en un texto entre comillas dobles
diag-yaml-unknown-escape-help = escribe `\\` para una barra invertida (o `\n`, `\"`), o usa comillas simples, donde `\` es un carácter más
diag-yaml-anchor-name = un ancla `&` o un alias `*` necesita un nombre justo después
diag-yaml-anchor-name-help = nombra un valor con `&name value` y repítelo luego con `*name`
diag-yaml-control = el carácter de control `{ $char }` no está permitido
diag-yaml-control-help = quítalo: de los caracteres de control, YAML solo admite tabuladores y saltos de línea
diag-yaml-closes-nothing = este `{ $close }` no cierra ningún `{ $open }`
diag-yaml-closes-nothing-help = quítalo, o pon el valor entre comillas si su texto empieza por él
diag-yaml-tag = `{ $tag }` empieza por `!`, que YAML lee como una etiqueta, no como texto
diag-yaml-tag-help = pon el valor entre comillas (`"{ $tag } ..."`): ningún valor de este formato lleva etiqueta
diag-yaml-tag-expr = YAML lee aquí `{ $tag }` como una etiqueta, no como «no», y lo quita de la expresión
diag-yaml-tag-expr-help = pon toda la expresión entre comillas: `"{ $tag } { $expr }"`
diag-names-none = nada
diag-names-two = { $a } o { $b }
diag-names-many = uno de { $names }
diag-expected-questionnaire = un cuestionario: un mapa con `id`, `version`, `title`, `dimensions`, `sections`, `decision` y `outcomes`
diag-expected-answers-file = un archivo de respuestas: un mapa con un mapa `answers`
diag-expected-test-file = un archivo de pruebas: un mapa con una lista `cases`
diag-a-mapping = un mapa
diag-a-map = un mapa
diag-a-list = una lista
diag-a-string = una cadena
diag-a-number = un número
diag-a-single-value = un único valor
diag-expected-whole = un número entero de { $min } a { $max }
diag-expected-question-type = un tipo de pregunta: `single`, `multi`, `confirm`, `scale`, `number`, `text` o `rank`
diag-expected-policy = una política: `first`, `priority` o `collect`
diag-expected-enum = uno de los nombres que admite esta clave
diag-found-number = el número { $value }
diag-found-text = el texto { $value }
diag-found-boolean = el booleano { $value }
diag-found-nothing = nada (`{ $token }`)
diag-expected-found = se esperaba { $expected }, pero se encontró { $found }
diag-empty-file = el archivo está vacío
diag-empty-file-help = se esperaba un mapa YAML, como un cuestionario con `id`, `version`, `title`, `dimensions`, `sections`, `decision` y `outcomes`
diag-too-deep = el documento se anida demasiado (más de { $max } niveles)
diag-unknown-field = campo desconocido `{ $field }`, se esperaba { $expected }
diag-unknown-field-mean = ; ¿querías decir `{ $name }`?
diag-unknown-field-answers = esto parece un archivo de respuestas: compruébalo con `careerpath evaluate --answers FILE`
diag-unknown-field-tests = esto parece un archivo de pruebas: ejecútalo con `careerpath test FILE`
diag-unknown-field-questionnaire = esto parece un cuestionario: compruébalo con `careerpath validate FILE`; sus pruebas van en `NOMBRE.tests.yaml` a su lado
diag-unknown-field-merge = las claves de fusión de YAML (`<<: *anchor`) no se admiten; un alias puede sustituir a un valor entero
diag-unknown-value = valor desconocido `{ $value }`, se esperaba { $expected }
diag-missing-key = falta la clave `{ $key }`
diag-several-documents = el archivo contiene más de un documento YAML (`---`); se esperaba exactamente uno
diag-alias-limit = los alias se expanden a demasiados nodos
diag-alias-limit-help = los alias de YAML (`*name`) no pueden usarse para construir documentos enormes
diag-unknown-anchor = { $alias } se refiere a un ancla que no está definida antes
diag-unknown-anchor-help = define primero el ancla: `key: &name value`, y luego escribe `*name`
diag-number-too-large = `{ $token }` es demasiado grande para ser un número (el mayor es de unos 1.8e308)
diag-expected-bool = se esperaba `true` o `false`, pero hay `{ $token }`
diag-null-string = se esperaba una cadena, pero hay null
diag-null-string-help = escribe el texto tras los `:`, o quita la clave
diag-null-string-flow-help = dentro de `{"{"} {"}"}` una coma empieza otra entrada: pon entre comillas el texto que lleve comas (`es: "uno, dos"`)
diag-recursive-alias = { $alias } está dentro del valor que nombra su ancla
diag-recursive-alias-help = un alias repite un valor que está completo antes de él; no puede contenerse a sí mismo
diag-alias-named = el alias `{ $alias }`
diag-alias = el alias
diag-duplicate-key = clave repetida `{ $key }`
diag-duplicate-key-help = cada clave puede aparecer una sola vez en un mapa
diag-empty-text = se esperaba un texto: una cadena, o un mapa de código de idioma a cadena, pero hay un mapa vacío

# Lectura del archivo.
diag-unreadable-dir = es un directorio, se esperaba un archivo YAML
diag-unreadable-special = no es un archivo normal (es un dispositivo, un FIFO o un socket)
diag-too-large = el archivo ocupa más de { $mib } MiB
diag-not-utf8 = UTF-8 no válido en la línea { $line }, columna { $col } (byte { $byte })
diag-not-utf8-help = guarda el archivo como UTF-8

# La última línea de `validate`.
diag-summary =
    { $errors } { $errors ->
    [one] error
   *[other] errores
    }, { $warnings } { $warnings ->
    [one] aviso
   *[other] avisos
    } en { $files } { $files ->
    [one] archivo
   *[other] archivos
    }

# Los avisos del linter.
diag-never-visible = la pregunta `{ $id }` no se muestra nunca: su `visible_if` `{ $condition }` no puede cumplirse
diag-never-visible-help = ninguna combinación de respuestas anteriores la hace verdadera
diag-never-visible-hidden =
    depende de { $names }, que { $n ->
    [one] no se muestra
   *[other] no se muestran
    } nunca
diag-dead-question = la pregunta `{ $id }` no influye en nada
diag-dead-question-help = no da puntos, y ninguna condición, valor derivado ni razón usa su respuesta
diag-unused-dimension = ninguna respuesta suma puntos en la dimensión `{ $id }`
diag-unused-dimension-help = da puntos en ella a algunas opciones o entradas de `score_if`, o quítala
diag-unused-derived = el valor derivado `{ $name }` no se usa nunca
diag-unused-derived-help = ninguna condición, otro valor derivado ni razón lo lee
diag-missing-in-conditional = valor derivado `{ $derived }`: `{ $comparison }` es falso cuando `{ $name }` no tiene valor{ $reads }, así que la condicional da su última rama para una respuesta que falta
diag-missing-in-conditional-reads =
    {" "}(lee { $names }, que { $n ->
    [one] puede quedar
   *[other] pueden quedar
    } sin respuesta)
diag-missing-in-conditional-help =
    protégela para que una respuesta que falta no dé valor: `answered({ $first }) ? (...) : null`, o haz que { $names } { $n ->
    [one] sea obligatoria
   *[other] sean obligatorias
    }
diag-never-matches-rule = la regla `{ $id }` no puede cumplirse nunca
diag-never-matches-note = la nota `{ $id }` no puede mostrarse nunca
diag-never-matches-help = ninguna combinación de respuestas hace que se cumpla su `when`
diag-unreachable-default = la regla por defecto `{ $id }` no se aplica nunca: la regla `{ $by }` se cumple siempre
diag-shadowed-rule-first = con `policy: first` nunca se llega a ella
diag-shadowed-rule-priority = `{ $by }` tiene prioridad { $priority } (esta regla, { $this }) y gana
diag-shadowed-rule = la regla `{ $id }` queda tapada por la regla `{ $by }` (línea { $line })
diag-shadowed-rule-help = siempre que se cumple, `{ $by }` se cumple también; { $why }
diag-unreachable-outcome-dead = el resultado `{ $id }` es inalcanzable: las reglas que lo producen no se aplican nunca
diag-unreachable-outcome = el resultado `{ $id }` es inalcanzable: ninguna regla lo produce
diag-score-threshold =
    `{ $node }` { $verdict ->
    [always] se cumple siempre
   *[never] no puede cumplirse nunca
    }: `{ $name }` va de { $min } a { $max }
diag-score-threshold-help = el rango sale de los puntos de cada opción y de cada `score_if`
diag-bound-threshold =
    `{ $node }` { $verdict ->
    [always] se cumple siempre
   *[never] no puede cumplirse nunca
    }: `{ $name }` vale { $range }
diag-answer-range-help = la pregunta `{ $name }` rechaza las respuestas fuera de su `min` y su `max`
diag-derived-range-help =
    `{ $name }` es `{ $expr }`: su rango se deduce { $n ->
    [0] de los números que contiene
    [one] del rango de { $names }
   *[other] de los rangos de { $names }
    }
diag-contradictory-bounds = `{ $a }` y `{ $b }` no pueden cumplirse a la vez
diag-contradictory-bounds-help = ningún valor de `{ $name }` cumple las dos, así que lo que las une con `&&` o `all:` no se cumple nunca

# Respuestas que no encajan con su pregunta.
diag-found-list =
    una lista de { $n } { $n ->
    [one] elemento
   *[other] elementos
    }
diag-answer-wrong-type = se esperaba { $expected }, pero se encontró { $found }
diag-answer-expected =
    { $kind ->
    [single] un valor de opción (un texto)
    [multi] una lista de valores de opción
    [rank] una lista con todos los valores de opción
    [confirm] `true` o `false`
    [scale] un número entero
    [number] un número
   *[text] un texto
    }
diag-answer-unknown-choice = `{ $value }` no es ninguna de las opciones ({ $choices }){ $mean }
diag-answer-scale-label = `{ $label }` es una etiqueta de esta escala: escribe su punto, `{ $point }`
diag-answer-out-of-range = { $value } está fuera de rango: se esperaba { $range }
diag-not-finite = este número es demasiado grande, o no es un número (`.inf`, `.nan`): escribe uno de hasta 1.8e308 más o menos
diag-answer-not-whole = { $value } no es un número entero: se esperaba { $range }
diag-answer-count =
    { $found } { $found ->
    [one] opción elegida
   *[other] opciones elegidas
    }, se esperaba { $expected }
diag-answer-repeated = `{ $value }` se elige más de una vez
diag-answer-exclusive = `{ $value }` se elige sola, y hay otras opciones elegidas con ella
diag-answer-incomplete-rank = una clasificación debe ordenar cada opción exactamente una vez ({ $missing })
diag-answer-step = { $value } no es un múltiplo del paso { $step } desde el mínimo
diag-answer-too-long =
    el texto tiene { $len } { $len ->
    [one] carácter
   *[other] caracteres
    }, y se permiten como mucho { $max }
diag-answer-pattern = el texto no cumple el patrón `{ $pattern }`
diag-answer-required = hace falta una respuesta
diag-range-between = de { $min } a { $max }
diag-range-at-least = al menos { $min }
diag-range-at-most = como mucho { $max }
diag-range-any = cualquier número
diag-count-exactly = exactamente { $n }
diag-count-at-least = al menos { $n }
diag-count-between = de { $min } a { $max }
diag-rank-missing =
    { $n ->
    [one] falta
   *[other] faltan
    } { $values }

# El lenguaje de expresiones.
diag-expr-end = el final de la expresión
diag-expr-space = un espacio
diag-expr-expected-op = se esperaba `{ $want }`, pero hay `{ $found }`
diag-expr-equality-help = la igualdad se escribe `==`
diag-expr-equals-last-help = el `=` va al final
diag-expr-and-help = «y» se escribe `&&`
diag-expr-or-help = «o» se escribe `||`
diag-expr-comment-help = las expresiones no tienen comentarios
diag-expr-dot-help = un número necesita un dígito antes del `.`, y un nombre una letra
diag-expr-curly-quote-help = escribe las cadenas entre comillas rectas: 'así'
diag-expr-non-ascii-help = los nombres solo usan letras ASCII, dígitos y `_`
diag-expr-unexpected-char = carácter inesperado `{ $char }`, se esperaba un operando o un operador
diag-expr-unterminated = cadena sin terminar: se esperaba un `{ $quote }` de cierre, pero la expresión se acaba
diag-expr-unknown-escape = secuencia de escape desconocida { $found } en una cadena, se esperaba una de `\\` `\'` `\"` `\n` `\t` `\r`
diag-expr-expected-digit = se esperaba un dígito después de `{ $number }`, pero se encontró { $found }
diag-expr-number-too-large = el número `{ $number }` es demasiado grande
diag-expr-expected-name = se esperaba un nombre después del `.`, pero se encontró { $found }
diag-expr-word-operator = se esperaba un operador o un operando, pero hay `{ $word }`
diag-expr-word-operator-help = escribe `{ $instead }` en vez de `{ $word }`
diag-expr-extra-paren-help = este `)` no cierra ningún `(`
diag-expr-expected-operator = se esperaba un operador, pero se encontró { $found }
diag-expr-too-deep = la expresión se anida en más de { $max } niveles
diag-expr-too-deep-help = cada paréntesis, operador y llamada a función es un nivel; divide la expresión con valores derivados
diag-expr-too-deep-sum-help = cada `+` es un nivel; para sumar muchos valores usa `sum(a, b, c, ...)`
diag-expr-expected-colon = se esperaba `:` para el `?` que sigue a `{ $cond }`, pero se encontró { $found }
diag-expr-expected-colon-help = una condicional se escribe `condition ? if_true : if_false`
diag-expr-expected-operand = se esperaba un operando, pero se encontró { $found }
diag-expr-unclosed =
    se esperaba { $comma ->
    [yes] `,` o `{ $closer }`
   *[no] `{ $closer }`
    } para cerrar el `{ $open }` de la columna { $col }, pero se encontró { $found }
diag-expr-functions = las funciones son { $names }
diag-expr-unknown-function = función desconocida `{ $name }`
diag-expr-arity =
    `{ $func }()` admite { $variadic ->
    [yes] uno o más argumentos
   *[no] 1 argumento
    }, pero se encontró { $found }
diag-expr-answered-arg = `answered()` admite un id de pregunta, pero hay `{ $found }`
diag-expr-ty =
    { $ty ->
    [null] null
    [any] un valor
    [bool] un booleano
    [number] un número
    [string] una cadena
   *[list] una lista
    }
diag-expr-ty-plural =
    { $ty ->
    [null] nulls
    [any] valores
    [bool] booleanos
    [number] números
    [string] cadenas
   *[list] listas
    }
diag-expr-named = `{ $name }` ({ $ty })
diag-expr-always-null = esta expresión es siempre `null`
diag-expr-list-types = todos los elementos de una lista deben tener el mismo tipo, pero se encontró { $found } después de { $after }
diag-expr-needs = `{ $op }` necesita { $want }, pero se encontró { $found }
diag-expr-numbers-or-strings = números o cadenas
diag-expr-cond-not-bool = la condición antes de `?` necesita un booleano, pero se encontró { $found }
diag-expr-cond-types = los dos lados de `:` deben tener el mismo tipo, pero hay { $a } y { $b }
diag-expr-unknown-name = nombre desconocido `{ $name }`
diag-expr-unquoted-choice-help = para comparar con la opción `{ $name }`, ponla entre comillas: '{ $name }'
diag-expr-dashed-name = `{ $name }` se lee como una resta: un nombre con `-` no puede usarse en una expresión
diag-expr-dashed-name-help = cambia el nombre de `{ $name }` a `{ $renamed }` (los ids que se usan en expresiones llevan `_`, no `-`)
diag-expr-compare = no se puede comparar { $a } con { $b }
diag-list-from-text-help = escribe una lista como `[a, b, c]`, o un `- elemento` por línea; un texto que lleve una coma va entre comillas
diag-expr-quoted-number-help = `'{ $n }'` entre comillas es texto: escribe el número sin ellas, `{ $n }`
diag-expr-ascii-op-help = escribe el operador como `{ $op }`
diag-expr-choice-order = `{ $op }` compara la escritura, y las opciones de `{ $name }` no tienen orden
diag-expr-choice-order-help = enumera las opciones que valen con `{ $name } in ['a', 'b']`, o compara una puntuación que den las opciones
diag-expr-in-list = `in` necesita una lista a su derecha, pero se encontró { $found }
diag-expr-in-types = no se puede buscar { $a } en { $b }, que contiene { $items }
diag-expr-not-a-choice = `{ $value }` no es una opción de `{ $name }` (opciones: { $choices })
diag-expr-not-a-text = `{ $value }` nunca es el valor de `{ $name }`, que da { $choices }
diag-expr-answered-not-question = `answered()` admite un id de pregunta, y `{ $name }` no es una pregunta
diag-expr-answered-not-question-help = las puntuaciones y los valores derivados siempre tienen valor; compáralos en su lugar
diag-expr-call-needs =
    `{ $func }()` necesita { $want ->
    [sized] una lista o una cadena
    [bools] una lista de booleanos (`[a > 3, b == 'x']`)
   *[number] un número
    }, pero se encontró { $found }

# Archivos de pruebas y su ejecutor.
diag-no-questionnaire = no se sabe qué cuestionario prueban estos casos
diag-no-questionnaire-help = nómbralo con `questionnaire: FILE`, o llama al archivo NAME.tests.yaml junto a NAME.yaml
diag-test-file-shape = un archivo de pruebas tiene esta forma: `cases: [{"{"}name: ..., answers: {"{"}...{"}"}, expect: {"{"}outcomes: [...]{"}"}{"}"}]`
diag-no-cases = `cases` está vacío; hace falta al menos un caso
diag-empty-name = un caso necesita un nombre
diag-empty-name-help = di en una línea quién es esta persona y por qué obtiene este resultado
diag-duplicate-case = el caso `{ $name }` está definido dos veces
diag-empty-expect = `expect` no comprueba nada
diag-empty-expect-help = da al menos uno de `outcomes`, `rules`, `notes`, `no_notes`, `scores`, `asked`, `not_asked`, `incomplete`
diag-incomplete-conflict = `{ $key }` no se puede comprobar en un caso con `incomplete: true`
diag-incomplete-conflict-help = un caso incompleto no se evalúa; compruébalo con `asked` o `not_asked`, o responde todas las preguntas obligatorias
diag-test-dimensions = las dimensiones y los valores derivados son: { $names }
diag-empty-list =
    se esperaba al menos { $what ->
    [outcome] un resultado
    [rule] una regla
    [note] una nota
    [score] una puntuación
   *[question] una pregunta
    }
diag-empty-list-help = un `{ $key }` vacío no comprueba nada: enumera lo que debe cumplirse, o quita `{ $key }`
diag-unknown-id =
    { $what ->
    [outcome] resultado desconocido
    [rule] regla desconocida
    [note] nota desconocida
   *[question] pregunta desconocida
    } `{ $id }`
diag-listed-twice =
    { $what ->
    [outcome] el resultado `{ $id }` aparece
    [rule] la regla `{ $id }` aparece
    [note] la nota `{ $id }` aparece
   *[question] la pregunta `{ $id }` aparece
    } dos veces en la lista
diag-contradiction = `{ $id }` está a la vez en `{ $a }` y en `{ $b }`
diag-test-listed =
    { $what ->
    [asked] se preguntó de todos modos
   *[not-asked] no se preguntó
    }: { $ids }
diag-test-complete = todas las preguntas obligatorias tienen respuesta, así que la evaluación no se rechaza
diag-test-state =
    { $complete ->
    [yes] completo
   *[no] incompleto
    }
diag-test-incomplete =
    la evaluación se rechaza: { $n ->
    [one] una pregunta obligatoria está sin responder
   *[other] hay preguntas obligatorias sin responder
    }: { $ids }
diag-test-incomplete-partial =
    { $n ->
    [one] una pregunta obligatoria está sin responder
   *[other] hay preguntas obligatorias sin responder
    }: { $ids }
diag-test-unanswered = sin responder: { $id }
diag-test-outcomes = se esperaba el resultado { $want }, pero salió { $got }
diag-test-rules = se esperaban las reglas decisivas { $want }, pero salieron { $got }
diag-test-notes-missing = no aparecieron: { $ids }
diag-test-notes-unwanted = aparecieron: { $ids }
diag-test-no-score = ninguna
diag-test-scores =
    { $n ->
    [one] la puntuación de { $dims } es distinta
   *[other] las puntuaciones de { $dims } son distintas
    }
diag-test-head =
    { $file }: { $n } { $n ->
    [one] caso
   *[other] casos
    } contra { $questionnaire }
diag-test-summary =
    { $passed } { $passed ->
    [one] correcto
   *[other] correctos
    }, { $failed } { $failed ->
    [one] fallido
   *[other] fallidos
    }
diag-test-coverage = cobertura: { $percent } % ({ $reached } de { $total } alcanzados)
diag-test-not-reached = sin alcanzar: { $ids }

# Archivos que no se pueden leer, el escritor de YAML, lo que esperaba serde.
diag-missing-file = no existe el archivo
diag-missing-tested = no existe el archivo; { $tests } lo prueba: indica el cuestionario que se prueba con `questionnaire:` en el archivo de pruebas, o con --questions FILE
diag-builtin-damaged = el cuestionario incluido en esta compilación no se puede decodificar ({ $why }); reinstala careerpath
diag-yaml-write = no se puede escribir YAML: { $why }
diag-expecting-condition = una expresión, o un mapa con una clave `all`, `any` o `not`
diag-expecting-text = un texto: una cadena, o un mapa de código de idioma a cadena
diag-expecting-answer = una respuesta: true o false, un número, un texto o una lista de textos
diag-expecting-derived = una expresión, o un mapa con `expr`, `label`, `min` y `max`
diag-expecting-texts = un texto, o un mapa de códigos de idioma a textos

# `test --min-coverage` y `validate --watch`.
diag-test-min-coverage = la cobertura de { $file } es del { $percent } %, por debajo del mínimo del { $min } %
diag-watch-needs-file = --watch necesita un archivo: `careerpath validate FILE --watch` (el cuestionario incluido no cambia)
diag-watch-changed = hubo cambios en { $files }; se comprueba de nuevo
diag-watch-watching = vigilando los cambios en { $files } (Ctrl-C para parar)
