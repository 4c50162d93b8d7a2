using RnnTools.Core.Backends;

namespace RnnTools.Benchmarks;

/// <summary>The backends available on this machine, for [ParamsSource]: a machine without MKL still runs the managed rows.</summary>
public static class BackendParams
{
    /// <summary>Available native and managed backends (never Cuda).</summary>
    public static IEnumerable<BackendKind> Available() =>
        new[] { BackendKind.Managed, BackendKind.Mkl, BackendKind.OpenBlas }.Where(kind => BackendRegistry.Probe(kind).IsAvailable);
}
