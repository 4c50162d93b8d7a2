# Thesis Figure 4.3: MuseData training (solid) and validation (dashed) NLL per step against iterations for 50, 100, 200, 300 hidden units (log y),
# with a star at each model's best validation loss (galvan-tab4-3.csv).
# gnuplot -e "results='results'" scripts/galvan-fig4-3.gp
if (!exists("results")) results = 'results'
set terminal svg size 900,600 dynamic font ",14"
set output results.'/galvan-fig4-3.svg'
set datafile separator ','
set datafile columnheaders
data = results.'/galvan-fig4-3.csv'
best = results.'/galvan-tab4-3.csv'
# Only the models that have data are plotted and listed in the key: collect the hidden sizes present in each file.
seen(n) = (strstrt(" ".present." ", sprintf(" %d ", n)) == 0 ? present = present.sprintf(" %d", n) : 0, n)
present = ""
stats data using (seen(column("HiddenSize"))) nooutput
curves = present
present = ""
stats best using (seen(column("HiddenSize"))) nooutput
stars = present
set xlabel 'iterations'
set ylabel 'negative log likelihood'
set format x '%.1e'
set rmargin 6
set xrange [0:600000]
set logscale y
set yrange [4:13]
set ytics (4, 5, 6, 7, 8, 9, 10, 13)
# An empty list still runs its `for [s in ...]` once, with s = "": that pass plots nothing and adds no key entry.
units(s) = s eq "" ? 0 : int(s)
label(s, kind) = s eq "" ? "" : s.' ('.kind.')'
colour(size) = word("#d4c400 magenta red blue", size == 50 ? 1 : size == 100 ? 2 : size == 200 ? 3 : 4)
plot for [s in curves] data using (column("HiddenSize") == units(s) ? column("Iteration") : NaN):(column("ValidLoss")) with lines dt 2 lw 3 lc rgb colour(units(s)) title label(s, 'validation'), \
     for [s in curves] data using (column("HiddenSize") == units(s) ? column("Iteration") : NaN):(column("TrainMonitorLoss")) with lines lw 1.5 lc rgb colour(units(s)) title label(s, 'train'), \
     for [s in stars] best using (column("HiddenSize") == units(s) ? column("BestIteration") : NaN):(column("ValidSeqMean")) with points pt 3 ps 3 lw 2 lc rgb colour(units(s)) notitle
