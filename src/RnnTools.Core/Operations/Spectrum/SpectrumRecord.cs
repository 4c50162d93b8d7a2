namespace RnnTools.Core.Operations.Spectrum;

/// <summary>
/// Spectral statistics of W_rec (training.md §4.4) and, on a batch, one row per step k with the Jacobian products
/// ‖∂a_t/∂a_k‖₂ for t = T − 1 (the model statistics are repeated on every row; the step columns are empty without a batch).
/// </summary>
/// <param name="Backend">The backend that ran (lower case).</param>
/// <param name="Rho">ρ(W_rec).</param>
/// <param name="MaxSingular">s_1.</param>
/// <param name="MinSingular">s_n.</param>
/// <param name="SingularVar">Population variance of the singular values.</param>
/// <param name="HochreiterTau">n_h·σ'_max·max |W_rec,ij|.</param>
/// <param name="Step">k, from 0; null without a batch.</param>
/// <param name="JacobianMean">Mean over the sequences of ‖∂a_t/∂a_k‖₂.</param>
/// <param name="JacobianMax">Maximum over the sequences.</param>
/// <param name="JacobianBound">(σ'_max·s_1)^(t−k−1).</param>
/// <param name="BackendDescription">The backend's Describe() line.</param>
/// <param name="ToolVersion">The tool version.</param>
/// <param name="GitCommit">The commit, or empty.</param>
/// <param name="Timestamp">UTC time, ISO 8601.</param>
public sealed record SpectrumRecord(string Backend, double Rho, double MaxSingular, double MinSingular, double SingularVar, double HochreiterTau,
    int? Step, double? JacobianMean, double? JacobianMax, double? JacobianBound, string BackendDescription, string ToolVersion, string GitCommit,
    string Timestamp);
