namespace RnnTools.Core.Experiments;

/// <summary>The run set of an experiment: its full published settings, or a smaller smoke-test grid (experiments.md).</summary>
public enum ExperimentProfile
{
    /// <summary>The experiment's full settings; the only runs compared with published numbers.</summary>
    Full,

    /// <summary>Fewer seeds, lengths or iterations, for smoke tests; written under <c>results/quick/</c>, never shown as a result.</summary>
    Quick,
}
