# Ce que `sengen import` dit d’un projet : d’où vient chaque bloc, les faits qu’il
# y a trouvés, ce qu’il a écrit sous forme de variables, ses décisions, les
# modifications d’un projet ultérieur. $place est un endroit du projet
# (« paragraphe 3 », « ligne 12 »).

## Les endroits d’un projet

place-paragraph = paragraphe { $number }
place-line = ligne { $number }
place-page = paragraphe { $number } (page { $page })
# Plusieurs endroits d’une même sorte ($kind : paragraph ou line) : « paragraphes 3, 12 et 20 ».
place-list = { $kind ->
    [line] { $count ->
        [one] ligne { $last }
       *[other] lignes { $first } et { $last }
    }
   *[paragraph] { $count ->
        [one] paragraphe { $last }
       *[other] paragraphes { $first } et { $last }
    }
}

## Ce qui est devenu quoi

import-block = { $place } → { $id }
import-found-edition = édition { $edition } : « { $text } » ({ $place })
import-found-count = { $count } collectivités de la délégation `{ $id }` : le préambule ({ $place })
import-found-adoption = adoptée le { $date } : « { $text } » ({ $place })
import-found-meeting = les Rencontres du { $opens } au { $closes } : le préambule ({ $place })
import-found-place = adoptée à { $place } : le titre « { $title } »
import-replaced = { $place }, { $id } : { $typed } → { $variable }

## Les décisions prises en chemin

import-note-before-preamble = hors du texte, avant le préambule : { $places } (--preamble)
import-note-joined = réunion de { $first } et de { $second } en un seul paragraphe : le texte s’arrête au milieu d’une phrase, puis reprend par une minuscule
import-note-sections = sections : les titres « { $word } N » ({ $count } au total), et les titres qui les suivent sans être suivis d’une liste ; les autres titres sont des sous-sections
import-note-facts-as-typed = { $id } : ses faits restent tels qu’ils ont été saisis (sous forme de variables, le texte se lirait autrement)
import-note-heading-number = { $place } : « { $number } », le numéro que la liste de Word donne à ce titre, gardé dans son texte
import-note-numbered-heading = { $place } : « { $text } », un paragraphe en gras numéroté seul par une liste, pris pour un titre, son numéro gardé
import-note-own-notice = { $place } : l’avis que sengen imprime sur une traduction provisoire, laissé de côté (sengen l’imprime de nouveau d’après les faits)
import-note-own-dateline = { $place } : la ligne « Fait à… » que sengen imprime au-dessus des signatures, laissée de côté (sengen l’imprime de nouveau d’après les faits)
import-note-pdf-tagged = le PDF est balisé : ses paragraphes, titres et entrées de liste sont ceux que nomme son arbre de structure ; ce qu’il marque comme éléments de page est laissé de côté
import-note-pdf-untagged = le PDF n’est pas balisé : ses paragraphes sont lus d’après sa mise en page (lignes réunies là où l’espacement, les retraits et les fins de ligne l’indiquent)
import-note-pdf-tags-ignored = les balises du PDF contiennent trop peu de son texte pour qu’on s’y fie : ses paragraphes sont lus d’après sa mise en page
import-note-pdf-furniture = « { $text } » laissé de côté : élément de page (page { $pages })
import-note-pdf-word-joined = « { $cut } » en fin de ligne réuni à la ligne suivante : « { $joined } »
import-note-pdf-figures = { $count ->
    [one] une figure laissée
   *[other] { $count } figures laissées
} de côté (page { $pages }) : blocs de signature et images sont faits à partir des faits, pas importés
import-note-pdf-signature-pages = pages de signature laissées de côté (page { $pages }) : les signataires sont des faits de declaration.toml, pas du texte
import-note-pdf-other-languages = les balises du PDF donnent ses paragraphes en { $languages } : seuls ceux en { $lang } sont lus ({ $count } autres laissés de côté)
import-note-pdf-turned-text = { $count } caractères posés en biais (un filigrane) laissés de côté

## Un projet ultérieur repris (--into)

# $verb : updated ou added.
import-change = { $id } { $verb ->
    [updated] mis à jour
   *[added] ajouté
} ({ $place })
import-change-left-out = { $id } laissé de côté : le projet ne le contient plus ; son message reste dans { $lang }.ftl
import-change-to-translate = il manque à { $lang }.ftl { $count } { $count ->
    [one] nouveau message : traduisez-le
   *[other] nouveaux messages : traduisez-les
} (sengen xliff export { $dir } --lang { $lang } --only stale)
