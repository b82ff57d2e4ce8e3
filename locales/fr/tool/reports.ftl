# Ce que disent les commandes de sengen quand elles ont fait leur travail : les
# fichiers écrits, les décomptes, les résumés, la progression. Les nombres
# choisissent leur pluriel ($count, $pages…).

## Commun à toutes les commandes

# « fichier écrit : out/shizuoka-2024.fr.pdf (4 pages, 91234 octets) » ; $pages vaut -1 pour un fichier qui n’est pas un PDF.
report-wrote = fichier écrit : { $file } ({ $pages ->
    [-1] { $bytes } octets
    [one] { $pages } page, { $bytes } octets
   *[other] { $pages } pages, { $bytes } octets
})
# Après les diagnostics : combien d’erreurs et d’avertissements.
report-problems = { $errors ->
    [0] avertissement : { $warnings } { $warnings ->
        [one] avertissement
       *[other] avertissements
    }
   *[other] erreur : { $errors } { $errors ->
        [one] problème trouvé
       *[other] problèmes trouvés
    }{ $warnings ->
        [0] {""}
        [one] {" "}et { $warnings } avertissement
       *[other] {" "}et { $warnings } avertissements
    }
}
# Les notes, comptées ($codes : « 85 × T104 ») ; $then : shown, fixable ou hidden.
report-notes = note : { $count } { $count ->
    [one] note
   *[other] notes
} sur ce que le PDF imprime déjà correctement ({ $codes }){ $then ->
    [fixable]  ; `--notes` les affiche, `--fix` les écrit dans les fichiers
    [hidden]  ; `--notes` les affiche
   *[shown] {""}
}
# Une défaillance interne (code de sortie 2) : celle de sengen, ou de son environnement.
report-internal = erreur : { $error }

## sengen build

report-no-threads = erreur : impossible de démarrer { $jobs } fils d’exécution : { $error }
report-nothing-written = note : rien n’a été écrit
report-nothing-written-for = note : rien n’a été écrit pour { $dir }
report-internal-in = erreur : { $dir } : { $error }
# La barre de progression d’un lot : sa position, sa longueur, la dernière déclaration produite.
report-batch-progress = {"{"}pos{"}"}/{"{"}len{"}"} déclarations {"{"}msg{"}"}
# Le résumé d’un lot.
report-batch = { $declarations } déclarations en { $seconds } s ({ $threads } { $threads ->
    [one] fil d’exécution
   *[other] fils d’exécution
}) : { $built } produites ({ $files } PDF, { $pages } pages){ $failed ->
    [0] {""}
   *[other] , { $failed } en échec : { $names }
}
# Une déclaration d’un lot, produite.
report-built = { $dir } : { $pdfs } { $pdfs ->
    [one] PDF produit
   *[other] PDF produits
}, { $pages } pages{ $warnings ->
    [0] {""}
    [one]  ; { $warnings } avertissement (`sengen check { $dir }`)
   *[other]  ; { $warnings } avertissements (`sengen check { $dir }`)
}
report-build-notes = note : { $count } { $count ->
    [one] note
   *[other] notes
} sur ce que le PDF imprime déjà correctement (`sengen check { $dir } --notes`)
report-build-warnings = avertissement : { $count } { $count ->
    [one] avertissement
   *[other] avertissements
} dans le texte :
report-build-check = {"  "}`sengen check { $dir }` les montre un par un{ $fixable ->
    [0] {""}
   *[other]  ; `--fix` en corrige { $fixable }
}

## sengen watch ($changed : les fichiers modifiés ; $files : leur nombre, 0 pour la première production)

report-rebuilt = { $files ->
    [0] première production
   *[other] après modification de { $changed }
} : { $pdfs } { $pdfs ->
    [one] PDF écrit
   *[other] PDF écrits
} ({ $pages } pages) en { $ms } ms{ $warnings ->
    [0] {""}
    [one]  ; { $warnings } avertissement (`sengen check { $dir }`)
   *[other]  ; { $warnings } avertissements (`sengen check { $dir }`)
}
report-not-rebuilt = { $files ->
    [0] première production
   *[other] après modification de { $changed }
} : rien n’a été produit ({ $ms } ms) ; les PDF précédents sont conservés

## sengen diff

report-nothing-compared = note : rien n’a été comparé
report-comparing = comparaison de { $old } ({ $old_fingerprint }) avec { $new } ({ $new_fingerprint })
report-no-change = aucune modification
report-diff-summary = { $reworded } { $reworded ->
    [one] bloc reformulé
   *[other] blocs reformulés
}, { $added } { $added ->
    [one] ajouté
   *[other] ajoutés
}, { $removed } { $removed ->
    [one] supprimé
   *[other] supprimés
}, { $moved } { $moved ->
    [one] déplacé
   *[other] déplacés
}, { $renamed } { $renamed ->
    [one] renommé
   *[other] renommés
} ; { $facts } { $facts ->
    [one] fait modifié
   *[other] faits modifiés
}
report-diff-facts = faits :
report-diff-blocks = blocs :
report-diff-text = texte ([-supprimé-] {"{"}+inséré+{"}"}) :
# Un fait qui n’a pas de valeur dans l’un des projets.
report-diff-none = (aucun)
# Un bloc déplacé : « history (workshop-1 → le début du texte) ».
report-diff-moved = { $id } ({ $from } → { $to })
# L’endroit où se trouve un bloc placé avant la première section.
report-diff-opening = le début du texte
# Ce qui est arrivé à un bloc : reworded, added, removed, moved, renamed.
report-diff-kind = { $kind ->
    [reworded] reformulé
    [added] ajouté
    [removed] supprimé
    [moved] déplacé
   *[renamed] renommé
}
# L’endroit d’une modification, dans l’ancien projet et dans le nouveau ($sides : both, old, new, none).
report-diff-places = { $sides ->
    [both] { $old } → { $new }
    [old] auparavant { $old }
    [new] désormais { $new }
   *[none] (formules propres à sengen)
}
report-wrote-file = fichier écrit : { $file }

## sengen xliff import

report-xliff-imported = { $lang } : { $changed } { $changed ->
    [one] unité modifiée
   *[other] unités modifiées
}, { $reviewed } enregistrées comme relues{ $stale ->
    [0] {""}
   *[other] , { $stale } tirées d’une source plus ancienne (à revoir)
}

## sengen explain

report-explain-one = `sengen explain CODE` explique l’un d’eux.
# La première ligne d’une explication ($severity : error, warning ou note).
report-explain-header = { $code } ({ $severity ->
    [error] erreur
    [warning] avertissement
   *[note] note
}) : { $summary }
report-explain-renamed = { $old } est l’ancien nom de { $code }.
report-explain-unknown = erreur : sengen n’a pas de code de diagnostic `{ $code }`
    {"  "}= conseil : `sengen explain` liste tous les codes

## sengen new

report-new-builds = `sengen build { $dir }` la produit ; remplacez son texte par le vôtre
report-new-to-fill = à renseigner avant qu’elle puisse être produite :
report-new-check = `sengen check { $dir }` nomme chacun de ces faits, avec l’endroit où l’indiquer
# Un fait de declaration.toml à renseigner, par sa clé (meeting.opens…).
new-to-fill-key = { $key }
new-to-fill-delegation = délégation `{ $id }` : nombre (count) ou membres
# Les commentaires que `sengen new --from` écrit dans declaration.toml, au-dessus de ce qui est à renseigner.
new-note-meeting = les jours de ces Rencontres{ $edition ->
    [0] {""}
   *[other] , édition { $edition },
} sont à renseigner (opens, closes).
new-note-adoption = le jour et le lieu de l’adoption sont à renseigner (date, place).
new-note-delegation = les signataires de `{ $id }` sont à renseigner (count, ou [[delegations.members]]).

## sengen serve

report-serve-page = {"  "}la page de { $dir }, sur cette machine uniquement ; Ctrl-C l’arrête
report-serve-no-browser = note : aucun navigateur n’a pu être ouvert ; ouvrez l’adresse ci-dessus
report-serve-stopped = sengen serve : arrêté

## sengen import

report-imported = { $file } importé dans { $dir } : { $sections } { $sections ->
    [one] section
   *[other] sections
}, { $subsections } { $subsections ->
    [one] sous-section
   *[other] sous-sections
}, { $paragraphs } { $paragraphs ->
    [one] paragraphe
   *[other] paragraphes
}, { $items } { $items ->
    [one] entrée de liste
   *[other] entrées de liste
}, { $commitments } { $commitments ->
    [one] engagement
   *[other] engagements
}
# Les titres du compte rendu de l’import ($heading : blocks, facts-found, facts-replaced, changes, notes).
report-import-heading = { $heading ->
    [blocks] blocs :
    [facts-found] faits trouvés :
    [facts-replaced] faits écrits sous forme de variables :
    [changes] modifications :
   *[notes] notes :
}
report-import-written-with-errors = note : le dossier a été écrit ; corrigez ce que `sengen check` signale ci-dessus avant de produire les PDF
report-import-to-review = ce que `sengen check { $dir }` signale, à revoir : { $count } { $count ->
    [one] avertissement
   *[other] avertissements
}

## sengen check

report-fixed = { $count } { $count ->
    [one] correction appliquée
   *[other] corrections appliquées
} dans { $file }
report-no-problems = { $id } : aucun problème trouvé

## sengen translations

# $count : combien de messages ont été nommés, 0 pour tous les messages.
report-reviewed = relecture enregistrée dans { $lock } : { $count ->
    [0] tous les messages
   *[other] { $ids }
} ({ $lang })
report-translations = { $lang } (traduit depuis { $source }) : { $current } à jour, { $stale } à revoir, { $unreviewed } non relus, { $missing } manquants
# $status : stale, unreviewed ou missing.
report-translations-ids = {"  "}{ $status ->
    [stale] à revoir
    [unreviewed] non relus
   *[missing] manquants
} : { $ids }

## sengen man

report-no-man-pages = erreur : impossible d’écrire les pages de manuel : { $reason }

## Une production avec vos modèles, dans un processus à part, avec des limites

report-limited-cannot-start = erreur : la production avec vos modèles n’a pas pu être lancée

## sengen verify : son rapport (src/cmd/verify.rs)

verify-summary = { $file } : { $signed } { $fields ->
    [one] champ de signature signé
   *[other] champs de signature signés
} sur { $fields }, en { $revisions } { $revisions ->
    [one] révision
   *[other] révisions
}
verify-unsigned = Pas encore signés ({ $count }) : { $fields }
verify-field-signed = { $n }. { $field } ({ $signatory }) : signé par { $signer }{ $organization ->
    [none] {""}
   *[other] , { $organization }
}, le { $time } selon l’horloge du signataire ({ $algorithm }, révision { $revision })
verify-check = {"   "}{ $holds ->
    [yes] ✓
    [no] ✗
   *[unknown] ·
} { $check ->
    [covers] { $holds ->
        [yes] couvre tout le fichier tel qu’il était à la signature, sauf sa propre valeur
       *[other] ne couvre pas le fichier tel qu’il était à la signature
    }
    [intact] { $holds ->
        [yes] les octets signés sont inchangés et la signature se vérifie avec son certificat
        [no] les octets signés ont changé, ou la signature ne se vérifie pas
       *[unknown] non vérifié : les octets signés sont introuvables
    }
    [in-place] { $holds ->
        [yes] se trouve dans le champ où elle a été faite
        [no] n’a pas été faite dans ce champ
       *[unknown] non vérifié
    }
    [later] { $holds ->
        [yes] les révisions suivantes ne font qu’ajouter des signatures
       *[other] une révision suivante change plus que des signatures
    }
    [timestamped] porte un jeton d’horodatage (dont sengen ne vérifie pas la signature)
   *[trusted] { $holds ->
        [yes] son certificat remonte à un certificat de confiance (--trust)
        [no] son certificat ne remonte à aucun certificat de confiance
       *[unknown] c’est à l’autorité du signataire de garantir son certificat : non jugé (donnez --trust CERTIFICATS pour en juger)
    }
}
verify-origin-build = La première révision du fichier est { $file } tel que cette déclaration le construit (empreinte { $fingerprint }), octet pour octet{ $fields ->
    [yes] , avec ses champs de signature
   *[no] {""}
}.
verify-origin-other = La première révision du fichier n’est pas une construction de cette déclaration telle qu’elle est (V009 ci-dessous).
verify-verdict = { $holds ->
    [yes] Toutes les vérifications sont satisfaites.
   *[no] Toutes les vérifications ne sont pas satisfaites :
}

# src/cmd/block.rs
report-block-added = ajouté : { $id }
report-block-removed = supprimé : { $ids } ({ $count ->
    [one] un bloc
   *[other] { $count } blocs
    }, avec leurs messages)
report-block-moved = déplacé : { $id }
report-block-to-translate = { $lang } : { $count ->
    [one] un message
   *[other] { $count } messages
    } à traduire
report-language-added = { $lang } ajouté : chaque message est à traduire (`sengen xliff export DOSSIER --lang { $lang }` les envoie)
