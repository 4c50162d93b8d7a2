using System.Management.Automation;
using RnnTools.Core.Backends;
using RnnTools.Core.Engine;
using RnnTools.Core.Growth;
using RnnTools.Core.Initialization;
using RnnTools.Core.Model;
using RnnTools.Core.Operations;
using RnnTools.Core.Operations.Models;
using RnnTools.Core.Steps;
using RnnTools.Core.Tasks;
using RnnTools.Core.Training;
using RnnTools.Core.Updates;
using RnnTools.PowerShell.Infrastructure;

namespace RnnTools.PowerShell.Commands;

/// <summary>
/// Invoke-RnnTraining: trains one network per input (training.md §13) with the thesis' settings by default and emits one
/// flat summary per run, with the per-check records in its History property. Writes files only when given
/// -CheckpointPath, -HistoryPath or -TemporalPath (each after ShouldProcess); Ctrl+C ends the run after the current
/// iteration with status Cancelled.
/// </summary>
[Cmdlet(VerbsLifecycle.Invoke, "RnnTraining", SupportsShouldProcess = true)]
[OutputType(typeof(TrainingRunRecord))]
public sealed class InvokeRnnTrainingCommand : RnnOperationCmdlet<TrainingOptions, TrainingRunRecord>
{
    private static readonly TrainingOptions Defaults = new() { Task = TaskName.TemporalOrder };

    /// <summary>The loop and its defaults: galvan (§13.1) or pascanu (§13.2).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public TrainingPreset Preset { get; set; } = Defaults.Preset;

    /// <summary>The task (required): a task of tasks.md §2–4, or Music.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    public TaskName Task { get; set; }

    /// <summary>The task variant; null means galvan (pascanu under the pascanu preset).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [NullIfEmpty]
    public TaskVariant? Variant { get; set; }

    /// <summary>TemporalOrder mode of the galvan variant.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public TemporalOrderMode Mode { get; set; } = Defaults.Mode;

    /// <summary>T_min (galvan, hs1997) or ℓ (pascanu); null means 100 (50 under the pascanu preset).</summary>
    [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
    [ValidateRange(TaskLimits.MinLength, TaskLimits.MaxLength)]
    [NullIfEmpty]
    public int? Length { get; set; }

    /// <summary>Pascanu variant: training lengths from [Length, MaxLength); null means Length (200 under the pascanu preset).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateRange(TaskLimits.MinLength, TaskLimits.MaxLength)]
    [NullIfEmpty]
    public int? MaxLength { get; set; }

    /// <summary>Music: the dataset file, JSON or pickle (required with Music).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Dataset { get; set; }

    /// <summary>Music: training batches in split or full mode.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public SplitMode SplitMode { get; set; } = Defaults.SplitMode;

    /// <summary>Music split mode: the longest crop, in steps.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateRange(TaskLimits.MinCropLength, TaskLimits.MaxCropLength)]
    public int CropLength { get; set; } = Defaults.CropLength;

    /// <summary>Sequences per training batch; null means 100 (Music 20; 20 under the pascanu preset).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateRange(TaskLimits.MinBatchSize, TaskLimits.MaxBatchSize)]
    [NullIfEmpty]
    public int? BatchSize { get; set; }

    /// <summary>NoiselessMemorization: symbol values.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateRange(TaskLimits.MinNValues, TaskLimits.MaxNValues)]
    public int NValues { get; set; } = Defaults.NValues;

    /// <summary>NoiselessMemorization: pattern positions.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateRange(TaskLimits.MinNPos, TaskLimits.MaxNPos)]
    public int NPos { get; set; } = Defaults.NPos;

    /// <summary>PreTrain: the task it wraps.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [NullIfEmpty]
    public TaskName? InnerTask { get; set; }

    /// <summary>Per-sequence error threshold of a threshold rule; null keeps the task's own.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [InvariantNumber]
    public double? ErrorThreshold { get; set; }

    /// <summary>Distance of a threshold rule; null keeps the task's own.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [NullIfEmpty]
    public SequenceErrorKind? ErrorKind { get; set; }

    /// <summary>Pascanu variant: success only with zero validation errors.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [BooleanText]
    public SwitchParameter Strict { get; set; }

    /// <summary>n_h, the number of hidden units.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateRange(1, NewModelOptions.MaxSize)]
    public int HiddenSize { get; set; } = Defaults.HiddenSize;

    /// <summary>The hidden activation; null takes the init preset's (tanh for galvan).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [NullIfEmpty]
    public Activation? Activation { get; set; }

    /// <summary>The initialisation preset (§6.4); null means galvan (pascanu-smart-tanh under the pascanu preset).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [NullIfEmpty]
    public InitPreset? InitPreset { get; set; }

    /// <summary>ρ of the galvan presets' spectral rescaling of W_rec.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [InvariantNumber]
    public double SpectralRadius { get; set; } = Defaults.SpectralRadius;

    /// <summary>Override of W_rec's initialiser (&lt;c&gt;name&lt;/c&gt; or &lt;c&gt;name(param=value, …)&lt;/c&gt;).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(InitializerNameCompleter))]
    public string? WRecInit { get; set; }

    /// <summary>Override of W_in's initialiser.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(InitializerNameCompleter))]
    public string? WInInit { get; set; }

    /// <summary>Override of W_out's initialiser.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(InitializerNameCompleter))]
    public string? WOutInit { get; set; }

    /// <summary>The precision of training: float32 (the thesis' GPU runs) or float64.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public Precision Precision { get; set; } = Defaults.Precision;

    /// <summary>The run seed of every stream (§5); null means 13 (52 under the pascanu preset).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateRange(TaskLimits.MinSeed, TaskLimits.MaxSeed)]
    [NullIfEmpty]
    public int? Seed { get; set; }

    /// <summary>The direction rule: antigradient, simplex, switching, combined:&lt;rule&gt;, lbfgs or dropout.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(DirectionNameCompleter))]
    public string Direction { get; set; } = Defaults.Direction;

    /// <summary>ψ of switching; null means 0.9 for TemporalOrder and 0.5 otherwise.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [InvariantNumber]
    public double? Psi { get; set; }

    /// <summary>max_cos of simplex and switching.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [InvariantNumber]
    public double MaxCos { get; set; }

    /// <summary>τ_trust of the row normalisation.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [InvariantNumber]
    public double TrustThreshold { get; set; } = Defaults.TrustThreshold;

    /// <summary>Turns norm preservation off.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [BooleanText]
    public SwitchParameter NoNormPreservation { get; set; }

    /// <summary>Separate mode of the combining rules.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [BooleanText]
    public SwitchParameter SeparateBlocks { get; set; }

    /// <summary>keep of reduced-simplex.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [InvariantNumber]
    public double Keep { get; set; } = Defaults.Keep;

    /// <summary>m of lbfgs (required with it).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [NullIfEmpty]
    public int? LbfgsMemory { get; set; }

    /// <summary>γ = sᵀy/yᵀy of the newest pair instead of 1.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [BooleanText]
    public SwitchParameter LbfgsScaling { get; set; }

    /// <summary>The inner direction of dropout.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(DirectionNameCompleter))]
    public string DropoutInner { get; set; } = Defaults.DropoutInner;

    /// <summary>The rate of dropout (required with it).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [InvariantNumber]
    public double? DropoutRate { get; set; }

    /// <summary>The step rule.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public StepRuleKind StepRule { get; set; } = Defaults.StepRule;

    /// <summary>μ; null means 0.001 (0.01 under the pascanu preset).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [InvariantNumber]
    public double? LearningRate { get; set; }

    /// <summary>τ of clipping; null means 1 (Music 3).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [InvariantNumber]
    public double? ClipThreshold { get; set; }

    /// <summary>The norm clipping tests: l2 or maxabs.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public ClipNorm ClipNorm { get; set; } = Defaults.ClipNorm;

    /// <summary>τ_∞ of two-threshold clipping.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [InvariantNumber]
    public double ClipThresholdMaxAbs { get; set; } = Defaults.ClipThresholdMaxAbs;

    /// <summary>α = μ/‖d‖₂ with the constant rule.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [BooleanText]
    public SwitchParameter NormalizedStep { get; set; }

    /// <summary>p_aug of the adaptive rules.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [InvariantNumber]
    public double IncreaseProbability { get; set; } = Defaults.IncreaseProbability;

    /// <summary>β_aug of the adaptive rules.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [InvariantNumber]
    public double IncreaseFactor { get; set; } = Defaults.IncreaseFactor;

    /// <summary>β_less of the adaptive rules.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [InvariantNumber]
    public double DecreaseFactor { get; set; } = Defaults.DecreaseFactor;

    /// <summary>K of the adaptive token step.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public int Tokens { get; set; } = Defaults.Tokens;

    /// <summary>w of the adaptive token step.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public int LossWindow { get; set; } = Defaults.LossWindow;

    /// <summary>s of the adaptive token step.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public int MeanHistory { get; set; } = Defaults.MeanHistory;

    /// <summary>p_check of the probabilistic search.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [InvariantNumber]
    public double CheckProbability { get; set; } = Defaults.CheckProbability;

    /// <summary>s₀ of Armijo.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [InvariantNumber]
    public double ArmijoInitialStep { get; set; } = Defaults.ArmijoInitialStep;

    /// <summary>β of Armijo.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [InvariantNumber]
    public double ArmijoShrink { get; set; } = Defaults.ArmijoShrink;

    /// <summary>c₁ of Armijo.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [InvariantNumber]
    public double ArmijoC1 { get; set; } = Defaults.ArmijoC1;

    /// <summary>max_steps of Armijo.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public int ArmijoMaxSteps { get; set; } = Defaults.ArmijoMaxSteps;

    /// <summary>Armijo warm start.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [BooleanText]
    public SwitchParameter ArmijoWarmStart { get; set; }

    /// <summary>Armijo simplified mode.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [BooleanText]
    public SwitchParameter ArmijoSimplified { get; set; }

    /// <summary>The update rule.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public UpdateRuleKind UpdateRule { get; set; } = Defaults.UpdateRule;

    /// <summary>γ of momentum, μ of nesterov.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [InvariantNumber]
    public double Momentum { get; set; } = Defaults.Momentum;

    /// <summary>The momentum schedule.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public MomentumSchedule MomentumSchedule { get; set; } = Defaults.MomentumSchedule;

    /// <summary>t of averaging.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public int AveragingWindow { get; set; } = Defaults.AveragingWindow;

    /// <summary>α_Ω of Pascanu's regulariser; null means 0 (4 under the pascanu preset).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [InvariantNumber]
    public double? OmegaWeight { get; set; }

    /// <summary>α_Ω decays as α₀/k, k = 1 + the checks done.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [BooleanText]
    public SwitchParameter OmegaDecay { get; set; }

    /// <summary>Squared (eq. 10, the code) or plain (eq. 9) norms in Ω.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public OmegaNorm OmegaNorm { get; set; } = Defaults.OmegaNorm;

    /// <summary>λ₁.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [InvariantNumber]
    public double L1 { get; set; }

    /// <summary>λ₂.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [InvariantNumber]
    public double L2 { get; set; }

    /// <summary>Penalise the biases too.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [BooleanText]
    public SwitchParameter PenalizeBiases { get; set; }

    /// <summary>The growth policy.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public GrowthKind Growth { get; set; } = Defaults.Growth;

    /// <summary>n_max of growth.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public int GrowthMax { get; set; } = Defaults.GrowthMax;

    /// <summary>Units added per growth.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public int GrowthIncrement { get; set; } = Defaults.GrowthIncrement;

    /// <summary>Iterations between growths.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public int GrowthFrequency { get; set; } = Defaults.GrowthFrequency;

    /// <summary>Non-finite values: stop, galvan or pascanu; null means stop (pascanu under the pascanu preset).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [NullIfEmpty]
    public NanPolicy? NanPolicy { get; set; }

    /// <summary>Galvan's 1e−10 inside the logarithms of binary cross-entropy (Music); 0 computes from the logits.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [InvariantNumber]
    public double BceEpsilon { get; set; }

    /// <summary>Iterations before status MaxIterations; null means 3,000,000 (5,000,000 under the pascanu preset).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [NullIfEmpty]
    public long? MaxIterations { get; set; }

    /// <summary>Iterations between checks; null means 200 (2000 under the pascanu preset).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [NullIfEmpty]
    public int? CheckEvery { get; set; }

    /// <summary>Validation sequences (galvan: drawn once in batches of 2000; pascanu: fresh at every check in batches of 1000). Music evaluates the whole valid split.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public int ValidationSize { get; set; } = Defaults.ValidationSize;

    /// <summary>Wall-clock limit in seconds (accumulated over resumes); null means none.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [InvariantNumber]
    public double? Budget { get; set; }

    /// <summary>Checks without a new best before status Stalled; null means none.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [NullIfEmpty]
    public int? Patience { get; set; }

    /// <summary>A check whose monitored validation loss is at most this counts as success; null means none.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [InvariantNumber]
    public double? TargetLoss { get; set; }

    /// <summary>Evaluate the loss on the whole training split at every check (Music only); null means on for Music.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [BooleanText]
    public SwitchParameter MonitorTrain { get; set; }

    /// <summary>The checkpoint directory (training.md §13.5); null writes no files.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? CheckpointPath { get; set; }

    /// <summary>Append one row per check to this CSV file, flushed per row (train --history); null writes none.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? HistoryPath { get; set; }

    /// <summary>Append the per-step temporal norms and cosines of every check to this CSV file (train --temporal); null writes none.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? TemporalPath { get; set; }

    /// <summary>Checks between checkpoints.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public int CheckpointEvery { get; set; } = Defaults.CheckpointEvery;

    /// <summary>Continue from the checkpoint in &lt;see cref="CheckpointPath"/&gt; (a fresh run when there is none).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [BooleanText]
    public SwitchParameter Resume { get; set; }

    /// <summary>The compute backend (Auto: MKL, then OpenBLAS, then managed; RNNTOOLS_BACKEND overrides).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public BackendKind Backend { get; set; } = Defaults.Backend;

    /// <summary>Threads per BLAS call; null means RNNTOOLS_THREADS (default 1).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [NullIfEmpty]
    public int? Threads { get; set; }

    /// <inheritdoc />
    protected internal override TrainingOptions BuildOptions() => new()
    {
        Preset = Preset,
        Task = Task,
        Variant = Variant,
        Mode = Mode,
        Length = Length,
        MaxLength = MaxLength,
        Dataset = Dataset is null ? null : ResolvePath(Dataset),
        SplitMode = SplitMode,
        CropLength = CropLength,
        BatchSize = BatchSize,
        NValues = NValues,
        NPos = NPos,
        InnerTask = InnerTask,
        ErrorThreshold = ErrorThreshold,
        ErrorKind = ErrorKind,
        Strict = Strict.IsPresent,
        HiddenSize = HiddenSize,
        Activation = Activation,
        InitPreset = InitPreset,
        SpectralRadius = SpectralRadius,
        WRecInit = WRecInit,
        WInInit = WInInit,
        WOutInit = WOutInit,
        Precision = Precision,
        Seed = Seed,
        Direction = Direction,
        Psi = Psi,
        MaxCos = MaxCos,
        TrustThreshold = TrustThreshold,
        NoNormPreservation = NoNormPreservation.IsPresent,
        SeparateBlocks = SeparateBlocks.IsPresent,
        Keep = Keep,
        LbfgsMemory = LbfgsMemory,
        LbfgsScaling = LbfgsScaling.IsPresent,
        DropoutInner = DropoutInner,
        DropoutRate = DropoutRate,
        StepRule = StepRule,
        LearningRate = LearningRate,
        ClipThreshold = ClipThreshold,
        ClipNorm = ClipNorm,
        ClipThresholdMaxAbs = ClipThresholdMaxAbs,
        NormalizedStep = NormalizedStep.IsPresent,
        IncreaseProbability = IncreaseProbability,
        IncreaseFactor = IncreaseFactor,
        DecreaseFactor = DecreaseFactor,
        Tokens = Tokens,
        LossWindow = LossWindow,
        MeanHistory = MeanHistory,
        CheckProbability = CheckProbability,
        ArmijoInitialStep = ArmijoInitialStep,
        ArmijoShrink = ArmijoShrink,
        ArmijoC1 = ArmijoC1,
        ArmijoMaxSteps = ArmijoMaxSteps,
        ArmijoWarmStart = ArmijoWarmStart.IsPresent,
        ArmijoSimplified = ArmijoSimplified.IsPresent,
        UpdateRule = UpdateRule,
        Momentum = Momentum,
        MomentumSchedule = MomentumSchedule,
        AveragingWindow = AveragingWindow,
        OmegaWeight = OmegaWeight,
        OmegaDecay = OmegaDecay.IsPresent,
        OmegaNorm = OmegaNorm,
        L1 = L1,
        L2 = L2,
        PenalizeBiases = PenalizeBiases.IsPresent,
        Growth = Growth,
        GrowthMax = GrowthMax,
        GrowthIncrement = GrowthIncrement,
        GrowthFrequency = GrowthFrequency,
        NanPolicy = NanPolicy,
        BceEpsilon = BceEpsilon,
        MaxIterations = MaxIterations,
        CheckEvery = CheckEvery,
        ValidationSize = ValidationSize,
        Budget = Budget,
        Patience = Patience,
        TargetLoss = TargetLoss,
        MonitorTrain = MonitorTrain.IsPresent ? MonitorTrain.ToBool() : null,
        CheckpointPath = CheckpointPath is null ? null : ResolvePath(CheckpointPath),
        CheckpointEvery = CheckpointEvery,
        Resume = Resume.IsPresent,
        Backend = Backend,
        Threads = Threads,
    };

    /// <inheritdoc />
    private protected override void Run(TrainingOptions options, IOperationSink<TrainingRunRecord> sink, CancellationToken cancellationToken)
    {
        using var history = new TrainingHistoryFiles(ApprovedOutputPath(HistoryPath, "append one row per check", sink),
            ApprovedOutputPath(TemporalPath, "append the temporal components of every check", sink), options.Resume);
        new TrainingOperation().Run(options, sink, history, cancellationToken);
    }
}
