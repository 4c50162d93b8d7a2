using RnnTools.Core.Errors;

namespace RnnTools.Core.Experiments;

/// <summary>The experiments of experiments.md that RnnTools defines, by id.</summary>
public sealed class ExperimentCatalog
{
    /// <summary>The environment variable naming the directory of the polyphonic music datasets.</summary>
    public const string DataVariable = "RNNTOOLS_DATA";

    /// <summary>The experiments, with the music datasets in <paramref name="dataDirectory"/>.</summary>
    public ExperimentCatalog(string? dataDirectory = null)
    {
        string data = dataDirectory ?? DefaultDataDirectory();
        All =
        [
            new SmokeExperiment(),
            new GalvanFig31Experiment(),
            new GalvanFig32Experiment(),
            new GalvanFig41Experiment(),
            new GalvanTab41Experiment(),
            new GalvanTab42Experiment(),
            new GalvanTab43Experiment(Path.Combine(data, GalvanTab43Experiment.DatasetFile)),
            new PascanuFig7Experiment(),
        ];
    }

    /// <summary>A catalog of exactly <paramref name="experiments"/> (for sweeps over definitions of one's own).</summary>
    public ExperimentCatalog(IEnumerable<Experiment> experiments)
    {
        ArgumentNullException.ThrowIfNull(experiments);
        All = [.. experiments];
    }

    /// <summary>Every experiment, in the order of experiments.md (the smoke grid first).</summary>
    public IReadOnlyList<Experiment> All { get; }

    /// <summary>RNNTOOLS_DATA, else <c>../shared/data/polyphonic</c> (the shared data next to a clone).</summary>
    public static string DefaultDataDirectory() =>
        Environment.GetEnvironmentVariable(DataVariable) is { Length: > 0 } data ? data : Path.Combine("..", "shared", "data", "polyphonic");

    /// <summary>The experiment of a sweep's options and its files (after checking the options).</summary>
    /// <exception cref="RnnToolsException">Invalid options or an unknown experiment.</exception>
    public static (Experiment Experiment, ExperimentPaths Paths) Open(ExperimentRunOptions options, ExperimentCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Experiment experiment = (catalog ?? new ExperimentCatalog(options.Data)).Find(options.Experiment);
        return (experiment, new ExperimentPaths(options.Results, options.Profile, experiment.Id));
    }

    /// <summary>The experiment with id <paramref name="id"/>, or the one whose table or figure it is (galvan-fig4-2 → galvan-tab4-1).</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> naming the known ids.</exception>
    public Experiment Find(string id) =>
        All.FirstOrDefault(experiment => experiment.Id == id || experiment.AlsoWrites.Contains(id))
        ?? throw RnnToolsException.InvalidParameter("Experiment",
            $"'{id}' is not an experiment; known: {string.Join(", ", All.Select(experiment => experiment.Id))}.");
}
