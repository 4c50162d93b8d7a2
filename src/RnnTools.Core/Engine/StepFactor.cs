namespace RnnTools.Core.Engine;

/// <summary>
/// The per-step factors of the temporal components: H_t[X] = L_tᵀ·R_t with B rows per step
/// (W_rec: δ_t and h_{t−1}; W_in: δ_t and u_t; W_out: ε_t and h_t).
/// </summary>
internal enum StepFactor
{
    /// <summary>δ_t = ∂L/∂a_t, n_h wide.</summary>
    Deltas,

    /// <summary>h_{t−1}, n_h wide (zero at t = 0).</summary>
    HiddenBefore,

    /// <summary>h_t, n_h wide.</summary>
    Hidden,

    /// <summary>u_t, n_in wide.</summary>
    Inputs,

    /// <summary>ε_t = ∂L/∂z_t, n_out wide (zero at steps without an active pair).</summary>
    Errors,
}
