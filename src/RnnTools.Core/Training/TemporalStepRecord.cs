namespace RnnTools.Core.Training;

/// <summary>
/// One step t of the temporal components at a check (training.md §14.2, <c>temporal.csv</c>, long format): the norms of
/// H_t and its blocks and cos(H_t, g) on the check iteration's training batch, before the update.
/// </summary>
/// <param name="Check">The check index.</param>
/// <param name="Iteration">The iteration of the check.</param>
/// <param name="Step">t, from 0.</param>
/// <param name="NormFull">‖H_t‖₂.</param>
/// <param name="NormWRec">‖H_t[W_rec]‖.</param>
/// <param name="NormWIn">‖H_t[W_in]‖.</param>
/// <param name="NormBRec">‖H_t[b_rec]‖.</param>
/// <param name="NormWOut">‖H_t[W_out]‖.</param>
/// <param name="NormBOut">‖H_t[b_out]‖.</param>
/// <param name="Cos">cos(H_t, g); NaN where a norm is 0.</param>
public sealed record TemporalStepRecord(int Check, long Iteration, int Step, double NormFull, double NormWRec, double NormWIn, double NormBRec,
    double NormWOut, double NormBOut, double Cos);
