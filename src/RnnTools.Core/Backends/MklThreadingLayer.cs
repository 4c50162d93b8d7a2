using System.Runtime.InteropServices;

namespace RnnTools.Core.Backends;

/// <summary>
/// Chooses MKL's threading layer before any other MKL call. libmkl_rt defaults to the Intel OpenMP layer, whose
/// runtime (libiomp5) Debian's libmkl-rt does not pull in: without it the first GEMM aborts the process with an
/// unresolved <c>omp_*</c> symbol. So RnnTools asks for the GNU layer when libgomp can be loaded globally (threads
/// then work), and for the sequential layer otherwise. A <c>MKL_THREADING_LAYER</c> set by the user is left to MKL.
/// </summary>
internal static unsafe class MklThreadingLayer
{
    private const string UserVariable = "MKL_THREADING_LAYER";
    private const int SequentialLayer = 1;
    private const int GnuLayer = 3;

    /// <summary>Sets the layer through the library's <c>MKL_Set_Threading_Layer</c> and returns its name for <c>Describe()</c>.</summary>
    public static string Apply(nint mklHandle)
    {
        string? requested = Environment.GetEnvironmentVariable(UserVariable);
        if (!string.IsNullOrWhiteSpace(requested))
        {
            return $"{UserVariable}={requested.Trim()}";
        }

        var setLayer = (delegate* unmanaged[Cdecl]<int, int>)NativeLibrary.GetExport(mklHandle, "MKL_Set_Threading_Layer");
        return setLayer(GlobalLibrary.TryLoad("libgomp.so.1") ? GnuLayer : SequentialLayer) == GnuLayer ? "gnu" : "sequential";
    }
}
