namespace RnnTools.Core.Experiments;

/// <summary>One rule of an iterations-to-convergence table (galvan-tab4-1, galvan-tab4-2).</summary>
/// <param name="Rule">The direction rule as the thesis names it.</param>
/// <param name="Planned">Runs of the grid with this rule.</param>
/// <param name="Runs">Finished runs.</param>
/// <param name="Successes">Finished runs that converged (validation error ≤ 0.01).</param>
/// <param name="MeanIterationsSuccessful">Mean iterations to convergence of the successful runs (NaN when none).</param>
/// <param name="MeanIterationsSeeds13To14">The mean over seeds 13 and 14 (the runs behind the thesis' simplex mean) once both have solved; NaN while either is unfinished or after either failed.</param>
public sealed record ConvergenceRow(string Rule, int Planned, int Runs, int Successes, double MeanIterationsSuccessful, double MeanIterationsSeeds13To14);
