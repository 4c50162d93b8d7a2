namespace RnnTools.Core.Backends;

/// <summary>
/// The dense linear algebra the engine needs, over row-major flat arrays.
/// GEMM computes C ← α·op(A)·op(B) + β·C with op(A) [m × k], op(B) [k × n] and C [m × n];
/// a leading dimension is the stride between consecutive stored rows. With β = 0, C is not read.
/// Implementations are safe to call from several threads at once.
/// </summary>
public interface IComputeBackend
{
    /// <summary>Which backend this is.</summary>
    BackendKind Kind { get; }

    /// <summary>The number of threads the backend uses per call.</summary>
    int Threads { get; }

    /// <summary>One stable line naming everything that changes the numbers (library version, threads, reproducibility mode, ISA).</summary>
    string Describe();

    /// <summary>Single-precision GEMM (see the interface summary for the shapes).</summary>
    void Gemm(Transpose transA, Transpose transB, int m, int n, int k, float alpha, ReadOnlySpan<float> a, int lda,
        ReadOnlySpan<float> b, int ldb, float beta, Span<float> c, int ldc);

    /// <summary>Double-precision GEMM (see the interface summary for the shapes).</summary>
    void Gemm(Transpose transA, Transpose transB, int m, int n, int k, double alpha, ReadOnlySpan<double> a, int lda,
        ReadOnlySpan<double> b, int ldb, double beta, Span<double> c, int ldc);
}
