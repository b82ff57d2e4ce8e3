# The text of a new declaration (`sengen new`), in German: replace it by yours.

-host-city = Lyon
adoption-place = { -host-city }

preamble =
    Wir, die Vertreterinnen und Vertreter von { $japan-count } japanischen und
    { $france-count } französischen Kommunen, versammelt in { -host-city }
    { $meeting-dates }, nehmen die folgende Erklärung an:
meeting = { $edition-ordinal } Französisch-Japanisches Kommunaltreffen
title = Erklärung von { -host-city }
place-and-date = { -host-city }, { $adoption-date }
context = Seit 2008 bringen die Treffen die Kommunen beider Länder zusammen.
workshop-1 = Arbeitsgruppe 1: Mobilität
w1-mobility = Öffentlicher Verkehr
w1-mobility-1 = Den Radverkehr fördern.
w1-mobility-2 = Die Bahnhöfe verbinden.
commitments = Verpflichtungen
commitment-1 = Jede Kommune teilt ihre Ergebnisse.
commitment-2 = Wir treffen uns beim nächsten Treffen wieder.
closing = Geschehen in zwei Ausfertigungen.
