namespace RnnTools.Core.Backends;

/// <summary>What probing one backend found: a factory for instances, or the reason it is unavailable and the paths tried.</summary>
public sealed class BackendProbe
{
    private readonly Func<int, IComputeBackend>? factory;

    private BackendProbe(BackendKind kind, Func<int, IComputeBackend>? factory, string reason, IReadOnlyList<string> attempts,
        string fix)
    {
        Kind = kind;
        this.factory = factory;
        Reason = reason;
        Attempts = attempts;
        Fix = fix;
    }

    /// <summary>The backend probed.</summary>
    public BackendKind Kind { get; }

    /// <summary>Whether the backend can be used.</summary>
    public bool IsAvailable => factory is not null;

    /// <summary>Why the backend is unavailable (empty when available).</summary>
    public string Reason { get; }

    /// <summary>Every library path tried, with its outcome.</summary>
    public IReadOnlyList<string> Attempts { get; }

    /// <summary>What to do to make the backend available (empty when available).</summary>
    public string Fix { get; }

    /// <summary>An available backend whose instances come from <paramref name="factory"/> (argument: threads).</summary>
    public static BackendProbe Available(BackendKind kind, Func<int, IComputeBackend> factory, IReadOnlyList<string> attempts) =>
        new(kind, factory, string.Empty, attempts, string.Empty);

    /// <summary>An unavailable backend.</summary>
    public static BackendProbe Unavailable(BackendKind kind, string reason, IReadOnlyList<string> attempts, string fix) =>
        new(kind, null, reason, attempts, fix);

    /// <summary>Creates an instance using <paramref name="threads"/> threads per call.</summary>
    /// <exception cref="InvalidOperationException">The backend is unavailable.</exception>
    public IComputeBackend Create(int threads) =>
        factory is null ? throw new InvalidOperationException($"{Kind} is unavailable: {Reason}") : factory(threads);
}
