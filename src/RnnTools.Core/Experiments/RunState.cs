namespace RnnTools.Core.Experiments;

/// <summary>Where a run of the grid stands (<c>experiment status</c>).</summary>
public enum RunState
{
    /// <summary>Finished; its row is in runs.csv or a part file.</summary>
    Done,

    /// <summary>A process is training it now.</summary>
    Running,

    /// <summary>Interrupted: its checkpoint continues it at the next <c>experiment run</c>.</summary>
    Partial,

    /// <summary>Not started.</summary>
    Remaining,
}
