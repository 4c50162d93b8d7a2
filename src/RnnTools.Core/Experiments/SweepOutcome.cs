namespace RnnTools.Core.Experiments;

/// <summary>What a sweep did with one run of the grid.</summary>
public enum SweepOutcome
{
    /// <summary>Trained to its end; its row is in runs.csv (or the part file).</summary>
    Finished,

    /// <summary>Already finished by an earlier sweep; not trained again.</summary>
    Skipped,

    /// <summary>Finished by another experiment with the same options; its row was copied under this run's key.</summary>
    Reused,

    /// <summary>Stopped by the time limit or Ctrl+C; its checkpoint continues it at the next sweep.</summary>
    Interrupted,

    /// <summary>Another process is training it now.</summary>
    Busy,

    /// <summary>Failed with an error (reported); the others went on.</summary>
    Failed,
}
