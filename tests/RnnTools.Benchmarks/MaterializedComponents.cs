using System.Numerics.Tensors;
using RnnTools.Core.Gradients;
using RnnTools.Core.Model;

namespace RnnTools.Benchmarks;

/// <summary>
/// A benchmark-only <see cref="ITemporalComponents{T}"/> over a stored T × P matrix, so the direction rules can be timed
/// without the engine. Its <see cref="Combine"/> is a plain row-by-row sum, not the engine's GEMM-based one.
/// </summary>
internal sealed class MaterializedComponents : ITemporalComponents<float>
{
    private readonly float[] h;
    private readonly float[] gradient;
    private readonly double[] norms;

    public MaterializedComponents(RnnShape shape, int steps, int seed)
    {
        Shape = shape;
        Steps = steps;
        int p = shape.ParameterCount;
        var random = new RnnTools.Core.Random.NumpyRandomState((uint)seed);
        h = [.. Enumerable.Range(0, steps * p).Select(_ => (float)random.Normal(0, 0.01))];
        gradient = new float[p];
        norms = new double[steps];
        for (int t = 0; t < steps; t++)
        {
            ReadOnlySpan<float> row = h.AsSpan(t * p, p);
            TensorPrimitives.Add(gradient, row, gradient);
            norms[t] = TensorPrimitives.Norm(row);
        }
    }

    public RnnShape Shape { get; }

    public int Steps { get; }

    public ReadOnlySpan<float> Gradient => gradient;

    public ReadOnlySpan<double> Norms => norms;

    public ReadOnlySpan<double> Cosines => norms;

    public bool CanMaterialize => true;

    public ReadOnlySpan<double> BlockNorms(VariableBlock block) => norms;

    public void Combine(ReadOnlySpan<double> weights, Span<float> destination)
    {
        int p = Shape.ParameterCount;
        destination.Clear();
        for (int b = 0; b < 5; b++)
        {
            (int offset, int length) = BlockRange.Of(Shape, (VariableBlock)b);
            for (int t = 0; t < Steps; t++)
            {
                TensorPrimitives.MultiplyAdd(h.AsSpan((t * p) + offset, length), (float)weights[(b * Steps) + t], destination.Slice(offset, length), destination.Slice(offset, length));
            }
        }
    }

    public void Materialize(Span<float> destination) => h.CopyTo(destination);
}
