using RnnTools.Core.Backends;

namespace RnnTools.Core.Operations.Backends;

/// <summary>Lists every backend (mkl, openblas, managed, cuda) with its availability, probing each once per process.</summary>
public sealed class BackendListOperation
{
    /// <summary>Emits one <see cref="BackendRecord"/> per backend.</summary>
    public void Run(BackendListOptions options, IOperationSink<BackendRecord> sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (BackendKind kind in BackendRegistry.Kinds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            sink.Emit(ToRecord(BackendRegistry.Probe(kind), BackendRegistry.Settings.Threads));
        }
    }

    /// <summary>The record of one probe.</summary>
    public static BackendRecord ToRecord(BackendProbe probe, int threads) =>
        probe.IsAvailable
            ? new BackendRecord(BackendSelector.Name(probe.Kind), true, probe.Create(threads).Describe(), string.Empty)
            : new BackendRecord(BackendSelector.Name(probe.Kind), false, string.Empty,
                $"{probe.Reason}; tried: {(probe.Attempts.Count == 0 ? "nothing" : string.Join("; ", probe.Attempts))}; fix: {probe.Fix}");
}
