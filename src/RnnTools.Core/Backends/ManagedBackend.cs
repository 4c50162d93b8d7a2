using System.Numerics;
using System.Runtime.Intrinsics;

namespace RnnTools.Core.Backends;

/// <summary>The managed, vectorised backend: always available and the reference the native backends are tested against.</summary>
public sealed class ManagedBackend : IComputeBackend
{
    /// <summary>Creates the backend.</summary>
    /// <param name="threads">Threads per GEMM (1 or more); rows of C are split between them without changing any sum.</param>
    public ManagedBackend(int threads = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        Threads = threads;
    }

    /// <inheritdoc />
    public BackendKind Kind => BackendKind.Managed;

    /// <inheritdoc />
    public int Threads { get; }

    /// <inheritdoc />
    public string Describe() =>
        $"Managed (.NET {Environment.Version}, Vector<T> {Vector<byte>.Count * 8} bit, {WidestVector()}, threads={Threads})";

    /// <inheritdoc />
    public void Gemm(Transpose transA, Transpose transB, int m, int n, int k, float alpha, ReadOnlySpan<float> a, int lda,
        ReadOnlySpan<float> b, int ldb, float beta, Span<float> c, int ldc)
    {
        GemmArguments.Validate(transA, transB, m, n, k, lda, a.Length, ldb, b.Length, ldc, c.Length);
        ManagedGemm.Run(transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc, Threads);
    }

    /// <inheritdoc />
    public void Gemm(Transpose transA, Transpose transB, int m, int n, int k, double alpha, ReadOnlySpan<double> a, int lda,
        ReadOnlySpan<double> b, int ldb, double beta, Span<double> c, int ldc)
    {
        GemmArguments.Validate(transA, transB, m, n, k, lda, a.Length, ldb, b.Length, ldc, c.Length);
        ManagedGemm.Run(transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc, Threads);
    }

    private static string WidestVector() =>
        Vector512.IsHardwareAccelerated ? "Vector512" : Vector256.IsHardwareAccelerated ? "Vector256" : "Vector128";
}
