namespace RnnTools.Core.Experiments;

/// <summary>One point of a success-rate figure (galvan-fig4-1, the smoke grid).</summary>
/// <param name="Series">The series.</param>
/// <param name="Length">T_min.</param>
/// <param name="Planned">Runs of the grid at this point.</param>
/// <param name="Runs">Finished runs.</param>
/// <param name="Successes">Finished runs that solved the task.</param>
/// <param name="SuccessRate">100 · Successes / Runs (NaN before any run finished).</param>
/// <param name="MeanIterationsSolved">Mean iterations of the solved runs (NaN when none).</param>
/// <param name="MeanInitialRho">Mean measured ρ(W_rec) of the initial models of the finished runs.</param>
public sealed record SuccessRateRow(string Series, int Length, int Planned, int Runs, int Successes, double SuccessRate, double MeanIterationsSolved,
    double MeanInitialRho);
