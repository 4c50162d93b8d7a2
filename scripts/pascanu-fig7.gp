# ICML 2013 Figure 7: success rate on temporal order vs length for SGD, SGD-C and SGD-CR, one panel per initialisation.
# gnuplot -e "results='results'" scripts/pascanu-fig7.gp
if (!exists("results")) results = 'results'
set terminal svg size 1500,700 dynamic font ",13"
set output results.'/pascanu-fig7.svg'
set datafile separator ','
set datafile columnheaders
data = results.'/pascanu-fig7.csv'
# A length is on a series' line only when all its runs have finished. An unfinished one (some runs done) is an open
# square labelled with its runs done of planned; a series has that key entry (an empty title is none) only in a
# panel where it has such a length. `unfinished` lists those series between bars.
in_series(init, series) = strcol("Init") eq init && strcol("Series") eq series
complete(init, series) = in_series(init, series) && column("Runs") == column("Planned")
partial(init, series) = in_series(init, series) && column("Runs") > 0 && column("Runs") < column("Planned")
colour(series) = series eq "SGD" ? 1 : series eq "SGD-C" ? 2 : 3
# Series often share a point (all 100 % at short lengths), so each is drawn narrower than the one before it: a wide
# line with a large open circle, then a triangle, then a thin line with a small dot, all visible where they coincide.
marker(series) = series eq "SGD" ? 6 : series eq "SGD-C" ? 8 : 7
marker_size(series) = series eq "SGD" ? 2.4 : series eq "SGD-C" ? 1.6 : 0.8
line_width(series) = series eq "SGD" ? 5 : series eq "SGD-C" ? 3 : 1
set multiplot layout 1,3
# The key sits under each panel, where it cannot cover the points at long lengths and high rates. Fixed margins keep
# every panel the same size whatever its key holds, and the right margin leaves room for the widest key under the last.
set key below vertical maxcols 1 samplen 2
set bmargin 11
set rmargin 8
set xlabel 'sequence length'
set ylabel 'rate of success'
set yrange [-5:105]
set xrange [0:220]
do for [init in "PascanuSigmoid PascanuBasicTanh PascanuSmartTanh"] {
    set title init
    unfinished = "|"
    do for [series in "SGD SGD-C SGD-CR"] {
        count = 0
        stats data using (count = count + partial(init, series), 0) nooutput
        if (count > 0) { unfinished = unfinished.series."|" }
    }
    plot for [series in "SGD SGD-C SGD-CR"] data using (complete(init, series) ? column("Length") : NaN):(column("SuccessRate")) \
             with linespoints pt marker(series) ps marker_size(series) lw line_width(series) lc colour(series) title series, \
         for [series in "SGD SGD-C SGD-CR"] data using (partial(init, series) ? column("Length") : NaN):(column("SuccessRate")) \
             with points pt 4 ps 1.5 lc colour(series) title (strstrt(unfinished, "|".series."|") > 0 ? series.', unfinished (runs done/planned)' : ''), \
         for [series in "SGD SGD-C SGD-CR"] data using (partial(init, series) ? column("Length") : NaN):(column("SuccessRate")):(sprintf("%d/%d", column("Runs"), column("Planned"))) \
             with labels offset 0,1.2 tc lt colour(series) notitle
}
unset multiplot
