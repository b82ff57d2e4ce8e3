# The text of a new declaration (`sengen new`), in French: replace it by yours.

-host-city = Lyon
adoption-place = { -host-city }

preamble =
    Nous, représentants de { $japan-count } collectivités japonaises et de
    { $france-count } collectivités françaises, réunis à { -host-city }
    { $meeting-dates }, adoptons la déclaration suivante :
meeting = { $edition-ordinal } Rencontres franco-japonaises de la coopération décentralisée
title = Déclaration de { -host-city }
place-and-date = { -host-city }, le { $adoption-date }
context = Depuis 2008, les Rencontres réunissent les collectivités des deux pays.
workshop-1 = Atelier 1 : Mobilité
w1-mobility = Transports publics
w1-mobility-1 = Développer le vélo.
w1-mobility-2 = Relier les gares.
commitments = Engagements
commitment-1 = Chaque collectivité partagera ses résultats.
commitment-2 = Nous nous retrouverons aux { $next-edition-ordinal } Rencontres.
closing = Fait en deux exemplaires.
