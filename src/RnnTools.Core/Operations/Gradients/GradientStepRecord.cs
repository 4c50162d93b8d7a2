namespace RnnTools.Core.Operations.Gradients;

/// <summary>One step's temporal component H_t (training.md §4.3, §14.3), with the batch loss and ‖g‖ repeated on every row.</summary>
/// <param name="Step">t, from 0.</param>
/// <param name="NormFull">‖H_t‖₂.</param>
/// <param name="NormWRec">‖H_t[W_rec]‖_F.</param>
/// <param name="NormWIn">‖H_t[W_in]‖_F.</param>
/// <param name="NormBRec">‖H_t[b_rec]‖₂.</param>
/// <param name="NormWOut">‖H_t[W_out]‖_F.</param>
/// <param name="NormBOut">‖H_t[b_out]‖₂.</param>
/// <param name="Cos">cos(H_t, g); NaN when a norm is 0.</param>
/// <param name="Loss">The batch loss.</param>
/// <param name="GradNorm">‖g‖₂.</param>
public sealed record GradientStepRecord(int Step, double NormFull, double NormWRec, double NormWIn, double NormBRec, double NormWOut, double NormBOut,
    double Cos, double Loss, double GradNorm);
