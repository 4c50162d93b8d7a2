# Thesis Figures 3.2 and 3.3: temporal component norms (log y) and cosines with the gradient, temporal order (left) vs addition (right).
# gnuplot -e "results='results'" scripts/galvan-fig3-2.gp   (galvan-fig3-3.gp sets id and loads this file)
if (!exists("results")) results = 'results'
if (!exists("id")) id = 'galvan-fig3-2'
set terminal svg size 1200,800 dynamic font ",14"
set output results.'/'.id.'.svg'
set datafile separator ','
set datafile columnheaders
data = results.'/'.id.'.csv'
set multiplot layout 2,2
set style fill solid 1.0 noborder
set boxwidth 0.8
do for [task in "TemporalOrder Addition"] {
    label = task eq "TemporalOrder" ? "temp" : "add"
    set logscale y
    set format y '10^{%L}'
    set yrange [1e-4:10]
    plot data using (strcol("Task") eq task ? column("Step") : NaN):(column("NormFull")) with boxes lc rgb "#1f77b4" title 'temporal grads norm ('.label.')'
}
do for [task in "TemporalOrder Addition"] {
    label = task eq "TemporalOrder" ? "temp" : "add"
    unset logscale y
    set format y '%g'
    set yrange [-0.2:1]
    plot data using (strcol("Task") eq task ? column("Step") : NaN):(column("Cos")) with boxes lc rgb "red" title 'temporal cos ('.label.')'
}
unset multiplot
