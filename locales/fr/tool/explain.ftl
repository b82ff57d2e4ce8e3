# Les explications de sengen sur ses codes de diagnostic (`sengen explain CODE`), et le
# résumé en une ligne de chacun (`sengen explain`, le tableau des codes de docs/format.md).
# Un code reste un code dans toutes les langues. Les accolades et un `[`, `*` ou `.` en début
# de ligne s’écrivent en chaînes littérales ({"{"}, {"["}) afin de se lire comme du texte.

## Les familles de codes, par leur lettre

family-S = les fichiers de la déclaration et leur structure (`declaration.toml`)
family-F = les fichiers de texte Fluent (`<lang>.ftl`)
family-G = glyphes : des caractères que les polices ne savent pas dessiner
family-B = caractères indésirables : invisibles, ou perdus lors d’une conversion
family-X = des faits saisis dans le texte au lieu d’être tirés des données
family-P = la concordance entre les langues
family-L = les langues et les traductions (`translations.lock`)
family-T = la typographie
family-R = les modèles et la composition
family-I = l’import d’un projet depuis un traitement de texte (`sengen import`)
family-V = les PDF signés (`sengen verify`)
family-C = la ligne de commande et l’environnement

## S001
S001-summary = un fichier ou le dossier de la déclaration ne peut pas être lu
S001 =
    sengen n’a pas pu lire un fichier dont il a besoin : le dossier de la déclaration
    lui-même, son declaration.toml ou l’un de ses fichiers de texte <lang>.ftl. Le
    diagnostic indique la raison donnée par le système (fichier introuvable,
    permission refusée).

    Exemple :
        sengen build fixtures/shizuoka-2042      (un dossier qui n’existe pas)

    Indiquez le dossier qui contient declaration.toml et les fichiers <lang>.ftl, et
    vérifiez que vous avez le droit de les lire.

## S002
S002-summary = un fichier n’est pas en UTF-8 valide
S002 =
    Chaque fichier de texte d’une déclaration est lu en UTF-8. La lecture d’un fichier
    enregistré dans un autre codage (Shift_JIS, Windows-1252, UTF-16) s’arrête à son
    premier octet qui n’est pas de l’UTF-8 ; le diagnostic le désigne.

    Exemple : un ja.ftl enregistré en Shift_JIS par un ancien éditeur de texte.

    Enregistrez de nouveau le fichier en UTF-8 (tout éditeur récent le propose).

## S003
S003-summary = `declaration.toml` n’est pas du TOML valide, ou ne suit pas le format
S003 =
    declaration.toml est écrit en TOML, et toutes les clés qu’il peut contenir sont
    listées dans docs/format.md. Une erreur de syntaxe, une clé inconnue (souvent une
    faute de frappe), une clé manquante ou une valeur du mauvais type est signalée à
    l’endroit où elle se trouve.

    Exemple :
        {"["}meeting]
        editon = 12        # champ `editon` inconnu, attendu l’un de `edition`, ...

    Corrigez l’orthographe, ajoutez la clé manquante ou donnez à la valeur le type
    attendu ; un éditeur qui lit docs/declaration.schema.json complète et vérifie le
    fichier au fil de la saisie.

## S004
S004-summary = un fichier de texte dépasse 8 Mo
S004 =
    Une déclaration entière dépasse rarement 1 Mo. Le temps et la mémoire nécessaires
    croissent avec le texte (environ 3 s et 250 Mo par Mo) ; un fichier plus gros est
    donc refusé avant qu’il n’épuise la machine.

    Exemple : un ja.ftl dans lequel un rapport entier a été collé par erreur.

    Vérifiez qu’il s’agit bien du bon fichier.

## S010
S010-summary = l’édition vaut 0
S010 =
    `meeting.edition` numérote les Rencontres de la série à partir de 1.

    Exemple :
        {"["}meeting]
        edition = 0

    Les premières Rencontres d’une série sont l’édition 1.

## S011
S011-summary = les Rencontres se terminent avant de commencer
S011 =
    La date `meeting.closes` est antérieure à la date `meeting.opens`.

    Exemple :
        opens = 2024-11-21
        closes = 2024-11-18

    Intervertissez les deux dates, ou corrigez l’une d’elles.

## S012
S012-summary = la déclaration est adoptée en dehors des jours des Rencontres
S012 =
    Une déclaration est adoptée pendant ses Rencontres : `adoption.date` doit tomber
    entre `meeting.opens` et `meeting.closes`.

    Exemple :
        {"["}meeting]
        opens = 2024-11-18
        closes = 2024-11-21
        {"["}adoption]
        date = 2024-11-22

    Corrigez la date d’adoption ou les jours des Rencontres.

## S013
S013-summary = l’identifiant de la déclaration ne peut pas servir à nommer les fichiers produits
S013 =
    L’identifiant donne son nom à chaque fichier produit (`shizuoka-2024` donne
    shizuoka-2024.fr.pdf) ; il ne contient donc que des lettres minuscules, des
    chiffres et des traits d’union, jamais deux à la suite.

    Exemple :
        id = "Shizuoka 2024"

    Écrivez `shizuoka-2024`.

## S014
S014-summary = une date comporte une heure, ou n’est pas une date
S014 =
    Les dates de declaration.toml sont des dates locales TOML, sans heure ni décalage
    horaire.

    Exemple :
        date = 2024-11-21T10:00:00

    Écrivez `date = 2024-11-21`.

## S015
S015-summary = l’identifiant d’une délégation n’est pas valide
S015 =
    L’identifiant d’une délégation sert à nommer, dans le texte, le nombre de ses
    membres (`{"{"} $japan-count {"}"}`) ; il commence donc par une lettre et ne
    contient que des lettres minuscules, des chiffres et des traits d’union, jamais
    deux à la suite.

    Exemple :
        id = "Japan"

    Écrivez `id = "japan"`.

## S016
S016-summary = deux délégations ont le même identifiant
S016 =
    Chaque délégation a besoin de son propre identifiant : sinon, le texte ne pourrait
    pas distinguer le `{"{"} $japan-count {"}"}` de l’une de celui de l’autre.

    Donnez à chaque délégation son propre identifiant.

## S017
S017-summary = la déclaration n’a aucune langue
S017 =
    `languages` liste les langues de la déclaration, chacune avec son fichier
    <tag>.ftl ; une liste vide ne laisse rien à produire.

    Exemple :
        languages = []

    Écrivez par exemple `languages = ["fr", "ja"]`.

## S018
S018-summary = une langue n’est pas une étiquette BCP 47
S018 =
    Les langues sont désignées par des étiquettes BCP 47 : `fr`, `ja`, `en`, `fr-CA`.

    Exemple :
        languages = ["French"]

    Écrivez `languages = ["fr"]`.

## S019
S019-summary = une langue figure deux fois dans la liste
S019 =
    Chaque langue ne figure qu’une fois dans `languages`.

    Exemple :
        languages = ["fr", "ja", "fr"]

    Supprimez la répétition.

## S020
S020-summary = une langue n’a pas de fichier de texte
S020 =
    Chaque langue de la liste a besoin de son texte, dans un fichier <tag>.ftl placé
    à côté de declaration.toml.

    Exemple : `languages = ["fr", "ja"]` dans un dossier qui ne contient que fr.ftl.

    Créez ja.ftl, avec le texte en japonais, ou retirez la langue.

## S021
S021-summary = une sous-section précède toute section
S021 =
    Un titre `subsection` appartient à la section qui le précède ; placé avant la
    première `section`, il n’appartient à aucune.

    Exemple :
        body = [
          {"{"} subsection = "w1-mobility" {"}"},
          {"{"} section = "workshop-1" {"}"},
        ]

    Commencez d’abord une section, ou faites de ce titre une `section`.

## S022
S022-summary = une liste ne nomme aucun message
S022 =
    Un bloc `items` ou `commitments` liste les messages de ses entrées ; un bloc vide
    n’imprimerait rien.

    Exemple :
        {"{"} items = [] {"}"}

    Nommez au moins un message, ou supprimez le bloc.

## S023
S023-summary = une section ou une sous-section est vide
S023 =
    Un titre sous lequel il n’y a rien est presque toujours un bloc oublié ou placé
    au mauvais endroit.

    Exemple :
        {"{"} section = "workshop-1" {"}"},
        {"{"} section = "workshop-2" {"}"},

    Ajoutez les paragraphes ou les listes de la section, ou supprimez le titre.

## S024
S024-summary = un identifiant de message est employé deux fois dans la structure
S024 =
    Chaque bloc a son propre message. Le même identifiant employé deux fois imprime
    deux fois le même texte, ce qui est presque toujours une erreur de copier-coller.

    Exemple :
        {"{"} paragraph = "context" {"}"},
        {"{"} paragraph = "context" {"}"},

    Donnez au second bloc son propre message (copiez le texte sous un nouvel
    identifiant s’il se répète vraiment).

## S025
S025-summary = un réglage nomme une langue qui ne figure pas dans `languages`
S025 =
    `translation.provisional`, `calendar` et `bilingual.pair` ne peuvent nommer que
    des langues de la déclaration.

    Exemple :
        languages = ["fr", "ja"]
        {"["}calendar]
        jp = "japanese"

    Écrivez `ja`, l’étiquette que la déclaration liste.

## S026
S026-summary = `bilingual.pair` ne désigne pas deux langues différentes
S026 =
    Le PDF bilingue place deux langues côte à côte : `pair` nomme la langue de la
    colonne de gauche, puis celle de la colonne de droite.

    Exemple :
        {"["}bilingual]
        pair = ["fr", "fr"]

    Écrivez `pair = ["fr", "ja"]`.

## S027
S027-summary = une délégation n’a ni nombre ni membres
S027 =
    Les pages de signature doivent savoir combien de signataires compte une
    délégation : listez ses signataires, ou indiquez `count` s’ils ne sont pas encore
    connus.

    Exemple :
        {"["}[delegations]]
        id = "france"

    Ajoutez `count = 19`, ou les [[delegations.members]] de la délégation.

## S028
S028-summary = le nombre d’une délégation contredit sa liste de membres
S028 =
    Quand une délégation liste ses membres, son nombre est la longueur de la liste ;
    un `count` qui dit autre chose est une contradiction que le texte répéterait.

    Exemple :
        count = 20         # mais 19 [[delegations.members]] suivent

    Supprimez `count` (il est calculé), ou corrigez-le ; si la liste est incomplète,
    indiquez `complete = false`.

## S029
S029-summary = un fait que la déclaration doit donner n’est pas donné
S029 =
    Une déclaration a besoin des jours de ses Rencontres (quand il y en a), ainsi que
    du jour et du lieu de son adoption. Chaque fait manquant est nommé, tous en une
    seule fois ; `sengen new --from` les omet exprès, pour que le secrétariat les
    renseigne.

    Exemple :
        {"["}adoption]
        place = "adoption-place"      # pas de `date`

    Ajoutez `date = 2026-10-16` sous [adoption].

## S040
S040-summary = `signatures.order` ne nomme pas chaque délégation une fois
S040 =
    `[signatures] order.<lang>` donne l’ordre des parties dans l’exemplaire de cette
    langue, sous forme d’identifiants de délégation : chaque délégation une fois, et
    rien d’autre.

    Exemple :
        {"["}signatures]
        order.en = ["ashford-bay"]           # omet midorikawa

    Nommez chaque délégation : `order.en = ["ashford-bay", "midorikawa"]`.

## F001
F001-summary = une erreur de syntaxe Fluent
F001 =
    Un fichier <lang>.ftl est écrit en Fluent : `id = text`, les lignes suivantes
    indentées, les éléments insérés entre accolades. Le diagnostic désigne l’endroit
    où la syntaxe se rompt et, si l’erreur a commencé sur une ligne précédente (une
    accolade `{"{"}` non fermée), l’entrée où elle a commencé.

    Exemple :
        title = Déclaration de {"{"} -host-city

    Fermez l’accolade : `{"{"} -host-city {"}"}`.

## F002
F002-summary = un message ou un terme est défini deux fois
F002 =
    Chaque message et chaque terme d’un fichier n’a qu’une définition ; s’il y en
    avait deux, celle que le document imprime dépendrait de leur ordre.

    Exemple :
        title = Déclaration de Shizuoka
        title = Déclaration de Lyon

    Donnez à chaque message son propre identifiant, ou supprimez l’un des deux.

## F003
F003-summary = une variable inconnue
F003 =
    Le texte lit les faits de la déclaration sous forme de variables
    (`{"{"} $japan-count {"}"}`, `{"{"} $meeting-dates {"}"}`) ; toute autre variable
    n’a pas de valeur. L’indication liste les variables que fournit cette déclaration,
    ainsi que la plus proche.

    Exemple :
        preamble = Nous, représentants de {"{"} $japon-count {"}"} collectivités japonaises

    Écrivez `{"{"} $japan-count {"}"}` ; docs/format.md liste toutes les variables.

## F004
F004-summary = un renvoi à un message que le fichier ne définit pas
F004 =
    `{"{"} title {"}"}`, placé dans un message, imprime le message `title` ; celui-ci
    doit exister dans le même fichier.

    Exemple :
        closing = Ainsi adoptée, la {"{"} titel {"}"}.

    Corrigez l’identifiant, ou définissez le message.

## F005
F005-summary = un renvoi à un terme que le fichier ne définit pas
F005 =
    `{"{"} -host-city {"}"}` imprime le terme `-host-city`, défini dans le même fichier
    sous la forme `-host-city = Shizuoka`.

    Exemple :
        title = Déclaration de {"{"} -host-cty {"}"}

    Corrigez le nom, ou définissez le terme.

## F006
F006-summary = une fonction inconnue
F006 =
    Les messages peuvent appeler les fonctions que fournit sengen (`NUMBER`) ; toute
    autre fonction n’a pas de sens.

    Exemple :
        preamble = {"{"} UPPER($japan-count) {"}"} collectivités

    Supprimez l’appel, ou utilisez NUMBER.

## F007
F007-summary = un remplacement vise un message absent des formules propres à sengen
F007 =
    Le <lang>.ftl d’une déclaration peut remplacer n’importe quel message des formules
    propres à sengen (la mention « Fait à …, le … », les libellés des signatures…) en
    le définissant avec le préfixe `sengen-` : `sengen-dateline = …`. L’identifiant
    qui suit le préfixe doit être l’un de ceux de sengen ; l’indication propose le
    plus proche, et `docs/format.md` les liste.

    Exemple :
        sengen-date-line = Fait à {"{"} $place {"}"}, le {"{"} $date {"}"}

    Écrivez `sengen-dateline`.

## F010
F010-summary = un message dont la structure a besoin n’a pas de texte dans une langue
F010 =
    Chaque message que nomme declaration.toml (un titre, un paragraphe, un lieu, la
    collectivité d’un signataire) a besoin d’un texte dans chaque langue, sinon les
    PDF de cette langue auraient un trou. Un message qui n’a que des attributs n’a
    pas de texte non plus.

    Exemple : `{"{"} paragraph = "context" {"}"}` dans declaration.toml, et aucun
    `context = …` dans ja.ftl.

    Ajoutez le message au fichier de cette langue (l’indication propose un
    identifiant proche si celui qui est nommé est mal orthographié).

## F011
F011-summary = le texte d’un message ne peut pas être établi
F011 =
    Fluent n’a pas pu établir le texte du message dans cette langue : un renvoi
    tourne en boucle, ou un sélecteur n’a pas de variante pour la valeur. sengen
    n’imprime jamais `{"{"}$x{"}"}` sur le papier.

    Exemple :
        a = {"{"} b {"}"}
        b = {"{"} a {"}"}

    Rompez la boucle, ou ajoutez la variante manquante.

## F020
F020-summary = un message que la structure n’utilise pas
F020 =
    Un message qu’aucun bloc, aucun signataire ni aucun autre message n’utilise est
    en général un reste, ou un identifiant mal orthographié d’un côté (celui qui est
    mal orthographié apparaît alors aussi en F010).

    Nommez-le dans declaration.toml, ou supprimez-le.

## G001
G001-summary = un caractère qu’aucune police de sa langue ne sait dessiner
G001 =
    Chaque caractère du texte doit pouvoir être dessiné par les polices avec
    lesquelles sengen compose cette langue (intégrées à sengen), sinon le PDF
    afficherait une case vide.

    Exemple : 𠮷 (U+20BB7, une variante de 吉) dans ja.ftl ; un octet nul (NUL) collé
    avec le texte.

    Employez la forme courante du caractère (吉), ou une description ; si le nom doit
    absolument s’écrire ainsi, demandez une police qui possède ce caractère.

## B001
B001-summary = un caractère de contrôle bidirectionnel
B001 =
    Des caractères comme le forçage de droite à gauche (U+202E, RIGHT-TO-LEFT
    OVERRIDE) sont invisibles et réordonnent le texte qui les entoure : ce que voit le
    lecteur n’est pas ce que dit le fichier. Ni le français ni le japonais n’en ont
    besoin.

    `sengen check --fix` les supprime ; n’en gardez un que pour citer une écriture qui
    se lit de droite à gauche.

## B002
B002-summary = un caractère invisible sans chasse dans un texte japonais
B002 =
    Les espaces sans chasse (U+200B) et les caractères de liaison invisibles, collés
    depuis un traitement de texte, ne se voient pas : ils perturbent la recherche dans
    le PDF et la coupure des lignes en japonais.

    `sengen check --fix` les supprime.

## B003
B003-summary = � (U+FFFD), la marque d’un caractère perdu lors d’une conversion
B003 =
    Le losange à point d’interrogation � (U+FFFD) remplace un caractère qu’un
    programme n’a pas pu convertir : le caractère d’origine est perdu. Fluent le
    produit aussi pour `{"{"}"\uD800"{"}"}`, une moitié de paire UTF-16.

    Exemple :
        place = Shizuoka, le 21 novembre 2024 � 10 h

    Retapez ce que dit l’original.

## X001
X001-summary = un nombre écrit dans le texte contredit les délégations
X001 =
    Un nombre de collectivités saisi dans le texte ne concorde pas avec les
    délégations de declaration.toml : l’un des deux est faux, et les pages de
    signature suivent les données.

    Exemple : le préambule dit « 37 collectivités japonaises » et la délégation
    japonaise compte 36 membres.

    Écrivez le nombre sous forme de variable (`{"{"} $japan-count {"}"}`), pour que le
    texte suive les données.

## X002
X002-summary = un nombre ou une édition saisi à la main
X002 =
    Le nombre écrit dans le texte correspond aujourd’hui aux données, mais, saisi à
    la main, il ne suivra pas les données quand elles changeront (au prochain projet,
    à la prochaine édition).

    Exemple :
        meeting = 8<sup>e</sup> Rencontres franco-japonaises

    `sengen check --fix` le remplace par sa variable (`{"{"} $edition-ordinal {"}"}`).

## X003
X003-summary = le texte nomme une édition postérieure à la suivante
X003 =
    Le texte nomme une édition de la série qui vient après la prochaine : une faute de
    frappe, ou un texte copié d’une déclaration ultérieure.

    Exemple : « les 10<sup>e</sup> Rencontres » dans la déclaration des 8e Rencontres.

    Utilisez `{"{"} $edition-ordinal {"}"}` ou `{"{"} $next-edition-ordinal {"}"}`.

## X004
X004-summary = le texte date un jour des Rencontres d’une autre année
X004 =
    Une date saisie dans le texte tombe sur l’un des jours des Rencontres, mais une
    autre année : c’est presque toujours le texte de la fois précédente, non mis à
    jour.

    Exemple : « le 21 novembre 2023 » dans la déclaration de Rencontres tenues du 18
    au 21 novembre 2024.

    Utilisez `{"{"} $meeting-dates {"}"}`, `{"{"} $adoption-date {"}"}`…, qui suivent
    les données.

## P001
P001-summary = une liste à l’intérieur d’un message n’a pas le même nombre d’entrées dans une autre langue
P001 =
    Un message qui contient une liste sur ses lignes (des lignes commençant par -, ・,
    ①, 1.) doit en avoir autant d’entrées dans chaque langue, sinon une version en
    dit plus que l’autre.

    Accordez les listes, ou faites de la liste un bloc `items` dans declaration.toml.

## L001
L001-summary = sengen n’a ni formules ni règles pour une langue
L001 =
    sengen écrit lui-même certains mots (la mention « Fait à …, le … », les libellés
    des pages de signature, les ordinaux, les dates) et compose chaque langue selon
    ses règles ; les uns comme les autres proviennent du dossier locales/<tag>/ de
    sengen. Une langue qui n’en a pas ne peut pas être produite.

    Exemple :
        languages = ["ko"]

    Employez une langue que sengen connaît (l’indication les liste), ou ajoutez
    locales/<tag>/ à sengen : ses formules (sengen.ftl) et son profil (profile.toml).

## L010
L010-summary = une traduction est à revoir
L010 =
    translations.lock enregistre, pour chaque message traduit, le texte source par
    rapport auquel il a été relu. La source a changé depuis : la traduction ne dit
    peut-être plus la même chose.

    Mettez la traduction à jour, puis enregistrez-la :
        sengen translations DIR --mark-reviewed ja <id>

## L011
L011-summary = une traduction n’a jamais été enregistrée comme relue
L011 =
    La déclaration tient un fichier translations.lock, mais ce message traduit n’y
    figure pas : personne n’a enregistré l’avoir vérifié par rapport à la source.

    Vérifiez-le, puis : sengen translations DIR --mark-reviewed ja <id>

## L020
L020-summary = `translations.lock` n’est pas valide
L020 =
    translations.lock est un fichier TOML écrit par
    `sengen translations --mark-reviewed` : une table par langue traduite, avec
    `message-id = "hash"` dans chacune.

    Supprimez-le pour repartir de zéro, puis enregistrez de nouveau les traductions
    relues.

## L021
L021-summary = `--mark-reviewed` ne peut pas enregistrer un message
L021 =
    `sengen translations --mark-reviewed LANG [ID…]` enregistre comme relues des
    traductions en LANG. LANG doit être l’une des langues traduites de la déclaration
    (pas sa langue source), et chaque ID un message de la source qui a un texte en
    LANG.

    Exemple :
        sengen translations fixtures/shizuoka-2024 --mark-reviewed ja titel

    Corrigez la langue ou l’identifiant.

## L030
L030-summary = un fichier XLIFF ne peut pas être lu
L030 =
    `sengen xliff import` lit un fichier XLIFF 1.2 ou 2.0 avec méfiance, comme une
    donnée potentiellement malveillante : il doit être du XML bien formé en UTF-8, de
    16 Mo au plus, sans DTD (une DTD peut déclarer des entités qui se développent en
    gigaoctets, ou lire des fichiers, et sengen n’en lit aucune) et sans autres
    entités que celles de XML (&lt; &amp;…).

    Exemple : un fichier XLIFF qui commence par <!DOCTYPE xliff [ <!ENTITY …> ]>.

    Enregistrez de nouveau le fichier depuis l’outil de traduction, ou exportez-le de
    nouveau.

## L031
L031-summary = une unité XLIFF que la déclaration n’a pas
L031 =
    Chaque unité d’un fichier XLIFF est un message du texte source de la déclaration
    (son identifiant, `id.attr` pour un attribut, `-term` pour un terme), une seule
    fois. Une unité portant un autre identifiant provient d’une autre déclaration, ou
    d’un projet dont le message a depuis été supprimé ou renommé.

    Exportez de nouveau le fichier (`sengen xliff export`) et traduisez ce nouveau
    fichier.

## L032
L032-summary = une unité XLIFF traduite à partir d’un texte source plus ancien
L032 =
    Le texte source de l’unité a changé depuis l’export du fichier : la traduction dit
    peut-être ce que le texte ne dit plus. Les indications montrent le texte à partir
    duquel la traduction a été faite, et celui d’aujourd’hui.

    Traduisez de nouveau l’unité à partir d’un nouvel export, ou acceptez-la telle
    quelle avec `sengen xliff import DIR FILE --accept-stale` : elle est alors marquée
    à revoir (L010) jusqu’à ce que quelqu’un la relise.

## L033
L033-summary = un code protégé d’une unité XLIFF manque, a été ajouté ou a été modifié
L033 =
    Les codes d’une unité tiennent la place de ce que le texte n’écrit pas en toutes
    lettres : une variable ({"{"} $japan-count {"}"}), un terme ({"{"} -host-city {"}"}),
    un message, un exposant. Une traduction garde chacun d’eux et n’en ajoute aucun ;
    un code dont l’identifiant ou le sens a changé imprimerait autre chose, ou rien.

    Remettez le code tel que l’outil le montre dans la source.

## L034
L034-summary = un fichier XLIFF pour une langue qui n’est pas une traduction de la déclaration
L034 =
    `sengen xliff` sert à échanger une traduction : sa langue cible doit être l’une des
    langues de la déclaration autre que la première (la source).

    Exemple :
        sengen xliff export fixtures/shizuoka-2024 --lang fr     (le français est la source)

## L035
L035-summary = une unité XLIFF verrouillée a été modifiée
L035 =
    Un message qui choisit entre des variantes (un sélecteur Fluent, par exemple pour
    les formes du pluriel) est exporté verrouillé, avec une note : les outils de
    traduction n’ont pas de moyen commun de modifier les variantes Fluent. Sa
    traduction n’est pas importée.

    Traduisez-le directement dans le fichier <lang>.ftl.

## T101
T101-summary = français : une espace fine insécable avant ; ! ?
T101 =
    La typographie française place une espace fine insécable (U+202F) avant le
    point-virgule, le point d’exclamation et le point d’interrogation, afin que le
    signe ne se retrouve jamais en début de ligne.

    Exemple : « Agissons ! » saisi avec une espace ordinaire.

    `sengen check --fix` l’insère.

## T102
T102-summary = français : une espace insécable avant le deux-points
T102 =
    La typographie française place une espace insécable (U+00A0) avant le
    deux-points (mais pas entre des chiffres, comme dans 10:30, ni dans une adresse,
    comme dans https:).

    `sengen check --fix` l’insère.

## T103
T103-summary = français : des espaces fines insécables à l’intérieur des guillemets « »
T103 =
    Les guillemets français prennent une espace fine insécable (U+202F) à
    l’intérieur : « texte ».

    `sengen check --fix` les insère.

## T104
T104-summary = français : une apostrophe droite
T104 =
    Le français écrit l’apostrophe typographique ’ (U+2019). Le PDF imprime déjà ’
    pour une apostrophe droite placée entre deux lettres ; ce n’est donc qu’une note,
    pas un avertissement : le PDF est correct, et le fichier l’est aussi quand il
    contient lui-même ’.

    `sengen check --fix` la remplace.

## T105
T105-summary = français : un guillemet droit
T105 =
    Le français cite entre guillemets « … », avec des espaces fines insécables à
    l’intérieur.

    Remplacez les guillemets à la main (c’est à vous de dire lequel ouvre).

## T106
T106-summary = français : un suffixe d’ordinal long
T106 =
    Les ordinaux français prennent le suffixe court : 1re, 1res, 8e, et non 1ère ou
    8ème.

    Exemple : « la 2ème édition » s’écrit « la 2<sup>e</sup> édition ».

## T107
T107-summary = français : un ordinal sans exposant
T107 =
    Les ordinaux français composent leur suffixe en exposant : 8<sup>e</sup>.

    `sengen check --fix` l’ajoute ; une variable comme `{"{"} $edition-ordinal {"}"}`
    est préférable quand l’ordinal est un fait.

## T108
T108-summary = français : plusieurs espaces à la suite
T108 =
    Une seule espace sépare les mots ; plusieurs à la suite sont une faute de frappe
    (le PDF n’en montrerait qu’une, le fichier induit en erreur).

    `sengen check --fix` n’en laisse qu’une.

## T109
T109-summary = français : un trait d’union entre deux espaces
T109 =
    Entre deux espaces, c’est un tiret qu’il faut : le tiret demi-cadratin – (U+2013).

    `sengen check --fix` le remplace.

## T201
T201-summary = japonais : une ponctuation en demi-chasse à côté du japonais
T201 =
    À côté de caractères japonais, la ponctuation est en pleine chasse : 、。（）！？.

    Exemple : 静岡市(日本) s’écrit 静岡市（日本）.

    `sengen check --fix` la remplace (avec le point et la virgule qu’emploie le
    texte).

## T202
T202-summary = japonais : un guillemet ASCII à côté du japonais
T202 =
    Le japonais cite entre 「」 (et entre 『』 à l’intérieur de ceux-ci), et non avec "
    ou '.

    Remplacez les guillemets à la main.

## T203
T203-summary = japonais : deux sortes de point ou de virgule
T203 =
    Un texte japonais emploie un seul point (。 ou ．) et une seule virgule (、 ou ，)
    d’un bout à l’autre ; sengen retient ceux que le texte emploie le plus.

    `sengen check --fix` remplace les autres.

## T204
T204-summary = japonais : des lettres ou des chiffres dans l’autre chasse
T204 =
    Les lettres latines et les chiffres d’un texte japonais sont en demi-chasse
    (2024年) ou en pleine chasse (２０２４年), selon la règle maison de la déclaration
    (`typography.japanese-alphanumerics`, demi-chasse par défaut).

    `sengen check --fix` les convertit.

## R001
R001-summary = Typst ne peut pas composer la source produite par les modèles propres à sengen
R001 =
    La source Typst que sengen produit à partir de ses propres modèles est toujours
    valide ; si Typst, le moteur de composition, la refuse, c’est une erreur de
    sengen, signalée comme une défaillance interne (code de sortie 2) avec le message
    de Typst rapporté à la source produite.

    Merci de la signaler, avec la déclaration qui la fait apparaître.

## R002
R002-summary = Typst ne peut pas composer la source produite par un modèle personnalisé
R002 =
    Avec `--templates DIR`, la source produite est celle des modèles. Typst l’a
    refusée : ce n’est pas du Typst valide, ou elle lit un fichier qui lui est
    interdit (un chemin absolu, `../`, le dossier de la déclaration, un paquet). Un
    document ne lit que les fichiers de son dossier de modèles. L’indication cite la
    ligne produite.

    Exemple : `#image("/etc/passwd")` dans un modèle.

    Corrigez le modèle ; copiez dans son dossier les fichiers dont il a besoin.

## R003
R003-summary = Typst émet un avertissement sur la source produite
R003 =
    Typst a composé le document, mais avec un avertissement (une police qu’il ne
    connaît pas, une mise en page qui n’a pas convergé). Les modèles propres à sengen
    n’en provoquent aucun ; la cause est donc en général un modèle personnalisé.
    L’avertissement renvoie à la source produite (`--emit typst` l’écrit).

    Exemple : `#text(font: "Helvetica")` dans un modèle, alors que sengen n’a que ses
    propres polices.

## R030
R030-summary = le dossier de modèles ou l’un de ses fichiers ne peut pas être lu
R030 =
    `--templates DIR` doit être un dossier lisible ; chacun de ses fichiers est lu en
    mémoire avant la composition (16 Mo au plus chacun).

    Vérifiez le chemin et les droits d’accès des fichiers.

## R031
R031-summary = un lien du dossier de modèles mène en dehors de celui-ci
R031 =
    Un modèle ne peut lire que les fichiers de son propre dossier : un lien vers un
    fichier situé ailleurs permettrait à un document de lire ce que son auteur n’y a
    pas mis.

    Copiez le fichier dans le dossier de modèles au lieu d’y faire un lien.

## R032
R032-summary = un modèle n’est pas du Handlebars valide
R032 =
    Un fichier `<name>.typ.hbs` du dossier de modèles ne se lit pas comme du
    Handlebars ; le diagnostic désigne l’endroit.

    Exemple :
        {"{"}{"{"}#each body{"}"}{"}"} … (sans {"{"}{"{"}/each{"}"}{"}"})

    Fermez le bloc.

## R033
R033-summary = un modèle nomme quelque chose que son contexte ne contient pas
R033 =
    Les modèles s’exécutent dans le mode strict de Handlebars : une variable mal
    orthographiée est une erreur, et non une chaîne vide sur le papier.
    docs/format.md liste ce que reçoit chaque modèle.

    Exemple :
        {"{"}{"{"}edition.titel{"}"}{"}"}

    Écrivez `{"{"}{"{"}edition.title{"}"}{"}"}`.

## V001
V001-summary = le fichier n’est pas un PDF que sengen sait lire
V001 =
    `sengen verify` lit le PDF signé tel que les signataires l’ont renvoyé.
    Il n’a pas pu : le fichier manque, n’est pas un PDF, est chiffré,
    endommagé ou dépasse 256 Mo. Une copie imprimée en PDF, ou numérisée,
    garde l’aspect des signatures mais aucune des signatures elles-mêmes.

    Demandez au secrétariat le fichier signé tel que le dernier signataire
    l’a envoyé.

## V002
V002-summary = le PDF n’a aucune signature
V002 =
    Rien n’est signé dans le fichier : il n’y a rien à vérifier. Un PDF
    construit avec `sengen build --signature-fields` a un champ vide pour
    chaque signataire ; chacun signe le sien, l’un après l’autre
    (docs/signing.md).

## V003
V003-summary = une signature ne couvre pas le fichier tel qu’il était à la signature
V003 =
    Une signature PDF couvre une plage d’octets : tout le fichier tel qu’il
    était quand elle a été faite, sauf sa propre valeur. Ici, la plage ne
    s’arrête pas là où finit une révision du fichier, ou laisse de côté plus
    que la valeur : des octets que la signature ne protège pas pourraient
    être n’importe quoi.

    Ne vous fiez pas à cette copie ; demandez le fichier tel qu’il a été signé.

## V004
V004-summary = une signature ne correspond plus aux octets signés : le fichier a été modifié
V004 =
    La signature indique l’empreinte (SHA-256…) des octets qu’elle a
    signés. Les octets de sa plage n’ont plus cette empreinte : quelque
    chose du fichier tel qu’il a été signé a changé depuis, ne serait-ce
    qu’un octet.

    Ne vous fiez pas à cette copie ; demandez le fichier tel que le dernier
    signataire l’a renvoyé.

## V005
V005-summary = une signature ne se vérifie pas, ou ne se lit pas
V005 =
    La valeur de la signature ne se vérifie pas avec la clé publique du
    certificat qu’elle porte, ou sengen ne sait pas la lire : ce n’est pas
    une signature CMS du type qu’emploie PAdES, ou elle emploie un
    algorithme que sengen ne vérifie pas (sengen vérifie RSA PKCS #1 v1.5
    et PSS, ECDSA P-256 et P-384, avec SHA-256, SHA-384 ou SHA-512).

## V006
V006-summary = une révision postérieure à une signature change plus que des signatures
V006 =
    Chaque signataire signe dans une mise à jour incrémentale : le fichier
    tel qu’il était, puis ce que la signature ajoute (sa valeur dans son
    champ, une apparence, la date des métadonnées). Une révision postérieure
    à une signature qui change une page, ce qu’une page affiche, une
    annotation, la structure ou un champ déjà signé change le texte ou
    l’aspect de ce qui a été signé.

    La signature couvre toujours le fichier tel qu’il était ; le rapport
    nomme la révision et l’objet changé. Demandez le fichier tel qu’il a été
    signé.

## V007
V007-summary = une signature a été déplacée dans un autre champ
V007 =
    Une signature est faite dans un champ : celui d’un signataire. Dans le
    fichier tel qu’il a été signé, cette signature se trouvait dans un autre
    champ (ou dans aucun) : elle a été déplacée ensuite, et vaudrait pour un
    autre signataire.

## V008
V008-summary = le certificat d’un signataire ne remonte à aucun certificat de confiance
V008 =
    Avec `--trust CERTIFICATS`, le certificat de chaque signataire doit
    remonter, par les certificats que porte la signature, à l’un de ceux du
    fichier donné (le certificat racine d’un prestataire de confiance eIDAS,
    de la LGPKI…), la signature de chaque maillon vérifiée et chaque
    certificat valide au moment de la signature. Sans `--trust`, sengen dit
    qui a signé et ne juge pas le certificat : c’est à l’autorité du
    signataire de le garantir.

## V009
V009-summary = le PDF n’est pas la construction de la déclaration donnée
V009 =
    Avec un dossier de déclaration, `sengen verify` construit cette
    déclaration en mémoire et exige que la première révision du fichier
    signé soit cette construction, octet pour octet : ce qui a été signé est
    alors exactement le texte adopté. Ce n’est pas le cas : l’empreinte que
    portent les pages dit si les sources diffèrent (un autre projet, une
    autre déclaration) ou seulement la construction (une autre version de
    sengen, un autre SOURCE_DATE_EPOCH, des modèles à vous).

## I001
I001-summary = le fichier à importer n’est ni un .docx ni du texte
I001 =
    `sengen import` lit un .docx (Word 2007 et versions ultérieures, le
    « document Word » de LibreOffice) ou un texte en UTF-8 balisé comme le sont les
    projets qui circulent par courriel. Un fichier Word 97–2003 (.doc), un fichier
    vide, une archive zip qui n’est pas un document Word, ou un texte dans un autre
    codage est refusé, et rien n’est écrit.

    Exemple :
        sengen import draft.doc --lang fr -o shizuoka-2024

    Ouvrez le fichier dans le traitement de texte et enregistrez-le au format .docx
    (ou en texte UTF-8).

## I002
I002-summary = le fichier à importer est trop gros, ou se décompresse trop (une bombe de décompression)
I002 =
    Le .docx d’une déclaration pèse quelques centaines de ko. Avant de les lire,
    sengen refuse un fichier de plus de 32 Mo, une partie qui se décompresserait
    au-delà de 64 Mo ou de 200 fois sa taille compressée (ce que fait une bombe de
    décompression), et un texte de plus de 8 Mo.

    Vérifiez qu’il s’agit bien du bon fichier ; retirez du projet les images
    volumineuses.

## I003
I003-summary = le XML contenu dans un .docx ne peut pas être lu sans risque
I003 =
    Les parties d’un .docx sont du XML tel que l’écrit un traitement de texte. Une
    partie qui contient une DTD, une entité que XML ne définit pas lui-même (le
    mécanisme de l’attaque dite « billion laughs » et des entités externes), un autre
    codage que l’UTF-8, ou du XML mal formé est refusée, avec sa partie, sa ligne et
    sa colonne.

    Exemple :
        word/document.xml, ligne 2, colonne 1 : une DTD, que sengen ne lit jamais

    Enregistrez de nouveau le projet depuis le traitement de texte.

## I004
I004-summary = le .docx contient des modifications suivies
I004 =
    Un projet avec des modifications suivies contient deux textes, l’ancien et le
    nouveau : c’est au secrétariat, et non à sengen, de décider lequel importer.

    Acceptez ou refusez chaque modification dans le traitement de texte (Révision →
    Accepter toutes les modifications, ou Refuser toutes les modifications),
    enregistrez, puis importez-le de nouveau.

## I005
I005-summary = un élément du projet n’a pas sa place dans une déclaration
I005 =
    Les tableaux, images, notes de bas de page, notes de fin, commentaires et zones de
    texte n’ont pas d’équivalent dans la structure d’une déclaration : ils sont laissés
    de côté, chacun étant nommé avec son paragraphe, afin que rien ne disparaisse sans
    que vous le sachiez.

    S’il fait partie du texte, écrivez-le dans le projet sous forme de paragraphes ou
    d’entrées de liste, ou ajoutez-le à la main au fichier .ftl.

## I006
I006-summary = le projet n’a pas de titre
I006 =
    Le titre de la déclaration est le premier titre du projet : un paragraphe dans un
    style de titre, un paragraphe court entièrement en gras ou en italique, ou une
    ligne marquée `# …` dans un fichier texte. Un projet qui n’en a aucun ne peut pas
    être lu comme une déclaration.

    Appliquez un style de titre au titre dans le projet, ou désignez-le par ses
    premiers mots : `--title "Déclaration de"`.

## I007
I007-summary = un fait dont la déclaration a besoin n’est ni donné ni trouvé
I007 =
    Une déclaration a besoin du jour et du lieu de son adoption, et du nombre de ses
    signataires. `sengen import` les cherche là où les déclarations les indiquent (la
    date sous le titre, le lieu dans « Déclaration de … », les nombres dans le
    préambule) ; ce qu’il ne trouve pas doit être donné.

    Exemple :
        sengen import draft.docx --lang fr -o cannes-2026 --adoption 2026-10-30 --place Cannes --count japan=30 --count france=20

    Tous les faits manquants sont nommés en une seule fois.

## I008
I008-summary = `--sections` n’est pas une expression régulière valide
I008 =
    `--sections PATTERN` désigne par une expression régulière les titres de section
    (les autres titres sont des sous-sections).

    Exemple :
        sengen import seed.txt --lang fr -o out --sections '^(Atelier|Conclusion)'

## I009
I009-summary = `sengen import` ne peut pas écrire là où on le lui demande
I009 =
    Un premier import écrit un nouveau dossier (`-o DIR`, absent ou vide) ; un projet
    ultérieur s’importe avec `--into` dans un dossier de déclaration existant, dans sa
    langue source.

    Exemple :
        sengen import draft-2.docx --lang fr --into shizuoka-2024

## I010
I010-summary = un paragraphe nommé sur la ligne de commande de `sengen import` est introuvable, ou n’est pas à une place possible
I010 =
    Quand l’apparence d’un projet est trompeuse (une ligne de page de garde avant le
    préambule, un titre qui n’est pas dans un style de titre, le lieu et la date à la
    fin, une conclusion après autre chose que les engagements), les paragraphes sont
    désignés par les mots qui les commencent : `--preamble`, `--title`, `--dateline`,
    `--closing`. La casse, les espaces et la sorte d’apostrophe n’ont pas
    d’importance. Les mots doivent désigner un seul paragraphe ; le préambule se
    trouve avant le titre, le lieu et la date ainsi que la conclusion après lui, et
    la conclusion ne se compose que de paragraphes.

    Exemple :
        sengen import draft.docx --lang fr -o lyon-2025 --title "Déclaration de Lyon" --dateline "Fait à Lyon"

## I011
I011-summary = le projet donne un fait deux fois, avec deux valeurs
I011 =
    `sengen import` ne retient un fait trouvé que si le projet s’accorde avec
    lui-même : l’édition telle que le nom des Rencontres, le titre et le préambule
    la nomment d’abord, le nombre de collectivités de chaque délégation partout où
    le préambule les compte. Quand deux endroits donnent deux valeurs, aucune n’est
    choisie : les deux sont nommées, avec leur place, et rien n’est écrit.

    Corrigez le projet, ou indiquez la bonne valeur sur la ligne de commande
    (`--edition 9`, `--count japan=31`).

## I012
I012-summary = les jours des Rencontres sont trouvés, mais pas leur édition
I012 =
    Une déclaration enregistre les Rencontres où elle est adoptée avec leur édition :
    l’édition écrit « 9e Rencontres » ou 第9回 partout où le texte en a
    besoin, et les jours sont ceux des Rencontres. Quand le projet donne les jours
    mais qu’aucune édition n’est trouvée, les jours ne sont pas enregistrés, et
    l’import le dit au lieu de les perdre sans un mot.

    Indiquez l’édition sur la ligne de commande (`--edition 9`), ou écrivez-la dans
    le nom des Rencontres dans le projet.

## C001
C001-summary = `--lang` nomme une langue que la déclaration n’a pas
C001 =
    `--lang TAG` ne produit que certaines des langues de la déclaration ; l’indication
    les liste.

    Exemple :
        sengen build fixtures/lyon-2030 --lang ja      (une déclaration en français seulement)

## C002
C002-summary = `--layout columns` et `--layout sequential` ensemble
C002 =
    Les deux écrivent l’unique PDF bilingue, de deux façons différentes ; une même
    commande `sengen build` n’en produit qu’une.

    Choisissez une seule mise en page bilingue par commande.

## C003
C003-summary = une mise en page bilingue pour une déclaration en une seule langue
C003 =
    `--layout columns` et `--layout sequential` demandent une déclaration en deux
    langues.

    Produisez-la sans --layout, ou avec `--layout single`.

## C004
C004-summary = `SOURCE_DATE_EPOCH` n’est pas un nombre de secondes
C004 =
    SOURCE_DATE_EPOCH (ou --source-date-epoch) fixe la date de création des PDF, en
    secondes écoulées depuis le 1970-01-01 UTC : c’est la convention des compilations
    reproductibles (reproducible builds).

    Exemple :
        SOURCE_DATE_EPOCH=yesterday sengen build …

    Écrivez `SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)`, ou retirez cette
    variable d’environnement.

## C005
C005-summary = deux déclarations d’un même lot ont le même identifiant
C005 =
    Les PDF portent le nom de l’identifiant de la déclaration ; deux déclarations ayant
    le même identifiant dans un lot écraseraient donc les PDF l’une de l’autre. La
    seconde, dans l’ordre indiqué, est refusée.

    Donnez à chaque déclaration son propre identifiant, ou produisez-les dans des
    dossiers de sortie différents.

## C006
C006-summary = le dossier de sortie est à l’intérieur du dossier de modèles
C006 =
    Chaque fichier du dossier de modèles fait partie du document (et de son
    empreinte) : des PDF écrits là modifieraient les données d’entrée de la
    production suivante, et deux productions ne donneraient jamais les mêmes octets.

    Écrivez les PDF ailleurs.

## C007
C007-summary = `sengen new` ne peut pas écrire le dossier demandé
C007 =
    `sengen new DIR` écrit un nouveau dossier : DIR ne doit pas exister ou doit être
    vide (sengen n’écrase jamais une déclaration), son nom doit donner l’identifiant
    de la déclaration (`cannes-2026`), et chaque `--lang` doit être une langue pour
    laquelle sengen a un texte d’exemple.

    Exemple :
        sengen new fixtures/shizuoka-2024 --from fixtures/shizuoka-2024

    Nommez un nouveau dossier : `sengen new cannes-2026 --from fixtures/shizuoka-2024`.

## C008
C008-summary = `sengen diff --since` pour un dossier situé hors d’un dépôt git
C008 =
    `sengen diff DIR --since REV` compare le dossier à ce qu’il contenait à une
    révision git ; le dossier doit donc se trouver dans un dépôt git (un clone, ou un
    dossier créé par `git init`).

    Exemple :
        sengen diff ~/Downloads/shizuoka-2024 --since HEAD~1

    Donnez plutôt les deux projets sous forme de dossiers :
    `sengen diff OLD-FOLDER NEW-FOLDER`.

## C009
C009-summary = `sengen diff --since` ne désigne aucun commit, ou un commit sans le dossier
C009 =
    La révision de `--since` doit être un commit du dépôt du dossier (un identifiant
    de commit, une branche, une étiquette, `HEAD~2`…), et le dossier devait déjà
    exister à ce moment-là, avec son `declaration.toml`.

    Exemple :
        sengen diff fixtures/shizuoka-2024 --since draft-3
            quand aucune branche ni étiquette ne s’appelle draft-3

    `git log --oneline -- DIR` liste les commits qui ont modifié le dossier.

## C010
C010-summary = une valeur de la ligne de commande n’a pas la forme attendue
C010 =
    Certaines options prennent une valeur d’une forme donnée : une date comme
    `2024-11-21`, les jours des Rencontres comme `2024-11-18..2024-11-21`, le nombre
    d’une délégation comme `japan=35`. Toutes les valeurs qui n’ont pas cette forme
    sont nommées en une seule fois, avant tout travail.

    Exemple :
        sengen import seed.txt --lang fr -o out --adoption 21/11/2024

## C011
C011-summary = `sengen serve` ne peut pas écouter sur le port demandé
C011 =
    `sengen serve` n’écoute que sur 127.0.0.1, sur le port que désigne `--port` (8140
    par défaut). Quand un autre programme, souvent un autre `sengen serve`, occupe ce
    port, sengen le signale au lieu de démarrer ailleurs sans que vous le voyiez.

    Ouvrez l’adresse que l’autre a affichée, arrêtez-le (Ctrl-C), ou indiquez un
    autre port : `--port 0` en prend un libre, quel qu’il soit.

## C012
C012-summary = un fichier a changé sur le disque pendant que sengen le modifiait
C012 =
    sengen lit les fichiers d’une déclaration, fait une modification en mémoire, la
    vérifie, et n’écrit qu’ensuite les fichiers qu’il modifie. Si un autre programme
    (un éditeur de texte, un dossier synchronisé, un second `sengen serve`) a
    enregistré l’un de ces fichiers entre-temps, sengen n’écrit rien plutôt que
    d’écraser ce travail.

    Refaites la modification : elle portera sur ce que contient désormais le fichier.

## C013
C013-summary = une modification nomme un message, un bloc, un fait ou un fichier que la déclaration n’a pas
C013 =
    Une modification d’une déclaration (depuis la page de `sengen serve`, un import,
    une relecture) nomme ce qu’elle modifie : un message d’une langue, un bloc de la
    structure, un fait de declaration.toml. Quand la déclaration n’a rien de tel
    (l’élément a été renommé ou supprimé entre-temps, ou la modification venait d’une
    autre déclaration), rien n’est écrit.

    Rechargez la page, ou reprenez la modification à partir des propres fichiers de
    cette déclaration.

## C014
C014-summary = `--ui-lang` nomme une langue que sengen ne parle pas
C014 =
    sengen vous parle en anglais, en français ou en japonais : ses diagnostics, ses
    conseils, ses comptes rendus et ses explications. `--ui-lang` choisit l’une de
    ces langues ; sans cette option, sengen suit SENGEN_LANG, puis la langue du
    système (LC_ALL, LC_MESSAGES, LANG), puis l’anglais. Une langue dans laquelle
    sengen écrit des documents sans la parler (l’allemand) est acceptée, et sengen
    vous parle alors en anglais.

    Exemple :
        sengen check fixtures/shizuoka-2024 --ui-lang ko

    Indiquez en, fr ou ja.

## F012
F012-summary = des accolades imbriquées trop profondément
F012 =
    Les éléments insérés entre accolades ({"{"} … {"}"}) d’un message peuvent en
    contenir d’autres : une variable dans un sélecteur, un sélecteur dans une
    variante. sengen lit jusqu’à 32 niveaux : un vrai texte en demande deux ou
    trois, et des milliers d’accolades imbriquées (une touche restée enfoncée, ou
    un fichier malveillant) épuiseraient le lecteur. La lecture du fichier s’arrête
    là.

    Exemple :
        title = {"{"}{"{"}{"{"}{"{"}{"{"}{"{"}{"{"}{"{"} … (ouverte 40 fois)

    Fermez chaque accolade que vous ouvrez, ou supprimez celles qui sont en trop.

## S041
S041-summary = une délégation a plus de signataires que sengen n’en met en page
S041 =
    Chaque signataire reçoit un bloc dans les pages de signature. Les Rencontres
    de la série réunissent quelques dizaines de collectivités ; sengen met en page
    jusqu’à 1000 signataires par délégation. Un nombre plus grand est presque
    toujours une faute de frappe (un zéro de trop), et des dizaines de milliers de
    blocs demanderaient des minutes et des gigaoctets pour être composés.

    Exemple :
        {"["}{"["}delegations]]
        id = "japan"
        count = 35000

    Corrigez le nombre.

## C015
C015-summary = une production précédente s’est arrêtée pendant qu’elle remplaçait ses PDF
C015 =
    Une production écrit d’abord chaque PDF à côté de son emplacement, puis les met
    tous en place, l’un après l’autre. Si elle est interrompue entre-temps (la
    machine s’est éteinte, le processus a été arrêté), certains PDF sont les
    nouveaux et d’autres les anciens : un ensemble mélangé, dont les empreintes
    diffèrent. La production suivante dans ce dossier le signale, et les écrit de
    nouveau.

    Exemple :
        avertissement[C015]: une production précédente dans out s’est arrêtée pendant
        qu’elle remplaçait shizuoka-2024.fr-ja.pdf, shizuoka-2024.fr.pdf, shizuoka-2024.ja.pdf

    Rien à faire quand cette production les écrit tous ; sinon, produisez aussi les
    autres, ou comparez les empreintes imprimées sur leurs pages.

## C016
C016-summary = un fichier déposé sur la page est refusé
C016 =
    La page de `sengen serve` prend les fichiers d’une négociation : un projet
    en .docx ou en texte balisé, le fichier XLIFF d’un traducteur. Chacun est
    suspect jusqu’à vérification : il fait au plus 32 Mo, son nom n’est qu’un
    nom, et il est lu avec les mêmes limites que celles des commandes (un
    projet en PDF d’abord dans un processus à part, avec des limites de
    mémoire et de temps, comme `sengen import` le lit). Rien n’est écrit
    quand un fichier est refusé.

    Exemple :
        error[C016]: huge.docx fait 40.0 Mo : trop pour la page

    Vérifiez que c’est le bon fichier : le projet d’une déclaration fait quelques centaines de ko.

## R034
R034-summary = une production avec vos modèles a été arrêtée : trop de mémoire ou de temps
R034 =
    Les modèles sont du code, que Typst exécute. Les modèles de sengen
    composent une déclaration en quelques secondes ; les vôtres s’exécutent
    avec des limites (4 Go de mémoire, 300 s de calcul), pour qu’une erreur
    (une boucle qui ne finit pas, un tableau d’un milliard de nombres) ne
    puisse ni bloquer ni épuiser la machine. Quand une limite est dépassée,
    la production est arrêtée et rien n’est écrit.

    Exemple :
        #for i in range(2000000000) {"["} … ]

    Cherchez ce que le modèle fabrique en trop grande quantité, ou répète sans fin.

## R035
R035-summary = vos modèles ne donnent pas de case de signature pour un champ de signature
R035 =
    Avec --signature-fields, chaque signataire reçoit un champ de signature
    électronique posé exactement sur l’espace que son bloc laisse pour
    signer. Le modèle de sengen marque les deux coins de cet espace ; un
    modèle à vous qui remplace `signature-block` doit les marquer aussi,
    sans quoi sengen ne sait pas où placer le champ. Rien n’est écrit.

    Gardez le bloc de 16 mm du style.typ.hbs de sengen, avec ses deux
    étiquettes (`"sengen-sig-" + field` en haut à gauche,
    `"sengen-sig-end-" + field` placée en bas à droite).

## F013
F013-summary = le titre est trop long pour être celui du PDF
F013 =
    Le titre d’une déclaration est aussi celui de son PDF, que les archives et
    les lecteurs affichent. Un PDF d’archivage (PDF/A) limite la longueur d’un
    tel texte ; un titre de plus de 1000 caractères est presque toujours un
    paragraphe collé à sa place.

    Exemple :
        title = Déclaration de Lyon … (trois pages de texte)

    Gardez au titre une ou deux lignes, et placez le reste dans le texte.
