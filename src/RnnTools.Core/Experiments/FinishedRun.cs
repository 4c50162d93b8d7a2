using RnnTools.Core.Training;

namespace RnnTools.Core.Experiments;

/// <summary>What the tables need of one finished run, read back from a runs.csv row.</summary>
/// <param name="RunKey">The run's key.</param>
/// <param name="Seed">The run seed.</param>
/// <param name="HiddenSize">n_h.</param>
/// <param name="Status">Why the run stopped.</param>
/// <param name="Iterations">Iterations done (for a solved run, the iteration of the successful check).</param>
/// <param name="BestIteration">The iteration of the best check.</param>
/// <param name="BestValidLoss">The best validation loss.</param>
/// <param name="InitialRho">ρ(W_rec) of the initial model.</param>
public sealed record FinishedRun(string RunKey, int Seed, int HiddenSize, TrainingStatus Status, long Iterations, long? BestIteration, double BestValidLoss,
    double InitialRho)
{
    /// <summary>Whether the run reached the task's success criterion.</summary>
    public bool Solved => Status == TrainingStatus.Solved;
}
