namespace RnnTools.Core.Backends;

/// <summary>The compute backends; <see cref="Auto"/> picks the best available one (Mkl, then OpenBlas, then Managed).</summary>
public enum BackendKind
{
    /// <summary>The best available backend: Mkl, then OpenBlas, then Managed; never Cuda.</summary>
    Auto,

    /// <summary>The managed, vectorised reference implementation; always available.</summary>
    Managed,

    /// <summary>Intel MKL through libmkl_rt.</summary>
    Mkl,

    /// <summary>OpenBLAS through libopenblas.so.0.</summary>
    OpenBlas,

    /// <summary>NVIDIA cuBLAS (opt-in, unverified: no GPU was available to test it).</summary>
    Cuda,
}
