namespace RnnTools.Core.Training;

/// <summary>
/// The best-model rule of training.md §13.1: for tasks the lower validation error wins, ties broken by the lower loss;
/// for music the lower validation loss. A check replaces the best model only when it is strictly better; NaN figures
/// never are, and the first finite figure always is.
/// </summary>
internal static class BestModelRule
{
    /// <summary>Whether (<paramref name="error"/>, <paramref name="loss"/>) beats the best so far (NaN when there is none).</summary>
    public static bool Improves(bool byLoss, double error, double loss, double bestError, double bestLoss)
    {
        if (byLoss)
        {
            return double.IsNaN(bestLoss) ? !double.IsNaN(loss) : loss < bestLoss;
        }

        return double.IsNaN(bestError) ? !double.IsNaN(error) : error < bestError || (error == bestError && loss < bestLoss);
    }
}
