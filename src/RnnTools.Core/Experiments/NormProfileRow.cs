namespace RnnTools.Core.Experiments;

/// <summary>
/// One step of galvan-fig3-1 (training.md §14.3 columns after the spectral radius), with the provenance of the
/// measurement (no timestamp, so that a rerun on the same backend writes the same file).
/// </summary>
/// <param name="SpectralRadius">ρ the W_rec initialisation was scaled to.</param>
/// <param name="Step">t, from 0.</param>
/// <param name="NormFull">‖H_t‖₂.</param>
/// <param name="NormWRec">‖H_t[W_rec]‖.</param>
/// <param name="NormWIn">‖H_t[W_in]‖.</param>
/// <param name="NormBRec">‖H_t[b_rec]‖.</param>
/// <param name="NormWOut">‖H_t[W_out]‖.</param>
/// <param name="NormBOut">‖H_t[b_out]‖.</param>
/// <param name="Cos">cos(H_t, g).</param>
/// <param name="Loss">The batch loss.</param>
/// <param name="GradNorm">‖g‖₂.</param>
/// <param name="BackendDescription">The backend that computed it.</param>
/// <param name="ToolVersion">The rnntools version.</param>
/// <param name="GitCommit">The commit rnntools was built from.</param>
public sealed record NormProfileRow(double SpectralRadius, int Step, double NormFull, double NormWRec, double NormWIn, double NormBRec, double NormWOut,
    double NormBOut, double Cos, double Loss, double GradNorm, string BackendDescription, string ToolVersion, string GitCommit);
