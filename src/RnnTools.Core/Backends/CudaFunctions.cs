using System.Runtime.InteropServices;

namespace RnnTools.Core.Backends;

/// <summary>The CUDA runtime and cuBLAS entry points the CUDA backend calls, bound from loaded libraries.</summary>
internal sealed unsafe class CudaFunctions
{
    /// <summary>cudaMemcpyHostToDevice.</summary>
    public const int HostToDevice = 1;

    /// <summary>cudaMemcpyDeviceToHost.</summary>
    public const int DeviceToHost = 2;

    private CudaFunctions(nint runtime, nint cublas)
    {
        GetDeviceCount = (delegate* unmanaged[Cdecl]<int*, int>)NativeLibrary.GetExport(runtime, "cudaGetDeviceCount");
        RuntimeVersion = (delegate* unmanaged[Cdecl]<int*, int>)NativeLibrary.GetExport(runtime, "cudaRuntimeGetVersion");
        Malloc = (delegate* unmanaged[Cdecl]<void**, nuint, int>)NativeLibrary.GetExport(runtime, "cudaMalloc");
        Free = (delegate* unmanaged[Cdecl]<void*, int>)NativeLibrary.GetExport(runtime, "cudaFree");
        Memcpy = (delegate* unmanaged[Cdecl]<void*, void*, nuint, int, int>)NativeLibrary.GetExport(runtime, "cudaMemcpy");
        Create = (delegate* unmanaged[Cdecl]<nint*, int>)NativeLibrary.GetExport(cublas, "cublasCreate_v2");
        Sgemm = (delegate* unmanaged[Cdecl]<nint, int, int, int, int, int, float*, float*, int, float*, int, float*, float*, int, int>)
            NativeLibrary.GetExport(cublas, "cublasSgemm_v2");
        Dgemm = (delegate* unmanaged[Cdecl]<nint, int, int, int, int, int, double*, double*, int, double*, int, double*, double*, int, int>)
            NativeLibrary.GetExport(cublas, "cublasDgemm_v2");
    }

    /// <summary>cudaGetDeviceCount.</summary>
    public delegate* unmanaged[Cdecl]<int*, int> GetDeviceCount { get; }

    /// <summary>cudaRuntimeGetVersion.</summary>
    public delegate* unmanaged[Cdecl]<int*, int> RuntimeVersion { get; }

    /// <summary>cudaMalloc.</summary>
    public delegate* unmanaged[Cdecl]<void**, nuint, int> Malloc { get; }

    /// <summary>cudaFree.</summary>
    public delegate* unmanaged[Cdecl]<void*, int> Free { get; }

    /// <summary>cudaMemcpy.</summary>
    public delegate* unmanaged[Cdecl]<void*, void*, nuint, int, int> Memcpy { get; }

    /// <summary>cublasCreate_v2.</summary>
    public delegate* unmanaged[Cdecl]<nint*, int> Create { get; }

    /// <summary>cublasSgemm_v2 (column-major).</summary>
    public delegate* unmanaged[Cdecl]<nint, int, int, int, int, int, float*, float*, int, float*, int, float*, float*, int, int> Sgemm { get; }

    /// <summary>cublasDgemm_v2 (column-major).</summary>
    public delegate* unmanaged[Cdecl]<nint, int, int, int, int, int, double*, double*, int, double*, int, double*, double*, int, int> Dgemm { get; }

    /// <summary>Binds every entry point.</summary>
    /// <exception cref="EntryPointNotFoundException">A symbol is missing.</exception>
    public static CudaFunctions Bind(nint runtime, nint cublas) => new(runtime, cublas);
}
