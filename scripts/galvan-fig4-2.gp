# Thesis Figure 4.2: validation loss during training on addition (T=100), one panel per seed, three direction rules (log y).
# gnuplot -e "results='results'" scripts/galvan-fig4-2.gp
if (!exists("results")) results = 'results'
set terminal svg size 900,1000 dynamic font ",12"
set output results.'/galvan-fig4-2.svg'
set datafile separator ','
set datafile columnheaders
data = results.'/galvan-fig4-2.csv'
set multiplot layout 3,1
set logscale y
set yrange [1e-4:1]
set xrange [0:3e6]
set format x '%.1e'
set rmargin 6
set xlabel 'iterations'
set ylabel 'validation loss'
do for [seed in "13 14 15"] {
    set title 'seed '.seed
    plot data using ((strcol("Series") eq "anti-gradient" && column("Seed") == int(seed)) ? column("Iteration") : NaN):(column("ValidLoss")) with points pt 7 ps 0.3 lc rgb "#d4c400" title 'anti-gradient', \
         data using ((strcol("Series") eq "simplex" && column("Seed") == int(seed)) ? column("Iteration") : NaN):(column("ValidLoss")) with points pt 7 ps 0.3 lc rgb "magenta" title 'simplex', \
         data using ((strcol("Series") eq "simplex with conditional switching" && column("Seed") == int(seed)) ? column("Iteration") : NaN):(column("ValidLoss")) with points pt 7 ps 0.3 lc rgb "red" title 'simplex with conditional switching'
}
unset multiplot
