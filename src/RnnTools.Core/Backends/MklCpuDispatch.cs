namespace RnnTools.Core.Backends;

/// <summary>
/// Makes MKL pick its kernels by the CPU's instruction sets on every vendor's CPU. MKL 2020 gives non-Intel CPUs at
/// most its AVX2 kernels; on AMD Zen 4/5, which have AVX-512, its AVX-512 sgemm is about twice as fast at the engine's
/// shapes. The shim <c>libmkl_cpu_dispatch.so</c> (Native/mkl_cpu_dispatch.c, built next to this assembly) answers
/// MKL's vendor check; loaded globally before libmkl_rt, it is the definition MKL's libraries resolve. MKL still
/// checks the instruction sets, so a CPU without AVX-512 keeps AVX2.
/// </summary>
internal static class MklCpuDispatch
{
    private const string ShimFile = "libmkl_cpu_dispatch.so";

    /// <summary>Loads the shim unless <paramref name="dispatch"/> is <see cref="MklDispatch.Vendor"/>; returns the text for <c>Describe()</c>.</summary>
    public static string Apply(MklDispatch dispatch)
    {
        if (dispatch == MklDispatch.Vendor)
        {
            return "dispatch=vendor";
        }

        string directory = Path.GetDirectoryName(typeof(MklCpuDispatch).Assembly.Location) ?? AppContext.BaseDirectory;
        return GlobalLibrary.TryLoad(Path.Combine(directory, ShimFile)) ? "dispatch=features" : $"dispatch=vendor ({ShimFile} not built)";
    }
}
