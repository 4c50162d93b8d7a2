namespace RnnTools.Core.Backends;

/// <summary>A backend whose GEMMs are CBLAS calls into a native library (MKL or OpenBLAS).</summary>
public sealed unsafe class CblasBackend : IComputeBackend
{
    private readonly CblasFunctions functions;
    private readonly Action<int> applyThreads;
    private readonly string description;

    internal CblasBackend(BackendKind kind, int threads, CblasFunctions functions, Action<int> applyThreads, string description)
    {
        Kind = kind;
        Threads = threads;
        this.functions = functions;
        this.applyThreads = applyThreads;
        this.description = description;
    }

    /// <inheritdoc />
    public BackendKind Kind { get; }

    /// <inheritdoc />
    public int Threads { get; }

    /// <inheritdoc />
    public string Describe() => description;

    /// <inheritdoc />
    public void Gemm(Transpose transA, Transpose transB, int m, int n, int k, float alpha, ReadOnlySpan<float> a, int lda,
        ReadOnlySpan<float> b, int ldb, float beta, Span<float> c, int ldc)
    {
        GemmArguments.Validate(transA, transB, m, n, k, lda, a.Length, ldb, b.Length, ldc, c.Length);
        if (m == 0 || n == 0)
        {
            return;
        }

        applyThreads(Threads);
        fixed (float* pa = a, pb = b, pc = c)
        {
            functions.Sgemm(CblasFunctions.RowMajor, CblasFunctions.Code(transA), CblasFunctions.Code(transB), m, n, k,
                alpha, pa, lda, pb, ldb, beta, pc, ldc);
        }
    }

    /// <inheritdoc />
    public void Gemm(Transpose transA, Transpose transB, int m, int n, int k, double alpha, ReadOnlySpan<double> a, int lda,
        ReadOnlySpan<double> b, int ldb, double beta, Span<double> c, int ldc)
    {
        GemmArguments.Validate(transA, transB, m, n, k, lda, a.Length, ldb, b.Length, ldc, c.Length);
        if (m == 0 || n == 0)
        {
            return;
        }

        applyThreads(Threads);
        fixed (double* pa = a, pb = b, pc = c)
        {
            functions.Dgemm(CblasFunctions.RowMajor, CblasFunctions.Code(transA), CblasFunctions.Code(transB), m, n, k,
                alpha, pa, lda, pb, ldb, beta, pc, ldc);
        }
    }
}
