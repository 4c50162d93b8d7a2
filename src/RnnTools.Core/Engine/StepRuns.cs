namespace RnnTools.Core.Engine;

/// <summary>Maximal runs of consecutive steps that satisfy a condition, so that per-step GEMMs can be merged into one per run.</summary>
internal static class StepRuns
{
    /// <summary>Fills <paramref name="runs"/> with (start, count) of every maximal run of steps for which <paramref name="skip"/> is false.</summary>
    public static List<(int Start, int Count)> Find(int steps, Func<int, bool> skip, List<(int Start, int Count)> runs)
    {
        runs.Clear();
        for (int t = 0; t < steps; t++)
        {
            if (skip(t))
            {
                continue;
            }

            int count = 1;
            while (t + count < steps && !skip(t + count))
            {
                count++;
            }

            runs.Add((t, count));
            t += count - 1;
        }

        return runs;
    }
}
