# Thesis Figure 3.3: as Figure 3.2, at the check of iteration 1000.
# gnuplot -e "results='results'" scripts/galvan-fig3-3.gp
id = 'galvan-fig3-3'
load 'scripts/galvan-fig3-2.gp'
