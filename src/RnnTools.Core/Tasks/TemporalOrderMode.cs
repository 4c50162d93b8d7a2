namespace RnnTools.Core.Tasks;

/// <summary>How Galvan's TemporalOrder draws lengths (tasks.md §2.4).</summary>
public enum TemporalOrderMode
{
    /// <summary>One length for the whole batch (the thesis-time default).</summary>
    Plain,

    /// <summary>One length per sequence; the batch is as long as its longest sequence.</summary>
    Mixed,
}
