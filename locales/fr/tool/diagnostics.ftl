# Les diagnostics de sengen : chaque message, libellé et conseil, rangés par le code
# auquel ils appartiennent (les libellés sont partagés). Les variables sont les
# valeurs du diagnostic : un nom de fichier, un texte cité, un nombre. Le
# commentaire au-dessus de chaque groupe indique où sengen l’emploie.

# src/check/languages.rs
S017-declaration-has-no-language = la déclaration n’a aucune langue
S018-not-language-tag = `{ $tag }` n’est pas une étiquette de langue
S019-listed-twice = `{ $tag }` figure deux fois dans la liste des langues
L001-sengen-has-no-fixed = sengen n’a pas de formules pour la langue `{ $tag }`
S020-no-text-file = la langue `{ $tag }` n’a pas de fichier de texte
S025-names-which-not-one = { $what } nomme `{ $tag }`, qui ne fait pas partie des langues de la déclaration
S026-bilingual-edition-pairs-two = une édition bilingue doit réunir deux langues différentes
S017-list-at-least-one-hint = indiquez au moins une langue, par exemple `languages = ["fr"]`
S018-use-bcp-47-tag-hint = employez une étiquette BCP 47, comme `fr`, `ja` ou `en`
S019-list-each-language-once-hint = ne citez chaque langue qu’une seule fois
L001-languages-with-wording-add-hint = sengen a des formules pour : { $available } ; pour prendre en charge cette langue, il faut ajouter locales/{ $tag }/ à sengen
S020-create-ftl-beside-declaration-hint = créez { $tag }.ftl à côté de declaration.toml, avec le texte dans cette langue
S025-declaration-s-languages-are-hint = les langues de la déclaration sont { $languages }
S026-write-pair-fr-ja-hint = écrivez `pair = ["fr", "ja"]` : la langue de la colonne de gauche, puis celle de la colonne de droite
label-empty-list = liste vide
label-not-bcp-47 = pas au format BCP 47
label-again = en double
label-unsupported-language = langue non prise en charge
label-needs-ftl = nécessite { $tag }.ftl
label-not-languages = absente de `languages`
label-not-pair = pas deux langues différentes

# src/check/lint/glyphs.rs
B001-bidirectional-control-character-u = caractère invisible de contrôle bidirectionnel (U+{ $character })
B002-zero-width-character-u = caractère invisible sans chasse (U+{ $character }) dans un texte japonais
B003-u-fffd-mark-character = losange à point d’interrogation � (U+FFFD) : à cet endroit, un caractère a été perdu lors d’une conversion
G001-cannot-drawn = aucune des polices { $families } ne sait dessiner le caractère { $name }
B001-neither-french-nor-japanese-hint = ni le français ni le japonais n’en ont besoin ; supprimez-le, sauf si le texte cite une écriture qui se lit de droite à gauche
B002-usually-pasted-from-word-hint = il provient en général d’un copier-coller depuis un traitement de texte ; supprimez-le
B003-text-went-through-wrong-hint = le texte est passé par un mauvais codage (ou un code \u désignait une moitié de paire UTF-16) ; retapez ce que dit l’original
G001-text-set-replace-character-hint = le texte { $tag } est composé avec { $families } ; remplacez le caractère (par une variante courante, ou par une description), ou demandez une police qui le possède
label-invisible-can-reorder-hide-text = invisible : il peut réordonner ou masquer le texte qui l’entoure{ $escaped ->
    [yes] {" "}(écrit sous la forme \u…)
   *[no] {""}
}
label-invisible = invisible{ $escaped ->
    [yes] {" "}(écrit sous la forme \u…)
   *[no] {""}
}
label-character-was-lost-here = un caractère a été perdu ici{ $escaped ->
    [yes] {" "}(écrit sous la forme \u…)
   *[no] {""}
}
label-no-glyph = aucune police ne dessine { $name }{ $escaped ->
    [yes] {" "}(écrit sous la forme \u…)
   *[no] {""}
}

# src/check/lint/parity.rs
P001-lists-entries = `{ $id }` compte { $count } entrées dans { $lang }.ftl, mais { $source_count } dans { $source }.ftl
P001-list-written-inside-message-hint = une liste écrite à l’intérieur d’un message doit avoir les mêmes entrées dans chaque langue ; sinon, faites-en un bloc `items` dans declaration.toml
label-entries = { $count } entrées
label-entries-2 = { $count } entrées

# src/check/lint/prose.rs
X001-text-says-but-delegations = le texte indique { $number }, mais les délégations comptent { $counts } ({ $total } en tout)
X002-count-typed-hand = le nombre { $number } est saisi à la main
X003-text-names-edition-but = le texte nomme l’édition { $number }, mais il s’agit ici de l’édition { $edition }
X002-edition-typed-hand = l’édition { $number } est saisie à la main
X004-text-dates-but = { $day ->
    [meeting] le texte date un jour des Rencontres en { $year }, mais les Rencontres ont lieu en { $years }
   *[adoption] le texte date le jour de l’adoption en { $year }, mais la déclaration est adoptée en { $years }
}
X001-write-count-variable-delegation-hint = écrivez le nombre sous forme de variable ({"{"} $<delegation>-count {"}"}), pour qu’il suive les données
X002-use-so-text-follows-hint = utilisez { $variable }, pour que le texte suive les données
X003-edition-comes-from-meeting-hint = l’édition vient de `meeting.edition` dans declaration.toml : utilisez {"{"} $edition-ordinal {"}"} ou {"{"} $next-edition-ordinal {"}"}
label-typed-hand = { $number } saisi à la main
label-typed-hand-2 = saisi à la main
label-wrong-year = mauvaise année ?

# src/check/lint/translations.rs
label-translation = traduction
label-source = source
label-reviewed-against-version = relue par rapport à cette version

# src/check/lint/typography.rs
T103-use-narrow-no-break = mettez une espace fine insécable (U+202F) après { $open }
T103-missing-narrow-no-break = il manque une espace fine insécable (U+202F) après { $open }
T104-straight-apostrophe = apostrophe droite '
T105-straight-double-quote = guillemet droit "
T108-several-spaces-row = plusieurs espaces à la suite
T109-hyphen-between-spaces = un trait d’union entre deux espaces
# $name : narrow ou no-break, l’espace que veut le français.
T109-use-before = mettez une { $name ->
    [narrow] espace fine insécable (U+202F)
   *[no-break] espace insécable (U+00A0)
} avant { $character }
T109-missing-before = il manque une { $name ->
    [narrow] espace fine insécable (U+202F)
   *[no-break] espace insécable (U+00A0)
} avant { $character }
T106-written = « { $number }{ $suffix } » s’écrit « { $number }{ $short } »
T107-ordinal-needs-superscript = l’ordinal « { $number }{ $suffix } » doit avoir son suffixe en exposant
T201-half-width-japanese-text = { $character } en demi-chasse dans un texte japonais
T202-ascii-quote-japanese-text = guillemet droit (ASCII) { $character } dans un texte japonais
T203-where-rest-text-uses = { $character } alors que le reste du texte emploie { $wanted }
T204-japanese-text = { $character } en { $found ->
    [full-width] pleine chasse
    [half-width] demi-chasse
   *[other] { $found }
} dans un texte japonais
T103-french-puts-u-202f-hint = le français met une espace fine insécable (U+202F) à l’intérieur des guillemets, pour que { $open } ne se retrouve jamais en fin de ligne
T103-french-puts-u-202f-hint-2 = le français met une espace fine insécable (U+202F) à l’intérieur des guillemets
T104-french-uses-apostrophe-u-hint = le français emploie l’apostrophe typographique ’ (U+2019)
T105-french-quotes-with-guillemets-hint = le français cite entre guillemets : { $open } … { $close }, avec des espaces fines insécables à l’intérieur
T108-one-space-separates-words-hint = une seule espace sépare les mots
T109-between-spaces-dash-meant-hint = entre deux espaces, c’est un tiret qu’il faut : le tiret demi-cadratin – (U+2013)
T109-french-puts-before-so-hint = le français met une { $name ->
    [narrow] espace fine insécable (U+202F)
   *[no-break] espace insécable (U+00A0)
} avant { $character }, pour que ce signe ne se retrouve jamais en début de ligne
T109-french-puts-before-hint = le français met une { $name ->
    [narrow] espace fine insécable (U+202F)
   *[no-break] espace insécable (U+00A0)
} avant { $character }
T106-french-ordinals-take-short-hint = les ordinaux français prennent le suffixe court, en exposant : { $number }<sup>{ $short }</sup>
T107-write-sup-sup-use-hint = écrivez { $number }<sup>{ $suffix }</sup>, ou utilisez une variable comme {"{"} $edition-ordinal {"}"}
T201-japanese-text-uses-full-hint = un texte japonais emploie la forme en pleine chasse { $full }
T203-use-one-full-stop-hint = employez une seule sorte de point et une seule sorte de virgule dans tout le texte
label-breakable-wide-space = espace sécable ou trop large
label-here = ici
label-text = '
label-text-2 = "
label-text-3 = -
label-space = cette espace
label-long-ordinal-suffix = suffixe d’ordinal long
label-no-superscript = pas d’exposant
label-half-width = demi-chasse
label-ascii-quote = guillemet droit
label-other-form = l’autre forme

# src/check/lint/unused.rs
F020-not-used-structure = la structure n’utilise pas le message `{ $name }`
F020-name-declaration-toml-delete-hint = nommez-le dans declaration.toml, ou supprimez-le ; un identifiant mal orthographié, d’un côté ou de l’autre, apparaît ici
label-unused-message = message inutilisé

# src/check/messages.rs
# $what : message ou terme.
F002-defined-twice = le { $what ->
    [message] message
   *[term] terme
} `{ $name }` est défini deux fois
F010-has-no-text-ftl = le message `{ $id }` n’a pas de texte dans { $lang }.ftl, seulement des attributs
F010-has-no-text-ftl-2 = le message `{ $id }` n’a pas de texte dans { $lang }.ftl
F006-unknown-function = fonction inconnue : `{ $name }`
F003-unknown-variable = variable inconnue : `${ $name }`
F007-sengen-s-wording-has = les formules propres à sengen n’ont pas de message `{ $wording }` à remplacer
F002-give-each-message-own-hint = donnez à chaque message son propre identifiant, ou supprimez l’un des deux
F010-give-text-hint = donnez-lui un texte : `{ $id } = …`
F010-did-you-mean-hint = vouliez-vous dire `{ $close }` ?
F010-add-ftl-hint = ou ajoutez `{ $id } = …` à { $lang }.ftl
F006-available-functions-hint = fonctions disponibles : { $functions }
F003-exists-declaration-adopted-at-hint = `${ $name }` n’existe que pour une déclaration adoptée lors de Rencontres : ajoutez une table [meeting] (edition, opens, closes) à declaration.toml, ou écrivez le texte sans cette variable
F003-variables-sengen-supplies-are-hint = les variables que fournit sengen sont { $listed }
F003-first-edition-can-refer-hint = une première édition peut renvoyer à la suivante ($next-edition-ordinal), mais pas à une précédente
F007-did-you-mean-hint = vouliez-vous dire `{ $override_prefix }{ $close }` ?
F007-names-override-messages-sengen-hint = `{ $override_prefix }` désigne un remplacement ; les messages des formules propres à sengen sont { $ids }
F007-did-you-mean-hint-2 = vouliez-vous dire `{ $sigil }{ $close }` ?
label-defined-again-here = défini de nouveau ici
label-no-value = sans texte
label-missing-ftl = absent de { $lang }.ftl
label-not-defined-file = non défini dans ce fichier
label-not-function-sengen-provides = fonction que sengen ne fournit pas
label-fact-meeting-declaration-adopted-at = un fait des Rencontres, dans une déclaration adoptée hors de toutes Rencontres
label-first-edition-has-no-previous = la première édition n’a pas de précédente
label-no-such-fact-declaration-toml = aucun fait de ce nom dans declaration.toml
label-not-message-sengen-s-wording = pas un message des formules de sengen
label-first-defined-here = défini une première fois ici
label-used-here = employé ici

# src/check/mod.rs
S010-edition-must-1-more = l’édition doit valoir 1 ou plus
S011-meeting-closes-before-opens = les Rencontres se terminent avant de commencer
S012-adopted-outside-meeting-s = la déclaration est adoptée le { $date }, en dehors des jours des Rencontres
# $key : meeting.opens, meeting.closes, adoption.date ou adoption.place ; $what
# la même chose avec un trait d’union (meeting-opens…), pour les sélecteurs.
S029-not-given = { $what ->
    [meeting-opens] le premier jour des Rencontres
    [meeting-closes] le dernier jour des Rencontres
    [adoption-date] le jour de l’adoption (ou de la signature)
   *[adoption-place] le lieu de l’adoption (ou de la signature)
} n’est pas indiqué (`{ $key }`)
S013-cannot-name-output-files = `{ $text }` ne peut pas servir à nommer les fichiers produits
S014-expected-date-without-time = il faut ici une date, sans heure
S010-first-meeting-series-edition-hint = les premières Rencontres d’une série sont l’édition 1
S011-swap-opens-closes-correct-hint = intervertissez `opens` et `closes`, ou corrigez l’une des deux dates
S012-declaration-adopted-during-meeting-hint = une déclaration est adoptée pendant ses Rencontres : corrigez la date d’adoption ou les jours des Rencontres
S029-fill-hint = indiquez-le : { $what ->
    [meeting-opens] `opens = YYYY-MM-DD` sous [meeting]
    [meeting-closes] `closes = YYYY-MM-DD` sous [meeting]
    [adoption-date] `date = YYYY-MM-DD` sous [adoption]
   *[adoption-place] `place = "<message id>"` sous [adoption], le message qui nomme le lieu dans la mention « Fait à …, le … »
}
S013-use-lowercase-letters-digits-hint = employez des lettres minuscules, des chiffres et des traits d’union isolés, par exemple `shizuoka-2024`
S014-write-toml-date-such-hint = écrivez une date TOML, comme 2024-11-21
label-edition-0 = édition 0
label-closing-day = dernier jour
label-adoption-day = jour de l’adoption
label-lacks = absent de { $what ->
    [meeting-opens] {"["}meeting]
    [meeting-closes] {"["}meeting]
   *[other] {"["}adoption]
}
label-invalid-id = identifiant non valide
label-has-time-no-date = comporte une heure, ou n’est pas une date
label-opening-day = premier jour
label-meeting-opens = les Rencontres commencent
label-closes = et se terminent

# src/check/signatories.rs
S015-not-valid-delegation-id = `{ $id }` n’est pas un identifiant de délégation valide
S016-two-delegations-are-called = deux délégations ont l’identifiant `{ $id }`
S027-delegation-has-neither-count = la délégation `{ $id }` n’indique ni nombre de signataires ni membres
S028-count-but-delegation-lists = `count = { $declared }`, mais la délégation `{ $id }` liste { $listed } membres
S040-signatures-order-names-twice = `signatures.order.{ $lang }` nomme `{ $id }` deux fois
S040-signatures-order-names-which = `signatures.order.{ $lang }` nomme `{ $id }`, qui n’est pas une délégation
S040-signatures-order-leaves-out = `signatures.order.{ $lang }` omet { $left_out }
S015-start-with-letter-use-hint = commencez par une lettre ; employez des lettres minuscules, des chiffres et des traits d’union isolés (`japan`)
S016-give-each-delegation-own-hint = donnez à chaque délégation son propre identifiant
S027-list-signatories-under-delegations-hint = listez ses signataires sous [[delegations.members]], ou indiquez leur nombre avec `count` s’ils ne sont pas encore connus
S040-name-each-delegation-once-hint = nommez chaque délégation une seule fois
S040-delegations-are-vec-hint = les délégations sont { $delegations }
S040-order-names-every-delegation-hint = un ordre nomme toutes les délégations, chacune une fois
label-second-one = la seconde
label-how-many-sign = combien de signataires ?
label-declared = { $declared } indiqués
label-no-such-delegation = délégation inconnue
label-incomplete = incomplet
label-first-one = la première

# src/check/structure.rs
S021-sub-section-outside-any = une sous-section en dehors de toute section
S022-empty-list = une liste vide
S023-section-empty = la section `{ $id }` est vide
S023-sub-section-empty = la sous-section `{ $id }` est vide
S024-used-twice-structure = `{ $id }` est employé deux fois dans la structure
S021-start-section-first-make-hint = commencez d’abord une section, ou faites de ce titre une `section`
S022-name-at-least-one-hint = nommez au moins un message, ou supprimez le bloc
S023-add-paragraphs-lists-remove-hint = ajoutez ses paragraphes ou ses listes, ou supprimez le titre
S024-each-block-needs-own-hint = chaque bloc a besoin de son propre message ; si le texte se répète, copiez-le sous un nouvel identifiant
label-sub-section-comes-before-first = cette sous-section précède la première `section`
label-no-message-ids = aucun identifiant de message
label-nothing-follows-heading = rien ne suit ce titre
label-used-again-here = employé de nouveau ici
label-first-used-here = employé une première fois ici

# src/cmd/import.rs
# $form : ce que l’option attend : date, days, count ou words.
C010-not = { $option } { $value } : ce n’est pas { $form ->
    [date] une date, comme 2024-11-21
    [days] le premier et le dernier jour, comme 2024-11-18..2024-11-21
    [count] l’identifiant d’une délégation et son nombre, comme japan=35
    [text] une langue et son texte, comme fr="Nous…"
   *[words] les premiers mots de son paragraphe, comme "Déclaration de"
}
C010-write-hint = écrivez { $form ->
    [date] une date, comme 2024-11-21
    [days] le premier et le dernier jour, comme 2024-11-18..2024-11-21
    [count] l’identifiant d’une délégation et son nombre, comme japan=35
    [text] une langue et son texte, comme fr="Nous…"
   *[words] les premiers mots de son paragraphe, comme "Déclaration de"
}

# src/edit/mod.rs
S001-cannot-read-declaration-folder = impossible de lire le dossier de la déclaration { $dir } : { $reason }
C013-declaration-has-no-file = la déclaration n’a pas de fichier { $name } à modifier
S002-not-valid-utf-8 = { $name } n’est pas enregistré en UTF-8
C012-changed-disk-while-sengen = { $path } a été modifié sur le disque pendant que sengen le modifiait : rien n’a été écrit
S001-give-folder-holds-declaration-hint = indiquez le dossier qui contient declaration.toml et les fichiers <lang>.ftl
C013-change-can-name-only-hint = une modification ne peut nommer que les langues et les fichiers propres à la déclaration
S002-save-file-utf-8-hint = enregistrez le fichier en UTF-8 (tout éditeur de texte récent le propose)
C012-another-program-saved-meanwhile-hint = un autre programme l’a enregistré entre-temps ; refaites la modification sur ce qu’il contient maintenant

# src/import/docx.rs
I001-text = { $name } { $why }
I002-too-large-import = { $name } est trop volumineux pour être importé : il { $what }
I002-expands-bytes-far-beyond = { $name } : { $path } se décompresse en { $size } octets, bien plus que ce que contient un document (une bombe de décompression ?)
I003-line-column = { $name } : { $path }, ligne { $line }, colonne { $column } : { $why }
I004-has-tracked-changes-at = { $name } contient des modifications suivies (au paragraphe { $max })
I002-declaration-s-docx-few-hint = le .docx d’une déclaration pèse quelques centaines de ko ; s’agit-il du bon fichier ? Retirez les images volumineuses et enregistrez-le de nouveau
I002-sengen-imports-drafts-saved-hint = sengen importe des projets enregistrés par un traitement de texte ; ce fichier n’a pas été produit par l’un d’eux
I003-sengen-reads-xml-word-hint = sengen lit le XML qu’écrit un traitement de texte, sans DTD ni entités ; enregistrez de nouveau le projet depuis le traitement de texte
I004-accept-reject-every-change-hint = acceptez ou refusez chaque modification dans le traitement de texte (Révision → Accepter toutes les modifications, ou Refuser toutes les modifications), enregistrez, puis importez-le de nouveau

# src/import/merge.rs
I009-written-draft-cannot-text = { $dir } est rédigé en { $source_language } : un projet en { $lang } ne peut pas en devenir le texte
I009-import-draft-lang-translations-hint = importez le projet en { $source_language } (--lang { $source_language }) ; les traductions reviennent par `sengen xliff`

# src/import/mod.rs
I008-sections-not-pattern = --sections { $pattern } n’est pas une expression régulière valide ({ $error })
# $what : table, image, text-box, footnote, endnote, comment.
I005-has-no-place-declaration = { $name }, { $place } : { $what ->
    [table] un tableau
    [image] une image
    [text-box] une zone de texte
    [footnote] une note de bas de page
    [endnote] une note de fin
   *[comment] un commentaire
} n’a pas sa place dans une déclaration (élément laissé de côté)
L001-lang-sengen-has-no = --lang { $lang } : sengen n’a ni formules ni règles pour cette langue
I002-too-large-import-has = { $name } est trop volumineux pour être importé : il fait { $size } octets
I001-cannot-read-not-file = impossible de lire { $name } : ce n’est pas un fichier, mais { $kind ->
    [folder] un dossier
    [fifo] un tube nommé (FIFO)
    [device] un périphérique
   *[other] un élément d’un autre type
}
I001-cannot-read = impossible de lire { $name } : { $reason }
I001-neither-docx-nor-utf = { $name } n’est ni un .docx ni un texte en UTF-8 (à la ligne { $line }, colonne { $column }, le texte n’est pas de l’UTF-8)
I001-pdf-encrypted = est un PDF chiffré, que sengen ne peut ouvrir sans son mot de passe
I001-pdf-encrypted-hint = demandez à qui vous l’a envoyé le PDF sans protection, ou le .docx dont il est issu
I001-pdf-unreadable = n’est pas un PDF que sengen peut lire : sa structure est endommagée ou il n’a aucune page
I001-pdf-no-text = n’a aucun texte à lire : { $pages ->
    [one] sa page est
   *[other] ses { $pages } pages sont
} { $images ->
    [0] dessinées sans lettres
   *[other] des images (un document numérisé)
}
I001-pdf-no-text-hint = demandez le .docx, ou un PDF enregistré depuis un traitement de texte ; ou faites passer le document numérisé par une reconnaissance de caractères (OCR) et importez son résultat, en vérifiant chaque nombre
I002-pdf-pages = a { $count } pages
I002-pdf-stopped = la lecture de { $name } a été arrêtée : elle demandait plus { $limit ->
    [time] de temps que n’en peut prendre la lecture d’un projet ({ $seconds } s de processeur)
   *[memory] de mémoire que n’en peut prendre la lecture d’un projet ({ $gigabytes } Go) : une partie compressée du fichier se déploie sans fin
}
I002-pdf-stopped-hint = le fichier n’a pas été fait par un traitement de texte, ou il est endommagé : demandez le .docx, ou le PDF enregistré de nouveau
I002-pdf-glyphs = a plus de { $count } caractères
# $what : adoption, place ou counts.
I007-not-found-draft = { $name } : { $what ->
    [adoption] le jour de l’adoption
    [place] le lieu de l’adoption
   *[counts] le nombre de signataires
} est introuvable dans le projet
I009-already-exists-not-empty = { $dir } existe déjà et n’est pas vide
I008-regular-expression-matching-section-hint = une expression régulière qui reconnaît les titres de section, comme "^(Atelier|Conclusion)"
I005-if-belongs-text-write-hint = s’il fait partie du texte, écrivez-le dans le projet sous forme de paragraphes ou d’entrées de liste, ou ajoutez-le à la main au fichier .ftl
L001-languages-sengen-knows-hint = les langues que sengen connaît : { $available }
I002-sengen-imports-drafts-up-hint = sengen importe des projets de { $limit } Mo au plus ; s’agit-il du bon fichier ?
I001-give-draft-file-docx-hint = indiquez le projet sous forme de fichier : un .docx, ou un texte en UTF-8
I001-check-path-file-s-hint = vérifiez le chemin et les droits d’accès du fichier
I002-declaration-s-text-rarely-hint = le texte d’une déclaration dépasse rarement 1 Mo : s’agit-il du bon fichier ?
I001-save-draft-docx-text-hint = enregistrez le projet au format .docx, ou en texte UTF-8
I007-give-command-line-hint = le projet suggère, à vérifier, puis à indiquer sur la ligne de commande : { $example }
I007-give-command-line-unknown-hint = indiquez-le sur la ligne de commande : { $what ->
    [adoption] --adoption AAAA-MM-JJ, le jour où la déclaration est adoptée
    [place] --place suivi du nom de la ville où elle est adoptée
   *[counts] { $example }, N étant le nombre de collectivités de chaque délégation
}
I009-import-writes-new-folder-hint = l’import écrit un nouveau dossier ; pour reprendre un projet ultérieur dans une déclaration existante, utilisez --into DIR
# $what : edition ou count ; $id : la délégation comptée.
I011-fact-given-twice = { $name } : le projet donne { $what ->
    [edition] l’édition
   *[count] le nombre de collectivités de `{ $id }`
} deux fois, de deux façons : { $first } ({ $first_place }) et { $second } ({ $second_place })
I011-say-which-hint = indiquez la bonne valeur sur la ligne de commande : { $what ->
    [edition] --edition { $first } ou --edition { $second }
   *[count] --count { $id }={ $first } ou --count { $id }={ $second }
}
I012-meeting-without-edition = { $name } : les jours des Rencontres ({ $opens } au { $closes }) sont trouvés, mais pas leur édition : les Rencontres ne sont pas enregistrées
I012-give-edition-hint = indiquez l’édition sur la ligne de commande (--edition 9), ou écrivez-la dans le nom des Rencontres comme la langue du projet l’écrit (« 9e Rencontres », 第9回)

# src/import/structure.rs
I010-no-paragraph-starts-with = { $option } { $words } : aucun paragraphe de { $name } ne commence par ces mots
I010-vec-start-with-these = { $option } { $words } : { $places } de { $name } commencent par ces mots
# $side : before ou after.
I010-not-title = { $option } : { $place } n’est pas { $side ->
    [before] avant
   *[after] après
} le titre ({ $title })
I006-has-no-title-no = { $name } n’a pas de titre : aucun paragraphe n’est mis en forme comme un titre
I010-dateline-closing-name-same = --dateline et --closing désignent le même paragraphe, { $place }
I010-closing-what-would-closing = --closing : { $place }, dans ce qui serait la conclusion, est un titre ou une entrée de liste
I010-give-first-words-paragraph-hint = indiquez les premiers mots du paragraphe tels que le projet les écrit (la casse, les espaces et la sorte d’apostrophe n’ont pas d’importance)
I010-give-more-paragraph-s-hint = indiquez davantage de mots du paragraphe, assez pour n’en désigner qu’un seul
# $what : preamble, dateline ou closing ; $side : before ou after.
I010-stands-title-name-another-hint = { $what ->
    [preamble] le préambule se trouve
    [dateline] le lieu et la date se trouvent
   *[closing] la conclusion se trouve
} { $side ->
    [before] avant
   *[after] après
} le titre ; désignez un autre paragraphe, ou désignez le titre avec --title
I006-make-title-heading-heading-hint = mettez le titre en forme de titre dans le projet (un style de titre, ou du gras), commencez sa ligne par `#` dans un fichier texte, ou désignez-le : --title "Déclaration de"
I010-place-date-line-own-hint = le lieu et la date forment une ligne à part : --closing désigne le premier paragraphe de la conclusion
I010-closing-paragraphs-end-text-hint = la conclusion est faite des paragraphes qui terminent le texte ; désignez un paragraphe situé plus loin

# src/load/git.rs
S002-not-valid-utf-8-2 = { $revision }/{ $name } n’est pas enregistré en UTF-8
C009-did-not-exist-at = { $dir } n’existait pas à la révision { $rev }
C008-not-inside-git-repository = { $dir } ne se trouve pas dans un dépôt git : --since n’a pas d’historique auquel comparer
# $why : not-a-name ou not-a-commit.
C009-since = --since { $rev } : `{ $rev }` { $why ->
    [not-a-name] n’est pas un nom de révision
   *[not-a-commit] n’est pas un commit de ce dépôt
}
S002-revision-s-file-cannot-hint = le fichier de cette révision ne peut pas être comparé ; comparez avec une autre révision
C009-git-log-oneline-lists-hint = `git log --oneline -- { $dir }` liste les révisions qui contiennent le dossier
C008-give-both-drafts-folders-hint = donnez plutôt les deux projets sous forme de dossiers : sengen diff OLD-FOLDER NEW-FOLDER
C009-name-commit-branch-tag-hint = nommez un commit, une branche ou une étiquette : `git log --oneline -- { $dir }` liste les commits qui ont modifié le dossier

# src/load/lock.rs
L020-invalid = { $lock_file } n’est pas valide ({ $detail })
L020-written-sengen-translations-mark-hint = { $lock_file } est écrit par `sengen translations --mark-reviewed` ; supprimez-le pour repartir de zéro

# src/load/mod.rs
S001-cannot-read-there-no = impossible de lire { $path } : ce fichier n’existe pas
F001-fluent-syntax-error = { $kind ->
    [expected-token] il manque « { $token } » à cet endroit (par exemple « = » après le nom d’un message : chaque message s’écrit « nom = texte »)
    [expected-character] caractère inattendu à cet endroit : un nom de message commence par une lettre et ne contient que des lettres, des chiffres et des traits d’union
    [message-without-value] ce message n’a pas de texte après « = »
    [term-without-value] ce terme n’a pas de texte après « = »
    [closing-brace] cette accolade fermante « {"}"} » n’a pas d’accolade ouvrante
    [no-default-variant] aucune des variantes n’est marquée comme variante par défaut avec « * »
    [unterminated-string] un texte entre guillemets droits n’est pas refermé avant la fin de la ligne
    [escape] ce code commençant par \ n’est pas valide : \u doit être suivi de quatre chiffres ou lettres de A à F
    [expected-expression] ces accolades sont vides, ou contiennent autre chose qu’une variable, un message, un terme ou un texte entre guillemets
   *[other] erreur de syntaxe Fluent (détail technique, en anglais : { $error })
}
S004-mb-sengen-reads-text = { $name } fait { $size } Mo ; sengen lit des fichiers de texte de { $limit } Mo au plus
S003-invalid-declaration-toml = { $site ->
    [key] declaration.toml contient un champ que le format ne connaît pas : « { $field } »
    [table] il manque un champ obligatoire dans declaration.toml : « { $field } »
    [value] cette valeur de declaration.toml n’est pas du type attendu (détail technique, en anglais : { $message })
    [escape] ce code \u de declaration.toml ne désigne pas un caractère
   *[syntax] declaration.toml n’est pas du TOML valide à cet endroit (détail technique, en anglais : { $message })
}
S001-declaration-folder-needs-declaration-hint = un dossier de déclaration doit contenir un fichier declaration.toml ; voir docs/format.md
S004-whole-declaration-rarely-over-hint = une déclaration entière dépasse rarement 1 Mo : s’agit-il du bon fichier ?
S001-declaration-s-files-are-hint = les fichiers d’une déclaration sont des fichiers ordinaires : supprimez ou renommez celui-ci
label-byte-not-utf-8 = cet octet n’est pas de l’UTF-8
label-entry = dans cette entrée

# src/load/templates.rs
R030-cannot-read-template-folder = impossible de lire le dossier de modèles { $dir } : { $reason }
R030-cannot-read = impossible de lire { $shown } : { $reason }
S002-not-valid-utf-8-3 = { $shown } n’est pas enregistré en UTF-8
R030-cannot-read-folder = impossible de lire le dossier { $dir }
R030-cannot-read-2 = impossible de lire { $name } : { $reason }
R031-leads-outside-template-folder = { $name } mène en dehors du dossier de modèles (vers { $target })
R030-larger-than-16-mb = { $name } dépasse 16 Mo
R030-templates-takes-folder-name-hint = --templates attend un dossier de fichiers <name>.typ.hbs
S002-save-template-utf-8-hint = enregistrez le modèle en UTF-8
R030-link-template-folder-must-hint = un lien du dossier de modèles doit mener à un fichier de ce même dossier
R031-templates-may-read-only-hint = les modèles ne peuvent lire que les fichiers de leur propre dossier : copiez-y le fichier

# src/localize/mod.rs
F011-cannot-resolved = le texte de `{ $id }` ne peut pas être établi en { $lang } ({ $error })
F011-check-message-s-variables-hint = vérifiez les variables et les renvois du message ; voir docs/format.md
label-message = ce message

# src/localize/wording.rs
F011-cannot-resolved-2 = le texte de `{ $override_id }` ne peut pas être établi en { $tag } ({ $error })
F011-override-receives-hint = un remplacement de `{ $id }` reçoit { $count ->
    [0] aucune variable qui lui soit propre
   *[other] { $variables }
}
label-override = ce remplacement

# src/new.rs
C007-sengen-has-no-example = sengen n’a pas de texte d’exemple en `{ $lang }`
S001-cannot-read = impossible de lire { $schema_path }
S003-invalid = { $schema_path } n’est pas valide ({ $message })
C007-folder-cannot-name-declaration = le nom du dossier { $dir } ne peut pas servir d’identifiant à une déclaration
C007-folder-to-name = « { $name } » ne peut pas être le dossier de la nouvelle déclaration
C007-folder-to-name-hint = nommez-le d’après la déclaration, en lettres latines minuscules, chiffres et traits d’union (il devient son identifiant) : `lyon-2028`
C007-languages-with-example-vec-hint = langues qui ont un texte d’exemple : { $languages }
S001-from-takes-folder-earlier-hint = --from attend le dossier d’une déclaration antérieure
S003-sengen-check-earlier-declaration-hint = `sengen check` sur la déclaration antérieure indique ce qui ne va pas
C007-name-folder-after-declaration-hint = nommez le dossier d’après la déclaration, en lettres latines et en chiffres : `cannes-2026`
C007-sengen-new-writes-new-hint = sengen new écrit un nouveau dossier et n’en écrase jamais un existant : choisissez un autre nom

# src/options.rs
C002-layout-columns-layout-sequential = --layout columns et --layout sequential écrivent tous deux le PDF bilingue
C004-source-date-epoch-not = SOURCE_DATE_EPOCH={ $value } n’est pas un nombre de secondes
C006-output-folder-inside-template = le dossier de sortie { $out } est à l’intérieur du dossier de modèles { $templates }
C002-choose-one-bilingual-layout-hint = choisissez une seule mise en page bilingue par commande
C004-set-seconds-since-1970-hint = indiquez le nombre de secondes écoulées depuis le 1970-01-01, par exemple `SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)`
C006-every-file-template-folder-hint = chaque fichier du dossier de modèles fait partie du document : écrivez les PDF ailleurs

# src/pipeline.rs
C005-has-id-their-pdfs = { $dir } a le même identifiant `{ $id }` que { $earlier } : leurs PDF s’écraseraient l’un l’autre
C001-lang-declaration-has-no = --lang { $lang } : la déclaration n’a pas cette langue
C003-bilingual-layout-needs-declaration = une mise en page bilingue demande une déclaration en deux langues
C005-give-each-declaration-own-hint = donnez à chaque déclaration son propre identifiant, ou produisez-les dans des dossiers de sortie différents
C001-languages-are-hint = ses langues sont : { $have }
C003-declaration-only-hint = cette déclaration n’existe qu’en { $have }

# src/render/mod.rs
R032-template-not-valid-handlebars = le modèle `{ $name }` n’est pas du Handlebars valide
R033-template-cannot-filled = le modèle `{ $name }` ne peut pas être rempli : { $reason }
R033-docs-format-md-lists-hint = docs/format.md liste ce que les modèles peuvent utiliser ; le mode strict refuse tout autre nom

# src/serve/mod.rs
C011-port-127-0-0 = le port { $port } de 127.0.0.1 est déjà utilisé : un autre `sengen serve` est-il en cours ?
C011-open-address-one-printed-hint = ouvrez l’adresse que celui-ci a affichée, arrêtez-le (Ctrl-C), ou indiquez un autre port : --port 0 en prend un libre, quel qu’il soit

# src/translations.rs
L021-not-message-source = `{ $id }` n’est pas un message du texte source ({ $tag })
L021-has-no-text-mark = `{ $id }` n’a pas de texte en { $lang } à marquer comme relu
L021-name-messages-ftl-sengen-hint = nommez des messages de { $tag }.ftl ; `sengen translations DIR` les liste par état
L021-translate-ftl-first-hint = traduisez-le d’abord dans { $lang }.ftl

# src/typeset/mod.rs
R003-typst = Typst : { $message }
R002-typst-cannot-typeset-what = Typst ne peut pas composer ce qu’ont produit les modèles de { $dir } : { $message }
R002-at-generated-source-hint = à { $rendered }:{ $line }:{ $column } de la source produite : { $text }
label-generated-source = dans la source produite

# src/xliff/import.rs
L030-mb-sengen-reads-xliff = { $shown } fait { $size } Mo ; sengen lit des fichiers XLIFF de { $limit } Mo au plus
S001-cannot-read-not-file = impossible de lire { $shown } : ce n’est pas un fichier, mais { $kind ->
    [folder] un dossier
    [fifo] un tube nommé (FIFO)
    [device] un périphérique
   *[other] un élément d’un autre type
}
L034-xliff-file-names-no = le fichier XLIFF n’indique aucune langue cible
L031-unit-comes-twice = l’unité `{ $id }` figure deux fois
L031-no-message-ftl = `{ $id }` n’est pas un message de { $tag }.ftl
L035-locked-target-was-ignored = `{ $id }` est verrouillé : sa traduction n’a pas été prise en compte
L032-was-translated-from-older = `{ $id }` a été traduit à partir d’une version plus ancienne du texte { $tag }
L033-text = `{ $id }` : { $problem }
L033-foreign-element = un élément de balisage que sengen n’écrit pas ({ $equiv }) : seuls les codes propres à l’unité peuvent figurer dans une traduction
L033-code-added = le code `{ $code }` n’est pas l’un de ceux de l’unité : un code a été ajouté
L033-code-altered = le code `{ $code }` a été modifié : il représente { $known }, et non { $equiv }
L033-code-twice = le code `{ $code }` figure deux fois
L033-code-missing-from-target = `{ $id }` : le code `{ $code }` ({ $equiv }) manque dans la traduction
L030-declaration-s-xliff-tens-hint = le fichier XLIFF d’une déclaration pèse quelques dizaines de ko : s’agit-il du bon fichier ?
S001-give-xliff-file-translation-hint = indiquez le fichier XLIFF qu’a enregistré l’outil de traduction
L030-xliff-files-are-utf-hint = les fichiers XLIFF sont en UTF-8 ; enregistrez-le de nouveau depuis l’outil de traduction
L034-export-again-with-sengen-hint = exportez-le de nouveau avec `sengen xliff export DIR --lang LANG`
L031-unit-per-message-remove-hint = une unité par message : supprimez l’une des deux
L031-xliff-comes-from-another-hint = le fichier XLIFF vient d’une autre déclaration, ou d’un projet plus ancien dont le message a été supprimé : exportez-le de nouveau
L031-other-declaration = ce fichier XLIFF a été exporté de la déclaration { $theirs }, pas de { $ours }
L031-other-declaration-hint = envoyez aux traducteurs le fichier XLIFF de { $ours }, et reprenez leur travail sur celui-ci
L035-translate-ftl-itself-hint = traduisez-le directement dans { $tag }.ftl
L032-then-hint = source traduite : { $text }
L032-now-hint = source actuelle : { $text }
L032-translate-unit-again-from-hint = traduisez de nouveau l’unité à partir d’un nouvel export, ou acceptez-la telle quelle avec `--accept-stale` (elle reste alors marquée à revoir)
L033-codes-stand-variables-terms-hint = les codes représentent les variables, les termes et les exposants du texte : gardez chacun tel que l’outil le montre, et n’en ajoutez aucun
L033-put-back-where-translation-hint = remettez-le là où la traduction en a besoin : sinon, le PDF perdrait ce qu’il représente
label-no-target-language-1-2 = pas de target-language (1.2) ni de trgLang (2.0)
label-unknown-unit = unité inconnue
label-message-with-variants = un message à variantes
label-translated-from-version = traduit à partir de cette version
label-code = ce code
label-target = dans cette traduction
label-first-here = une première fois ici

# src/xliff/read.rs
L030-sengen-reads-xliff-1-hint = sengen lit les fichiers XLIFF 1.2 et 2.0 tels que les enregistrent les outils de traduction : du XML bien formé, en UTF-8, sans DOCTYPE ; en cas de doute, exportez de nouveau le fichier
L030-not-well-formed-xml = le XML est mal formé ({ $error })
L030-xliff-file-not-utf = le fichier XLIFF n’est pas en UTF-8
L030-entity-not-xml-s = l’entité &{ $reference }; n’est pas une entité propre à XML : sengen n’en développe aucune autre
L030-undecodable-text = texte indéchiffrable ({ $error })
read-not-xliff-1-2 = ce n’est pas un fichier XLIFF 1.2 ou 2.0 (sa racine n’est pas un élément <xliff> de l’une de ces deux versions)
read-unit-without-id = une unité sans identifiant
read-not-xliff-file-holds = ce n’est pas un fichier XLIFF : il ne contient aucun élément XML

# src/import/docx.rs
I001-empty-0-bytes = est vide (0 octet)
I001-word-97-2003-document = est un document Word 97–2003 (.doc), que sengen ne lit pas
I001-not-docx-not-zip = n’est pas un .docx : ce n’est pas une archive zip
I001-not-readable-zip-archive = n’est pas une archive zip lisible ({ $error })
I001-zip-archive-but-no = est une archive zip, mais pas un document Word (il y manque word/document.xml)
I002-has-unreadable = contient une partie { $path } illisible ({ $error })
I002-has-damaged = contient une partie { $path } endommagée ({ $error })
I001-save-draft-again-from-hint = enregistrez de nouveau le projet depuis le traitement de texte, au format .docx
I001-open-word-processor-save-hint = ouvrez-le dans le traitement de texte et enregistrez-le au format .docx (document Word), puis importez ce fichier
I001-docx-saved-word-libreoffice-hint = un .docx enregistré par Word ou LibreOffice est une archive zip ; enregistrez le projet au format .docx, ou donnez un fichier texte (.txt, .md)
I001-save-draft-again-docx-hint = enregistrez de nouveau le projet au format .docx
I001-save-draft-word-document-hint = enregistrez le projet en tant que document Word (.docx)
I001-holds-files = contient { $count } fichiers

# src/check/lint/prose.rs
X004-days-come-from-data-hint = { $day ->
    [meeting] les jours des Rencontres viennent de declaration.toml : utilisez {"{"} $meeting-dates {"}"}, {"{"} $adoption-date {"}"}…
   *[adoption] le jour de l’adoption vient de declaration.toml : utilisez {"{"} $adoption-date {"}"}
}

# src/check/lint/translations.rs : sur la page, les conseils nomment son bouton.
L010-stale = le texte en { $lang } de `{ $id }` est à revoir : la source ({ $source }) a changé depuis qu’il a été traduit
L010-stale-hint = { $where ->
    [page] mettez la traduction à jour, puis cliquez sur « { mark-reviewed } »
   *[terminal] mettez la traduction à jour, puis lancez `sengen translations DIR --mark-reviewed { $lang } { $id }`
}
L011-unreviewed = le texte en { $lang } de `{ $id }` n’a jamais été enregistré comme relu
L011-unreviewed-hint = { $where ->
    [page] vérifiez-le par rapport au texte source ({ $source }), puis cliquez sur « { mark-reviewed } »
   *[terminal] vérifiez-le par rapport au texte source ({ $source }), puis lancez `sengen translations DIR --mark-reviewed { $lang } { $id }`
}

# src/check/lint/typography.rs
T202-japanese-quotes-hint = le japonais cite entre { $open }{ $close } (et entre { $inner_open }{ $inner_close } à l’intérieur de ceux-ci)
T204-width-hint = dans cette déclaration, les lettres et les chiffres sont en { $wanted ->
    [full-width] pleine chasse
    [half-width] demi-chasse
   *[other] { $wanted }
} ({ $other }) : c’est la règle `typography.japanese-alphanumerics` de declaration.toml
label-width = { $found ->
    [full-width] pleine chasse
    [half-width] demi-chasse
   *[other] { $found }
}

# src/check/messages.rs
F004-undefined-message = renvoi à `{ $name }`, un message que ce fichier ne définit pas
F004-or-define-hint = ou définissez `{ $name } = …` dans { $lang }.ftl
F005-undefined-term = renvoi à `-{ $name }`, un terme que ce fichier ne définit pas
F005-or-define-hint = ou définissez `-{ $name } = …` dans { $lang }.ftl

# src/check/signatories.rs
S028-remove-count-hint = supprimez `count` (il est calculé à partir de la liste), ou corrigez-le ; si la liste est incomplète, indiquez `complete = false`
S028-partial-list-hint = une liste incomplète ne peut pas compter plus de membres que le nombre indiqué

# src/edit/mod.rs : une modification qui nomme ce que la déclaration n’a pas
C013-no-message = la déclaration n’a pas de message `{ $id }`
C013-no-message-hint = une modification ne peut nommer que des messages que le texte définit
C013-message-exists = un message `{ $id }` existe déjà
C013-message-exists-hint = donnez au nouveau message un identifiant qu’aucun message n’a encore
C013-toml-unreadable = declaration.toml ne se lit pas comme du TOML
C013-toml-unreadable-hint = `sengen check` indique où se trouve l’erreur ; corrigez-la d’abord
C013-no-fact = la déclaration n’a pas de `{ $path }` à modifier
C013-no-fact-hint = une modification ne peut porter que sur les faits que la déclaration possède
C013-no-block = la structure n’a pas de bloc `{ $id }`
C013-no-block-hint = une modification ne peut nommer que des blocs de la structure
C013-block-exists = la structure a déjà un bloc `{ $id }`
C013-block-exists-hint = donnez au nouveau bloc un identifiant qu’aucun bloc n’a encore
C013-language-exists = la déclaration est déjà écrite en { $lang }
C013-language-exists-hint = une langue s’ajoute une fois ; ses messages se traduisent dans son .ftl
C013-block-needs-text = un nouveau bloc a besoin de son texte en { $lang }, la langue source de la déclaration
C013-block-needs-text-hint = tapez son texte en { $lang } ; les traductions peuvent rester vides et être faites ensuite
C013-block-no-language = la déclaration n’est pas écrite en { $lang }
C013-block-no-language-hint = ne donnez que les textes des langues de la déclaration
C013-block-no-place = rien de ce genre ne peut suivre `{ $id }`
C013-block-no-place-hint = ajoutez une sous-section dans une section, et rien après la clôture
C013-cannot-move = `{ $id }` ne peut pas { $way ->
    [up] monter : c’est le premier de son genre à cet endroit
    [down] descendre : c’est le dernier de son genre à cet endroit
   *[into] aller là
    }
C013-cannot-move-hint = { $way ->
    [into] un bloc va dans une section ou une sous-section, une sous-section dans une section
   *[other] déplacez-le plutôt dans une autre section
    }

# src/load/mod.rs : les erreurs de syntaxe Fluent. `$error` est le texte anglais
# de fluent-syntax ; `$kind` indique de quelle erreur il s’agit (expected-token,
# avec le caractère dans `$token` ; expected-character ; message-without-value ;
# term-without-value ; closing-brace ; no-default-variant ; unterminated-string ;
# escape ; expected-expression ; other), pour une phrase propre à chaque langue.
F001-default-variant-hint = marquez l’une des variantes comme variante par défaut avec `*`, par exemple `*[other]`
F001-closing-brace-hint = pour imprimer une accolade `{"}"}`, écrivez `{"{"}"{"}"}"{"}"}`
F001-message-value-hint = un message a besoin d’un texte après le signe `=`
F001-syntax-hint = dans un fichier .ftl, chaque message s’écrit `id = text`, et ses lignes suivantes sont indentées ; voir docs/format.md

# src/load/mod.rs : que faire, selon l’endroit de declaration.toml où se trouve
# l’erreur (`$site` : key, table, value, escape, syntax).
S003-site-hint = { $site ->
    [key] ce nom de champ n’existe pas : vérifiez son orthographe ; docs/format.md liste tous les champs
    [table] il manque un champ : ajoutez-le ; docs/format.md indique ce dont chaque table a besoin
    [value] la valeur n’est pas du type attendu (nombre, texte, date…) ; docs/format.md donne le type de chaque champ
    [escape] un code \u doit désigner un caractère : \uD800 à \uDFFF sont des moitiés de paires UTF-16 (un export défectueux) ; écrivez le caractère lui-même
   *[syntax] le fichier n’est pas du TOML valide à cet endroit ; voir docs/format.md pour le format de declaration.toml
}

# src/translations.rs
L021-not-a-translation = `{ $lang }` n’est pas une traduction de cette déclaration (sa langue source est { $source })
L021-no-translation-hint = une déclaration en une seule langue n’a pas de traduction à relire
L021-translated-languages-hint = ses langues traduites sont { $languages }

# src/xliff/mod.rs
L034-no-translation-hint = une déclaration en une seule langue n’a pas de traduction à échanger
L034-translated-languages-hint = ses langues traduites sont { $languages }
L034-no-language = la déclaration n’a aucune langue
L034-not-a-translation = `{ $lang }` n’est pas une traduction de { $id } (sa langue source est { $source })

# src/xliff/import.rs
label-target-language = la langue cible du fichier
label-exported-from = exporté d’une autre déclaration

# src/xliff/read.rs
L030-dtd = le fichier XLIFF déclare une DTD : sengen n’en lit aucune (elle pourrait définir des entités)

# src/main.rs
C014-unknown-ui-lang = --ui-lang { $lang } : sengen ne parle pas cette langue
C014-ui-languages-hint = les langues que parle sengen : { $languages }

# src/import/docx.rs : pourquoi une partie d’un .docx est refusée (la fin de I003).
I003-not-well-formed = le XML est mal formé ({ $error })
I003-dtd = une DTD, que sengen ne lit jamais (elle pourrait définir des entités)
I003-not-utf8 = le texte n’est pas en UTF-8
I003-entity = l’entité &{ $reference }; n’est pas une entité propre à XML : sengen n’en développe aucune autre
I003-undecodable = texte indéchiffrable ({ $error })

# src/load/mod.rs : des accolades imbriquées plus profondément que ce que lit sengen.
F012-too-deep = des accolades sont imbriquées sur plus de { $deepest } niveaux
F012-too-deep-hint = un texte a besoin de deux ou trois niveaux de {"{"} {"}"} au plus : fermez les accolades ouvertes, ou supprimez celles qui sont en trop
label-too-deep = cette accolade {"{"} ouvre un niveau de trop

# src/check/signatories.rs : un nombre au-delà de ce que sengen met en page.
S041-too-many-signatories = la délégation `{ $id }` a { $count } signataires ; sengen en met en page { $most } au plus par délégation
S041-too-many-hint = vérifiez le nombre (un zéro de trop ?) ; aucune déclaration n’a de délégation de plus de { $most } signataires
label-too-many = trop de signataires

# src/xliff/read.rs, src/import/docx.rs : des éléments imbriqués plus profondément que dans tout fichier réel.
L030-too-deep = des éléments sont imbriqués sur plus de { $deepest } niveaux : ce n’est pas un fichier qu’écrit un outil de traduction
I003-too-deep = des éléments imbriqués sur plus de { $deepest } niveaux : ce n’est pas une partie qu’écrit un traitement de texte

# src/xliff/import.rs : un exposant écrit comme du texte dans une traduction.
L033-sup-as-text = la traduction écrit <sup> comme du texte : un exposant est un code de l’unité
label-sup-as-text = <sup> écrit comme du texte

# src/pipeline.rs : une production arrêtée pendant qu’elle remplaçait ses PDF.
C015-interrupted = une production précédente dans { $dir } s’est arrêtée pendant qu’elle remplaçait { $files } : ces fichiers peuvent provenir de deux productions différentes
C015-interrupted-hint = { $left ->
    [0] cette production les écrit tous de nouveau
   *[other] cette production n’écrit pas de nouveau { $files } : produisez-les aussi, ou vérifiez que leurs empreintes concordent
}
C016-upload-too-large = { $name } fait { $size } Mo : trop pour la page
C016-upload-too-large-hint = la page prend des fichiers de { $limit } Mo au plus ; le projet d’une déclaration fait quelques centaines de ko : vérifiez que c’est le bon fichier
C016-upload-cut = { $name } n’est pas arrivé en entier
C016-upload-cut-hint = déposez-le de nouveau sur la page
C016-archive-unreadable = { $name } n’est pas une archive zip lisible ({ $error })
C016-archive-too-many = { $name } contient { $count } fichiers : bien plus que le dossier d’une déclaration
C016-archive-no-declaration = { $name } ne contient pas de dossier de déclaration (aucun declaration.toml à sa racine ni dans un dossier à sa racine)
C016-archive-file-too-large = { $name } : { $file } est plus grand qu’un fichier de déclaration ne peut l’être
C016-archive-not-utf-8 = { $name } : { $file } n’est pas du texte UTF-8
C016-archive-hint = comparez avec le .zip du dossier d’une déclaration tel que sengen le lit (declaration.toml, ses fichiers .ftl, translations.lock), ou avec un projet en .docx

# src/load/templates.rs
R030-not-a-file = impossible de lire { $shown } : ce n’est pas un fichier, mais { $kind ->
    [folder] un dossier
    [fifo] un tube nommé (FIFO)
    [device] un périphérique
   *[other] un élément d’un autre type
}
R030-folder-too-large = le dossier de modèles { $dir } dépasse { $limit } Mo
R030-folder-too-large-hint = un dossier de modèles contient des modèles et quelques images : retirez ce que les documents n’utilisent pas

# src/cmd/limited.rs : une production avec vos modèles arrêtée par ses limites ($limit : memory ou time).
R034-templates-stopped = les modèles ont demandé plus { $limit ->
    [time] de temps qu’une production ne peut en prendre ({ $seconds } s de calcul)
   *[memory] de mémoire qu’une production ne peut en utiliser ({ $gigabytes } Go)
} : la production a été arrêtée
R034-templates-stopped-hint = { $limit ->
    [time] un modèle tourne trop longtemps (une boucle `for` sur un très grand intervalle, une boucle qui ne finit pas) : corrigez-le
   *[memory] un modèle fabrique quelque chose d’énorme (un très grand tableau, un texte répété des millions de fois) : corrigez-le
}

# src/typeset/mod.rs: --signature-fields with templates of one's own that label no signature box.
R035-no-signature-box = les modèles de { $dir } ne donnent pas de case de signature pour le champ { $field } : --signature-fields ne peut pas le placer
R035-no-signature-box-hint = gardez, dans votre `signature-block`, le bloc de 16 mm du style.typ.hbs de sengen avec ses deux étiquettes (`sengen-sig-` et `sengen-sig-end-` suivies du `field` du bloc), ou construisez sans --signature-fields

# src/xliff/import.rs : les unités, après les cinquante premières, qui ne sont pas des messages.
L031-more-unknown = et { $count } { $count ->
    [one] autre unité qui n’est pas un message
   *[other] autres unités qui ne sont pas des messages
} de { $tag }.ftl

# src/import/mod.rs
I009-not-a-folder = { $dir } est un fichier, et non un dossier
I002-too-many-paragraphs = { $name } compte { $count } paragraphes ; un projet de déclaration en compte au plus { $most }
I002-too-many-paragraphs-hint = est-ce le bon fichier ? Un projet de déclaration tient en quelques pages

# src/localize/mod.rs : un titre trop long pour être celui d’un PDF.
F013-title-too-long = le titre `{ $id }` compte { $length } caractères en { $lang } ; le titre d’un PDF en compte au plus { $longest }
F013-title-too-long-hint = un titre tient en une ou deux lignes : le reste du texte a sa place dans le préambule ou dans un paragraphe
label-title = ce titre

# src/verify/mod.rs, src/cmd/verify.rs : sengen verify.
V001-unreadable = { $file } n’est pas un PDF que sengen sait lire : { $detail }
V001-unreadable-hint = donnez le PDF signé lui-même, tel que les signataires l’ont renvoyé (une copie imprimée en PDF ou numérisée n’a plus de signatures)
V001-cannot-read = impossible de lire { $file } : { $reason }
V001-not-a-file = ce n’est pas un fichier
V001-too-large = il dépasse { $megabytes } Mo
V002-no-signature = { $file } { $fields ->
    [0] n’a ni champ de signature ni signature
   *[other] n’est pas encore signé : aucun de ses { $fields } champs de signature ne l’est
}
V002-no-signature-hint = { $fields ->
    [0] construisez le PDF avec `sengen build --signature-fields`, pour que chaque signataire ait un champ où signer
   *[other] chaque signataire signe son propre champ (docs/signing.md) ; vérifiez ensuite le fichier signé
}
V003-byte-range = la signature du champ { $field } ne couvre pas le fichier tel qu’il était à la signature : { $why ->
    [not-four-numbers] sa plage d’octets n’est pas faite de quatre nombres à partir de 0
    [not-a-revision] sa plage d’octets ne s’arrête pas là où finit une révision du fichier
    [gap] ce que sa plage d’octets laisse de côté n’est pas exactement sa propre valeur
   *[no-dictionary] son dictionnaire de signature manque
}
V003-byte-range-hint = une signature couvre tout le fichier tel qu’il était quand elle a été faite, sauf sa propre valeur : cette copie a été modifiée, ou signée par un outil qui ne suit pas PAdES
V004-digest = la signature du champ { $field } ne correspond plus aux octets qu’elle a signés (révision { $revision }) : le fichier a été modifié après la signature
V004-digest-hint = ne vous fiez pas à cette copie : demandez au secrétariat le fichier signé tel que le dernier signataire l’a renvoyé
V005-not-verified = la signature du champ { $field } (révision { $revision }) { $kind ->
    [signature] ne se vérifie pas avec le certificat qu’elle porte
    [unsupported] emploie un algorithme que sengen ne vérifie pas ({ $detail })
   *[unreadable] ne se lit pas comme une signature CMS ({ $detail })
}
V005-not-verified-hint = { $kind ->
    [signature] la signature n’a pas été faite avec la clé de ce certificat, ou a été altérée : demandez au signataire de signer à nouveau
    [unsupported] sengen vérifie RSA (PKCS #1 v1.5, PSS) et ECDSA P-256 et P-384 avec SHA-256, -384 ou -512 ; vérifiez celle-ci avec l’outil du signataire
   *[unreadable] l’outil de signature n’a pas écrit de signature CMS du type qu’emploie PAdES (ETSI.CAdES.detached, adbe.pkcs7.detached) : signez à nouveau avec un outil PAdES
}
V006-changed-after-signing = la révision { $revision } { $how ->
    [added] ajoute
    [removed] retire
   *[changed] modifie
} { $kind ->
    [page] une page
    [content] un flux de contenu (ce qu’une page affiche)
    [structure] la structure du document (ce que lisent les lecteurs d’écran)
    [annotation] une annotation
    [field] un champ de formulaire
    [signed-field] un champ déjà signé
    [catalog] le catalogue du document
    [appearance] une apparence
    [metadata] les métadonnées
    [signature] un dictionnaire de signature
    [font] une police
   *[other] un objet
} (objet { $object }) après une signature{ $others ->
    [0] {""}
    [one] , et un autre objet
   *[other] , et { $others } autres objets
} : plus que signer
V006-changed-after-signing-hint = après une signature, une révision ne peut que remplir un champ de signature ; le fichier tel qu’il a été signé s’arrête à la révision précédente
V007-moved = la signature qui se trouve dans { $field } { $known ->
    [yes] a été faite dans le champ { $signed_in }
   *[no] n’a été faite dans aucun champ du fichier signé
} : elle a été déplacée
V007-moved-hint = une signature vaut pour le signataire du champ où elle a été faite : demandez le fichier tel qu’il a été signé
V008-not-trusted = le certificat de { $signer } (champ { $field }) { $why ->
    [expired] n’était pas valide au moment de la signature
   *[no-issuer] ne remonte à aucun certificat de confiance
}
V008-not-trusted-hint = vérifiez que le fichier donné avec --trust contient le certificat racine (et les intermédiaires) de l’autorité du signataire (un prestataire de confiance eIDAS, la LGPKI)
V008-no-certificates = { $file } ne contient aucun certificat lisible (PEM : -----BEGIN CERTIFICATE-----)
V008-no-certificates-hint = donnez un fichier PEM des certificats de confiance : le certificat racine de l’autorité de chaque signataire
V009-not-this-build = { $file } n’est pas la construction de { $dir } telle qu’elle est : { $fingerprint ->
    [same] ses pages portent la même empreinte ({ $declared }), mais ses octets diffèrent
    [other] ses pages portent l’empreinte { $stated }, celle de la déclaration est { $declared }
   *[unread] aucun des PDF de la déclaration n’est sa première révision
}
V009-not-this-build-hint = { $fingerprint ->
    [same] les mêmes sources, construites par une autre version de sengen ou avec d’autres réglages (SOURCE_DATE_EPOCH, vos modèles) : construisez avec eux pour comparer
   *[other] le PDF a été fait d’autres sources : un autre projet, ou une autre déclaration
}
V009-declaration-invalid = { $dir } ne se construit pas : le PDF ne peut pas lui être comparé
V009-declaration-invalid-hint = ses propres problèmes suivent ; donnez le dossier tel qu’il était quand le PDF a été construit (`git worktree add` à cette révision)
