namespace RnnTools.Core.Initialization;

/// <summary>Which units of <c>sparse</c> get k connections each (training.md §6.3).</summary>
public enum SparseMode
{
    /// <summary>Every row (receiving unit) gets k non-zero entries.</summary>
    FanIn,

    /// <summary>Every column (sending unit) gets k non-zero entries (Galvan's <c>columnwise=True</c>, Pascanu's code).</summary>
    FanOut,
}
