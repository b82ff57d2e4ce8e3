# 新しい宣言（`sengen new`）の本文、日本語。実際の本文に置き換えること。

-host-city = リヨン市
adoption-place = { -host-city }

preamble =
    我々、日本の{ $japan-count }自治体及びフランスの{ $france-count }自治体の代表は、
    { $meeting-dates }、{ -host-city }に集い、以下の宣言を採択する。
meeting = { $edition-ordinal }日仏自治体交流会議
title = { -host-city }宣言
place-and-date = { $adoption-date }　{ -host-city }
context = 2008年以来、本会議は両国の自治体が集う場となっている。
workshop-1 = 分科会1：交通
w1-mobility = 公共交通
w1-mobility-1 = 自転車の利用を広げる。
w1-mobility-2 = 駅と駅を結ぶ。
commitments = 取組
commitment-1 = 各自治体は、その成果を共有する。
commitment-2 = 次回の会議で再会する。
closing = 本書二通を作成した。
