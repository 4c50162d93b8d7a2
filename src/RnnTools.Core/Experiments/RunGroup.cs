namespace RnnTools.Core.Experiments;

/// <summary>The planned runs of one table cell with the rows of those that finished.</summary>
/// <param name="Planned">The cell's runs in the grid.</param>
/// <param name="Finished">The rows of its finished runs.</param>
public sealed record RunGroup(IReadOnlyList<ExperimentRun> Planned, IReadOnlyList<FinishedRun> Finished)
{
    /// <summary>Finished runs that solved the task.</summary>
    public int Successes => Finished.Count(run => run.Solved);

    /// <summary>100 · successes / finished runs, NaN before any finished.</summary>
    public double SuccessRate => Finished.Count == 0 ? double.NaN : 100.0 * Successes / Finished.Count;

    /// <summary>The mean iterations of the solved runs, NaN when none.</summary>
    public double MeanIterationsSolved()
    {
        long[] solved = [.. Finished.Where(run => run.Solved).Select(run => run.Iterations)];
        return solved.Length == 0 ? double.NaN : solved.Average();
    }

    /// <summary>
    /// The mean iterations of the runs with the given seeds once every one of them has solved; NaN while any is
    /// unfinished or after any failed (a mean that silently drops a failure is not comparable).
    /// </summary>
    public double MeanIterationsAllSolved(IReadOnlyCollection<int> seeds)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        FinishedRun[] runs = [.. Finished.Where(run => seeds.Contains(run.Seed))];
        return runs.Length == seeds.Count && runs.All(run => run.Solved) ? runs.Average(run => run.Iterations) : double.NaN;
    }

    /// <summary>Groups the planned runs by <paramref name="key"/> in grid order.</summary>
    public static IEnumerable<(TKey Key, RunGroup Group)> By<TKey>(ExperimentResults results, Func<ExperimentRun, TKey> key)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(results);
        Dictionary<string, FinishedRun> rows = results.Finished.ToDictionary(row => row.RunKey, StringComparer.Ordinal);
        return results.Planned.GroupBy(key).Select(group => (group.Key, new RunGroup(
            [.. group], [.. group.Where(run => rows.ContainsKey(run.Key)).Select(run => rows[run.Key])])));
    }
}
