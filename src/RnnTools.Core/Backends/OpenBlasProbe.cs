using System.Runtime.InteropServices;

namespace RnnTools.Core.Backends;

/// <summary>Loads libopenblas.so.0, reads its configuration and smoke-tests it.</summary>
internal static unsafe class OpenBlasProbe
{
    private static int appliedThreads;

    /// <summary>Probes OpenBLAS with the given settings.</summary>
    public static BackendProbe Run(BackendSettings settings)
    {
        NativeLibraryName library = NativeLibraryName.OpenBlas;
        NativeLoadResult load = NativeLibraryResolver.Load(library);
        if (!load.IsLoaded)
        {
            return BackendProbe.Unavailable(BackendKind.OpenBlas, "libopenblas could not be loaded", load.Attempts, library.InstallHint);
        }

        try
        {
            var setThreads = (delegate* unmanaged[Cdecl]<int, void>)NativeLibrary.GetExport(load.Handle, "openblas_set_num_threads");
            var getConfig = (delegate* unmanaged[Cdecl]<byte*>)NativeLibrary.GetExport(load.Handle, "openblas_get_config");
            var getCore = (delegate* unmanaged[Cdecl]<byte*>)NativeLibrary.GetExport(load.Handle, "openblas_get_corename");
            string config = Marshal.PtrToStringAnsi((nint)getConfig()) ?? string.Empty;
            string core = Marshal.PtrToStringAnsi((nint)getCore()) ?? "unknown";
            string[] words = config.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string version = words.Length > 1 ? words[1] : "unknown";
            string? coreType = Environment.GetEnvironmentVariable("OPENBLAS_CORETYPE");
            string extra = coreType is null ? string.Empty : $", OPENBLAS_CORETYPE={coreType}";
            CblasFunctions functions = CblasFunctions.Bind(load.Handle);
            string file = Path.GetFileName(load.LoadedFrom ?? library.FileNames[0]);

            // OpenBLAS has only a process-wide thread count: set it when a call asks for a different one.
            void ApplyThreads(int threads)
            {
                if (Interlocked.Exchange(ref appliedThreads, threads) != threads)
                {
                    setThreads(threads);
                }
            }

            IComputeBackend Create(int threads) => new CblasBackend(BackendKind.OpenBlas, threads, functions, ApplyThreads,
                $"OpenBlas {version} ({file}, core={core}, threads={threads}{extra})");

            string? smoke = GemmSmokeTest.Run(Create(settings.Threads));
            return smoke is null
                ? BackendProbe.Available(BackendKind.OpenBlas, Create, load.Attempts)
                : BackendProbe.Unavailable(BackendKind.OpenBlas, smoke, load.Attempts, library.InstallHint);
        }
        catch (EntryPointNotFoundException ex)
        {
            return BackendProbe.Unavailable(BackendKind.OpenBlas, $"{load.LoadedFrom} lacks an OpenBLAS entry point ({ex.Message})",
                load.Attempts, library.InstallHint);
        }
    }
}
