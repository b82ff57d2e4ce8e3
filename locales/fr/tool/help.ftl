# L’aide de la ligne de commande (`sengen --help`, `sengen build --help`…), par
# commande et par option : l’anglais est produit à partir des commentaires de
# documentation de src/cli.rs, sa seule source (`SENGEN_BLESS=1 cargo test --bin sengen help`
# le réécrit) ; les autres langues le traduisent, dont ce fichier en français.

help =
    sengen (宣言, « déclaration ») : transforme une déclaration écrite sous forme de données en PDF prêts à signer, et vérifie les projets avant que quiconque ne les signe.

    Une déclaration est un dossier : `declaration.toml` (la structure et les faits) et un fichier `<lang>.ftl` par langue (le texte). Voir docs/format.md.

help-after =
    Code de sortie : 0 en cas de succès, 1 si l’entrée n’est pas valide (les diagnostics ont été affichés), 2 en cas de défaillance interne ou de l’environnement.

help-ui_lang =
    La langue dans laquelle sengen s’adresse à vous : en, fr ou ja. Par défaut, celle que désigne SENGEN_LANG, sinon celle du système (LC_ALL, LC_MESSAGES, LANG), sinon l’anglais

help-build =
    Produire les PDF d’une déclaration : un par langue, et un bilingue

help-build-after =
    Exemples :
      sengen build fixtures/shizuoka-2024 -o out
          écrit out/shizuoka-2024.fr.pdf, out/shizuoka-2024.ja.pdf et
          out/shizuoka-2024.fr-ja.pdf (le français et le japonais côte à côte)
      sengen build fixtures/shizuoka-2024 -o out --lang fr --emit typst
          seulement le PDF français, et out/shizuoka-2024.fr.typ, la source Typst produite
      sengen build fixtures/shizuoka-2024 -o out --layout sequential
          seulement le PDF bilingue, le texte français puis le texte japonais
      sengen build fixtures/shizuoka-2024 fixtures/aix-2022 -o out
      sengen build declarations/ -o out --jobs 2
          un lot : chaque dossier de déclaration nommé, ou contenu dans le dossier nommé

help-build-dirs =
    Les dossiers de déclaration (chacun contenant declaration.toml et des fichiers <lang>.ftl), ou des dossiers de dossiers de déclaration. Plusieurs forment un lot

help-build-out =
    Écrire les PDF dans ce dossier (créé au besoin)

help-build-languages =
    Ne produire que cette langue (répétable) ; par défaut, toutes celles de la déclaration

help-build-layouts =
    Choisir les PDF à produire (répétable) ; par défaut `single` et `columns`

help-build-attach_source =
    Incorporer à chaque PDF les fichiers source de la déclaration (declaration.toml, les fichiers .ftl) ; le PDF est alors en PDF/A-3a au lieu de PDF/A-2a

help-build-signature_fields =
    Ajouter un champ de signature électronique vide sur la case de signature de chaque signataire, pour signer le PDF avec un certificat (PAdES)

help-build-emit =
    Écrire aussi une forme intermédiaire à côté de chaque PDF

help-build-templates =
    Un dossier dont les fichiers <name>.typ.hbs remplacent les modèles de sengen du même nom ; ses autres fichiers (un logo…) sont les seuls fichiers que le document peut lire. Voir docs/format.md

help-build-source_date_epoch =
    La date de création des PDF, en secondes depuis le 1970-01-01 UTC (la convention des compilations reproductibles) ; par défaut, la date d’adoption

help-build-jobs =
    Nombre de fils d’exécution pour la composition (par défaut : un par cœur)

help-build-format =
    Forme sous laquelle afficher ce que la production a trouvé et écrit

help-watch =
    Produire une déclaration, puis produire de nouveau ses PDF chaque fois que l’un de ses fichiers est enregistré, jusqu’à interruption (Ctrl-C). Une production qui échoue affiche ses problèmes et conserve les derniers PDF valables

help-watch-after =
    Exemple :
      sengen watch fixtures/shizuoka-2024 -o out

help-watch-dir =
    Le dossier de déclaration à surveiller

help-watch-out =
    Écrire les PDF dans ce dossier (créé au besoin)

help-watch-languages =
    Ne produire que cette langue (répétable) ; par défaut, toutes celles de la déclaration

help-watch-layouts =
    Choisir les PDF à produire (répétable) ; par défaut `single` et `columns`

help-watch-attach_source =
    Incorporer à chaque PDF les fichiers source de la déclaration (declaration.toml, les fichiers .ftl) ; le PDF est alors en PDF/A-3a au lieu de PDF/A-2a

help-watch-signature_fields =
    Ajouter un champ de signature électronique vide sur la case de signature de chaque signataire, pour signer le PDF avec un certificat (PAdES)

help-watch-emit =
    Écrire aussi une forme intermédiaire à côté de chaque PDF

help-watch-templates =
    Un dossier dont les fichiers <name>.typ.hbs remplacent les modèles de sengen du même nom ; ses autres fichiers (un logo…) sont les seuls fichiers que le document peut lire. Voir docs/format.md

help-watch-source_date_epoch =
    La date de création des PDF, en secondes depuis le 1970-01-01 UTC (la convention des compilations reproductibles) ; par défaut, la date d’adoption

help-check =
    Vérifier une déclaration sans la produire : signaler chaque problème trouvé

help-check-after =
    Exemples :
      sengen check fixtures/shizuoka-2024
      sengen check fixtures/shizuoka-2024 --format json --deny warnings
      sengen check fixtures/shizuoka-2024 --fix      réécrit les fichiers .ftl pour les constats corrigeables

help-check-dir =
    Le dossier de la déclaration

help-check-format =
    Forme sous laquelle afficher les constats

help-check-deny =
    Traiter les avertissements comme des erreurs (code de sortie 1 s’il y en a)

help-check-fix =
    Réécrire les fichiers .ftl pour les constats qui ont une correction sûre

help-check-notes =
    Afficher aussi les notes : ce que le PDF imprime déjà correctement bien que le fichier ne l’écrive pas ainsi (apostrophes droites) ; sinon, elles sont seulement comptées

help-translations =
    Lister, pour chaque langue traduite, les messages manquants, à revoir ou à jour ; enregistrer les traductions relues dans translations.lock

help-translations-after =
    Exemples :
      sengen translations fixtures/shizuoka-2024
      sengen translations fixtures/shizuoka-2024 --mark-reviewed ja preamble title
          enregistre que le préambule et le titre japonais correspondent au texte français actuel

help-translations-dir =
    Le dossier de la déclaration

help-translations-mark_reviewed =
    Enregistrer ces messages de cette langue (tous si aucun n’est nommé) comme traduits à partir du texte source actuel

help-translations-ids =
    Les messages à marquer comme relus

help-translations-add =
    Ajouter une langue dans laquelle traduire la déclaration (son .ftl, vide : chaque message à traduire)

help-new =
    Créer un nouveau dossier de déclaration : le petit exemple de docs/format.md dans les langues demandées, ou la version suivante d’une déclaration antérieure

help-new-after =
    Exemples :
      sengen new lyon-2030 --lang fr --lang ja
          le petit exemple, en français et en japonais : il peut être produit aussitôt
      sengen new cannes-2026 --from fixtures/shizuoka-2024
          l’édition suivante : le texte et la structure de Shizuoka, édition 9, en projet ;
          `sengen check cannes-2026` nomme ensuite chaque fait à renseigner

help-new-dir =
    Le dossier à créer ; son nom est l’identifiant de la déclaration (`cannes-2026`)

help-new-languages =
    Une langue de l’exemple (répétable ; la première est la langue source)

help-new-from =
    La déclaration antérieure à partir de laquelle commencer la version suivante

help-diff =
    Montrer ce qui a changé entre deux projets : les faits, les blocs ajoutés, supprimés, déplacés ou renommés, et les mots de chaque message reformulé ; avec -o, écrire des PDF de comparaison (le nouveau projet, modifications marquées)

help-diff-after =
    Exemples :
      sengen diff drafts/shizuoka-v3 drafts/shizuoka-v4
          chaque modification, avec son fichier et sa ligne dans les deux projets
      sengen diff drafts/shizuoka-v3 drafts/shizuoka-v4 -o redline --lang ja
          et le PDF de comparaison japonais, redline/shizuoka-2024-redline.ja.pdf
      sengen diff fixtures/shizuoka-2024 --since HEAD~1
          le dossier comparé à lui-même un commit plus tôt (nécessite git)
      sengen diff drafts/v3 drafts/v4 --format json
          la même chose, sous forme d’un seul objet JSON

    Code de sortie : 0 que les projets diffèrent ou non (le résumé le précise),
    1 quand un projet n’est pas valide ou que les arguments ne peuvent pas
    fonctionner, 2 en cas de défaillance de sengen ou de git.

help-diff-old =
    Le dossier du projet antérieur ; avec --since, l’unique dossier, comparé à lui-même à une révision

help-diff-new =
    Le dossier du projet ultérieur

help-diff-since =
    Comparer le dossier à ce qu’il contenait à cette révision git (un commit, une branche, une étiquette, HEAD~1)

help-diff-out =
    Écrire les PDF de comparaison dans ce dossier (créé au besoin)

help-diff-languages =
    Ne comparer que le texte de cette langue, et n’écrire que ses PDF de comparaison (répétable) ; par défaut, toutes les langues

help-diff-layouts =
    Choisir les PDF de comparaison à écrire (répétable), comme pour une production

help-diff-wording =
    Comparer aussi les formules propres à sengen (la mention « Fait à …, le … »), qui suivent les faits et sont sinon laissées de côté

help-diff-format =
    Forme sous laquelle afficher les modifications

help-diff-source_date_epoch =
    La date de création des PDF de comparaison, en secondes depuis le 1970-01-01 UTC

help-import =
    Créer un dossier de déclaration à partir du projet tel qu’il arrive : un .docx, un PDF, ou un texte balisé comme le sont les projets qui circulent (titres `#`, lignes en gras, entrées `-` et `1.`, <sup>) ; ou intégrer un projet ultérieur dans un dossier (--into)

help-import-after =
    Exemples :
      sengen import fixtures/seeds/shizuoka-2024.txt --lang fr -o shizuoka-2024
          le texte de départ devenu dossier de déclaration : ses sections trouvées d’après
          ses ateliers numérotés, ses faits (nombres, édition, jours) dans le préambule
      sengen import draft.docx --lang fr -o cannes-2026 --adoption 2026-10-30 --place Cannes
          en donnant les faits que le projet n’indique pas
      sengen import takamatsu-2014.pdf --lang fr -o takamatsu-2014
          une édition antérieure telle que son site la donne : les lignes réunies en
          paragraphes, numéros de page et en-têtes courants laissés de côté
      sengen import draft-2.docx --lang fr --into cannes-2026
          un projet ultérieur : les messages modifiés sont mis à jour (leurs traductions
          deviennent alors à revoir), les nouveaux ajoutés, ceux que le projet n’a plus signalés

    Voir docs/import.md.

help-import-file =
    Le projet : un .docx, un PDF (une édition antérieure), ou un texte balisé en UTF-8 (.txt, .md)

help-import-lang =
    La langue du projet

help-import-out =
    Le nouveau dossier à écrire (absent ou vide) ; son nom est l’identifiant de la déclaration

help-import-into =
    Une déclaration existante dans laquelle intégrer ce projet ultérieur

help-import-sections =
    Une expression régulière qui désigne les titres de section ; les autres titres sont des sous-sections (par défaut, c’est une série numérotée de titres qui l’indique)

help-import-preamble =
    Le paragraphe où commence le préambule, désigné par ses premiers mots (ceux qui le précèdent sont laissés de côté ; sinon, le préambule est tout ce qui précède le titre)

help-import-title =
    Le paragraphe du titre, désigné par ses premiers mots (sinon, le premier titre)

help-import-dateline =
    La ligne du lieu et de la date, désignée par ses premiers mots, n’importe où après le titre (sinon, une ligne courte portant une date, juste sous le titre)

help-import-closing =
    Le premier paragraphe de la conclusion, désigné par ses premiers mots : lui et tout ce qui le suit (sinon, les paragraphes qui suivent les derniers engagements)

help-import-edition =
    L’édition des Rencontres (sinon, trouvée dans le nom des Rencontres)

help-import-meeting =
    Les jours des Rencontres, FIRST..LAST (sinon, trouvés dans le préambule)

help-import-adoption =
    Le jour de l’adoption (sinon, trouvé sous le titre)

help-import-place =
    Le lieu de l’adoption, tel que le nomme la mention « Fait à …, le … » (sinon, trouvé dans le titre)

help-import-counts =
    Une délégation et son nombre de signataires, ID=N (répétable ; sinon, trouvé dans le préambule)

help-import-final_text =
    Le projet est le texte adopté (sans le filigrane « PROJET »)

help-serve =
    Ouvrir la déclaration dans un navigateur : les deux langues côte à côte, chaque message modifiable et vérifié au fil de la saisie, l’aperçu des pages, la production des PDF. Accessible sur 127.0.0.1 seulement, jusqu’à Ctrl-C

help-serve-after =
    Exemples :
      sengen serve fixtures/shizuoka-2024 --open
          affiche http://127.0.0.1:8140/?token=… et l’ouvre dans le navigateur
      sengen serve fixtures/shizuoka-2024 --port 0 -o out
          un port libre, quel qu’il soit ; « Produire les PDF » écrit dans out/

help-serve-dir =
    Le dossier de la déclaration (par défaut, celui-ci) ; un dossier sans déclaration s’ouvre sur le moyen d’en commencer une

help-serve-port =
    Le port sur 127.0.0.1 (0 : n’importe quel port libre)

help-serve-open =
    Ouvrir la page dans le navigateur par défaut

help-serve-out =
    Le dossier où « Produire les PDF » les écrit

help-block =
    Modifier la structure : ajouter un bloc après un autre (son texte dans chaque langue à la fois), en supprimer un avec ses messages, en déplacer un

help-block-add =
    Ajouter une section, une sous-section, un paragraphe, une entrée de liste ou un engagement après un bloc, son texte donné par langue (les traductions peuvent attendre)

help-block-add-after =
    Exemple :
      sengen block add fixtures/shizuoka-2024 commitment --after commitment-4 --text fr="Nous…" --text ja="…"
          ajoute commitment-5 après commitment-4, dans fr.ftl et ja.ftl

help-block-add-dir =
    Le dossier de la déclaration

help-block-add-kind =
    Ce qu’il faut ajouter

help-block-add-follows =
    L’identifiant du bloc qu’il suit

help-block-add-texts =
    Son texte dans une langue, sous la forme LANGUE=TEXTE ; celui de la langue source est obligatoire

help-block-remove =
    Supprimer un bloc et ses messages dans chaque langue (une section ou une sous-section avec tout ce qu’elle contient)

help-block-remove-after =
    Exemple :
      sengen block remove fixtures/shizuoka-2024 panel-2

help-block-remove-dir =
    Le dossier de la déclaration

help-block-remove-id =
    L’identifiant du bloc à supprimer

help-block-move =
    Déplacer un bloc vers le haut, vers le bas ou dans une autre section (un titre se déplace avec tout ce qu’il contient)

help-block-move-after =
    Exemples :
      sengen block move fixtures/shizuoka-2024 panel-2 --up
      sengen block move fixtures/shizuoka-2024 panel-2 --into conclusion

help-block-move-dir =
    Le dossier de la déclaration

help-block-move-id =
    L’identifiant du bloc à déplacer

help-block-move-up =
    D’une place vers le haut

help-block-move-down =
    D’une place vers le bas

help-block-move-into =
    À la fin de la section ou de la sous-section dont le titre a cet identifiant

help-xliff =
    Échanger une traduction avec les outils de traduction (memoQ, Trados, OmegaT, Weblate…) au format XLIFF : l’exporter, puis la réimporter

help-xliff-export =
    Écrire une traduction dans un fichier XLIFF destiné à un outil de traduction

help-xliff-export-after =
    Exemples :
      sengen xliff export fixtures/shizuoka-2024 --lang ja
          écrit shizuoka-2024.ja.xlf (XLIFF 1.2) dans le dossier courant
      sengen xliff export fixtures/shizuoka-2024 --lang ja --only stale --version 2.0 -o ja.xlf
          seulement ce qui est à traduire ou à relire, en XLIFF 2.0

help-xliff-export-dir =
    Le dossier de la déclaration

help-xliff-export-lang =
    La langue traduite à exporter

help-xliff-export-out =
    Le fichier à écrire (par défaut : <id>.<lang>.xlf dans le dossier courant)

help-xliff-export-only =
    Quelles unités : toutes, ou seulement celles à revoir, non relues ou manquantes

help-xliff-import =
    Réintégrer le fichier XLIFF d’un traducteur dans le fichier .ftl de la déclaration

help-xliff-import-after =
    Exemple :
      sengen xliff import fixtures/shizuoka-2024 shizuoka-2024.ja.xlf
          écrit les traductions modifiées dans ja.ftl, enregistre les définitives comme
          relues dans translations.lock, puis vérifie la déclaration

help-xliff-import-dir =
    Le dossier de la déclaration

help-xliff-import-file =
    Le fichier XLIFF, tel que l’outil de traduction l’a enregistré

help-xliff-import-accept_stale =
    Accepter les unités traduites à partir d’un texte source plus ancien ; elles restent marquées à revoir

help-verify =
    Vérifier un PDF signé : chaque signature, dans l’ordre des champs (qui a signé, quand, si le fichier est tel qu’il a été signé, si les révisions suivantes n’ont fait qu’ajouter des signatures) ; avec DOSSIER, si le PDF est la construction de cette déclaration

help-verify-after =
    Exemples :
      sengen verify signes/shizuoka-2024.fr-ja.pdf
      sengen verify signes/shizuoka-2024.fr-ja.pdf fixtures/shizuoka-2024
          et si sa première révision est la construction de cette déclaration, octet pour octet
      sengen verify signe.pdf --trust racine-lgpki.pem --format json

    Code de sortie : 0 quand toutes les vérifications sont satisfaites, 1 quand
    l’une ne l’est pas (chacune nommée avec son champ et sa révision), 2 en cas
    de défaillance de sengen.

help-verify-pdf =
    Le PDF signé

help-verify-dir =
    Le dossier de la déclaration dont le PDF devrait être la construction

help-verify-trust =
    Certificats de confiance (PEM) : le certificat de chaque signataire doit remonter à l’un d’eux ; sans cette option, la chaîne est rapportée, non jugée

help-verify-source_date_epoch =
    La date de création avec laquelle le PDF a été construit, en secondes depuis le 1970-01-01 UTC, s’il l’a été avec une

help-verify-format =
    Forme sous laquelle afficher le rapport

help-fingerprint =
    Afficher l’empreinte SHA-256 des sources d’une déclaration (fichier de structure, textes, modèles et formules fixes), telle que ses PDF la montrent sur chaque page

help-fingerprint-dir =
    Le dossier de la déclaration

help-fingerprint-templates =
    Le dossier de modèles avec lequel les PDF sont produits, s’il y en a un

help-schema =
    Afficher le schéma JSON (JSON Schema) de declaration.toml

help-explain =
    Expliquer un code de diagnostic (`sengen explain S003`), ou les lister tous

help-explain-after =
    Exemples :
      sengen explain X001
      sengen explain          chaque code, avec sa gravité et ce qu’il signifie

help-explain-code =
    Un code de diagnostic, tel que sengen l’a affiché (`S003`, `t104`…) ; tous si aucun n’est donné

help-completions =
    Afficher le script de complétion de sengen pour un shell

help-completions-after =
    Exemples :
      sengen completions bash > ~/.local/share/bash-completion/completions/sengen
      sengen completions zsh > ~/.zfunc/_sengen

help-completions-shell =
    Le shell pour lequel compléter

help-man =
    Afficher la page de manuel de sengen, ou écrire une page par commande dans un dossier

help-man-after =
    Exemples :
      sengen man | man -l -
      sengen man ~/.local/share/man/man1

help-man-dir =
    Un dossier où écrire sengen.1 et une page par commande (sengen-build.1…) ; sans dossier, sengen.1 est affiché
