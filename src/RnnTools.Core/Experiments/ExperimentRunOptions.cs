using RnnTools.Core.Backends;
using RnnTools.Core.Errors;

namespace RnnTools.Core.Experiments;

/// <summary>Options of <c>rnntools experiment run</c> (and, without the sweep settings, of <c>status</c>, <c>merge</c> and <c>slurm</c>).</summary>
public sealed record ExperimentRunOptions
{
    /// <summary>The default results directory (relative to the working directory: run from the repository root).</summary>
    public const string DefaultResults = "results";

    /// <summary>The experiment id (<c>rnntools experiment list</c>).</summary>
    public required string Experiment { get; init; }

    /// <summary>The run set: full (the published settings) or quick (a smoke grid under results/quick/).</summary>
    public ExperimentProfile Profile { get; init; } = ExperimentProfile.Full;

    /// <summary>The results directory.</summary>
    public string Results { get; init; } = DefaultResults;

    /// <summary>The directory of the polyphonic music datasets (music experiments only).</summary>
    public string Data { get; init; } = ExperimentCatalog.DefaultDataDirectory();

    /// <summary>Runs trained at once, one single-threaded run per core.</summary>
    public int Parallel { get; init; } = 1;

    /// <summary>Train only the run at this position of the grid (a Slurm array index); null trains every unfinished run.</summary>
    public int? RunIndex { get; init; }

    /// <summary>Append finished runs to the part file of this Slurm array task instead of runs.csv, and write no tables.</summary>
    public int? Part { get; init; }

    /// <summary>Stop the sweep after this many seconds: running runs checkpoint and continue at the next <c>experiment run</c>.</summary>
    public double? TimeLimit { get; init; }

    /// <summary>The compute backend of every run.</summary>
    public BackendKind Backend { get; init; } = BackendKind.Auto;

    /// <summary>Checks every option.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> naming the option at fault.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Results))
        {
            throw RnnToolsException.InvalidParameter(nameof(Results), "must name a directory.");
        }

        if (Parallel < 1)
        {
            throw RnnToolsException.InvalidParameter(nameof(Parallel), $"must be at least 1 (got {Parallel}).");
        }

        if (RunIndex < 0)
        {
            throw RnnToolsException.InvalidParameter(nameof(RunIndex), $"must be 0 or more (got {RunIndex}).");
        }

        if (Part < 0)
        {
            throw RnnToolsException.InvalidParameter(nameof(Part), $"must be 0 or more (got {Part}).");
        }

        if (TimeLimit is <= 0 or double.NaN)
        {
            throw RnnToolsException.InvalidParameter(nameof(TimeLimit), $"must be a positive number of seconds (got {TimeLimit}).");
        }
    }
}
