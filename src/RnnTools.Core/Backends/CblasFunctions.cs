using System.Runtime.InteropServices;

namespace RnnTools.Core.Backends;

/// <summary>
/// The CBLAS GEMM entry points bound from one library handle. MKL and OpenBLAS export identical <c>cblas_*</c>
/// symbols, so each backend binds them through its own handle rather than by a process-wide name.
/// </summary>
internal sealed unsafe class CblasFunctions
{
    /// <summary>CblasRowMajor.</summary>
    public const int RowMajor = 101;

    private CblasFunctions(nint sgemm, nint dgemm)
    {
        Sgemm = (delegate* unmanaged[Cdecl]<int, int, int, int, int, int, float, float*, int, float*, int, float, float*, int, void>)sgemm;
        Dgemm = (delegate* unmanaged[Cdecl]<int, int, int, int, int, int, double, double*, int, double*, int, double, double*, int, void>)dgemm;
    }

    /// <summary>cblas_sgemm.</summary>
    public delegate* unmanaged[Cdecl]<int, int, int, int, int, int, float, float*, int, float*, int, float, float*, int, void> Sgemm { get; }

    /// <summary>cblas_dgemm.</summary>
    public delegate* unmanaged[Cdecl]<int, int, int, int, int, int, double, double*, int, double*, int, double, double*, int, void> Dgemm { get; }

    /// <summary>Binds cblas_sgemm and cblas_dgemm from a loaded library.</summary>
    /// <exception cref="EntryPointNotFoundException">A symbol is missing.</exception>
    public static CblasFunctions Bind(nint library) =>
        new(NativeLibrary.GetExport(library, "cblas_sgemm"), NativeLibrary.GetExport(library, "cblas_dgemm"));

    /// <summary>The CBLAS transpose constant (CblasNoTrans = 111, CblasTrans = 112).</summary>
    public static int Code(Transpose transpose) => transpose == Transpose.NoTrans ? 111 : 112;
}
