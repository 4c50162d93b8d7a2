using RnnTools.Core.Errors;

namespace RnnTools.Core.Backends;

/// <summary>
/// The selection rule of conventions.md §6: an explicit choice beats <c>RNNTOOLS_BACKEND</c>, which beats Auto
/// (Mkl, then OpenBlas, then Managed; never Cuda). A requested backend that is unavailable is an error, never a fallback.
/// </summary>
public static class BackendSelector
{
    /// <summary>The environment variable that overrides Auto.</summary>
    public const string EnvironmentVariable = "RNNTOOLS_BACKEND";

    private static readonly BackendKind[] AutoOrder = [BackendKind.Mkl, BackendKind.OpenBlas, BackendKind.Managed];

    /// <summary>Chooses a backend.</summary>
    /// <param name="requested">The explicit choice; <see cref="BackendKind.Auto"/> defers to the environment.</param>
    /// <param name="environmentValue">The value of <c>RNNTOOLS_BACKEND</c>, or null.</param>
    /// <param name="probe">Probes one backend.</param>
    /// <param name="threads">Threads per call for the chosen backend.</param>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.BackendUnavailable"/> or <see cref="ErrorIds.InvalidHyperParameter"/>.</exception>
    public static BackendSelection Select(BackendKind requested, string? environmentValue, Func<BackendKind, BackendProbe> probe, int threads)
    {
        string source = "the Backend option";
        if (requested == BackendKind.Auto && !string.IsNullOrWhiteSpace(environmentValue))
        {
            requested = ParseName(environmentValue, EnvironmentVariable);
            source = EnvironmentVariable;
        }

        if (requested != BackendKind.Auto)
        {
            BackendProbe chosen = probe(requested);
            if (!chosen.IsAvailable)
            {
                throw Unavailable(chosen, source);
            }

            return new BackendSelection(chosen.Create(threads), $"backend {Name(requested)} requested by {source}");
        }

        var skipped = new List<string>();
        foreach (BackendKind kind in AutoOrder)
        {
            BackendProbe candidate = probe(kind);
            if (candidate.IsAvailable)
            {
                string note = skipped.Count == 0 ? string.Empty : $" ({string.Join("; ", skipped)})";
                return new BackendSelection(candidate.Create(threads), $"backend auto chose {Name(kind)}{note}");
            }

            skipped.Add($"{Name(kind)} unavailable: {candidate.Reason}");
        }

        throw new InvalidOperationException("The managed backend is always available.");
    }

    /// <summary>The lower-case name of a backend, as <c>RNNTOOLS_BACKEND</c> spells it.</summary>
    public static string Name(BackendKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>Parses auto|managed|mkl|openblas|cuda (case-insensitive).</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> naming <paramref name="parameter"/>.</exception>
    public static BackendKind ParseName(string value, string parameter)
    {
        foreach (BackendKind kind in Enum.GetValues<BackendKind>())
        {
            if (string.Equals(Name(kind), value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }

        throw RnnToolsException.InvalidParameter(parameter,
            $"'{value}' is not a backend; use one of {string.Join(", ", Enum.GetValues<BackendKind>().Select(Name))}.");
    }

    private static RnnToolsException Unavailable(BackendProbe probe, string source) =>
        new(ErrorIds.BackendUnavailable, ErrorKind.NotInstalled,
            $"Backend {Name(probe.Kind)} (requested by {source}) is unavailable: {probe.Reason}; tried: "
            + (probe.Attempts.Count == 0 ? "nothing" : string.Join("; ", probe.Attempts)) + $"; fix: {probe.Fix}.",
            Name(probe.Kind));
}
