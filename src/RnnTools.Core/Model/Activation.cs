namespace RnnTools.Core.Model;

/// <summary>The hidden-unit activation σ (training.md §1.3).</summary>
public enum Activation
{
    /// <summary>tanh(βx), σ' = β(1 − tanh²(βx)).</summary>
    Tanh,

    /// <summary>1/(1 + e^{−βx}), σ' = βσ(1 − σ).</summary>
    Sigmoid,

    /// <summary>max(0, x), σ' = 1 for x &gt; 0, else 0.</summary>
    Relu,

    /// <summary>x, σ' = 1.</summary>
    Identity,
}
