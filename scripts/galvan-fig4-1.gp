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
set key below box
set bmargin 6.5
data = results.'/galvan-fig4-1.csv'
# A length is on the line only when all its runs have finished. An unfinished one (some runs done) is an open square
# labelled with its runs done of planned; a series has that key entry (an empty title is none) only when it has such a
# length. `unfinished` lists those series between bars.
series_list = '"SGD-C rho>1" "SGD-C rho<1"'
complete(series) = strcol("Series") eq series && column("Runs") == column("Planned")
partial(series) = strcol("Series") eq series && column("Runs") > 0 && column("Runs") < column("Planned")
colour(series) = series eq "SGD-C rho>1" ? "blue" : "red"
# Both series succeed always at short lengths, so rho>1 is drawn wide under a narrow rho<1: both stay visible there.
marker(series) = series eq "SGD-C rho>1" ? 6 : 7
marker_size(series) = series eq "SGD-C rho>1" ? 2.2 : 0.9
line_width(series) = series eq "SGD-C rho>1" ? 3 : 1
unfinished = "|"
do for [series in series_list] {
    count = 0
    stats data using (count = count + partial(series), 0) nooutput
    if (count > 0) { unfinished = unfinished.series."|" }
}
plot for [series in series_list] data using (complete(series) ? column("Length") : NaN):(column("SuccessRate")) \
         with linespoints dt 2 pt marker(series) ps marker_size(series) lw line_width(series) lc rgb colour(series) title series, \
     for [series in series_list] data using (partial(series) ? column("Length") : NaN):(column("SuccessRate")) \
         with points pt 4 ps 1.5 lc rgb colour(series) title (strstrt(unfinished, "|".series."|") > 0 ? series.', unfinished (runs done/planned)' : ''), \
     for [series in series_list] data using (partial(series) ? column("Length") : NaN):(column("SuccessRate")):(sprintf("%d/%d", column("Runs"), column("Planned"))) \
         with labels offset 0,1.2 tc rgb colour(series) notitle
