using RnnTools.Core.Backends;
using RnnTools.Core.Errors;
using RnnTools.Core.Tests.Support;

namespace RnnTools.Core.Tests.Backends;

public sealed class BackendSelectorTests
{
    private static BackendProbe Probe(BackendKind kind, bool available) => available
        ? BackendProbe.Available(kind, threads => new FakeBackend(kind, threads), [$"{kind}.so: loaded"])
        : BackendProbe.Unavailable(kind, $"{kind} library missing", [$"lib{kind}.so: not found or not loadable"], $"install {kind}");

    private static Func<BackendKind, BackendProbe> Machine(params BackendKind[] available) =>
        kind => Probe(kind, kind == BackendKind.Managed || available.Contains(kind));

    [Fact]
    public void Select_Auto_PrefersMklThenOpenBlasThenManaged()
    {
        Assert.Equal(BackendKind.Mkl, BackendSelector.Select(BackendKind.Auto, null, Machine(BackendKind.Mkl, BackendKind.OpenBlas), 1).Backend.Kind);
        Assert.Equal(BackendKind.OpenBlas, BackendSelector.Select(BackendKind.Auto, null, Machine(BackendKind.OpenBlas), 1).Backend.Kind);
        BackendSelection managed = BackendSelector.Select(BackendKind.Auto, null, Machine(), 1);
        Assert.Equal(BackendKind.Managed, managed.Backend.Kind);
        Assert.Contains("mkl unavailable", managed.Explanation);
    }

    [Fact]
    public void Select_Auto_NeverPicksCuda()
    {
        Assert.Equal(BackendKind.Managed, BackendSelector.Select(BackendKind.Auto, null, Machine(BackendKind.Cuda), 1).Backend.Kind);
    }

    [Fact]
    public void Select_EnvironmentOverride_BeatsAuto()
    {
        BackendSelection selection = BackendSelector.Select(BackendKind.Auto, "OpenBLAS", Machine(BackendKind.Mkl, BackendKind.OpenBlas), 1);
        Assert.Equal(BackendKind.OpenBlas, selection.Backend.Kind);
        Assert.Contains(BackendSelector.EnvironmentVariable, selection.Explanation);
    }

    [Fact]
    public void Select_ExplicitChoice_BeatsEnvironment()
    {
        Assert.Equal(BackendKind.Managed, BackendSelector.Select(BackendKind.Managed, "mkl", Machine(BackendKind.Mkl), 1).Backend.Kind);
    }

    [Fact]
    public void Select_ThreadsArePassedToTheBackend()
    {
        Assert.Equal(3, BackendSelector.Select(BackendKind.Mkl, null, Machine(BackendKind.Mkl), 3).Backend.Threads);
    }

    [Fact]
    public void Select_UnavailableExplicitChoice_IsAnErrorNamingRequestReasonPathsAndFix()
    {
        RnnToolsException error = Assert.Throws<RnnToolsException>(() => BackendSelector.Select(BackendKind.Mkl, null, Machine(BackendKind.OpenBlas), 1));
        Assert.Equal(ErrorIds.BackendUnavailable, error.ErrorId);
        Assert.Equal(ErrorKind.NotInstalled, error.Kind);
        Assert.Contains("mkl", error.Message);
        Assert.Contains("the Backend option", error.Message);
        Assert.Contains("Mkl library missing", error.Message);
        Assert.Contains("libMkl.so: not found", error.Message);
        Assert.Contains("install Mkl", error.Message);
    }

    [Fact]
    public void Select_UnavailableEnvironmentChoice_NamesTheVariableAndDoesNotFallBack()
    {
        RnnToolsException error = Assert.Throws<RnnToolsException>(() => BackendSelector.Select(BackendKind.Auto, "openblas", Machine(BackendKind.Mkl), 1));
        Assert.Contains(BackendSelector.EnvironmentVariable, error.Message);
    }

    [Fact]
    public void Select_UnknownEnvironmentName_IsAnInvalidParameter()
    {
        RnnToolsException error = Assert.Throws<RnnToolsException>(() => BackendSelector.Select(BackendKind.Auto, "atlas", Machine(), 1));
        Assert.Equal(ErrorIds.InvalidHyperParameter, error.ErrorId);
        Assert.Contains("atlas", error.Message);
    }

    [Theory]
    [InlineData("auto", BackendKind.Auto)]
    [InlineData("MKL", BackendKind.Mkl)]
    [InlineData(" openblas ", BackendKind.OpenBlas)]
    [InlineData("Managed", BackendKind.Managed)]
    [InlineData("cuda", BackendKind.Cuda)]
    public void ParseName_IsCaseInsensitive(string text, BackendKind expected) =>
        Assert.Equal(expected, BackendSelector.ParseName(text, "Backend"));

    [BackendFact(BackendKind.Cuda, available: false)]
    public void Registry_CudaWithoutDriver_FailsWithOneClearSentence()
    {
        RnnToolsException error = Assert.Throws<RnnToolsException>(() => BackendRegistry.Select(BackendKind.Cuda));
        Assert.Equal(ErrorIds.BackendUnavailable, error.ErrorId);
        Assert.StartsWith("Backend cuda (requested by the Backend option) is unavailable: no CUDA runtime was found", error.Message);
        Assert.Contains("NVIDIA driver", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Registry_ManagedIsAlwaysAvailable()
    {
        Assert.True(BackendRegistry.Probe(BackendKind.Managed).IsAvailable);
    }

    private sealed class FakeBackend(BackendKind kind, int threads) : IComputeBackend
    {
        public BackendKind Kind => kind;

        public int Threads => threads;

        public string Describe() => $"fake {kind}";

        public void Gemm(Transpose transA, Transpose transB, int m, int n, int k, float alpha, ReadOnlySpan<float> a, int lda, ReadOnlySpan<float> b, int ldb, float beta, Span<float> c, int ldc) =>
            throw new NotSupportedException();

        public void Gemm(Transpose transA, Transpose transB, int m, int n, int k, double alpha, ReadOnlySpan<double> a, int lda, ReadOnlySpan<double> b, int ldb, double beta, Span<double> c, int ldc) =>
            throw new NotSupportedException();
    }
}
