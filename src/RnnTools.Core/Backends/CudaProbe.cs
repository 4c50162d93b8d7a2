namespace RnnTools.Core.Backends;

/// <summary>Looks for the CUDA runtime, cuBLAS, a driver and a device; any missing piece makes the backend unavailable.</summary>
internal static unsafe class CudaProbe
{
    /// <summary>Probes CUDA.</summary>
    public static BackendProbe Run()
    {
        NativeLoadResult runtime = NativeLibraryResolver.Load(NativeLibraryName.CudaRuntime);
        string fix = NativeLibraryName.CudaRuntime.InstallHint;
        if (!runtime.IsLoaded)
        {
            return BackendProbe.Unavailable(BackendKind.Cuda,
                "no CUDA runtime was found (libcudart.so.12 or libcudart.so.11.0), so no NVIDIA driver or GPU can be used",
                runtime.Attempts, fix);
        }

        NativeLoadResult cublas = NativeLibraryResolver.Load(NativeLibraryName.Cublas);
        IReadOnlyList<string> attempts = [.. runtime.Attempts, .. cublas.Attempts];
        if (!cublas.IsLoaded)
        {
            return BackendProbe.Unavailable(BackendKind.Cuda, "the CUDA runtime loaded but cuBLAS (libcublas) was not found",
                attempts, fix);
        }

        try
        {
            CudaFunctions functions = CudaFunctions.Bind(runtime.Handle, cublas.Handle);
            int devices = 0;
            int status = functions.GetDeviceCount(&devices);
            if (status != 0 || devices == 0)
            {
                return BackendProbe.Unavailable(BackendKind.Cuda,
                    $"the CUDA runtime found no usable GPU (cudaGetDeviceCount returned error {status}, {devices} devices): an NVIDIA driver and GPU are required",
                    attempts, fix);
            }

            nint handle = 0;
            int created = functions.Create(&handle);
            if (created != 0)
            {
                return BackendProbe.Unavailable(BackendKind.Cuda, $"cublasCreate_v2 failed with status {created}", attempts, fix);
            }

            int version = 0;
            functions.RuntimeVersion(&version);
            var backend = new CudaBackend(functions, handle,
                $"Cuda runtime {version / 1000}.{version % 1000 / 10} ({Path.GetFileName(cublas.LoadedFrom)}, devices={devices}, unverified)");
            string? smoke = GemmSmokeTest.Run(backend);
            return smoke is null
                ? BackendProbe.Available(BackendKind.Cuda, _ => backend, attempts)
                : BackendProbe.Unavailable(BackendKind.Cuda, smoke, attempts, fix);
        }
        catch (EntryPointNotFoundException ex)
        {
            return BackendProbe.Unavailable(BackendKind.Cuda, $"a CUDA entry point is missing ({ex.Message})", attempts, fix);
        }
    }
}
