namespace RnnTools.Core.Experiments;

/// <summary>
/// Where an experiment's files live (experiments.md, Files): <c>&lt;root&gt;/&lt;id&gt;.csv</c>, and under
/// <c>&lt;root&gt;/&lt;id&gt;/</c> the runs.csv, the Slurm part files, the checkpoints of unfinished runs and the kept
/// histories. The quick profile's root is <c>&lt;results&gt;/quick</c>, so smoke runs never mix with results.
/// </summary>
public sealed class ExperimentPaths
{
    /// <summary>The paths of experiment <paramref name="id"/> under the results directory <paramref name="results"/>.</summary>
    public ExperimentPaths(string results, ExperimentProfile profile, string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(results);
        ArgumentException.ThrowIfNullOrEmpty(id);
        Root = profile == ExperimentProfile.Full ? results : Path.Combine(results, "quick");
        Id = id;
        Directory = Path.Combine(Root, id);
    }

    /// <summary>The directory of the profile's tables and figures.</summary>
    public string Root { get; }

    /// <summary>The experiment id.</summary>
    public string Id { get; }

    /// <summary><c>&lt;root&gt;/&lt;id&gt;/</c>.</summary>
    public string Directory { get; }

    /// <summary>One row per finished run.</summary>
    public string Runs => Path.Combine(Directory, "runs.csv");

    /// <summary>The directory of the Slurm array tasks' part files.</summary>
    public string Parts => Path.Combine(Directory, "parts");

    /// <summary>The directory of the checkpoints of unfinished runs.</summary>
    public string Checkpoints => Path.Combine(Directory, "checkpoints");

    /// <summary>The directory of the kept histories.</summary>
    public string Histories => Path.Combine(Directory, "histories");

    /// <summary>The table or figure data of <paramref name="id"/> (this experiment's id by default).</summary>
    public string Table(string? id = null) => Path.Combine(Root, (id ?? Id) + ".csv");

    /// <summary>The runs file of Slurm array task <paramref name="part"/>.</summary>
    public string Part(int part) => Path.Combine(Parts, $"runs.{part}.csv");

    /// <summary>The checkpoint directory of a run.</summary>
    public string Checkpoint(ExperimentRun run) => Path.Combine(Checkpoints, run.Name);

    /// <summary>The kept check history of a run (written only when the experiment keeps histories; checkpoints stay small otherwise).</summary>
    public string CheckHistory(ExperimentRun run) => Path.Combine(Histories, run.Name + ".checks.csv");

    /// <summary>The best model of a finished run, kept for evaluation.</summary>
    public string BestModel(ExperimentRun run) => Path.Combine(Histories, run.Name + ".best_model.json");

    /// <summary>The per-step temporal history of a run (written only when the experiment keeps it).</summary>
    public string TemporalHistory(ExperimentRun run) => Path.Combine(Histories, run.Name + ".temporal.csv");
}
