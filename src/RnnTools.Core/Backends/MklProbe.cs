using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace RnnTools.Core.Backends;

/// <summary>Loads libmkl_rt after its CPU dispatch shim, sets its threading layer and Conditional Numerical Reproducibility before any other MKL call, and smoke-tests it.</summary>
internal static unsafe partial class MklProbe
{
    /// <summary>Probes MKL with the given settings.</summary>
    public static BackendProbe Run(BackendSettings settings)
    {
        NativeLibraryName library = NativeLibraryName.Mkl;

        // Before libmkl_rt loads MKL's other libraries, which resolve the vendor check where this puts it.
        string dispatch = MklCpuDispatch.Apply(settings.MklDispatch);
        NativeLoadResult load = NativeLibraryResolver.Load(library);
        if (!load.IsLoaded)
        {
            return BackendProbe.Unavailable(BackendKind.Mkl, "libmkl_rt could not be loaded", load.Attempts, library.InstallHint);
        }

        try
        {
            var cbwrSet = (delegate* unmanaged[Cdecl]<int, int>)NativeLibrary.GetExport(load.Handle, "MKL_CBWR_Set");
            var autoBranch = (delegate* unmanaged[Cdecl]<int>)NativeLibrary.GetExport(load.Handle, "MKL_CBWR_Get_Auto_Branch");
            var setLocalThreads = (delegate* unmanaged[Cdecl]<int, int>)NativeLibrary.GetExport(load.Handle, "MKL_Set_Num_Threads_Local");
            var version = (delegate* unmanaged[Cdecl]<byte*, int, void>)NativeLibrary.GetExport(load.Handle, "MKL_Get_Version_String");

            // The threading layer and then CNR must be chosen before any other MKL call; afterwards MKL refuses a
            // CNR change with -8.
            string threading = MklThreadingLayer.Apply(load.Handle);
            if (settings.MklCbwr != MklCbwrMode.Off)
            {
                int status = cbwrSet((int)settings.MklCbwr);
                if (status != 0)
                {
                    return BackendProbe.Unavailable(BackendKind.Mkl,
                        $"MKL_CBWR_Set({settings.MklCbwr}) failed with status {status}", load.Attempts,
                        $"choose another {BackendSettings.CbwrVariable} (Auto, Compatible, Avx2, ...)");
                }
            }

            string branch = BranchName(autoBranch());
            byte* buffer = stackalloc byte[256];
            version(buffer, 256);
            string versionText = ParseVersion(Marshal.PtrToStringAnsi((nint)buffer) ?? string.Empty);
            CblasFunctions functions = CblasFunctions.Bind(load.Handle);
            string file = Path.GetFileName(load.LoadedFrom ?? library.FileNames[0]);
            string? instructions = Environment.GetEnvironmentVariable("MKL_ENABLE_INSTRUCTIONS");
            string extra = instructions is null ? string.Empty : $", MKL_ENABLE_INSTRUCTIONS={instructions}";
            Action<int> applyThreads = threads => setLocalThreads(threads);
            IComputeBackend Create(int threads) => new CblasBackend(BackendKind.Mkl, threads, functions, applyThreads,
                $"Mkl {versionText} ({file}, LP64, {threading}, threads={threads}, cbwr={settings.MklCbwr}{(settings.MklCbwr == MklCbwrMode.Auto && branch != "Auto" ? $"->{branch}" : string.Empty)}, {dispatch}{extra})");

            string? smoke = GemmSmokeTest.Run(Create(1));
            return smoke is null
                ? BackendProbe.Available(BackendKind.Mkl, Create, load.Attempts)
                : BackendProbe.Unavailable(BackendKind.Mkl, smoke, load.Attempts, library.InstallHint);
        }
        catch (EntryPointNotFoundException ex)
        {
            return BackendProbe.Unavailable(BackendKind.Mkl, $"{load.LoadedFrom} lacks an MKL entry point ({ex.Message})",
                load.Attempts, library.InstallHint);
        }
    }

    /// <summary>Extracts "2020.0.4" from MKL's version banner.</summary>
    internal static string ParseVersion(string banner)
    {
        Match match = VersionPattern().Match(banner);
        return match.Success ? match.Groups[1].Value : banner.Trim();
    }

    private static string BranchName(int branch) =>
        Enum.IsDefined(typeof(MklCbwrMode), branch) ? ((MklCbwrMode)branch).ToString() : $"branch{branch}";

    [GeneratedRegex(@"Version\s+(\S+)")]
    private static partial Regex VersionPattern();
}
