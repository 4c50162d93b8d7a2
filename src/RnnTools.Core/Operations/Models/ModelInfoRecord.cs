using RnnTools.Core.Model;

namespace RnnTools.Core.Operations.Models;

/// <summary>A model's sizes, functions and the spectral statistics of its W_rec (training.md §4.4).</summary>
/// <param name="InputSize">n_in.</param>
/// <param name="HiddenSize">n_h.</param>
/// <param name="OutputSize">n_out.</param>
/// <param name="ParameterCount">P.</param>
/// <param name="Activation">The hidden activation.</param>
/// <param name="ActivationBeta">Its β.</param>
/// <param name="OutputFunction">The output function.</param>
/// <param name="Precision">The stored precision.</param>
/// <param name="Rho">ρ(W_rec).</param>
/// <param name="MaxSingular">s_1.</param>
/// <param name="MinSingular">s_n.</param>
/// <param name="SingularVar">Population variance of the singular values.</param>
/// <param name="HochreiterTau">n_h·σ'_max·max |W_rec,ij|.</param>
/// <param name="Seed">The seed recorded in the file's metadata, if any.</param>
public sealed record ModelInfoRecord(int InputSize, int HiddenSize, int OutputSize, int ParameterCount, Activation Activation, double ActivationBeta,
    OutputFunction OutputFunction, Precision Precision, double Rho, double MaxSingular, double MinSingular, double SingularVar, double HochreiterTau,
    long? Seed);
