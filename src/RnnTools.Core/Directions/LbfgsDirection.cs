using System.Globalization;
using System.Numerics;
using System.Numerics.Tensors;
using RnnTools.Core.Optimization;

namespace RnnTools.Core.Directions;

/// <summary>
/// <c>lbfgs(m)</c> (training.md §8, Galvan's <c>LBFGSDirection</c>): pairs s_k = θ_k − θ_{k−1}, y_k = g_k − g_{k−1}
/// (consecutive minibatch gradients), newest first, at most m; the first pair forms at the second iteration. While
/// fewer than m pairs are stored d = −g; afterwards the two-loop recursion with γ = 1 (or sᵀy/yᵀy of the newest pair).
/// <b>Deviation:</b> a pair with yᵀs ≤ 1e−10·‖s‖·‖y‖ is skipped. The memory is cleared by <see cref="Reset"/> (growth)
/// and whenever P changes. Workspaces: 2(m + 2) vectors of P, allocated once.
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
public sealed class LbfgsDirection<T> : IDirectionRule<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private const double CurvatureThreshold = 1e-10;
    private readonly int memory;
    private readonly bool scaling;
    private readonly double[] rho;
    private readonly double[] alpha;
    private T[][] steps = [];
    private T[][] changes = [];
    private T[] candidateStep = [];
    private T[] candidateChange = [];
    private T[] previousParameters = [];
    private T[] previousGradient = [];
    private bool hasPrevious;
    private int count;
    private int newest;

    /// <summary>Creates the rule.</summary>
    /// <param name="memory">m ≥ 1, the number of pairs kept.</param>
    /// <param name="scaling">False: γ = 1 (as the original); true: γ = s_newᵀy_new / y_newᵀy_new.</param>
    public LbfgsDirection(int memory, bool scaling)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(memory);
        this.memory = memory;
        this.scaling = scaling;
        rho = new double[memory];
        alpha = new double[memory];
        Reset();
    }

    /// <inheritdoc/>
    public string Name => string.Create(CultureInfo.InvariantCulture, $"lbfgs({memory})");

    /// <inheritdoc/>
    public DirectionInfo Compute(DirectionInput<T> input, Span<T> direction)
    {
        ReadOnlySpan<T> gradient = input.Gradient, parameters = input.Parameters;
        Allocate(gradient.Length);
        double? curvature = null, stepNorm = null, changeNorm = null;
        if (hasPrevious)
        {
            TensorPrimitives.Subtract(parameters, previousParameters, candidateStep);
            TensorPrimitives.Subtract(gradient, previousGradient, candidateChange);
            double sy = double.CreateTruncating(TensorPrimitives.Dot<T>(candidateStep, candidateChange));
            stepNorm = double.CreateTruncating(TensorPrimitives.Norm<T>(candidateStep));
            changeNorm = double.CreateTruncating(TensorPrimitives.Norm<T>(candidateChange));
            curvature = sy;
            if (sy > CurvatureThreshold * stepNorm.Value * changeNorm.Value)
            {
                newest = (newest + 1) % memory;
                (steps[newest], candidateStep) = (candidateStep, steps[newest]);
                (changes[newest], candidateChange) = (candidateChange, changes[newest]);
                rho[newest] = 1.0 / sy;
                count = Math.Min(count + 1, memory);
            }
        }

        parameters.CopyTo(previousParameters);
        gradient.CopyTo(previousGradient);
        hasPrevious = true;

        double? gamma = null;
        if (count < memory)
        {
            TensorPrimitives.Negate(gradient, direction);
        }
        else
        {
            gamma = TwoLoop(gradient, direction);
        }

        return DirectionInfo.Of<T>(direction, gradient) with
        {
            LbfgsCurvature = curvature,
            LbfgsPairs = count,
            LbfgsStepNorm = stepNorm,
            LbfgsGradientChangeNorm = changeNorm,
            LbfgsScaling = gamma,
        };
    }

    /// <inheritdoc/>
    public RuleState CaptureState()
    {
        RuleState state = RuleState.Empty.With("count", count).With("hasPrevious", hasPrevious ? 1 : 0);
        if (hasPrevious)
        {
            state = state.With("previousParameters", StateVectors.ToDoubles<T>(previousParameters))
                .With("previousGradient", StateVectors.ToDoubles<T>(previousGradient));
        }

        double[] rhos = new double[count];
        for (int k = 0; k < count; k++)
        {
            int i = Index(count - 1 - k);
            rhos[k] = rho[i];
            state = state.With($"s{k}", StateVectors.ToDoubles<T>(steps[i])).With($"y{k}", StateVectors.ToDoubles<T>(changes[i]));
        }

        return state.With("rho", rhos);
    }

    /// <inheritdoc/>
    public void RestoreState(RuleState state)
    {
        int stored = (int)state.Scalar("count");
        if (stored < 0 || stored > memory)
        {
            throw new ArgumentException($"An L-BFGS state with {stored} pairs does not fit a memory of {memory}.", nameof(state));
        }

        Reset();
        if (state.Scalar("hasPrevious") == 0)
        {
            return;
        }

        double[] parameters = state.Vector("previousParameters");
        Allocate(parameters.Length);
        StateVectors.FromDoubles<T>(parameters).CopyTo(previousParameters, 0);
        StateVectors.FromDoubles<T>(state.Vector("previousGradient")).CopyTo(previousGradient, 0);
        hasPrevious = true;
        double[] rhos = state.Vector("rho");
        for (int k = 0; k < stored; k++)
        {
            StateVectors.FromDoubles<T>(state.Vector($"s{k}")).CopyTo(steps[k], 0);
            StateVectors.FromDoubles<T>(state.Vector($"y{k}")).CopyTo(changes[k], 0);
            rho[k] = rhos[k];
        }

        count = stored;
        newest = stored == 0 ? memory - 1 : stored - 1;
    }

    /// <inheritdoc/>
    public void Reset()
    {
        hasPrevious = false;
        count = 0;
        newest = memory - 1;
    }

    /// <summary>The ring index of the pair <paramref name="age"/> iterations older than the newest.</summary>
    private int Index(int age) => (newest - age + memory) % memory;

    private double TwoLoop(ReadOnlySpan<T> gradient, Span<T> q)
    {
        gradient.CopyTo(q);
        for (int age = 0; age < memory; age++)
        {
            int i = Index(age);
            alpha[age] = rho[i] * double.CreateTruncating(TensorPrimitives.Dot<T>(steps[i], q));
            TensorPrimitives.MultiplyAdd(changes[i], T.CreateTruncating(-alpha[age]), q, q);
        }

        double gamma = 1.0;
        if (scaling)
        {
            gamma = double.CreateTruncating(TensorPrimitives.Dot<T>(steps[newest], changes[newest]))
                / double.CreateTruncating(TensorPrimitives.Dot<T>(changes[newest], changes[newest]));
            TensorPrimitives.Multiply(q, T.CreateTruncating(gamma), q);
        }

        for (int age = memory - 1; age >= 0; age--)
        {
            int i = Index(age);
            double beta = rho[i] * double.CreateTruncating(TensorPrimitives.Dot<T>(changes[i], q));
            TensorPrimitives.MultiplyAdd(steps[i], T.CreateTruncating(alpha[age] - beta), q, q);
        }

        TensorPrimitives.Negate(q, q);
        return gamma;
    }

    private void Allocate(int length)
    {
        if (previousParameters.Length == length)
        {
            return;
        }

        // Plain loops: a lambda capturing 'length' would allocate its closure on every call, early return included.
        steps = new T[memory][];
        changes = new T[memory][];
        for (int i = 0; i < memory; i++)
        {
            steps[i] = new T[length];
            changes[i] = new T[length];
        }

        candidateStep = new T[length];
        candidateChange = new T[length];
        previousParameters = new T[length];
        previousGradient = new T[length];
        Reset();
    }
}
