namespace RnnTools.Core.Backends;

/// <summary>A 4×4 GEMM (with a transpose, α and β) compared with the managed reference: proof that a native library works.</summary>
internal static class GemmSmokeTest
{
    /// <summary>Returns null when the backend agrees with the managed reference, otherwise what went wrong.</summary>
    public static string? Run(IComputeBackend backend)
    {
        double[] a = new double[16], b = new double[16], expected = new double[16], actual = new double[16];
        for (int i = 0; i < 16; i++)
        {
            a[i] = (i % 5) - 2 + (0.25 * i);
            b[i] = (i % 3) - 1 + (0.5 * i);
            expected[i] = actual[i] = i;
        }

        new ManagedBackend().Gemm(Transpose.Trans, Transpose.NoTrans, 4, 4, 4, 1.5, a, 4, b, 4, 0.5, expected, 4);
        backend.Gemm(Transpose.Trans, Transpose.NoTrans, 4, 4, 4, 1.5, a, 4, b, 4, 0.5, actual, 4);
        float[] af = Array.ConvertAll(a, v => (float)v), bf = Array.ConvertAll(b, v => (float)v);
        float[] actualF = new float[16];
        backend.Gemm(Transpose.Trans, Transpose.NoTrans, 4, 4, 4, 1.5f, af, 4, bf, 4, 0f, actualF, 4);
        for (int i = 0; i < 16; i++)
        {
            double expectedF = expected[i] - (0.5 * i);
            if (Math.Abs(expected[i] - actual[i]) > 1e-9 * (1 + Math.Abs(expected[i]))
                || Math.Abs(expectedF - actualF[i]) > 1e-4 * (1 + Math.Abs(expectedF)))
            {
                return $"the 4x4 GEMM smoke test disagreed with the managed reference at element {i}";
            }
        }

        return null;
    }
}
