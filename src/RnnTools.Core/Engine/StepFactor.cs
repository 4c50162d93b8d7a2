namespace RnnTools.Core.Engine;

/// <summary>
/// The per-step factors of the temporal components, B rows per step: a component group's blocks are
/// H_t[group]ᵀ = R_tᵀ·L_t with L the error factor (δ or ε) and R the step rows.
/// </summary>
internal enum StepFactor
{
    /// <summary>δ_t = ∂L/∂a_t, n_h wide (zero after the last active step).</summary>
    Deltas,

    /// <summary>ε_t = ∂L/∂z_t, n_out wide (zero at steps without an active pair).</summary>
    Errors,

    /// <summary>Step t's rows [h_{t−1} | 1 | u_t], n_h + 1 + n_in wide (the h part is zero at t = 0).</summary>
    Recurrent,

    /// <summary>The rows [h_t | 1], n_h + 1 wide (the first columns of step t + 1's rows).</summary>
    Output,
}
