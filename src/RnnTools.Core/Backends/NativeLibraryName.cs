using System.Runtime.InteropServices;

namespace RnnTools.Core.Backends;

/// <summary>A native library known to the resolver: its logical import name, override variable and file names.</summary>
/// <param name="LogicalName">The name used in <c>[LibraryImport]</c> (e.g. "mkl_rt").</param>
/// <param name="OverrideVariable">The environment variable holding a file or directory that overrides the search.</param>
/// <param name="FileNames">File names tried in order on this operating system.</param>
/// <param name="InstallHint">What to install when it is missing.</param>
public sealed record NativeLibraryName(string LogicalName, string OverrideVariable, IReadOnlyList<string> FileNames, string InstallHint)
{
    /// <summary>Intel MKL's single dynamic library.</summary>
    public static NativeLibraryName Mkl { get; } = new("mkl_rt", "RNNTOOLS_MKL_PATH",
        PerOs(["libmkl_rt.so.2", "libmkl_rt.so"], ["mkl_rt.2.dll", "mkl_rt.dll"], ["libmkl_rt.2.dylib", "libmkl_rt.dylib"]),
        "install libmkl-rt (Debian: enable the non-free component; Ubuntu: multiverse) or set RNNTOOLS_MKL_PATH");

    /// <summary>OpenBLAS.</summary>
    public static NativeLibraryName OpenBlas { get; } = new("openblas", "RNNTOOLS_OPENBLAS_PATH",
        PerOs(["libopenblas.so.0", "libopenblas.so"], ["libopenblas.dll", "openblas.dll"], ["libopenblas.0.dylib", "libopenblas.dylib"]),
        "install libopenblas0 or set RNNTOOLS_OPENBLAS_PATH");

    /// <summary>The CUDA runtime.</summary>
    public static NativeLibraryName CudaRuntime { get; } = new("cudart", "RNNTOOLS_CUDA_PATH",
        PerOs(["libcudart.so.12", "libcudart.so.11.0", "libcudart.so"], ["cudart64_12.dll", "cudart64_110.dll"], []),
        "install the NVIDIA driver and the CUDA 11 or 12 runtime and cuBLAS, or set RNNTOOLS_CUDA_PATH");

    /// <summary>cuBLAS.</summary>
    public static NativeLibraryName Cublas { get; } = new("cublas", "RNNTOOLS_CUDA_PATH",
        PerOs(["libcublas.so.12", "libcublas.so.11", "libcublas.so"], ["cublas64_12.dll", "cublas64_11.dll"], []),
        "install the NVIDIA driver and the CUDA 11 or 12 runtime and cuBLAS, or set RNNTOOLS_CUDA_PATH");

    /// <summary>Every library the resolver serves.</summary>
    public static IReadOnlyList<NativeLibraryName> All { get; } = [Mkl, OpenBlas, CudaRuntime, Cublas];

    private static string[] PerOs(string[] linux, string[] windows, string[] mac) =>
        RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? windows
        : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? mac
        : linux;
}
