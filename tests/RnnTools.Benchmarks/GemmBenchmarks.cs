using BenchmarkDotNet.Attributes;
using RnnTools.Core.Backends;
using RnnTools.Core.Random;

namespace RnnTools.Benchmarks;

/// <summary>Single-precision GEMM at the shapes of the RNN engine, one thread; GFLOP/s = 2·m·n·k / time.</summary>
[MemoryDiagnoser]
public class GemmBenchmarks
{
    private IComputeBackend backend = null!;
    private float[] a = [], b = [], c = [];
    private int m, n, k;

    /// <summary>The backend under test.</summary>
    [ParamsSource(nameof(Backends))]
    public BackendKind Backend { get; set; }

    /// <summary>m x n x k: a batch of 100 through 50 hidden units; 20 crops through 300 units; the input projection of temporal order.</summary>
    [Params("100x50x50", "20x300x300", "100x6x50")]
    public string Shape { get; set; } = "100x50x50";

    /// <summary>The available backends.</summary>
    public static IEnumerable<BackendKind> Backends() => BackendParams.Available();

    /// <summary>Fills the operands from a fixed seed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        int[] dims = [.. Shape.Split('x').Select(int.Parse)];
        (m, n, k) = (dims[0], dims[1], dims[2]);
        backend = BackendRegistry.Probe(Backend).Create(1);
        var random = new NumpyRandomState(13);
        a = [.. Enumerable.Range(0, m * k).Select(_ => (float)random.Uniform(-1, 1))];
        b = [.. Enumerable.Range(0, k * n).Select(_ => (float)random.Uniform(-1, 1))];
        c = new float[m * n];
    }

    /// <summary>C = A·B.</summary>
    [Benchmark]
    public float Gemm()
    {
        backend.Gemm(Transpose.NoTrans, Transpose.NoTrans, m, n, k, 1f, a, k, b, n, 0f, c, n);
        return c[0];
    }
}
