using System.Numerics;
using RnnTools.Core.Optimization;
using RnnTools.Core.Random;

namespace RnnTools.Core.Steps;

/// <summary>
/// <c>adaptive</c>, the token step (post-thesis <c>AdaptiveStep</c>, training.md §9.4). Each iteration: push the loss
/// into a window of w (initially +∞) and its mean m into a queue of s; once the window is full, compare m with the
/// oldest queued mean: on an increase spend a token, or with none left shrink μ by β_less and refill; otherwise, with
/// all tokens, grow μ by β_aug with probability p_aug, and gain a token. α = μ if ‖d‖₂ ≤ τ (or non-finite), else μτ/‖d‖₂.
/// <b>Deviation:</b> the default β_aug is 1.5 (the original's 0.1 broke its own assertion β_aug &gt; 1).
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
public sealed class AdaptiveTokenStep<T> : IStepRule<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly AdaptiveStepSettings settings;
    private readonly double[] window;
    private readonly double[] means;
    private ProjectRandom random;
    private double rate;
    private int tokens;
    private int filled;
    private int windowNext;
    private int meansNext;

    /// <summary>Creates the rule with μ = μ₀, k = K and empty (+∞) history.</summary>
    /// <param name="settings">μ₀, p_aug, K, β_aug, β_less, w, s, τ.</param>
    /// <param name="seed">The run seed of the rule's stream <c>ProjectRandom.ForPurpose(seed, "step:adaptive")</c>.</param>
    /// <exception cref="ArgumentException">The settings break β_aug &gt; 1, 0 &lt; β_less &lt; 1 or w &gt; s.</exception>
    public AdaptiveTokenStep(AdaptiveStepSettings settings, long seed)
    {
        if (!(settings.IncreaseFactor > 1 && settings.DecreaseFactor is > 0 and < 1 && settings.LossWindow > settings.MeanHistory && settings.MeanHistory >= 1))
        {
            throw new ArgumentException("The adaptive step needs β_aug > 1, 0 < β_less < 1 and w > s ≥ 1.", nameof(settings));
        }

        this.settings = settings;
        window = new double[settings.LossWindow];
        means = new double[settings.MeanHistory];
        random = ProjectRandom.ForPurpose(seed, "step:adaptive");
        rate = settings.LearningRate;
        tokens = settings.Tokens;
        Reset();
    }

    /// <inheritdoc/>
    public string Name => "adaptive";

    /// <inheritdoc/>
    public StepInfo Step(StepInput<T> input)
    {
        window[windowNext] = input.Loss;
        windowNext = (windowNext + 1) % window.Length;
        double sum = 0;
        for (int i = 0; i < window.Length; i++)
        {
            sum += window[(windowNext + i) % window.Length];
        }

        double mean = sum / window.Length;
        means[meansNext] = mean;
        meansNext = (meansNext + 1) % means.Length;
        double oldMean = means[meansNext];

        bool? increase = null;
        if (filled + 1 > window.Length)
        {
            increase = oldMean < mean;
            if (increase.Value)
            {
                if (tokens <= 0)
                {
                    rate *= settings.DecreaseFactor;
                    tokens = settings.Tokens;
                }
                else
                {
                    tokens--;
                }
            }
            else
            {
                if (tokens >= settings.Tokens && random.Bernoulli(settings.IncreaseProbability))
                {
                    rate *= settings.IncreaseFactor;
                }

                tokens = Math.Min(tokens + 1, settings.Tokens);
            }
        }
        else
        {
            filled++;
        }

        double norm = DirectionNorms.L2(input.Direction);
        double alpha = double.IsFinite(norm) && norm > settings.ClipThreshold ? rate * settings.ClipThreshold / norm : rate;
        return new StepInfo(alpha) { Tokens = tokens, Increase = increase, LearningRate = rate };
    }

    /// <inheritdoc/>
    public RuleState CaptureState() => RuleState.Empty
        .With("rate", rate).With("tokens", tokens).With("filled", filled)
        .With("window", Ordered(window, windowNext)).With("means", Ordered(means, meansNext))
        .With("random", random.Snapshot());

    /// <inheritdoc/>
    public void RestoreState(RuleState state)
    {
        double[] savedWindow = state.Vector("window"), savedMeans = state.Vector("means");
        if (savedWindow.Length != window.Length || savedMeans.Length != means.Length)
        {
            throw new ArgumentException("The adaptive-step state has another window or history length.", nameof(state));
        }

        rate = state.Scalar("rate");
        tokens = (int)state.Scalar("tokens");
        filled = (int)state.Scalar("filled");
        savedWindow.CopyTo(window, 0);
        savedMeans.CopyTo(means, 0);
        windowNext = 0;
        meansNext = 0;
        random = ProjectRandom.Restore(state.Word("random"));
    }

    /// <summary>Clears the loss history (window, means, fill counter); μ, the tokens and the stream continue.</summary>
    public void Reset()
    {
        Array.Fill(window, double.PositiveInfinity);
        Array.Fill(means, double.PositiveInfinity);
        filled = 0;
        windowNext = 0;
        meansNext = 0;
    }

    private static double[] Ordered(double[] ring, int oldest) => [.. ring[oldest..], .. ring[..oldest]];
}
