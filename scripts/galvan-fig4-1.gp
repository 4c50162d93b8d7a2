# Thesis Figure 4.1: success rate of SGD-C vs length, spectral initialisation (rho>1) vs unscaled Gaussian (rho<1).
# gnuplot -e "results='results'" scripts/galvan-fig4-1.gp
if (!exists("results")) results = 'results'
set terminal svg size 800,600 dynamic font ",14"
set output results.'/galvan-fig4-1.svg'
set datafile separator ','
set datafile columnheaders
set xlabel 'lengths'
set ylabel 'rate of success'
set xrange [0:220]
set xtics (10, 20, 50, 100, 150, 200)
set yrange [-10:110]
set ytics 0,10,100
set key box
data = results.'/galvan-fig4-1.csv'
plot data using (strcol("Series") eq "SGD-C rho>1" ? column("Length") : NaN):(column("SuccessRate")) with linespoints dt 2 pt 6 lc rgb "blue" title 'SGD-C rho>1', \
     data using (strcol("Series") eq "SGD-C rho<1" ? column("Length") : NaN):(column("SuccessRate")) with linespoints dt 2 pt 6 lc rgb "red" title 'SGD-C rho<1'
