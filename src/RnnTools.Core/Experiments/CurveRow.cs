namespace RnnTools.Core.Experiments;

/// <summary>One check of a run's validation curve (galvan-fig4-2, galvan-fig4-3).</summary>
/// <param name="Series">The rule or model of the run.</param>
/// <param name="Seed">The run seed.</param>
/// <param name="HiddenSize">n_h.</param>
/// <param name="Check">The check index.</param>
/// <param name="Iteration">The iteration of the check.</param>
/// <param name="ValidLoss">The validation loss.</param>
/// <param name="ValidError">The validation error (NaN for music).</param>
/// <param name="TrainMonitorLoss">The monitored training loss (music), else NaN.</param>
public sealed record CurveRow(string Series, int Seed, int HiddenSize, int Check, long Iteration, double ValidLoss, double ValidError, double TrainMonitorLoss);
