# The text of a new declaration (`sengen new`), in English: replace it by yours.

-host-city = Lyon
adoption-place = { -host-city }

preamble =
    We, the representatives of { $japan-count } Japanese and { $france-count } French
    local governments, gathered in { -host-city } { $meeting-dates }, adopt the
    following declaration:
meeting = { $edition-ordinal } Franco-Japanese Meeting on Decentralised Cooperation
title = { -host-city } Declaration
place-and-date = { -host-city }, { $adoption-date }
context = Since 2008, the meetings have brought together the local governments of both countries.
workshop-1 = Workshop 1: Mobility
w1-mobility = Public transport
w1-mobility-1 = Develop cycling.
w1-mobility-2 = Link the stations.
commitments = Commitments
commitment-1 = Each local government will share its results.
commitment-2 = We will meet again at the next meeting.
closing = Done in two copies.
