using RnnTools.Core.Backends;
using RnnTools.Core.Tests.Support;

namespace RnnTools.Core.Tests.Backends;

public sealed class NativeBackendTests
{
    [BackendFact(BackendKind.Mkl)]
    public void Mkl_Describe_NamesVersionThreadsAndReproducibilityMode()
    {
        string description = BackendRegistry.Probe(BackendKind.Mkl).Create(1).Describe();
        Assert.Matches(@"^Mkl \d{4}\.\d+\.\d+ \(libmkl_rt[^,]*, LP64, (gnu|sequential|MKL_THREADING_LAYER=[^,]+), threads=1, cbwr=", description);
    }

    [BackendFact(BackendKind.Mkl)]
    public void Mkl_DispatchShim_IsBuiltOnLinuxAndLetsMklUseAvx512WhereTheCpuHasIt()
    {
        string description = BackendRegistry.Probe(BackendKind.Mkl).Create(1).Describe();
        bool built = File.Exists(Path.Combine(AppContext.BaseDirectory, "libmkl_cpu_dispatch.so"));
        Assert.Contains(built ? "dispatch=features" : "dispatch=vendor (libmkl_cpu_dispatch.so not built)", description);
        if (built && BackendSettings.FromEnvironment().MklCbwr == MklCbwrMode.Auto && System.Runtime.Intrinsics.X86.Avx512F.IsSupported)
        {
            Assert.Contains("cbwr=Auto->Avx512", description);
        }
    }

    [BackendFact(BackendKind.OpenBlas)]
    public void OpenBlas_Describe_NamesVersionCoreAndThreads() =>
        Assert.Matches(@"^OpenBlas \d+\.\d+\.\d+ \(libopenblas[^,]*, core=\w+, threads=2", BackendRegistry.Probe(BackendKind.OpenBlas).Create(2).Describe());

    [BackendFact(BackendKind.Mkl)]
    public void Mkl_SameInputsTwice_BitIdentical()
    {
        IComputeBackend mkl = BackendRegistry.Probe(BackendKind.Mkl).Create(1);
        float[] a = [.. Enumerable.Range(0, 5000).Select(i => MathF.Sin(i))], b = [.. Enumerable.Range(0, 5000).Select(i => MathF.Cos(i))];
        float[] first = new float[100 * 100], second = new float[100 * 100];
        mkl.Gemm(Transpose.NoTrans, Transpose.Trans, 100, 100, 50, 1f, a, 50, b, 50, 0f, first, 100);
        mkl.Gemm(Transpose.NoTrans, Transpose.Trans, 100, 100, 50, 1f, a, 50, b, 50, 0f, second, 100);
        Assert.Equal(first, second);
    }
}
