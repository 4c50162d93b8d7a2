using RnnTools.Core.Backends;
using RnnTools.Core.Random;

namespace RnnTools.Core.Tests.Backends;

public sealed class GemmParityTests
{
    public static TheoryData<int, int, int, Transpose, Transpose, double, double, int> Shapes()
    {
        var data = new TheoryData<int, int, int, Transpose, Transpose, double, double, int>();
        (int M, int N, int K)[] shapes = [(1, 1, 1), (3, 5, 7), (17, 1, 33), (1, 19, 4), (100, 50, 50), (20, 300, 300 / 10), (100, 6, 50), (61, 3, 129), (2, 2, 0)];
        int padding = 0;
        foreach ((int m, int n, int k) in shapes)
        {
            foreach (Transpose ta in new[] { Transpose.NoTrans, Transpose.Trans })
            {
                foreach (Transpose tb in new[] { Transpose.NoTrans, Transpose.Trans })
                {
                    data.Add(m, n, k, ta, tb, 1.0, 0.0, padding);
                    data.Add(m, n, k, ta, tb, -0.75, 1.5, (padding++ % 3) + 1);
                }
            }
        }

        return data;
    }

    public static IEnumerable<object[]> AvailableBackends() =>
        BackendRegistry.Kinds.Where(k => BackendRegistry.Probe(k).IsAvailable).Select(k => new object[] { k });

    [Theory]
    [MemberData(nameof(Shapes))]
    public void ManagedGemm_Double_MatchesNaiveTripleLoop(int m, int n, int k, Transpose ta, Transpose tb, double alpha, double beta, int pad)
    {
        Operands operands = Operands.Create(m, n, k, ta, tb, pad, seed: (uint)(m * 31 + n * 7 + k));
        double[] expected = operands.Naive(alpha, beta);
        double[] actual = (double[])operands.C.Clone();
        new ManagedBackend().Gemm(ta, tb, m, n, k, alpha, operands.A, operands.Lda, operands.B, operands.Ldb, beta, actual, operands.Ldc);
        AssertClose(expected, actual, 1e-12);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Gemm_EveryAvailableBackend_MatchesManagedInDoubleAndFloat(int m, int n, int k, Transpose ta, Transpose tb, double alpha, double beta, int pad)
    {
        Operands operands = Operands.Create(m, n, k, ta, tb, pad, seed: (uint)(m + n + k + pad));
        double[] reference = (double[])operands.C.Clone();
        new ManagedBackend().Gemm(ta, tb, m, n, k, alpha, operands.A, operands.Lda, operands.B, operands.Ldb, beta, reference, operands.Ldc);
        foreach (object[] row in AvailableBackends())
        {
            IComputeBackend backend = BackendRegistry.Probe((BackendKind)row[0]).Create(1);
            double[] actual = (double[])operands.C.Clone();
            backend.Gemm(ta, tb, m, n, k, alpha, operands.A, operands.Lda, operands.B, operands.Ldb, beta, actual, operands.Ldc);
            AssertClose(reference, actual, 1e-12);

            float[] actualF = Array.ConvertAll(operands.C, v => (float)v);
            backend.Gemm(ta, tb, m, n, k, (float)alpha, Array.ConvertAll(operands.A, v => (float)v), operands.Lda,
                Array.ConvertAll(operands.B, v => (float)v), operands.Ldb, (float)beta, actualF, operands.Ldc);
            AssertClose(reference, Array.ConvertAll(actualF, v => (double)v), 2e-5 * Math.Max(1, Math.Sqrt(k)));
        }
    }

    [Fact]
    public void Gemm_BetaZero_IgnoresGarbageInC()
    {
        foreach (object[] row in AvailableBackends())
        {
            IComputeBackend backend = BackendRegistry.Probe((BackendKind)row[0]).Create(1);
            double[] c = [double.NaN, double.NaN, double.NaN, double.NaN];
            backend.Gemm(Transpose.NoTrans, Transpose.NoTrans, 2, 2, 1, 1.0, [1.0, 2.0], 1, [3.0, 4.0], 2, 0.0, c, 2);
            Assert.Equal([3.0, 4.0, 6.0, 8.0], c);
        }
    }

    [Fact]
    public void Gemm_BufferTooShort_ThrowsBeforeAnyNativeCall()
    {
        foreach (object[] row in AvailableBackends())
        {
            IComputeBackend backend = BackendRegistry.Probe((BackendKind)row[0]).Create(1);
            Assert.Throws<ArgumentException>(() =>
                backend.Gemm(Transpose.NoTrans, Transpose.NoTrans, 2, 2, 2, 1.0, new double[3], 2, new double[4], 2, 0.0, new double[4], 2));
        }
    }

    [Fact]
    public void ManagedGemm_SeveralThreads_BitIdenticalToOneThread()
    {
        Operands operands = Operands.Create(53, 67, 41, Transpose.Trans, Transpose.NoTrans, 2, seed: 5);
        float[] a = Array.ConvertAll(operands.A, v => (float)v), b = Array.ConvertAll(operands.B, v => (float)v);
        float[] one = Array.ConvertAll(operands.C, v => (float)v), four = (float[])one.Clone();
        new ManagedBackend(1).Gemm(Transpose.Trans, Transpose.NoTrans, 53, 67, 41, 0.5f, a, operands.Lda, b, operands.Ldb, 0.25f, one, operands.Ldc);
        new ManagedBackend(4).Gemm(Transpose.Trans, Transpose.NoTrans, 53, 67, 41, 0.5f, a, operands.Lda, b, operands.Ldb, 0.25f, four, operands.Ldc);
        Assert.Equal(one, four);
    }

    private static void AssertClose(double[] expected, double[] actual, double tolerance)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            double scale = Math.Max(1, Math.Abs(expected[i]));
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance * scale, $"element {i}: expected {expected[i]}, got {actual[i]}");
        }
    }

    private sealed record Operands(int M, int N, int K, Transpose TransA, Transpose TransB, double[] A, int Lda, double[] B, int Ldb, double[] C, int Ldc)
    {
        public static Operands Create(int m, int n, int k, Transpose ta, Transpose tb, int pad, uint seed)
        {
            var random = new NumpyRandomState(seed);
            (int rowsA, int colsA) = ta == Transpose.NoTrans ? (m, k) : (k, m);
            (int rowsB, int colsB) = tb == Transpose.NoTrans ? (k, n) : (n, k);
            int lda = Math.Max(1, colsA) + pad, ldb = Math.Max(1, colsB) + pad, ldc = n + pad;
            double[] Fill(int count) => [.. Enumerable.Range(0, count).Select(_ => random.Uniform(-1, 1))];
            return new Operands(m, n, k, ta, tb, Fill(rowsA * lda), lda, Fill(rowsB * ldb), ldb, Fill(m * ldc), ldc);
        }

        public double[] Naive(double alpha, double beta)
        {
            double[] c = (double[])C.Clone();
            for (int i = 0; i < M; i++)
            {
                for (int j = 0; j < N; j++)
                {
                    double sum = 0;
                    for (int p = 0; p < K; p++)
                    {
                        double a = TransA == Transpose.NoTrans ? A[(i * Lda) + p] : A[(p * Lda) + i];
                        double b = TransB == Transpose.NoTrans ? B[(p * Ldb) + j] : B[(j * Ldb) + p];
                        sum += a * b;
                    }

                    c[(i * Ldc) + j] = beta == 0 ? alpha * sum : (alpha * sum) + (beta * C[(i * Ldc) + j]);
                }
            }

            return c;
        }
    }
}
