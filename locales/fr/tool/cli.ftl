# Les mots propres à la ligne de commande : une erreur dans les arguments, dite
# dans la langue du lecteur (en anglais, c’est le texte de clap qui s’affiche).

# $kind : invalid-value, unknown-argument, unknown-command, conflict,
# missing-argument, missing-command, number-of-values, not-utf8, other ;
# $argument, $value, $valid (les valeurs qu’il accepte), $command, $prior
# (l’argument avec lequel il entre en conflit), $detail (les mots de clap).
cli-error = erreur : { $kind ->
    [invalid-value] valeur « { $value } » non valide pour « { $argument } »
    [unknown-argument] argument inattendu : « { $argument } »
    [unknown-command] sous-commande inconnue : « { $command } »
    [conflict] l’argument « { $argument } » ne peut pas être employé avec « { $prior } »
    [missing-argument] les arguments obligatoires suivants n’ont pas été fournis : { $argument }
    [missing-command] une commande est nécessaire
    [number-of-values] nombre de valeurs incorrect pour « { $argument } »
    [not-utf8] un argument n’est pas en UTF-8 valide
   *[other] { $detail }
}
cli-possible-values = {"  "}[valeurs possibles : { $valid }]
cli-tip = {"  "}conseil : il en existe un semblable : « { $suggested } »
cli-usage = Utilisation : { $usage }
cli-more = Pour plus d’informations, essayez --help.

## Les titres propres à l’aide, et les options que toutes les commandes ont

# $heading : usage, commands, options ou arguments.
help-heading = { $heading ->
    [usage] Utilisation :
    [commands] Commandes
    [options] Options
   *[arguments] Arguments
}
# $flag : help ou version.
help-builtin = { $flag ->
    [help] Afficher l’aide
   *[version] Afficher la version
}
