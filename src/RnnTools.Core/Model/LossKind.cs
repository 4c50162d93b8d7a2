namespace RnnTools.Core.Model;

/// <summary>The batch loss (training.md §3); each pairs with one output function.</summary>
public enum LossKind
{
    /// <summary>Masked squared error, normalised by the number of sequences, no ½ (linear output).</summary>
    SquaredError,

    /// <summary>Softmax cross-entropy, normalised by the number of active (t, b) pairs (softmax output).</summary>
    CrossEntropy,

    /// <summary>Binary cross-entropy summed over outputs, normalised by the number of active pairs (logistic output).</summary>
    BinaryCrossEntropy,
}
