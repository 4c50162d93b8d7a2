namespace RnnTools.Core.Training;

/// <summary>
/// The counters and figures a run accumulates (training.md §13.5): what a checkpoint needs besides the model, the rule
/// states and the generators. Mutable, owned by the loop, serialised with every checkpoint.
/// </summary>
internal sealed class RunProgress
{
    /// <summary>The next iteration to run.</summary>
    public long NextIteration { get; set; }

    /// <summary>Checks made.</summary>
    public int Checks { get; set; }

    /// <summary>Wall time of the run before this process (accumulated over resumes), in seconds.</summary>
    public double ElapsedSeconds { get; set; }

    /// <summary>ValidError of the best model (NaN before the first check).</summary>
    public double BestValidError { get; set; } = double.NaN;

    /// <summary>ValidLoss of the best model (NaN before the first check).</summary>
    public double BestValidLoss { get; set; } = double.NaN;

    /// <summary>The iteration of the best model's check.</summary>
    public long? BestIteration { get; set; }

    /// <summary>Checks in a row without a new best.</summary>
    public int ChecksSinceBest { get; set; }

    /// <summary>The lowest ValidError so far (the <c>ValidErrorBest</c> column).</summary>
    public double MinValidError { get; set; } = double.NaN;

    /// <summary>ValidError of the last check.</summary>
    public double LastValidError { get; set; } = double.NaN;

    /// <summary>ValidLoss of the last check.</summary>
    public double LastValidLoss { get; set; } = double.NaN;

    /// <summary>Iterations since the previous check.</summary>
    public long WindowIterations { get; set; }

    /// <summary>Σ training loss since the previous check.</summary>
    public double WindowLoss { get; set; }

    /// <summary>Σ ‖g‖ since the previous check.</summary>
    public double WindowGradNorm { get; set; }

    /// <summary>Σ Ω since the previous check.</summary>
    public double WindowOmega { get; set; }

    /// <summary>Σ N_v/T since the previous check.</summary>
    public double WindowStepsInPast { get; set; }

    /// <summary>ρ of the initial W_rec.</summary>
    public double InitialRho { get; set; }

    /// <summary>s_1 of the initial W_rec.</summary>
    public double InitialMaxSingular { get; set; }

    /// <summary>s_n of the initial W_rec.</summary>
    public double InitialMinSingular { get; set; }

    /// <summary>Singular-value variance of the initial W_rec.</summary>
    public double InitialSingularVar { get; set; }

    /// <summary>NanPolicy galvan: the iteration of the first non-finite value seen.</summary>
    public long? FirstNonFiniteIteration { get; set; }

    /// <summary>NanPolicy galvan: the first non-finite quantity seen.</summary>
    public string? FirstNonFiniteQuantity { get; set; }

    /// <summary>Adds one iteration's training figures to the window.</summary>
    public void Accumulate(double loss, double gradNorm, double omega, double stepsInPast)
    {
        WindowIterations++;
        WindowLoss += loss;
        WindowGradNorm += gradNorm;
        WindowOmega += omega;
        WindowStepsInPast += stepsInPast;
    }

    /// <summary>Starts a new window (after a check).</summary>
    public void ResetWindow()
    {
        WindowIterations = 0;
        WindowLoss = 0;
        WindowGradNorm = 0;
        WindowOmega = 0;
        WindowStepsInPast = 0;
    }
}
