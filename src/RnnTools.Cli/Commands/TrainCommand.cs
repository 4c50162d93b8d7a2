using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using RnnTools.Cli.Infrastructure;
using RnnTools.Core.Backends;
using RnnTools.Core.Csv;
using RnnTools.Core.Directions;
using RnnTools.Core.Engine;
using RnnTools.Core.Growth;
using RnnTools.Core.Initialization;
using RnnTools.Core.Model;
using RnnTools.Core.Steps;
using RnnTools.Core.Tasks;
using RnnTools.Core.Training;
using RnnTools.Core.Updates;

namespace RnnTools.Cli.Commands;

/// <summary>
/// <c>rnntools train</c>: trains one network (twin of Invoke-RnnTraining; training.md §13). Appends one summary row to
/// <c>--out</c> (stdout without it), writes one row per check to <c>--history</c> and the per-step rows to
/// <c>--temporal</c>, checkpoints to <c>--checkpoint</c>. Exit code 1 for a divergence or, with
/// <c>--require-success</c>, any status but Solved; 130 when cancelled.
/// </summary>
public static class TrainCommand
{
    private static readonly TrainingOptions Defaults = new() { Task = TaskName.TemporalOrder };

    /// <summary>What the pascanu preset changes among the shared task options.</summary>
    private static readonly Dictionary<string, string> PascanuNotes = new()
    {
        ["--variant"] = " pascanu preset: pascanu.",
        ["--length"] = string.Create(CultureInfo.InvariantCulture, $" pascanu preset: {TrainingOptions.PascanuLength}."),
        ["--max-length"] = string.Create(CultureInfo.InvariantCulture, $" pascanu preset: {TrainingOptions.PascanuMaxLength}."),
        ["--batch-size"] = string.Create(CultureInfo.InvariantCulture, $" pascanu preset: {TrainingOptions.PascanuBatchSize}."),
        ["--seed"] = string.Create(CultureInfo.InvariantCulture, $" Run seed of every stream; pascanu preset: {TrainingOptions.PascanuSeed}."),
    };

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = new Command("train",
            "Train an Elman RNN on a task with the thesis' settings by default (galvan preset: SGD with L2 clipping at 1, learning rate 0.001, "
            + "batch 100, 50 tanh units, W_rec Gaussian rescaled to spectral radius 1.2, a check every 200 iterations on 10,000 fixed validation "
            + "sequences, success at validation error <= 1 %). --preset pascanu selects Pascanu et al.'s loop and values; explicit options win.");
        foreach (Option option in TaskOptionSet.Create())
        {
            option.Description += PascanuNotes.GetValueOrDefault(option.Name, string.Empty);
            command.Options.Add(option);
        }

        foreach (Option option in ModelAndRuleOptions().Concat(LoopOptions()))
        {
            command.Options.Add(option);
        }

        command.Options.Add(CommonOptions.Out("Append the run's summary row to this CSV file (header once); without it the row goes to stdout."));
        command.Options.Add(new Option<string?>("--history") { Description = "Append one row per check to this CSV file (checks.csv), flushed per row." });
        command.Options.Add(new Option<string?>("--temporal") { Description = "Append the per-step temporal norms and cosines of every check to this CSV file (temporal.csv, long format)." });
        command.Options.Add(new Option<bool>("--require-success") { Description = "Exit with code 1 unless the run ends with status Solved." });
        CommandRunner.SetAction(command, Run);
        return command;
    }

    /// <summary>The options record this command's arguments describe.</summary>
    public static TrainingOptions BuildOptions(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        TaskOptions task = TaskOptionSet.Build(parse);
        return new TrainingOptions
        {
            Preset = parse.GetValue<TrainingPreset>("--preset"),
            Task = task.Task,
            Variant = Given<TaskVariant>(parse, "--variant"),
            Mode = task.Mode,
            Length = Given<int>(parse, "--length"),
            MaxLength = task.MaxLength,
            Dataset = task.Dataset,
            SplitMode = task.SplitMode,
            CropLength = task.CropLength,
            BatchSize = task.BatchSize,
            NValues = task.NValues,
            NPos = task.NPos,
            InnerTask = task.InnerTask,
            ErrorThreshold = task.ErrorThreshold,
            ErrorKind = task.ErrorKind,
            Strict = task.Strict,
            Seed = Given<int>(parse, "--seed"),
            HiddenSize = parse.GetValue<int>("--hidden-size"),
            Activation = parse.GetValue<Activation?>("--activation"),
            InitPreset = parse.GetValue<InitPreset?>("--init-preset"),
            SpectralRadius = parse.GetValue<double>("--spectral-radius"),
            WRecInit = parse.GetValue<string?>("--w-rec-init"),
            WInInit = parse.GetValue<string?>("--w-in-init"),
            WOutInit = parse.GetValue<string?>("--w-out-init"),
            Precision = parse.GetValue<Precision>("--precision"),
            Direction = parse.GetValue<string>("--direction")!,
            Psi = parse.GetValue<double?>("--psi"),
            MaxCos = parse.GetValue<double>("--max-cos"),
            TrustThreshold = parse.GetValue<double>("--trust-threshold"),
            NoNormPreservation = parse.GetValue<bool>("--no-norm-preservation"),
            SeparateBlocks = parse.GetValue<bool>("--separate-blocks"),
            Keep = parse.GetValue<double>("--keep"),
            LbfgsMemory = parse.GetValue<int?>("--lbfgs-memory"),
            LbfgsScaling = parse.GetValue<bool>("--lbfgs-scaling"),
            DropoutInner = parse.GetValue<string>("--dropout-inner")!,
            DropoutRate = parse.GetValue<double?>("--dropout-rate"),
            StepRule = parse.GetValue<StepRuleKind>("--step-rule"),
            LearningRate = parse.GetValue<double?>("--learning-rate"),
            ClipThreshold = parse.GetValue<double?>("--clip-threshold"),
            ClipNorm = parse.GetValue<ClipNorm>("--clip-norm"),
            ClipThresholdMaxAbs = parse.GetValue<double>("--clip-threshold-max-abs"),
            NormalizedStep = parse.GetValue<bool>("--normalized-step"),
            IncreaseProbability = parse.GetValue<double>("--increase-probability"),
            IncreaseFactor = parse.GetValue<double>("--increase-factor"),
            DecreaseFactor = parse.GetValue<double>("--decrease-factor"),
            Tokens = parse.GetValue<int>("--tokens"),
            LossWindow = parse.GetValue<int>("--loss-window"),
            MeanHistory = parse.GetValue<int>("--mean-history"),
            CheckProbability = parse.GetValue<double>("--check-probability"),
            ArmijoInitialStep = parse.GetValue<double>("--armijo-initial-step"),
            ArmijoShrink = parse.GetValue<double>("--armijo-shrink"),
            ArmijoC1 = parse.GetValue<double>("--armijo-c1"),
            ArmijoMaxSteps = parse.GetValue<int>("--armijo-max-steps"),
            ArmijoWarmStart = parse.GetValue<bool>("--armijo-warm-start"),
            ArmijoSimplified = parse.GetValue<bool>("--armijo-simplified"),
            UpdateRule = parse.GetValue<UpdateRuleKind>("--update-rule"),
            Momentum = parse.GetValue<double>("--momentum"),
            MomentumSchedule = parse.GetValue<MomentumSchedule>("--momentum-schedule"),
            AveragingWindow = parse.GetValue<int>("--averaging-window"),
            OmegaWeight = parse.GetValue<double?>("--omega-weight"),
            OmegaDecay = parse.GetValue<bool>("--omega-decay"),
            OmegaNorm = parse.GetValue<OmegaNorm>("--omega-norm"),
            L1 = parse.GetValue<double>("--l1"),
            L2 = parse.GetValue<double>("--l2"),
            PenalizeBiases = parse.GetValue<bool>("--penalize-biases"),
            Growth = parse.GetValue<GrowthKind>("--growth"),
            GrowthMax = parse.GetValue<int>("--growth-max"),
            GrowthIncrement = parse.GetValue<int>("--growth-increment"),
            GrowthFrequency = parse.GetValue<int>("--growth-frequency"),
            NanPolicy = parse.GetValue<NanPolicy?>("--nan-policy"),
            BceEpsilon = parse.GetValue<double>("--bce-epsilon"),
            MaxIterations = parse.GetValue<long?>("--max-iterations"),
            CheckEvery = parse.GetValue<int?>("--check-every"),
            ValidationSize = parse.GetValue<int>("--validation-size"),
            Budget = parse.GetValue<double?>("--budget"),
            Patience = parse.GetValue<int?>("--patience"),
            TargetLoss = parse.GetValue<double?>("--target-loss"),
            MonitorTrain = parse.GetValue<bool?>("--monitor-train"),
            CheckpointPath = parse.GetValue<string?>("--checkpoint"),
            CheckpointEvery = parse.GetValue<int>("--checkpoint-every"),
            Resume = parse.GetValue<bool>("--resume"),
            Backend = parse.GetValue<BackendKind>("--backend"),
            Threads = parse.GetValue<int?>("--threads"),
        };
    }

    private static int Run(CommandContext context)
    {
        TrainingOptions options = BuildOptions(context.Parse);
        options.Validate();
        string? outPath = context.Value<string?>("--out");
        using ResultCsvWriter<TrainingRunRecord> summary = outPath is null
            ? ResultCsvWriter<TrainingRunRecord>.ToWriter(context.Output, new TrainingRunRecordMap())
            : ResultCsvWriter<TrainingRunRecord>.Open(outPath, new TrainingRunRecordMap(), ResultFileMode.Append);
        using var history = new TrainingHistoryFiles(context.Value<string?>("--history"), context.Value<string?>("--temporal"), options.Resume);
        TrainingRunRecord? run = null;
        new TrainingOperation().Run(options, context.Sink<TrainingRunRecord>(record =>
        {
            run = record;
            summary.Write(record);
        }), history, context.CancellationToken);
        return run!.Status switch
        {
            TrainingStatus.Cancelled => ExitCodes.Cancelled,
            TrainingStatus.Diverged => ExitCodes.Failed,
            TrainingStatus.Solved => ExitCodes.Ok,
            _ => context.Value<bool>("--require-success") ? ExitCodes.Failed : ExitCodes.Ok,
        };
    }

    /// <summary>The value of an option only when it was given on the command line (so the preset decides otherwise).</summary>
    private static T? Given<T>(ParseResult parse, string name)
        where T : struct =>
        parse.GetResult(name) is OptionResult { Implicit: false } ? parse.GetValue<T>(name) : null;

    private static IEnumerable<Option> ModelAndRuleOptions()
    {
        TrainingOptions d = Defaults;
        return
        [
            EnumOptions.Create("--preset", "Loop and defaults: galvan (Galvan's thesis loop) or pascanu (Pascanu et al. 2013: variant pascanu, lengths [50, 200), "
                + "init pascanu-smart-tanh, learning rate 0.01, omega weight 4, nan policy pascanu, batch 20, seed 52, 5,000,000 iterations, a check every 2000 "
                + "on fresh validation sets); explicit options win.", d.Preset),
            Int("--hidden-size", "n_h, the number of hidden units", d.HiddenSize),
            EnumOptions.Optional<Activation>("--activation", "Hidden activation (default: the init preset's, tanh for galvan)."),
            EnumOptions.Optional<InitPreset>("--init-preset", "Initialisation preset (default galvan; pascanu preset: pascanu-smart-tanh)."),
            NumberOptions.Double("--spectral-radius", "Spectral radius W_rec is rescaled to by the galvan presets.", d.SpectralRadius),
            new Option<string?>("--w-rec-init") { Description = "Override of W_rec's initialiser: name or name(param=value, ...), e.g. orthogonal(scale=1)." },
            new Option<string?>("--w-in-init") { Description = "Override of W_in's initialiser, e.g. xavier-normal." },
            new Option<string?>("--w-out-init") { Description = "Override of W_out's initialiser." },
            EnumOptions.Create("--precision", "Training precision: float32 (the thesis' GPU runs) or float64.", d.Precision),
            new Option<string>("--direction")
            {
                Description = $"Direction rule: {string.Join(", ", DirectionRuleFactory.Names)} or combined:<rule> with a rule of "
                    + $"{string.Join(", ", DirectionRuleFactory.CombiningRules)}.",
                DefaultValueFactory = _ => d.Direction,
            },
            NumberOptions.OptionalDouble("--psi", $"psi of switching (default {Text(DirectionOptions.TemporalOrderPsi)} for TemporalOrder, {Text(DirectionOptions.DefaultPsi)} otherwise; inf disables the norm test)."),
            NumberOptions.Double("--max-cos", "max_cos of simplex and switching.", d.MaxCos),
            NumberOptions.Double("--trust-threshold", "Row-normalisation trust threshold.", d.TrustThreshold),
            Switch("--no-norm-preservation", "Do not rescale combinations to the gradient's norm."),
            Switch("--separate-blocks", "Combine each variable block on its own (separate mode)."),
            NumberOptions.Double("--keep", "keep of reduced-simplex, in (0, 1].", d.Keep),
            new Option<int?>("--lbfgs-memory") { Description = "m, the pairs kept by lbfgs (required with it)." },
            Switch("--lbfgs-scaling", "lbfgs: gamma = s'y/y'y of the newest pair instead of 1."),
            new Option<string>("--dropout-inner") { Description = "Inner direction of dropout.", DefaultValueFactory = _ => d.DropoutInner },
            NumberOptions.OptionalDouble("--dropout-rate", "Rate of dropout, in [0, 1) (required with it)."),
            EnumOptions.Create("--step-rule", "Step rule.", d.StepRule),
            NumberOptions.OptionalDouble("--learning-rate", $"mu, the learning rate (default {Text(TrainingOptions.DefaultLearningRate)}; pascanu preset {Text(TrainingOptions.PascanuLearningRate)})."),
            NumberOptions.OptionalDouble("--clip-threshold", $"tau of clipping (default {Text(TrainingOptions.DefaultClipThreshold)}; Music {Text(TrainingOptions.MusicClipThreshold)})."),
            EnumOptions.Create("--clip-norm", "Norm tested by clipping: l2 or maxabs.", d.ClipNorm),
            NumberOptions.Double("--clip-threshold-max-abs", "tau_inf of two-threshold clipping.", d.ClipThresholdMaxAbs),
            Switch("--normalized-step", "constant rule: alpha = mu/||d||."),
            NumberOptions.Double("--increase-probability", "p_aug of the adaptive rules.", d.IncreaseProbability),
            NumberOptions.Double("--increase-factor", "beta_aug of the adaptive rules.", d.IncreaseFactor),
            NumberOptions.Double("--decrease-factor", "beta_less of the adaptive rules.", d.DecreaseFactor),
            Int("--tokens", "K of the adaptive step", d.Tokens),
            Int("--loss-window", "w of the adaptive step", d.LossWindow),
            Int("--mean-history", "s of the adaptive step", d.MeanHistory),
            NumberOptions.Double("--check-probability", "p_check of the probabilistic search.", d.CheckProbability),
            NumberOptions.Double("--armijo-initial-step", "s0 of Armijo.", d.ArmijoInitialStep),
            NumberOptions.Double("--armijo-shrink", "beta of Armijo.", d.ArmijoShrink),
            NumberOptions.Double("--armijo-c1", "c1 of Armijo.", d.ArmijoC1),
            Int("--armijo-max-steps", "max_steps of Armijo", d.ArmijoMaxSteps),
            Switch("--armijo-warm-start", "Armijo: start from the previous step / beta."),
            Switch("--armijo-simplified", "Armijo: c1 = 0 with strict decrease."),
            EnumOptions.Create("--update-rule", "Update rule.", d.UpdateRule),
            NumberOptions.Double("--momentum", "gamma of momentum, mu of nesterov.", d.Momentum),
            EnumOptions.Create("--momentum-schedule", "Momentum schedule.", d.MomentumSchedule),
            Int("--averaging-window", "t of averaging", d.AveragingWindow),
            NumberOptions.OptionalDouble("--omega-weight", $"alpha_Omega of Pascanu's regulariser (default 0; pascanu preset {Text(TrainingOptions.PascanuOmegaWeight)})."),
            Switch("--omega-decay", "alpha_Omega decays as alpha0/k, k = 1 + the checks done."),
            EnumOptions.Create("--omega-norm", "Norms in Omega: squared or plain.", d.OmegaNorm),
            NumberOptions.Double("--l1", "lambda_1 of the L1 penalty.", d.L1),
            NumberOptions.Double("--l2", "lambda_2 of the L2 penalty.", d.L2),
            Switch("--penalize-biases", "Penalise the biases too."),
            EnumOptions.Create("--growth", "Hidden-unit growth: none or incremental.", d.Growth),
            Int("--growth-max", "n_max of growth", d.GrowthMax),
            Int("--growth-increment", "Units added per growth", d.GrowthIncrement),
            Int("--growth-frequency", "Iterations between growths", d.GrowthFrequency),
            EnumOptions.Optional<NanPolicy>("--nan-policy", "Non-finite values: stop, galvan or pascanu (default stop; pascanu preset: pascanu)."),
            NumberOptions.Double("--bce-epsilon", "Music: Galvan's epsilon inside the BCE logarithms.", d.BceEpsilon),
        ];
    }

    private static IEnumerable<Option> LoopOptions()
    {
        TrainingOptions d = Defaults;
        return
        [
            new Option<long?>("--max-iterations")
            {
                Description = $"Iterations before status MaxIterations (default {TrainingOptions.DefaultMaxIterations}; pascanu preset {TrainingOptions.PascanuMaxIterations}).",
            },
            new Option<int?>("--check-every") { Description = $"Iterations between checks (default {TrainingOptions.DefaultCheckEvery}; pascanu preset {TrainingOptions.PascanuCheckEvery})." },
            Int("--validation-size", "Validation sequences (galvan: drawn once in batches of 2000; pascanu: fresh at every check in batches of 1000; Music evaluates the whole valid split)",
                d.ValidationSize),
            new Option<double?>("--budget")
            {
                Description = "Wall-clock limit: seconds, or a number with s, m or h (90m); status Budget (default none).",
                CustomParser = result => CommonOptions.Parse<double?>(result, "--budget", text => BudgetText.ParseSeconds(text, "--budget")),
            },
            new Option<int?>("--patience") { Description = "Checks without a new best validation figure before status Stalled (default none)." },
            NumberOptions.OptionalDouble("--target-loss", "Success when a check's validation loss is at most this (default none; tasks succeed by their error rule)."),
            new Option<bool?>("--monitor-train") { Description = "Music: evaluate the whole training split at every check (default true for Music)." },
            new Option<string?>("--checkpoint") { Description = "Checkpoint directory: checkpoint.json, current_model.json, best_model.json (default none)." },
            Int("--checkpoint-every", "Checks between checkpoints", d.CheckpointEvery),
            Switch("--resume", "Continue from the checkpoint in --checkpoint (a new run when there is none); --history is first truncated to its recorded rows."),
            CommonOptions.Backend(),
            CommonOptions.Threads(),
        ];
    }

    private static Option<int> Int(string name, string description, int value) =>
        new(name) { Description = description + ".", DefaultValueFactory = _ => value };

    private static Option<bool> Switch(string name, string description) => new(name) { Description = description };

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
