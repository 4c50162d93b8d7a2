using RnnTools.Core.Backends;
using RnnTools.Core.Directions;
using RnnTools.Core.Engine;
using RnnTools.Core.Growth;
using RnnTools.Core.Initialization;
using RnnTools.Core.Model;
using RnnTools.Core.Steps;
using RnnTools.Core.Tasks;
using RnnTools.Core.Updates;

namespace RnnTools.Core.Training;

/// <summary>
/// The summary of one training run (training.md §14.2): every hyper-parameter, the status and iteration counts, the
/// best and final validation figures, the data and the initial network, provenance, and last the per-check
/// <see cref="History"/> (not a CSV column). One row of <c>run.csv</c>.
/// </summary>
public sealed record TrainingRunRecord
{
    /// <summary>The task.</summary>
    public TaskName Task { get; init; }

    /// <summary>The task variant.</summary>
    public TaskVariant Variant { get; init; }

    /// <summary>TemporalOrder mode of the galvan variant.</summary>
    public TemporalOrderMode Mode { get; init; }

    /// <summary>T_min (galvan, hs1997) or ℓ (pascanu).</summary>
    public int Length { get; init; }

    /// <summary>Pascanu variant: the exclusive upper end of the training lengths; empty otherwise.</summary>
    public int? MaxLength { get; init; }

    /// <summary>The run seed.</summary>
    public int Seed { get; init; }

    /// <summary>The loop preset.</summary>
    public TrainingPreset Preset { get; init; }

    /// <summary>Music: the dataset file.</summary>
    public string? Dataset { get; init; }

    /// <summary>Music: split or full training batches.</summary>
    public SplitMode SplitMode { get; init; }

    /// <summary>Music split mode: the longest crop.</summary>
    public int CropLength { get; init; }

    /// <summary>Sequences per training batch.</summary>
    public int BatchSize { get; init; }

    /// <summary>NoiselessMemorization: symbol values.</summary>
    public int NValues { get; init; }

    /// <summary>NoiselessMemorization: pattern positions.</summary>
    public int NPos { get; init; }

    /// <summary>PreTrain: the wrapped task.</summary>
    public TaskName? InnerTask { get; init; }

    /// <summary>The per-sequence error threshold when overridden.</summary>
    public double? ErrorThreshold { get; init; }

    /// <summary>The threshold distance when overridden.</summary>
    public SequenceErrorKind? ErrorKind { get; init; }

    /// <summary>Pascanu variant: success only with zero errors.</summary>
    public bool Strict { get; init; }

    /// <summary>n_h at creation.</summary>
    public int HiddenSize { get; init; }

    /// <summary>The hidden activation used.</summary>
    public Activation Activation { get; init; }

    /// <summary>The initialisation preset.</summary>
    public InitPreset InitPreset { get; init; }

    /// <summary>ρ of the galvan presets' spectral rescaling (the hyper-parameter, not the measured Rho).</summary>
    public double SpectralRadius { get; init; }

    /// <summary>Override of W_rec's initialiser.</summary>
    public string? WRecInit { get; init; }

    /// <summary>Override of W_in's initialiser.</summary>
    public string? WInInit { get; init; }

    /// <summary>Override of W_out's initialiser.</summary>
    public string? WOutInit { get; init; }

    /// <summary>The training precision.</summary>
    public Precision Precision { get; init; }

    /// <summary>The direction rule.</summary>
    public string Direction { get; init; } = string.Empty;

    /// <summary>ψ of switching.</summary>
    public double Psi { get; init; }

    /// <summary>max_cos of simplex and switching.</summary>
    public double MaxCos { get; init; }

    /// <summary>τ_trust of the row normalisation.</summary>
    public double TrustThreshold { get; init; }

    /// <summary>Norm preservation off.</summary>
    public bool NoNormPreservation { get; init; }

    /// <summary>Separate mode of the combining rules.</summary>
    public bool SeparateBlocks { get; init; }

    /// <summary>keep of reduced-simplex.</summary>
    public double Keep { get; init; }

    /// <summary>m of lbfgs.</summary>
    public int? LbfgsMemory { get; init; }

    /// <summary>γ scaling of lbfgs.</summary>
    public bool LbfgsScaling { get; init; }

    /// <summary>The inner direction of dropout.</summary>
    public string DropoutInner { get; init; } = string.Empty;

    /// <summary>The rate of dropout.</summary>
    public double? DropoutRate { get; init; }

    /// <summary>The step rule.</summary>
    public StepRuleKind StepRule { get; init; }

    /// <summary>μ (not the StepSize α of an iteration).</summary>
    public double LearningRate { get; init; }

    /// <summary>τ of clipping.</summary>
    public double ClipThreshold { get; init; }

    /// <summary>The clipping norm.</summary>
    public ClipNorm ClipNorm { get; init; }

    /// <summary>τ_∞ of two-threshold clipping.</summary>
    public double ClipThresholdMaxAbs { get; init; }

    /// <summary>α = μ/‖d‖ with the constant rule.</summary>
    public bool NormalizedStep { get; init; }

    /// <summary>p_aug.</summary>
    public double IncreaseProbability { get; init; }

    /// <summary>β_aug.</summary>
    public double IncreaseFactor { get; init; }

    /// <summary>β_less.</summary>
    public double DecreaseFactor { get; init; }

    /// <summary>K of the adaptive step.</summary>
    public int Tokens { get; init; }

    /// <summary>w of the adaptive step.</summary>
    public int LossWindow { get; init; }

    /// <summary>s of the adaptive step.</summary>
    public int MeanHistory { get; init; }

    /// <summary>p_check of the probabilistic search.</summary>
    public double CheckProbability { get; init; }

    /// <summary>s₀ of Armijo.</summary>
    public double ArmijoInitialStep { get; init; }

    /// <summary>β of Armijo.</summary>
    public double ArmijoShrink { get; init; }

    /// <summary>c₁ of Armijo.</summary>
    public double ArmijoC1 { get; init; }

    /// <summary>max_steps of Armijo.</summary>
    public int ArmijoMaxSteps { get; init; }

    /// <summary>Armijo warm start.</summary>
    public bool ArmijoWarmStart { get; init; }

    /// <summary>Armijo simplified mode.</summary>
    public bool ArmijoSimplified { get; init; }

    /// <summary>The update rule.</summary>
    public UpdateRuleKind UpdateRule { get; init; }

    /// <summary>γ of momentum, μ of nesterov.</summary>
    public double Momentum { get; init; }

    /// <summary>The momentum schedule.</summary>
    public MomentumSchedule MomentumSchedule { get; init; }

    /// <summary>t of averaging.</summary>
    public int AveragingWindow { get; init; }

    /// <summary>α_Ω of Pascanu's regulariser (initial value under OmegaDecay).</summary>
    public double OmegaWeight { get; init; }

    /// <summary>α_Ω decays as α₀/k.</summary>
    public bool OmegaDecay { get; init; }

    /// <summary>Squared or plain norms in Ω.</summary>
    public OmegaNorm OmegaNorm { get; init; }

    /// <summary>λ₁.</summary>
    public double L1 { get; init; }

    /// <summary>λ₂.</summary>
    public double L2 { get; init; }

    /// <summary>Biases penalised too.</summary>
    public bool PenalizeBiases { get; init; }

    /// <summary>The growth policy.</summary>
    public GrowthKind Growth { get; init; }

    /// <summary>n_max of growth.</summary>
    public int GrowthMax { get; init; }

    /// <summary>Units per growth.</summary>
    public int GrowthIncrement { get; init; }

    /// <summary>Iterations between growths.</summary>
    public int GrowthFrequency { get; init; }

    /// <summary>The non-finite policy.</summary>
    public NanPolicy NanPolicy { get; init; }

    /// <summary>Galvan's ε inside the BCE logarithms.</summary>
    public double BceEpsilon { get; init; }

    /// <summary>The iteration limit.</summary>
    public long MaxIterations { get; init; }

    /// <summary>Iterations between checks.</summary>
    public int CheckEvery { get; init; }

    /// <summary>Validation sequences per check (synthetic tasks).</summary>
    public int ValidationSize { get; init; }

    /// <summary>The wall-clock limit in seconds.</summary>
    public double? Budget { get; init; }

    /// <summary>Checks without a new best before Stalled.</summary>
    public int? Patience { get; init; }

    /// <summary>The validation loss that counts as success.</summary>
    public double? TargetLoss { get; init; }

    /// <summary>Whether the training split is evaluated at checks (Music).</summary>
    public bool MonitorTrain { get; init; }

    /// <summary>Checks between checkpoints.</summary>
    public int CheckpointEvery { get; init; }

    /// <summary>The backend that ran (the resolved kind).</summary>
    public BackendKind Backend { get; init; }

    /// <summary>Threads per BLAS call.</summary>
    public int Threads { get; init; }

    /// <summary>Why the run ended.</summary>
    public TrainingStatus Status { get; init; }

    /// <summary>The index i of the iteration the run ended at (for Solved: the check that succeeded, Galvan's figure).</summary>
    public long Iterations { get; init; }

    /// <summary>Updates applied.</summary>
    public long Updates { get; init; }

    /// <summary>The iteration of the first non-finite value (Diverged only).</summary>
    public long? DivergedAt { get; init; }

    /// <summary>Why the run ended: the success criterion met, the limit reached, or for Diverged the first non-finite quantity (loss, gradient, direction, step, parameters).</summary>
    public string? Reason { get; init; }

    /// <summary>ValidError of the best model (NaN before the first check).</summary>
    public double BestValidError { get; init; }

    /// <summary>ValidLoss of the best model.</summary>
    public double BestValidLoss { get; init; }

    /// <summary>The iteration of the best model's check.</summary>
    public long? BestIteration { get; init; }

    /// <summary>ValidError of the last check.</summary>
    public double FinalValidError { get; init; }

    /// <summary>ValidLoss of the last check.</summary>
    public double FinalValidLoss { get; init; }

    /// <summary>Checks made (over resumes).</summary>
    public int Checks { get; init; }

    /// <summary>Wall time of the run, accumulated over resumes.</summary>
    public double ElapsedSeconds { get; init; }

    /// <summary>Mean wall time per iteration of this process, checks included, in milliseconds.</summary>
    public double MsPerIteration { get; init; }

    /// <summary>The validation data: the fixed or fresh validation batches, or the music splits.</summary>
    public string DatasetDescription { get; init; } = string.Empty;

    /// <summary>ρ(W_rec) of the initial network.</summary>
    public double InitialRho { get; init; }

    /// <summary>s_1 of the initial W_rec.</summary>
    public double InitialMaxSingular { get; init; }

    /// <summary>s_n of the initial W_rec.</summary>
    public double InitialMinSingular { get; init; }

    /// <summary>Variance of the initial W_rec's singular values.</summary>
    public double InitialSingularVar { get; init; }

    /// <summary>n_in.</summary>
    public int InputSize { get; init; }

    /// <summary>n_out.</summary>
    public int OutputSize { get; init; }

    /// <summary>The output function.</summary>
    public OutputFunction OutputFunction { get; init; }

    /// <summary>P at the end of the run.</summary>
    public int ParameterCount { get; init; }

    /// <summary>The backend's Describe() line.</summary>
    public string BackendDescription { get; init; } = string.Empty;

    /// <summary>The tool version.</summary>
    public string ToolVersion { get; init; } = string.Empty;

    /// <summary>The commit the tool was built from, or empty.</summary>
    public string GitCommit { get; init; } = string.Empty;

    /// <summary>UTC time of the row, ISO 8601.</summary>
    public string Timestamp { get; init; } = string.Empty;

    /// <summary>The checks of this invocation (one per check; a resumed run holds those after the checkpoint).</summary>
    public CheckHistory History { get; init; } = CheckHistory.Empty;
}
