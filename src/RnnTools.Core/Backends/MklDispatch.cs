namespace RnnTools.Core.Backends;

/// <summary>How MKL picks its kernels for the CPU (<c>RNNTOOLS_MKL_DISPATCH</c>).</summary>
public enum MklDispatch
{
    /// <summary>By the CPU's instruction sets, on any vendor's CPU: AVX-512 kernels on AMD Zen 4/5 (the default).</summary>
    Features,

    /// <summary>MKL's own choice, which gives non-Intel CPUs at most its AVX2 kernels.</summary>
    Vendor,
}
