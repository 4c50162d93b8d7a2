# ICML 2013 Figure 7: success rate on temporal order vs length for SGD, SGD-C and SGD-CR, one panel per initialisation.
# gnuplot -e "results='results'" scripts/pascanu-fig7.gp
if (!exists("results")) results = 'results'
set terminal svg size 1500,500 dynamic font ",13"
set output results.'/pascanu-fig7.svg'
set datafile separator ','
set datafile columnheaders
data = results.'/pascanu-fig7.csv'
set multiplot layout 1,3
set xlabel 'sequence length'
set ylabel 'rate of success'
set yrange [-5:105]
set xrange [0:220]
do for [init in "PascanuSigmoid PascanuBasicTanh PascanuSmartTanh"] {
    set title init
    plot for [series in "SGD SGD-C SGD-CR"] data using ((strcol("Init") eq init && strcol("Series") eq series) ? column("Length") : NaN):(column("SuccessRate")) with linespoints pt 7 title series
}
unset multiplot
