using RnnTools.Core.Model;
using RnnTools.Core.Tasks;

namespace RnnTools.Core.Tests.Support;

/// <summary>
/// A deliberately plain, scalar implementation of training.md §1–3 (one sequence and one step at a time, straight from
/// the formulas) that lets every step use its own copy of the parameters, so the temporal components H_t can be
/// checked by finite differences against their definition (§4.2).
/// </summary>
public sealed class ReferenceRnn(RnnShape shape, Activation activation, OutputFunction output, LossKind loss, double beta = 1.0)
{
    /// <summary>The loss with the same parameters at every step.</summary>
    public double Loss(double[] parameters, Batch batch) => Loss(_ => parameters, batch);

    /// <summary>The loss where step t uses the parameters <paramref name="parametersAt"/>(t).</summary>
    public double Loss(Func<int, double[]> parametersAt, Batch batch)
    {
        int n = shape.HiddenSize, nIn = shape.InputSize, nOut = shape.OutputSize;
        int activePairs = 0;
        for (int t = 0; t < batch.Length; t++)
        {
            for (int b = 0; b < batch.BatchSize; b++)
            {
                activePairs += batch.IsActive(t, b) ? 1 : 0;
            }
        }

        double total = 0;
        for (int b = 0; b < batch.BatchSize; b++)
        {
            double[] h = new double[n];
            for (int t = 0; t < batch.Length; t++)
            {
                double[] p = parametersAt(t);
                double[] a = new double[n];
                for (int i = 0; i < n; i++)
                {
                    double sum = p[shape.BRecOffset + i];
                    for (int j = 0; j < n; j++)
                    {
                        sum += p[shape.WRecOffset + (i * n) + j] * h[j];
                    }

                    for (int j = 0; j < nIn; j++)
                    {
                        sum += p[shape.WInOffset + (i * nIn) + j] * batch.Inputs[batch.InputIndex(t, j, b)];
                    }

                    a[i] = sum;
                }

                h = [.. a.Select(Sigma)];
                double[] z = new double[nOut];
                for (int o = 0; o < nOut; o++)
                {
                    z[o] = p[shape.BOutOffset + o];
                    for (int j = 0; j < n; j++)
                    {
                        z[o] += p[shape.WOutOffset + (o * n) + j] * h[j];
                    }
                }

                total += PairLoss(z, t, b, batch);
            }
        }

        return loss == LossKind.SquaredError ? total / batch.BatchSize : activePairs == 0 ? 0 : total / activePairs;
    }

    private double Sigma(double x) => activation switch
    {
        Activation.Tanh => Math.Tanh(beta * x),
        Activation.Sigmoid => 1 / (1 + Math.Exp(-beta * x)),
        Activation.Relu => Math.Max(0, x),
        _ => x,
    };

    private double PairLoss(double[] z, int t, int b, Batch batch)
    {
        int nOut = z.Length;
        double[] y = output switch
        {
            OutputFunction.Logistic => [.. z.Select(v => 1 / (1 + Math.Exp(-v)))],
            OutputFunction.Softmax => Softmax(z),
            _ => z,
        };
        double sum = 0;
        for (int o = 0; o < nOut; o++)
        {
            double m = batch.Mask[batch.OutputIndex(t, o, b)], tau = batch.Targets[batch.OutputIndex(t, o, b)];
            sum += loss switch
            {
                LossKind.SquaredError => (m * (tau - y[o])) * (m * (tau - y[o])),
                LossKind.CrossEntropy => -m * tau * Math.Log(y[o]),
                _ => -m * ((tau * Math.Log(y[o])) + ((1 - tau) * Math.Log(1 - y[o]))),
            };
        }

        return sum;
    }

    private static double[] Softmax(double[] z)
    {
        double max = z.Max();
        double[] e = [.. z.Select(v => Math.Exp(v - max))];
        double s = e.Sum();
        return [.. e.Select(v => v / s)];
    }
}
