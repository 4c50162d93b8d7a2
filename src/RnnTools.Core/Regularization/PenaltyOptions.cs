using RnnTools.Core.Errors;

namespace RnnTools.Core.Regularization;

/// <summary>The weight-penalty options of training.md §11.3 and §13.4.</summary>
public sealed record PenaltyOptions
{
    /// <summary>λ₁ ≥ 0.</summary>
    public double L1 { get; init; }

    /// <summary>λ₂ ≥ 0 (Martens &amp; Sutskever used 2e−5).</summary>
    public double L2 { get; init; }

    /// <summary>Penalise b_rec and b_out too.</summary>
    public bool PenalizeBiases { get; init; }

    /// <summary>Checks every value.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> naming the option.</exception>
    public void Validate()
    {
        if (!(L1 >= 0 && double.IsFinite(L1)))
        {
            throw RnnToolsException.InvalidParameter(nameof(L1), "must be a finite number ≥ 0.", this);
        }

        if (!(L2 >= 0 && double.IsFinite(L2)))
        {
            throw RnnToolsException.InvalidParameter(nameof(L2), "must be a finite number ≥ 0.", this);
        }
    }
}
