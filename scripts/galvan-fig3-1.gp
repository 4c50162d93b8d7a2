# Thesis Figure 3.1: temporal gradient norms per step at initialisation, one panel per spectral radius (log y).
# gnuplot -e "results='results'" scripts/galvan-fig3-1.gp   (reads <results>/galvan-fig3-1.csv, writes <results>/galvan-fig3-1.svg)
if (!exists("results")) results = 'results'
set terminal svg size 900,1350 dynamic font ",12"
set output results.'/galvan-fig3-1.svg'
set datafile separator ','
set datafile columnheaders
set multiplot layout 5,1
set logscale y
set format y '10^{%L}'
set mytics 1    # no minor tics: spanning many decades, the default 2..9 marks pile up at each major tic
set xrange [-1:219]
set xtics 0,50,200
set style fill solid 1.0 noborder
set boxwidth 0.8
do for [rho in "0.8 0.9 1 1.1 1.2"] {
    plot results.'/galvan-fig3-1.csv' using (column("SpectralRadius") == real(rho) ? column("Step") : NaN):(column("NormFull")) with boxes lc rgb "#1f77b4" title 'rho='.rho
}
unset multiplot
