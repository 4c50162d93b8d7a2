using System.Numerics;
using RnnTools.Core.Gradients;
using RnnTools.Core.Model;

namespace RnnTools.Core.Tests.Support;

/// <summary>A test-only <see cref="ITemporalComponents{T}"/> over an explicit T × P matrix H (row t = H_t flattened).</summary>
internal sealed class MatrixTemporalComponents<T> : ITemporalComponents<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly double[,] h;
    private readonly T[] gradient;
    private readonly double[] norms;
    private readonly double[] cosines;

    public MatrixTemporalComponents(RnnShape shape, double[,] h, bool canMaterialize = true)
    {
        Assert.Equal(shape.ParameterCount, h.GetLength(1));
        Shape = shape;
        this.h = h;
        CanMaterialize = canMaterialize;
        int steps = h.GetLength(0), p = h.GetLength(1);
        double[] g = new double[p];
        for (int t = 0; t < steps; t++)
        {
            for (int j = 0; j < p; j++)
            {
                g[j] += h[t, j];
            }
        }

        gradient = [.. g.Select(T.CreateTruncating)];
        norms = [.. Enumerable.Range(0, steps).Select(t => Math.Sqrt(Enumerable.Range(0, p).Sum(j => h[t, j] * h[t, j])))];
        double gNorm = Math.Sqrt(g.Sum(x => x * x));
        cosines = [.. Enumerable.Range(0, steps).Select(t => Enumerable.Range(0, p).Sum(j => h[t, j] * g[j]) / (norms[t] * gNorm))];
    }

    public RnnShape Shape { get; }

    public int Steps => h.GetLength(0);

    public ReadOnlySpan<T> Gradient => gradient;

    public ReadOnlySpan<double> Norms => norms;

    public ReadOnlySpan<double> Cosines => cosines;

    public bool CanMaterialize { get; }

    public int CombineCalls { get; private set; }

    public ReadOnlySpan<double> BlockNorms(VariableBlock block)
    {
        (string _, int offset, int length, int _, int _) = Shape.Variables[(int)block];
        return Enumerable.Range(0, Steps).Select(t => Math.Sqrt(Enumerable.Range(offset, length).Sum(j => h[t, j] * h[t, j]))).ToArray();
    }

    public void Combine(ReadOnlySpan<double> weights, Span<T> destination)
    {
        CombineCalls++;
        if (weights.Length != 5 * Steps)
        {
            throw new ArgumentException("Combine takes 5·T weights.", nameof(weights));
        }

        for (int b = 0; b < 5; b++)
        {
            (int offset, int length) = BlockRange.Of(Shape, (VariableBlock)b);
            for (int j = offset; j < offset + length; j++)
            {
                double sum = 0;
                for (int t = 0; t < Steps; t++)
                {
                    sum += weights[(b * Steps) + t] * h[t, j];
                }

                destination[j] = T.CreateTruncating(sum);
            }
        }
    }

    public void Materialize(Span<T> destination)
    {
        if (!CanMaterialize)
        {
            throw new InvalidOperationException("H is too large.");
        }

        int p = h.GetLength(1);
        for (int t = 0; t < Steps; t++)
        {
            for (int j = 0; j < p; j++)
            {
                destination[(t * p) + j] = T.CreateTruncating(h[t, j]);
            }
        }
    }
}
