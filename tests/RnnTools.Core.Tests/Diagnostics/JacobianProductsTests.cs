using MathNet.Numerics.LinearAlgebra;
using RnnTools.Core.Backends;
using RnnTools.Core.Diagnostics;
using RnnTools.Core.Engine;
using RnnTools.Core.Model;
using RnnTools.Core.Tasks;
using RnnTools.Core.Tests.Support;

namespace RnnTools.Core.Tests.Diagnostics;

public sealed class JacobianProductsTests
{
    private static readonly IComputeBackend Managed = new ManagedBackend();

    [Fact]
    public void IdentityActivation_ProductsArePowersOfWRec()
    {
        var shape = new RnnShape(2, 5, 2);
        var model = new RnnModel<double>(shape, Activation.Identity, OutputFunction.Linear, 1.0, RandomProblem.Parameters(shape, 3, std: 0.4));
        Batch batch = RandomProblem.Batch(EngineConfiguration.For(model), 8, 3, everyStep: true, seed: 2);
        Matrix<double> w = Matrix<double>.Build.DenseOfRowMajor(5, 5, model.WRec.ToArray());
        double s1 = w.Svd(false).S[0];

        JacobianProfile profile = JacobianProducts.Compute(Managed, model, batch);

        Assert.Equal(7, profile.LastStep);
        for (int k = 0; k <= 7; k++)
        {
            double expected = w.Power(7 - k).L2Norm();
            Assert.Equal(1.0, profile.Mean[k] / expected, 1e-7);
            Assert.Equal(1.0, profile.Max[k] / expected, 1e-7);
            Assert.Equal(Math.Pow(s1, 7 - k - 1), profile.Bound[k], 1e-9);
        }
    }

    [Fact]
    public void Tanh_ProductsMatchExplicitMatrixProductsPerSequence()
    {
        var shape = new RnnShape(2, 4, 2);
        var model = new RnnModel<double>(shape, Activation.Tanh, OutputFunction.Softmax, 1.0, RandomProblem.Parameters(shape, 8, std: 0.7));
        Batch batch = RandomProblem.Batch(EngineConfiguration.For(model), 6, 2, everyStep: false, seed: 4);
        ForwardResult<double> forward = new RnnEngine<double>(Managed, EngineConfiguration.For(model)).Forward(model.Parameters, batch);
        Matrix<double> w = Matrix<double>.Build.DenseOfRowMajor(4, 4, model.WRec.ToArray());

        JacobianProfile profile = JacobianProducts.Compute(Managed, model, batch);

        for (int k = 0; k < 5; k++)
        {
            double[] norms = new double[2];
            for (int b = 0; b < 2; b++)
            {
                Matrix<double> product = Matrix<double>.Build.DenseIdentity(4);
                for (int j = 4; j >= k; j--)
                {
                    double[] h = forward.Hidden(j, b).ToArray();
                    product *= w * Matrix<double>.Build.DenseOfDiagonalArray([.. h.Select(v => 1 - (v * v))]);
                }

                norms[b] = product.L2Norm();
            }

            Assert.Equal(norms.Average(), profile.Mean[k], 1e-9);
            Assert.Equal(norms.Max(), profile.Max[k], 1e-9);
        }

        Assert.Equal(1.0, profile.Mean[5]);
    }
}
