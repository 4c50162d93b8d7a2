using RnnTools.Core.Backends;
using RnnTools.Core.Errors;
using RnnTools.Core.Training;

namespace RnnTools.Core.Experiments;

/// <summary>
/// The finished runs of the other experiments of a catalog that a sweep can copy instead of training: a row counts when
/// its run has the same resolved training options as a planned run, was trained under the current version of its own
/// experiment, and by the backend this sweep would use. Experiments that keep histories or best models train every run
/// themselves, since a row alone would leave those files missing.
/// </summary>
internal sealed class SharedRuns
{
    private readonly Dictionary<TrainingOptions, RunsRow> rows;

    private SharedRuns(Dictionary<TrainingOptions, RunsRow> rows) => this.rows = rows;

    /// <summary>The rows <paramref name="experiment"/>'s sweep with <paramref name="options"/> may copy.</summary>
    /// <exception cref="RnnToolsException">Another experiment's runs file cannot be read.</exception>
    public static SharedRuns For(Experiment experiment, ExperimentRunOptions options, ExperimentCatalog catalog)
    {
        var rows = new Dictionary<TrainingOptions, RunsRow>();
        if (experiment.KeptHistory != RunHistoryKind.None || experiment.KeepsBestModel || SweepBackend(options) is not { } backend)
        {
            return new(rows);
        }

        foreach (Experiment other in catalog.All.Where(other => other.Id != experiment.Id))
        {
            Dictionary<string, TrainingOptions> planned = other.Runs(options.Profile).ToDictionary(run => run.Key, run => run.Options.Resolve(), StringComparer.Ordinal);
            var paths = new ExperimentPaths(options.Results, options.Profile, other.Id);
            foreach (RunsRow row in RunsFile.ReadRows(paths).Where(row => row.ExperimentVersion == other.Version && row.Backend == backend))
            {
                if (planned.TryGetValue(row.Run.RunKey, out TrainingOptions? resolved))
                {
                    rows.TryAdd(resolved, row);
                }
            }
        }

        return new(rows);
    }

    /// <summary>The row of another experiment that <paramref name="run"/> would reproduce, if there is one.</summary>
    public RunsRow? Find(ExperimentRun run) => rows.GetValueOrDefault(run.Options.Resolve());

    /// <summary>The backend the sweep's runs would train on; none (so nothing is shared) when it is unavailable.</summary>
    private static BackendKind? SweepBackend(ExperimentRunOptions options)
    {
        try
        {
            return BackendRegistry.Select(options.Backend, 1).Backend.Kind;
        }
        catch (RnnToolsException)
        {
            return null;
        }
    }
}
