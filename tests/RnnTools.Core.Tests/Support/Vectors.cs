namespace RnnTools.Core.Tests.Support;

/// <summary>Plain reference arithmetic for hand-computed expectations (deliberately not TensorPrimitives).</summary>
internal static class Vectors
{
    public static double Dot(IReadOnlyList<double> a, IReadOnlyList<double> b) => a.Select((x, i) => x * b[i]).Sum();

    public static double Norm(IReadOnlyList<double> a) => Math.Sqrt(Dot(a, a));

    public static double[] Scale(IReadOnlyList<double> a, double s) => [.. a.Select(x => x * s)];

    public static double[] Add(IReadOnlyList<double> a, IReadOnlyList<double> b) => [.. a.Select((x, i) => x + b[i])];

    public static double[] Row(double[,] m, int row) => [.. Enumerable.Range(0, m.GetLength(1)).Select(j => m[row, j])];

    public static void Near(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double tolerance = 1e-12)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance * Math.Max(1, Math.Abs(expected[i])), $"entry {i}: expected {expected[i]}, got {actual[i]}");
        }
    }
}
