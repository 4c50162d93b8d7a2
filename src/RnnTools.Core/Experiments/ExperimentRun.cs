using System.Globalization;
using RnnTools.Core.Training;

namespace RnnTools.Core.Experiments;

/// <summary>One run of an experiment's grid.</summary>
/// <param name="Key">The run's key: experiment id, grid point and seed (e.g. <c>galvan-fig4-1:rho-gt-1_T50:s13</c>).</param>
/// <param name="Name">The key's file-system name (grid point and seed), used for its checkpoint and history.</param>
/// <param name="Series">The series, rule or model the run belongs to in the table or figure (e.g. <c>SGD-C rho&gt;1</c>).</param>
/// <param name="Options">The training options of the run (checkpointing and threads are added by the sweep).</param>
public sealed record ExperimentRun(string Key, string Name, string Series, TrainingOptions Options)
{
    /// <summary>Creates the run of <paramref name="point"/> (a file-system-safe slug) with the seed of <paramref name="options"/>.</summary>
    public static ExperimentRun Create(string experimentId, string series, string point, TrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        int seed = options.Resolve().Seed!.Value;
        string name = string.Create(CultureInfo.InvariantCulture, $"{point}_s{seed}");
        return new(string.Create(CultureInfo.InvariantCulture, $"{experimentId}:{point}:s{seed}"), name, series, options);
    }
}
