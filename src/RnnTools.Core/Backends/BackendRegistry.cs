namespace RnnTools.Core.Backends;

/// <summary>
/// The one piece of static mutable state in RnnTools: one lazily probed <see cref="BackendProbe"/> per backend.
/// Nothing is probed until a backend is first needed.
/// </summary>
public static class BackendRegistry
{
    private static readonly Lazy<BackendSettings> LazySettings = new(BackendSettings.FromEnvironment);
    private static readonly Dictionary<BackendKind, Lazy<BackendProbe>> Probes = new()
    {
        [BackendKind.Managed] = new(() => BackendProbe.Available(BackendKind.Managed, threads => new ManagedBackend(threads), [])),
        [BackendKind.Mkl] = new(() => MklProbe.Run(LazySettings.Value)),
        [BackendKind.OpenBlas] = new(() => OpenBlasProbe.Run(LazySettings.Value)),
        [BackendKind.Cuda] = new(CudaProbe.Run),
    };

    /// <summary>The process-wide settings (<c>RNNTOOLS_THREADS</c>, <c>RNNTOOLS_MKL_CBWR</c>, <c>RNNTOOLS_MKL_DISPATCH</c>), read once.</summary>
    public static BackendSettings Settings => LazySettings.Value;

    /// <summary>The backends in listing order.</summary>
    public static IReadOnlyList<BackendKind> Kinds { get; } = [BackendKind.Mkl, BackendKind.OpenBlas, BackendKind.Managed, BackendKind.Cuda];

    /// <summary>Probes one backend (once per process).</summary>
    public static BackendProbe Probe(BackendKind kind) =>
        Probes.TryGetValue(kind, out Lazy<BackendProbe>? probe)
            ? probe.Value
            : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Auto is not a backend; use Select.");

    /// <summary>Selects a backend by the rule of <see cref="BackendSelector"/>.</summary>
    /// <param name="requested">The explicit choice (Auto defers to <c>RNNTOOLS_BACKEND</c>).</param>
    /// <param name="threads">Threads per call; null means <see cref="Settings"/>.</param>
    public static BackendSelection Select(BackendKind requested = BackendKind.Auto, int? threads = null) =>
        BackendSelector.Select(requested, Environment.GetEnvironmentVariable(BackendSelector.EnvironmentVariable), Probe,
            threads ?? Settings.Threads);

    /// <summary>One line per backend: name, availability and description or reason (for benchmark headers).</summary>
    public static string DescribeAll() => string.Join(Environment.NewLine, Kinds.Select(kind =>
    {
        BackendProbe probe = Probe(kind);
        return probe.IsAvailable
            ? $"{BackendSelector.Name(kind)}: {probe.Create(Settings.Threads).Describe()}"
            : $"{BackendSelector.Name(kind)}: unavailable ({probe.Reason})";
    }));
}
