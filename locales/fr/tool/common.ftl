# Les mots propres à sengen qui n’appartiennent pas à un seul diagnostic : la façon
# dont un diagnostic s’affiche, le tableau des codes. L’anglais sert de repli à
# toutes les langues.

## La façon dont un diagnostic s’affiche

# Avant chaque conseil d’un diagnostic : « = conseil : … ».
diagnostic-hint = conseil :
# Le mot placé avant le code d’un diagnostic : erreur[S003], avertissement[T101], note[T104].
diagnostic-severity = { $severity ->
    [error] erreur
    [warning] avertissement
   *[note] note
}
# Un texte venu d’ailleurs, affiché tel quel (un message propre à Typst).
raw-text = { $text }

## Le tableau des codes de docs/format.md (en anglais seulement : celui de la documentation)

codes-table-generated = <!-- Généré à partir de src/diagnostic/codes.rs : `SENGEN_BLESS=1 cargo test --test integration codes_table` le réécrit. -->
codes-table-header = | code | gravité | signification |
codes-table-formerly = (anciennement { $names })
codes-table-renamed = Renommés dans la version 0.2, pour qu’une lettre désigne une seule famille : { $renames }. Les anciens noms sont encore acceptés par `sengen explain` dans cette version.

## Quand sengen ou la machine échoue (code de sortie 2)

# Pourquoi le système a refusé un fichier ($kind : not-found, permission-denied,
# already-exists, storage-full, read-only, is-a-folder, not-a-folder, other ;
# $detail : les mots du système lui-même).
# En anglais, les mots du système ; les autres langues disent les raisons courantes.
# (En français aussi, les mots du système pour l’instant : le message anglais ne
# lit que $detail, et chaque langue doit lire les mêmes variables que l’anglais.)
io-reason = { $kind ->
    [not-found] fichier ou dossier introuvable
    [permission-denied] accès refusé
    [already-exists] ce fichier ou ce dossier existe déjà
    [storage-full] disque plein
    [read-only] le disque ou le dossier est en lecture seule
    [is-a-folder] c’est un dossier, et non un fichier
    [not-a-folder] ce n’est pas un dossier
   *[other] { $detail }
}
# $action : write, read, create, create-the-output-folder, create-a-temporary-folder-in.
internal-io = impossible { $action ->
    [write] d’écrire
    [read] de lire
    [create] de créer
    [create-the-output-folder] de créer le dossier de sortie
   *[create-a-temporary-folder-in] de créer un dossier temporaire dans
} { $path } : { $reason }
internal-environment = { $what } : { $detail }
internal-wording = locales/{ $lang } : { $detail }
internal-profile = locales/{ $lang }/profile.toml : { $detail }
internal-template = templates/{ $template } : { $detail }
internal-format = impossible de mettre en forme { $what } : { $detail }
internal-typst = Typst n’a pas pu composer le document produit ; c’est une erreur dans les modèles de sengen : merci de la signaler.
    { $report }
internal-pdf = Typst n’a pas pu écrire le PDF : { $detail }
internal-fields = les champs de signature n’ont pas pu être ajoutés au PDF : { $detail }
internal-panic = la composition s’est interrompue sur une erreur interne : { $detail }
internal-broken = { $detail } (une erreur de sengen : merci de la signaler)
