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
set xlabel 'iterations'
set ylabel 'negative log likelihood'
set format x '%.1e'
set rmargin 6
set xrange [0:600000]
set logscale y
set yrange [4:13]
set ytics (4, 5, 6, 7, 8, 9, 10, 13)
sizes = "50 100 200 300"
colours = "#d4c400 magenta red blue"
plot for [i=1:4] data using (column("HiddenSize") == int(word(sizes, i)) ? column("Iteration") : NaN):(column("ValidLoss")) with lines dt 2 lw 3 lc rgb word(colours, i) title word(sizes, i).' (validation)', \
     for [i=1:4] data using (column("HiddenSize") == int(word(sizes, i)) ? column("Iteration") : NaN):(column("TrainMonitorLoss")) with lines lw 1.5 lc rgb word(colours, i) title word(sizes, i).' (train)', \
     for [i=1:4] best using (column("HiddenSize") == int(word(sizes, i)) ? column("BestIteration") : NaN):(column("ValidSeqMean")) with points pt 3 ps 3 lw 2 lc rgb word(colours, i) notitle
