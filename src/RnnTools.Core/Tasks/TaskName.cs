namespace RnnTools.Core.Tasks;

/// <summary>The data sources of RnnTools (tasks.md §2–5), selected with <c>Task</c> / <c>--task</c>.</summary>
public enum TaskName
{
    /// <summary>Adding problem: the mean (Galvan, Pascanu) or 0.5 + sum/4 (hs1997) of two marked values.</summary>
    Addition,

    /// <summary>Multiplication problem: the product of two marked values.</summary>
    Multiplication,

    /// <summary>XOR of two marked bits with a ±1 target (Galvan).</summary>
    Xor,

    /// <summary>XOR of two marked bits as a one-hot class (Galvan, mixed lengths).</summary>
    XorOneHot,

    /// <summary>Temporal order of two special symbols among distractors (4 classes).</summary>
    TemporalOrder,

    /// <summary>Temporal order of three special symbols (8 classes, Pascanu).</summary>
    TemporalOrder3,

    /// <summary>Recall the first symbol of a random symbol sequence (100 channels).</summary>
    RandomPermutation,

    /// <summary>Recall a pattern of n_pos symbols after a blank stretch (Pascanu's MemTask).</summary>
    NoiselessMemorization,

    /// <summary>Running average of the inputs of an inner task (Galvan's pre-training wrapper).</summary>
    PreTrain,

    /// <summary>Next-step prediction on a polyphonic music dataset (88-key piano rolls).</summary>
    Music,
}
