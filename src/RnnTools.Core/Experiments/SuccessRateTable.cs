namespace RnnTools.Core.Experiments;

/// <summary>The success rate per series and length of a sweep (galvan-fig4-1 and the smoke grid).</summary>
public static class SuccessRateTable
{
    /// <summary>One row per series and length, in grid order.</summary>
    public static IEnumerable<SuccessRateRow> Rows(ExperimentResults results) =>
        RunGroup.By(results, run => (run.Series, Length: run.Options.Length!.Value)).Select(cell => new SuccessRateRow(
            cell.Key.Series, cell.Key.Length, cell.Group.Planned.Count, cell.Group.Finished.Count, cell.Group.Successes, cell.Group.SuccessRate,
            cell.Group.MeanIterationsSolved(), cell.Group.Finished.Count == 0 ? double.NaN : cell.Group.Finished.Average(run => run.InitialRho)));
}
