namespace RnnTools.Core.Model;

/// <summary>The output function F of y = F(W_out h + b_out) (training.md §1.4).</summary>
public enum OutputFunction
{
    /// <summary>y = z.</summary>
    Linear,

    /// <summary>y = 1/(1 + e^{−z}) elementwise.</summary>
    Logistic,

    /// <summary>Softmax over the outputs of every (t, b), max-subtracted.</summary>
    Softmax,
}
