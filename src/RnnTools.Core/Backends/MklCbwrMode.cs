namespace RnnTools.Core.Backends;

/// <summary>MKL Conditional Numerical Reproducibility branches (values of MKL_CBWR_Set).</summary>
public enum MklCbwrMode
{
    /// <summary>CNR off: MKL picks its fastest code path and may vary run to run.</summary>
    Off = 0,

    /// <summary>CNR on with the branch chosen for this processor (run-to-run reproducible on one machine).</summary>
    Auto = 2,

    /// <summary>The most compatible branch: the same results on every x86 processor.</summary>
    Compatible = 3,

    /// <summary>The SSE4.2 branch.</summary>
    Sse4_2 = 8,

    /// <summary>The AVX branch.</summary>
    Avx = 9,

    /// <summary>The AVX2 branch.</summary>
    Avx2 = 10,

    /// <summary>The AVX-512 branch.</summary>
    Avx512 = 12,

    /// <summary>The AVX-512 code path with the VNNI extensions (MKL_CBWR_AVX512_E1).</summary>
    Avx512E1 = 14,
}
