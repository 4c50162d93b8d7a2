using RnnTools.Core.Training;

namespace RnnTools.Core.Experiments;

/// <summary>What the tables need of one finished run, read back from a runs.csv row.</summary>
/// <param name="RunKey">The run's key.</param>
/// <param name="Series">The series, rule or model.</param>
/// <param name="Length">T_min or ℓ.</param>
/// <param name="Seed">The run seed.</param>
/// <param name="HiddenSize">n_h.</param>
/// <param name="InitPreset">The init preset, as written (e.g. <c>pascanu-smart-tanh</c>).</param>
/// <param name="Status">Why the run stopped.</param>
/// <param name="Iterations">Iterations done (for a solved run, the iteration of the successful check).</param>
/// <param name="Updates">Parameter updates done.</param>
/// <param name="BestIteration">The iteration of the best check.</param>
/// <param name="BestValidLoss">The best validation loss.</param>
/// <param name="InitialRho">ρ(W_rec) of the initial model.</param>
/// <param name="MsPerIteration">Wall-clock milliseconds per iteration.</param>
/// <param name="BackendDescription">The backend that ran it.</param>
public sealed record FinishedRun(string RunKey, string Series, int Length, int Seed, int HiddenSize, string InitPreset, TrainingStatus Status,
    long Iterations, long Updates, long? BestIteration, double BestValidLoss, double InitialRho, double MsPerIteration, string BackendDescription)
{
    /// <summary>Whether the run reached the task's success criterion.</summary>
    public bool Solved => Status == TrainingStatus.Solved;
}
