using RnnTools.Core.Errors;

namespace RnnTools.Core.Experiments;

/// <summary>Options of <c>rnntools experiment slurm</c>: the sweep to export and how its array tasks call rnntools.</summary>
public sealed record SlurmOptions
{
    /// <summary>The sweep every array task runs one run of (its Parallel, RunIndex, Part and TimeLimit are ignored).</summary>
    public required ExperimentRunOptions Sweep { get; init; }

    /// <summary>The directory the scripts are written to; null means <c>&lt;results&gt;/&lt;id&gt;/slurm</c>.</summary>
    public string? Out { get; init; }

    /// <summary>How an array task calls rnntools (the RNNTOOLS environment variable overrides it when the job runs).</summary>
    public required string Command { get; init; }

    /// <summary>The working directory of the jobs (the results and data paths are relative to it).</summary>
    public required string WorkingDirectory { get; init; }

    /// <summary>The default <see cref="TaskTime"/>: a week, the longest a 3·10⁶-iteration run takes on one core.</summary>
    public const string DefaultTaskTime = "7-00:00:00";

    /// <summary>Slurm's wall-clock limit of one array task (<c>--time</c>).</summary>
    public string TaskTime { get; init; } = DefaultTaskTime;

    /// <summary>Checks every option.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> naming the option at fault.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Sweep);
        Sweep.Validate();
        if (string.IsNullOrWhiteSpace(Command))
        {
            throw RnnToolsException.InvalidParameter(nameof(Command), "must say how to call rnntools.");
        }

        if (string.IsNullOrWhiteSpace(TaskTime) || TaskTime.Any(char.IsWhiteSpace))
        {
            throw RnnToolsException.InvalidParameter(nameof(TaskTime), $"must be a Slurm time such as 2-00:00:00 (got '{TaskTime}').");
        }
    }
}
