namespace RnnTools.Core.Engine;

/// <summary>How the per-step blocks H_t[X] = L_tᵀR_t (r × c) of one weight matrix are handled.</summary>
internal enum ComponentStrategy
{
    /// <summary>Materialise every block once (r·c·B per step) and keep them: norms, cosines and combinations are then cheap.</summary>
    Stored,

    /// <summary>Materialise blocks one at a time when needed (too many to keep).</summary>
    Streamed,

    /// <summary>Norms from B × B Gram matrices (B²·(r + c) per step), cheaper than a block when B is small.</summary>
    Gram,
}
