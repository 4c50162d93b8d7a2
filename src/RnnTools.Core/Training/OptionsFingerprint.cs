using System.Globalization;
using System.Reflection;

namespace RnnTools.Core.Training;

/// <summary>
/// The options that decide a run's trajectory, as invariant text, so that a resume can refuse a checkpoint written with
/// other options. The limits and host settings a resume may change are left out: MaxIterations, Budget, Patience,
/// TargetLoss, MonitorTrain, CheckpointPath, CheckpointEvery, Resume, Backend and Threads.
/// </summary>
internal static class OptionsFingerprint
{
    private static readonly HashSet<string> Continuation =
    [
        nameof(TrainingOptions.MaxIterations), nameof(TrainingOptions.Budget), nameof(TrainingOptions.Patience), nameof(TrainingOptions.TargetLoss),
        nameof(TrainingOptions.MonitorTrain), nameof(TrainingOptions.CheckpointPath), nameof(TrainingOptions.CheckpointEvery),
        nameof(TrainingOptions.Resume), nameof(TrainingOptions.Backend), nameof(TrainingOptions.Threads), nameof(TrainingOptions.IsResolved),
    ];

    private static readonly PropertyInfo[] Properties =
        [.. typeof(TrainingOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => !Continuation.Contains(p.Name))];

    /// <summary>The fingerprint of resolved options.</summary>
    public static SortedDictionary<string, string> Of(TrainingOptions resolved)
    {
        var values = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (PropertyInfo property in Properties)
        {
            values[property.Name] = Text(property.GetValue(resolved));
        }

        return values;
    }

    /// <summary>The first option whose text differs, with both texts, or null when they agree.</summary>
    public static (string Name, string Saved, string Current)? FirstDifference(IReadOnlyDictionary<string, string> saved, IReadOnlyDictionary<string, string> current)
    {
        foreach ((string name, string value) in current)
        {
            string old = saved.TryGetValue(name, out string? text) ? text : "(absent)";
            if (old != value)
            {
                return (name, old, value);
            }
        }

        return null;
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
