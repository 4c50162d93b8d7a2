using System.Globalization;
using RnnTools.Core.Backends;
using RnnTools.Core.Directions;
using RnnTools.Core.Errors;
using RnnTools.Core.Growth;
using RnnTools.Core.Initialization;
using RnnTools.Core.Model;
using RnnTools.Core.Operations.Models;
using RnnTools.Core.Regularization;
using RnnTools.Core.Steps;
using RnnTools.Core.Tasks;
using RnnTools.Core.Updates;

namespace RnnTools.Core.Training;

/// <summary>
/// Every option of a training run (training.md §13.4 and the task options of tasks.md §1.5), shared by
/// <c>rnntools train</c> and <c>Invoke-RnnTraining</c>. The options that the <c>pascanu</c> preset changes are nullable:
/// null means "the preset's value", and a value given explicitly wins over the preset; <see cref="Resolve"/> fills them.
/// Host file options (<c>--out</c>, <c>--history</c>, <c>--temporal</c>, <c>--require-success</c>) are not part of it;
/// <see cref="CheckpointPath"/> is, because the run itself writes and reads its checkpoints.
/// </summary>
public sealed record TrainingOptions
{
    /// <summary>Default <see cref="MaxIterations"/> (the thesis' 3·10⁶).</summary>
    public const long DefaultMaxIterations = 3_000_000;

    /// <summary><see cref="MaxIterations"/> of the pascanu preset.</summary>
    public const long PascanuMaxIterations = 5_000_000;

    /// <summary>Default <see cref="CheckEvery"/>.</summary>
    public const int DefaultCheckEvery = 200;

    /// <summary><see cref="CheckEvery"/> of the pascanu preset.</summary>
    public const int PascanuCheckEvery = 2000;

    /// <summary>Default <see cref="ValidationSize"/>.</summary>
    public const int DefaultValidationSize = 10_000;

    /// <summary>Default <see cref="LearningRate"/>.</summary>
    public const double DefaultLearningRate = 0.001;

    /// <summary><see cref="LearningRate"/> of the pascanu preset.</summary>
    public const double PascanuLearningRate = 0.01;

    /// <summary>Default <see cref="ClipThreshold"/> of the synthetic tasks.</summary>
    public const double DefaultClipThreshold = 1;

    /// <summary>Default <see cref="ClipThreshold"/> of Music.</summary>
    public const double MusicClipThreshold = 3;

    /// <summary><see cref="OmegaWeight"/> of the pascanu preset (α_Ω of the ICML text).</summary>
    public const double PascanuOmegaWeight = 4;

    /// <summary><see cref="Seed"/> of the pascanu preset (the code's default).</summary>
    public const int PascanuSeed = 52;

    /// <summary><see cref="Length"/> of the pascanu preset.</summary>
    public const int PascanuLength = 50;

    /// <summary><see cref="MaxLength"/> of the pascanu preset.</summary>
    public const int PascanuMaxLength = 200;

    /// <summary><see cref="BatchSize"/> of the pascanu preset.</summary>
    public const int PascanuBatchSize = 20;

    /// <summary>Default <see cref="CheckpointEvery"/>.</summary>
    public const int DefaultCheckpointEvery = 10;

    /// <summary>Default <see cref="HiddenSize"/>.</summary>
    public const int DefaultHiddenSize = 50;

    // ---- Run, task and model ----

    /// <summary>The loop and its defaults: galvan (§13.1) or pascanu (§13.2).</summary>
    public TrainingPreset Preset { get; init; } = TrainingPreset.Galvan;

    /// <summary>The task (required): a task of tasks.md §2–4, or Music.</summary>
    public required TaskName Task { get; init; }

    /// <summary>The task variant; null means galvan (pascanu under the pascanu preset).</summary>
    public TaskVariant? Variant { get; init; }

    /// <summary>TemporalOrder mode of the galvan variant.</summary>
    public TemporalOrderMode Mode { get; init; } = TemporalOrderMode.Plain;

    /// <summary>T_min (galvan, hs1997) or ℓ (pascanu); null means 100 (50 under the pascanu preset).</summary>
    public int? Length { get; init; }

    /// <summary>Pascanu variant: training lengths from [Length, MaxLength); null means Length (200 under the pascanu preset).</summary>
    public int? MaxLength { get; init; }

    /// <summary>Music: the dataset file, JSON or pickle (required with Music).</summary>
    public string? Dataset { get; init; }

    /// <summary>Music: training batches in split or full mode.</summary>
    public SplitMode SplitMode { get; init; } = SplitMode.Split;

    /// <summary>Music split mode: the longest crop, in steps.</summary>
    public int CropLength { get; init; } = TaskOptions.DefaultCropLength;

    /// <summary>Sequences per training batch; null means 100 (Music 20; 20 under the pascanu preset).</summary>
    public int? BatchSize { get; init; }

    /// <summary>NoiselessMemorization: symbol values.</summary>
    public int NValues { get; init; } = TaskOptions.DefaultNValues;

    /// <summary>NoiselessMemorization: pattern positions.</summary>
    public int NPos { get; init; } = TaskOptions.DefaultNPos;

    /// <summary>PreTrain: the task it wraps.</summary>
    public TaskName? InnerTask { get; init; }

    /// <summary>Per-sequence error threshold of a threshold rule; null keeps the task's own.</summary>
    public double? ErrorThreshold { get; init; }

    /// <summary>Distance of a threshold rule; null keeps the task's own.</summary>
    public SequenceErrorKind? ErrorKind { get; init; }

    /// <summary>Pascanu variant: success only with zero validation errors.</summary>
    public bool Strict { get; init; }

    /// <summary>n_h, the number of hidden units.</summary>
    public int HiddenSize { get; init; } = DefaultHiddenSize;

    /// <summary>The hidden activation; null takes the init preset's (tanh for galvan).</summary>
    public Activation? Activation { get; init; }

    /// <summary>The initialisation preset (§6.4); null means galvan (pascanu-smart-tanh under the pascanu preset).</summary>
    public InitPreset? InitPreset { get; init; }

    /// <summary>ρ of the galvan presets' spectral rescaling of W_rec.</summary>
    public double SpectralRadius { get; init; } = InitializationOptions.DefaultSpectralRadius;

    /// <summary>Override of W_rec's initialiser (<c>name</c> or <c>name(param=value, …)</c>).</summary>
    public string? WRecInit { get; init; }

    /// <summary>Override of W_in's initialiser.</summary>
    public string? WInInit { get; init; }

    /// <summary>Override of W_out's initialiser.</summary>
    public string? WOutInit { get; init; }

    /// <summary>The precision of training: float32 (the thesis' GPU runs) or float64.</summary>
    public Precision Precision { get; init; } = Precision.Float32;

    /// <summary>The run seed of every stream (§5); null means 13 (52 under the pascanu preset).</summary>
    public int? Seed { get; init; }

    // ---- Direction (§7–8) ----

    /// <summary>The direction rule: antigradient, simplex, switching, combined:&lt;rule&gt;, lbfgs or dropout.</summary>
    public string Direction { get; init; } = "antigradient";

    /// <summary>ψ of switching; null means 0.9 for TemporalOrder and 0.5 otherwise.</summary>
    public double? Psi { get; init; }

    /// <summary>max_cos of simplex and switching.</summary>
    public double MaxCos { get; init; }

    /// <summary>τ_trust of the row normalisation.</summary>
    public double TrustThreshold { get; init; } = 1e-25;

    /// <summary>Turns norm preservation off.</summary>
    public bool NoNormPreservation { get; init; }

    /// <summary>Separate mode of the combining rules.</summary>
    public bool SeparateBlocks { get; init; }

    /// <summary>keep of reduced-simplex.</summary>
    public double Keep { get; init; } = 1;

    /// <summary>m of lbfgs (required with it).</summary>
    public int? LbfgsMemory { get; init; }

    /// <summary>γ = sᵀy/yᵀy of the newest pair instead of 1.</summary>
    public bool LbfgsScaling { get; init; }

    /// <summary>The inner direction of dropout.</summary>
    public string DropoutInner { get; init; } = "antigradient";

    /// <summary>The rate of dropout (required with it).</summary>
    public double? DropoutRate { get; init; }

    // ---- Step (§9) ----

    /// <summary>The step rule.</summary>
    public StepRuleKind StepRule { get; init; } = StepRuleKind.Clipping;

    /// <summary>μ; null means 0.001 (0.01 under the pascanu preset).</summary>
    public double? LearningRate { get; init; }

    /// <summary>τ of clipping; null means 1 (Music 3).</summary>
    public double? ClipThreshold { get; init; }

    /// <summary>The norm clipping tests: l2 or maxabs.</summary>
    public ClipNorm ClipNorm { get; init; } = ClipNorm.L2;

    /// <summary>τ_∞ of two-threshold clipping.</summary>
    public double ClipThresholdMaxAbs { get; init; } = 0.1;

    /// <summary>α = μ/‖d‖₂ with the constant rule.</summary>
    public bool NormalizedStep { get; init; }

    /// <summary>p_aug of the adaptive rules.</summary>
    public double IncreaseProbability { get; init; } = 0.5;

    /// <summary>β_aug of the adaptive rules.</summary>
    public double IncreaseFactor { get; init; } = 1.5;

    /// <summary>β_less of the adaptive rules.</summary>
    public double DecreaseFactor { get; init; } = 0.5;

    /// <summary>K of the adaptive token step.</summary>
    public int Tokens { get; init; } = 20;

    /// <summary>w of the adaptive token step.</summary>
    public int LossWindow { get; init; } = 100;

    /// <summary>s of the adaptive token step.</summary>
    public int MeanHistory { get; init; } = 20;

    /// <summary>p_check of the probabilistic search.</summary>
    public double CheckProbability { get; init; } = 1;

    /// <summary>s₀ of Armijo.</summary>
    public double ArmijoInitialStep { get; init; } = 1;

    /// <summary>β of Armijo.</summary>
    public double ArmijoShrink { get; init; } = 0.5;

    /// <summary>c₁ of Armijo.</summary>
    public double ArmijoC1 { get; init; } = 1e-4;

    /// <summary>max_steps of Armijo.</summary>
    public int ArmijoMaxSteps { get; init; } = 100;

    /// <summary>Armijo warm start.</summary>
    public bool ArmijoWarmStart { get; init; }

    /// <summary>Armijo simplified mode.</summary>
    public bool ArmijoSimplified { get; init; }

    // ---- Update, regularisers, growth, guards ----

    /// <summary>The update rule.</summary>
    public UpdateRuleKind UpdateRule { get; init; } = UpdateRuleKind.Plain;

    /// <summary>γ of momentum, μ of nesterov.</summary>
    public double Momentum { get; init; } = 0.1;

    /// <summary>The momentum schedule.</summary>
    public MomentumSchedule MomentumSchedule { get; init; } = MomentumSchedule.Constant;

    /// <summary>t of averaging.</summary>
    public int AveragingWindow { get; init; } = 7;

    /// <summary>α_Ω of Pascanu's regulariser; null means 0 (4 under the pascanu preset).</summary>
    public double? OmegaWeight { get; init; }

    /// <summary>α_Ω decays as α₀/k, k = 1 + the checks done.</summary>
    public bool OmegaDecay { get; init; }

    /// <summary>Squared (eq. 10, the code) or plain (eq. 9) norms in Ω.</summary>
    public Engine.OmegaNorm OmegaNorm { get; init; } = Engine.OmegaNorm.Squared;

    /// <summary>λ₁.</summary>
    public double L1 { get; init; }

    /// <summary>λ₂.</summary>
    public double L2 { get; init; }

    /// <summary>Penalise the biases too.</summary>
    public bool PenalizeBiases { get; init; }

    /// <summary>The growth policy.</summary>
    public GrowthKind Growth { get; init; } = GrowthKind.None;

    /// <summary>n_max of growth.</summary>
    public int GrowthMax { get; init; } = 100;

    /// <summary>Units added per growth.</summary>
    public int GrowthIncrement { get; init; } = 5;

    /// <summary>Iterations between growths.</summary>
    public int GrowthFrequency { get; init; } = 2000;

    /// <summary>Non-finite values: stop, galvan or pascanu; null means stop (pascanu under the pascanu preset).</summary>
    public NanPolicy? NanPolicy { get; init; }

    /// <summary>Galvan's 1e−10 inside the logarithms of binary cross-entropy (Music); 0 computes from the logits.</summary>
    public double BceEpsilon { get; init; }

    // ---- Loop, checkpoints and host ----

    /// <summary>Iterations before status MaxIterations; null means 3,000,000 (5,000,000 under the pascanu preset).</summary>
    public long? MaxIterations { get; init; }

    /// <summary>Iterations between checks; null means 200 (2000 under the pascanu preset).</summary>
    public int? CheckEvery { get; init; }

    /// <summary>Validation sequences (galvan: drawn once in batches of 2000; pascanu: fresh at every check in batches of 1000). Music evaluates the whole valid split.</summary>
    public int ValidationSize { get; init; } = DefaultValidationSize;

    /// <summary>Wall-clock limit in seconds (accumulated over resumes); null means none.</summary>
    public double? Budget { get; init; }

    /// <summary>Checks without a new best before status Stalled; null means none.</summary>
    public int? Patience { get; init; }

    /// <summary>A check whose monitored validation loss is at most this counts as success; null means none.</summary>
    public double? TargetLoss { get; init; }

    /// <summary>Evaluate the loss on the whole training split at every check (Music only); null means on for Music.</summary>
    public bool? MonitorTrain { get; init; }

    /// <summary>The checkpoint directory (training.md §13.5); null writes no files.</summary>
    public string? CheckpointPath { get; init; }

    /// <summary>Checks between checkpoints.</summary>
    public int CheckpointEvery { get; init; } = DefaultCheckpointEvery;

    /// <summary>Continue from the checkpoint in <see cref="CheckpointPath"/> (a fresh run when there is none).</summary>
    public bool Resume { get; init; }

    /// <summary>The compute backend (Auto: MKL, then OpenBLAS, then managed; RNNTOOLS_BACKEND overrides).</summary>
    public BackendKind Backend { get; init; } = BackendKind.Auto;

    /// <summary>Threads per BLAS call; null means RNNTOOLS_THREADS (default 1).</summary>
    public int? Threads { get; init; }

    /// <summary>Whether every preset-dependent option has a value (the record <see cref="Resolve"/> returns).</summary>
    public bool IsResolved => Variant is not null && Length is not null && BatchSize is not null && InitPreset is not null && Seed is not null
        && Psi is not null && LearningRate is not null && ClipThreshold is not null && OmegaWeight is not null && NanPolicy is not null
        && MaxIterations is not null && CheckEvery is not null && MonitorTrain is not null;

    /// <summary>
    /// These options with every preset-dependent value filled from <see cref="Preset"/> and the task (explicit values
    /// are kept). <see cref="MaxLength"/> stays null unless the variant is pascanu.
    /// </summary>
    public TrainingOptions Resolve()
    {
        bool pascanu = Preset == TrainingPreset.Pascanu;
        bool music = Task == TaskName.Music;
        TaskVariant variant = Variant ?? (pascanu ? TaskVariant.Pascanu : TaskVariant.Galvan);
        int length = Length ?? (pascanu ? PascanuLength : TaskOptions.DefaultLength);
        return this with
        {
            Variant = variant,
            Length = length,
            MaxLength = variant == TaskVariant.Pascanu && !music ? MaxLength ?? (pascanu ? Math.Max(PascanuMaxLength, length) : length) : MaxLength,
            BatchSize = BatchSize ?? (pascanu ? PascanuBatchSize : music ? TaskOptions.DefaultMusicBatchSize : TaskOptions.DefaultBatchSize),
            InitPreset = InitPreset ?? (pascanu ? Initialization.InitPreset.PascanuSmartTanh : Initialization.InitPreset.Galvan),
            Seed = Seed ?? (pascanu ? PascanuSeed : TaskOptions.DefaultSeed),
            Psi = Psi ?? (Task == TaskName.TemporalOrder ? DirectionOptions.TemporalOrderPsi : DirectionOptions.DefaultPsi),
            LearningRate = LearningRate ?? (pascanu ? PascanuLearningRate : DefaultLearningRate),
            ClipThreshold = ClipThreshold ?? (music && !pascanu ? MusicClipThreshold : DefaultClipThreshold),
            OmegaWeight = OmegaWeight ?? (pascanu ? PascanuOmegaWeight : 0),
            NanPolicy = NanPolicy ?? (pascanu ? Training.NanPolicy.Pascanu : Training.NanPolicy.Stop),
            MaxIterations = MaxIterations ?? (pascanu ? PascanuMaxIterations : DefaultMaxIterations),
            CheckEvery = CheckEvery ?? (pascanu ? PascanuCheckEvery : DefaultCheckEvery),
            MonitorTrain = MonitorTrain ?? music,
        };
    }

    /// <summary>Checks every option (after resolving the preset), including the task and every rule's own options.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> naming the option at fault.</exception>
    public void Validate()
    {
        TrainingOptions resolved = Resolve();
        Defined(Preset, nameof(Preset));
        Defined(resolved.NanPolicy!.Value, nameof(NanPolicy));
        Defined(Precision, nameof(Precision));
        Defined(OmegaNorm, nameof(OmegaNorm));
        Defined(Backend, nameof(Backend));
        if (Activation is { } activation)
        {
            Defined(activation, nameof(Activation));
        }

        resolved.ForTask().Validate();
        Range(nameof(HiddenSize), HiddenSize, 1, NewModelOptions.MaxSize);
        if (!(SpectralRadius > 0 && SpectralRadius <= NewModelOptions.MaxSpectralRadius))
        {
            throw Invalid(nameof(SpectralRadius), $"must be in (0, {NewModelOptions.MaxSpectralRadius}] (got {Text(SpectralRadius)}).");
        }

        resolved.ForInitialization().Validate();
        resolved.ForDirection().Validate();
        resolved.ForStep().Validate();
        resolved.ForUpdate().Validate();
        resolved.ForPenalty().Validate();
        resolved.ForGrowth().Validate();
        if (!(resolved.OmegaWeight >= 0 && double.IsFinite(resolved.OmegaWeight.Value)))
        {
            throw Invalid(nameof(OmegaWeight), "must be a finite number ≥ 0.");
        }

        if (!(BceEpsilon >= 0 && BceEpsilon < 0.5) || (BceEpsilon > 0 && Task != TaskName.Music))
        {
            throw Invalid(nameof(BceEpsilon), "must be 0, or in (0, 0.5) for Music (binary cross-entropy).");
        }

        if (resolved.MaxIterations is not (>= 1))
        {
            throw Invalid(nameof(MaxIterations), $"must be at least 1 (got {resolved.MaxIterations}).");
        }

        Range(nameof(CheckEvery), resolved.CheckEvery!.Value, 1, int.MaxValue);
        Range(nameof(ValidationSize), ValidationSize, 1, TaskLimits.MaxBatchSize);
        Range(nameof(CheckpointEvery), CheckpointEvery, 1, int.MaxValue);
        if (Patience is { } patience)
        {
            Range(nameof(Patience), patience, 1, int.MaxValue);
        }

        if (Budget is { } budget && !(budget > 0 && double.IsFinite(budget)))
        {
            throw Invalid(nameof(Budget), $"must be a positive number of seconds (got {Text(budget)}).");
        }

        if (TargetLoss is { } target && !double.IsFinite(target))
        {
            throw Invalid(nameof(TargetLoss), "must be a finite number.");
        }

        if (Threads is < 1)
        {
            throw Invalid(nameof(Threads), $"must be at least 1 (got {Threads}).");
        }

        if (MonitorTrain == true && Task != TaskName.Music)
        {
            throw Invalid(nameof(MonitorTrain), "applies only to Music (the synthetic tasks have no fixed training set).");
        }

        if (Resume && string.IsNullOrWhiteSpace(CheckpointPath))
        {
            throw Invalid(nameof(Resume), "needs a checkpoint directory (CheckpointPath / --checkpoint).");
        }
    }

    /// <summary>The task options (of resolved options).</summary>
    public TaskOptions ForTask() => new()
    {
        Task = Task,
        Variant = Variant ?? TaskVariant.Galvan,
        Mode = Mode,
        Length = Length ?? TaskOptions.DefaultLength,
        MaxLength = MaxLength,
        BatchSize = BatchSize,
        Seed = Seed ?? TaskOptions.DefaultSeed,
        NValues = NValues,
        NPos = NPos,
        InnerTask = InnerTask,
        ErrorThreshold = ErrorThreshold,
        ErrorKind = ErrorKind,
        Strict = Strict,
        Dataset = Dataset,
        SplitMode = SplitMode,
        CropLength = CropLength,
    };

    /// <summary>The initialisation options (of resolved options).</summary>
    public InitializationOptions ForInitialization() => new()
    {
        InitPreset = InitPreset ?? Initialization.InitPreset.Galvan,
        SpectralRadius = SpectralRadius,
        Seed = Seed ?? TaskOptions.DefaultSeed,
        WRecInit = WRecInit,
        WInInit = WInInit,
        WOutInit = WOutInit,
        Activation = Activation,
        MemorizationTask = Task == TaskName.NoiselessMemorization,
    };

    /// <summary>The direction options (of resolved options).</summary>
    public DirectionOptions ForDirection() => new()
    {
        Direction = Direction,
        Psi = Psi ?? DirectionOptions.DefaultPsi,
        MaxCos = MaxCos,
        TrustThreshold = TrustThreshold,
        NoNormPreservation = NoNormPreservation,
        SeparateBlocks = SeparateBlocks,
        Keep = Keep,
        LbfgsMemory = LbfgsMemory,
        LbfgsScaling = LbfgsScaling,
        DropoutInner = DropoutInner,
        DropoutRate = DropoutRate,
        Seed = Seed ?? TaskOptions.DefaultSeed,
    };

    /// <summary>The step options (of resolved options).</summary>
    public StepOptions ForStep() => new()
    {
        StepRule = StepRule,
        LearningRate = LearningRate ?? DefaultLearningRate,
        ClipThreshold = ClipThreshold ?? DefaultClipThreshold,
        ClipNorm = ClipNorm,
        ClipThresholdMaxAbs = ClipThresholdMaxAbs,
        NormalizedStep = NormalizedStep,
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
        ArmijoWarmStart = ArmijoWarmStart,
        ArmijoSimplified = ArmijoSimplified,
        Seed = Seed ?? TaskOptions.DefaultSeed,
    };

    /// <summary>The update options.</summary>
    public UpdateOptions ForUpdate() => new()
    {
        UpdateRule = UpdateRule,
        Momentum = Momentum,
        MomentumSchedule = MomentumSchedule,
        AveragingWindow = AveragingWindow,
    };

    /// <summary>The weight-penalty options.</summary>
    public PenaltyOptions ForPenalty() => new() { L1 = L1, L2 = L2, PenalizeBiases = PenalizeBiases };

    /// <summary>The growth options.</summary>
    public GrowthOptions ForGrowth() => new()
    {
        Growth = Growth,
        GrowthMax = GrowthMax,
        GrowthIncrement = GrowthIncrement,
        GrowthFrequency = GrowthFrequency,
    };

    private static void Defined<TEnum>(TEnum value, string name)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw Invalid(name, $"'{value}' is not one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
        }
    }

    private static void Range(string name, long value, long min, long max)
    {
        if (value < min || value > max)
        {
            throw Invalid(name, string.Create(CultureInfo.InvariantCulture, $"{value} is outside {min}..{max}."));
        }
    }

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static RnnToolsException Invalid(string name, string message) => RnnToolsException.InvalidParameter(name, message);
}
