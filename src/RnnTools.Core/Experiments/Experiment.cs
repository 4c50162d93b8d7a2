namespace RnnTools.Core.Experiments;

/// <summary>
/// A named, versioned experiment of experiments.md: the grid of training runs of each profile, and how its finished
/// runs become the table or figure data (<c>results/&lt;id&gt;.csv</c>). The CLI's <c>experiment</c> commands and the
/// PowerShell scripts run the same definition.
/// </summary>
public abstract class Experiment
{
    /// <summary>The experiment id of experiments.md (e.g. <c>galvan-fig4-1</c>).</summary>
    public abstract string Id { get; }

    /// <summary>The definition's version; it goes into every runs.csv row and changes whenever the grid or a setting changes.</summary>
    public abstract int Version { get; }

    /// <summary>What the table or figure shows, in one line.</summary>
    public abstract string Title { get; }

    /// <summary>The ids of the other tables and figures drawn from these runs (e.g. <c>galvan-fig4-2</c>).</summary>
    public virtual IReadOnlyList<string> AlsoWrites => [];

    /// <summary>What the sweep keeps of every run besides its summary row.</summary>
    public virtual RunHistoryKind KeptHistory => RunHistoryKind.None;

    /// <summary>Whether the sweep keeps each finished run's best model (for an evaluation after training).</summary>
    public virtual bool KeepsBestModel => false;

    /// <summary>The runs of a profile, in a fixed order (the Slurm array index is the position in it); empty for deterministic measurements.</summary>
    public abstract IReadOnlyList<ExperimentRun> Runs(ExperimentProfile profile);

    /// <summary>Writes <c>results/&lt;id&gt;.csv</c> (and the files of <see cref="AlsoWrites"/>) from what has finished so far.</summary>
    /// <exception cref="Errors.RnnToolsException">A result file cannot be read or written.</exception>
    public abstract void WriteResults(ExperimentResults results, CancellationToken cancellationToken);
}
