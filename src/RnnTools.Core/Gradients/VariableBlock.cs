namespace RnnTools.Core.Gradients;

/// <summary>The five variables of the model, in the flattening order of training.md §1.1.</summary>
public enum VariableBlock
{
    /// <summary>W_rec [n_h × n_h].</summary>
    WRec,

    /// <summary>W_in [n_h × n_in].</summary>
    WIn,

    /// <summary>W_out [n_out × n_h].</summary>
    WOut,

    /// <summary>b_rec [n_h].</summary>
    BRec,

    /// <summary>b_out [n_out].</summary>
    BOut,
}
