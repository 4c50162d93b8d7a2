using System.Globalization;
using System.Numerics;
using System.Numerics.Tensors;
using RnnTools.Core.Backends;
using RnnTools.Core.Datasets;
using RnnTools.Core.Diagnostics;
using RnnTools.Core.Directions;
using RnnTools.Core.Engine;
using RnnTools.Core.Errors;
using RnnTools.Core.Gradients;
using RnnTools.Core.Growth;
using RnnTools.Core.Initialization;
using RnnTools.Core.Model;
using RnnTools.Core.Operations;
using RnnTools.Core.Regularization;
using RnnTools.Core.Steps;
using RnnTools.Core.Tasks;
using RnnTools.Core.Updates;

namespace RnnTools.Core.Training;

/// <summary>
/// One training run in precision T (training.md §13): the loop of minibatch iterations (growth, batch, forward and
/// backward, regularisers, direction, step, update, non-finite checks), the checks every <c>CheckEvery</c> iterations
/// (monitors after the update, spectrum, best model, stop criteria, history rows) and the checkpoints. Every buffer of
/// an iteration is allocated once (again only when the network grows); a resumed run continues bit-identically.
/// </summary>
/// <typeparam name="T">float (the default) or double.</typeparam>
internal sealed class TrainingRun<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private const double PascanuGuardNorm = 1e10;
    private const double PascanuShrink = 0.02;

    private readonly TrainingOptions options;
    private readonly IOperationSink<TrainingRunRecord> sink;
    private readonly ITrainingHistory? history;
    private readonly TimeProvider clock;
    private readonly IComputeBackend backend;
    private readonly CheckpointStore? store;
    private readonly ISequenceTask task;
    private readonly TaskDescription description;
    private readonly IValidationMonitor<T> monitor;
    private readonly ModelInitializer initializer;
    private readonly IDirectionRule<T> direction;
    private readonly IStepRule<T> step;
    private readonly IUpdateRule<T> update;
    private readonly WeightPenalty penalty;
    private readonly GrowthPolicy growth;
    private readonly HyperParameterValues columns;
    private readonly RunProgress progress;
    private readonly List<CheckRecord> checks = [];
    private readonly NanPolicy nanPolicy;
    private readonly long maxIterations;
    private readonly int checkEvery;
    private readonly int batchSize;
    private readonly double omegaWeight;
    private readonly string activity;
    private readonly double elapsedBase;
    private readonly long processStart;
    private readonly long firstIteration;
    private RnnModel<T> model;
    private RnnModel<T>? best;
    private RnnEngine<T> engine = null!;
    private TrialLossProbe<T> probe = null!;
    private T[] next = [], point = [], total = [], regularization = [], directionVector = [], omegaGradient = [], trial = [];
    private long blockStart;
    private long blockIterations;

    /// <summary>Sets the run up: the task (and Galvan's fixed validation set), the model, the engine and the rules; from a checkpoint when one is given.</summary>
    public TrainingRun(TrainingOptions resolved, IComputeBackend backend, PolyphonicDataset? dataset, CheckpointStore? store, TrainingCheckpoint? checkpoint,
        IOperationSink<TrainingRunRecord> sink, ITrainingHistory? history, TimeProvider clock)
    {
        options = resolved;
        this.backend = backend;
        this.store = store;
        this.sink = sink;
        this.history = history;
        this.clock = clock;
        nanPolicy = resolved.NanPolicy!.Value;
        maxIterations = resolved.MaxIterations!.Value;
        checkEvery = resolved.CheckEvery!.Value;
        batchSize = resolved.BatchSize!.Value;
        omegaWeight = resolved.OmegaWeight!.Value;
        activity = string.Create(CultureInfo.InvariantCulture, $"train Seed={resolved.Seed}");

        task = SequenceTaskFactory.Create(resolved.ForTask(), dataset);
        description = task.Description;
        monitor = dataset is not null
            ? new MusicValidation<T>(dataset, resolved.MonitorTrain!.Value)
            : new TaskValidation<T>(task, resolved.ValidationSize, resolved.Preset == TrainingPreset.Galvan ? 2000 : 1000, fresh: resolved.Preset == TrainingPreset.Pascanu);
        InitializationOptions initialization = resolved.ForInitialization() with
        {
            OutputBias = resolved.InitPreset == InitPreset.Sutskever2013 ? TargetMeans.OfFirstBatch(task, batchSize) : [],
        };
        initializer = checkpoint is null
            ? ModelInitializer.Create(initialization)
            : ModelInitializer.Restore(initialization, checkpoint.InitializerStreams);
        direction = DirectionRuleFactory.Create<T>(resolved.ForDirection());
        step = StepRuleFactory.Create<T>(resolved.ForStep());
        update = UpdateRuleFactory.Create<T>(resolved.ForUpdate());
        penalty = new WeightPenalty(resolved.ForPenalty());
        growth = new GrowthPolicy(resolved.ForGrowth());
        columns = new HyperParameterValues(resolved, initializer.Activation, backend.Kind, backend.Threads);

        if (checkpoint is null)
        {
            model = initializer.Generate(Shape(resolved.HiddenSize), description.OutputFunction).Convert<T>();
            progress = new RunProgress();
            SpectralStatistics initial = SpectralStatistics.Compute<T>(model.WRec, model.Shape.HiddenSize);
            (progress.InitialRho, progress.InitialMaxSingular, progress.InitialMinSingular, progress.InitialSingularVar) =
                (initial.Rho, initial.MaxSingular, initial.MinSingular, initial.SingularVar);
        }
        else
        {
            task.RestoreState(new TaskState(checkpoint.TaskStreams));
            model = Model(checkpoint.HiddenSize, checkpoint.Parameters);
            best = checkpoint.BestParameters is { } bestParameters ? Model(checkpoint.BestHiddenSize, bestParameters) : null;
            direction.RestoreState(checkpoint.Direction.ToState());
            step.RestoreState(checkpoint.Step.ToState());
            update.RestoreState(checkpoint.Update.ToState());
            progress = checkpoint.Progress;
            history?.Rewind(checkpoint.History);
        }

        Build();
        elapsedBase = progress.ElapsedSeconds;
        firstIteration = progress.NextIteration;
        processStart = clock.GetTimestamp();
        blockStart = processStart;
    }

    /// <summary>Runs to a status, writes the final checkpoint and returns the summary.</summary>
    public TrainingRunRecord Run(CancellationToken cancellationToken)
    {
        if (store is not null && progress.NextIteration == 0)
        {
            WriteCheckpoint(null);
        }

        TrainingStatus status;
        string? reason = null;
        long? divergedAt = null;
        long i = progress.NextIteration, iterations, updates;
        while (true)
        {
            if (i >= maxIterations)
            {
                (status, iterations, updates, reason) = (TrainingStatus.MaxIterations, i, i, string.Create(CultureInfo.InvariantCulture, $"limit of {maxIterations} iterations"));
                break;
            }

            Grow(i);
            Batch batch = task.NextBatch(batchSize);
            IterationOutcome outcome = Iterate(i, batch);
            if (outcome.NonFinite is { } quantity)
            {
                (status, reason, divergedAt, iterations, updates) = (TrainingStatus.Diverged, quantity, i, i, i);
                sink.Warning(string.Create(CultureInfo.InvariantCulture, $"the run diverged at iteration {i}: non-finite {quantity}; the update was not applied."));
                break;
            }

            blockIterations++;
            bool isCheck = IsCheck(i);
            TrainingStatus? stop = null;
            if (isCheck)
            {
                (stop, reason) = Check(i, batch, outcome);
                divergedAt = stop == TrainingStatus.Diverged ? progress.FirstNonFiniteIteration ?? i : null;
            }

            task.Recycle(batch);

            // The stop criteria in the order of §13.1: success and divergence (at a check), then the limits, then cancellation.
            stop ??= i + 1 >= maxIterations ? TrainingStatus.MaxIterations
                : options.Budget is { } budget && Elapsed() > budget ? TrainingStatus.Budget
                : isCheck && options.Patience is { } patience && progress.ChecksSinceBest >= patience ? TrainingStatus.Stalled
                : cancellationToken.IsCancellationRequested ? TrainingStatus.Cancelled
                : null;
            progress.NextIteration = i + 1;
            if (stop is { } final)
            {
                (status, iterations, updates) = (final, final == TrainingStatus.MaxIterations ? i + 1 : i, i + 1);
                reason ??= final switch
                {
                    TrainingStatus.Solved => options.TargetLoss is { } target && !(description.Success?.IsMet(progress.LastValidError) ?? false)
                        ? string.Create(CultureInfo.InvariantCulture, $"validation loss <= {target}")
                        : $"validation {description.Success}",
                    TrainingStatus.MaxIterations => string.Create(CultureInfo.InvariantCulture, $"limit of {maxIterations} iterations"),
                    TrainingStatus.Budget => string.Create(CultureInfo.InvariantCulture, $"budget of {options.Budget} s"),
                    TrainingStatus.Stalled => string.Create(CultureInfo.InvariantCulture, $"no new best in {options.Patience} checks"),
                    _ => "cancelled",
                };
                break;
            }

            if (isCheck && store is not null && progress.Checks % options.CheckpointEvery == 0)
            {
                WriteCheckpoint(null);
            }

            i++;
        }

        if (store is not null)
        {
            WriteCheckpoint(status);
        }

        return Summary(status, iterations, updates, divergedAt, reason);
    }

    private RnnShape Shape(int hiddenSize) => new(description.InputSize, hiddenSize, description.OutputSize);

    private RnnModel<T> Model(int hiddenSize, double[] parameters) =>
        new(Shape(hiddenSize), initializer.Activation, description.OutputFunction, 1.0, [.. parameters.Select(T.CreateTruncating)]);

    /// <summary>(Re)creates the engine and the per-iteration buffers for the current shape.</summary>
    private void Build()
    {
        RnnShape shape = model.Shape;
        engine = new RnnEngine<T>(backend, new EngineConfiguration(shape, model.Activation, description.OutputFunction, description.LossKind)
        {
            BceEpsilon = options.BceEpsilon,
        });
        int p = shape.ParameterCount;
        next = new T[p];
        point = new T[p];
        total = new T[p];
        regularization = new T[p];
        directionVector = new T[p];
        trial = new T[p];
        omegaGradient = new T[shape.WRecLength];
        probe = new TrialLossProbe<T>(engine, penalty, point, directionVector, trial);
    }

    private void Grow(long iteration)
    {
        if (growth.NextHiddenSize(iteration, model.Shape.HiddenSize) is not { } size)
        {
            return;
        }

        model = ModelGrowth.Grow(model, initializer, size);
        direction.Reset();
        step.Reset();
        update.Reset();
        Build();
        sink.Verbose(GrowthPolicy.Describe(size));
    }

    private bool IsCheck(long iteration) => iteration % checkEvery == 0 && (options.Preset == TrainingPreset.Galvan || iteration > 0);

    /// <summary>One iteration at θ: evaluation, regularisers, direction, step and update, with the non-finite checks of §13.3.</summary>
    private IterationOutcome Iterate(long iteration, Batch batch)
    {
        RnnShape shape = model.Shape;
        T[] theta = model.Parameters;
        update.LookAhead(theta, point);
        TemporalGradient<T> gradient = engine.Evaluate(point, batch, temporalNorms: IsCheck(iteration));
        double loss = gradient.Loss, gradNorm = gradient.GradientNorm;
        OmegaResult omega = new(0, 0, 0);
        double alpha = OmegaAlpha();
        bool regularized = alpha > 0 || penalty.IsActive;
        ReadOnlySpan<T> totalGradient = gradient.Gradient;
        if (regularized)
        {
            Array.Clear(regularization);
            if (alpha > 0)
            {
                omega = gradient.Omega(options.OmegaNorm, omegaGradient);
                TensorPrimitives.Multiply(omegaGradient, T.CreateTruncating(alpha), regularization.AsSpan(0, shape.WRecLength));
            }

            penalty.AddGradient<T>(point, shape, regularization);
            TensorPrimitives.Add(gradient.Gradient, regularization, total);
            totalGradient = total;
        }

        double penaltyValue = penalty.IsActive ? penalty.Value<T>(point, shape) : 0;
        double totalNorm = regularized ? double.CreateTruncating(TensorPrimitives.Norm(totalGradient)) : gradNorm;
        progress.Accumulate(loss, gradNorm, omega.Omega, omega.StepsInPast);
        var outcome = new IterationOutcome(gradient, loss, gradNorm, penaltyValue, alpha, default, 0, null);

        if (nanPolicy == NanPolicy.Pascanu && (!double.IsFinite(loss) || !double.IsFinite(totalNorm) || totalNorm > PascanuGuardNorm))
        {
            // Pascanu's guard (§11.2): no update; W_rec ← W_rec − lr·0.02·W_rec.
            TensorPrimitives.Multiply(model.WRec, T.CreateTruncating(1 - (options.LearningRate!.Value * PascanuShrink)), model.WRec);
            return outcome with { Direction = new DirectionInfo { DirNorm = double.NaN, DirCos = double.NaN } };
        }

        if (Fatal(iteration, !double.IsFinite(loss), "loss") || Fatal(iteration, !double.IsFinite(totalNorm), "gradient"))
        {
            return outcome with { NonFinite = !double.IsFinite(loss) ? "loss" : "gradient" };
        }

        ReadOnlySpan<T> r = regularized ? regularization : [];
        DirectionInfo info = direction.Compute(new DirectionInput<T>(gradient, totalGradient, r, point), directionVector);
        outcome = outcome with { Direction = info };
        if (Fatal(iteration, !double.IsFinite(info.DirNorm), "direction"))
        {
            return outcome with { NonFinite = "direction" };
        }

        double stepSize = step.Step(new StepInput<T>(directionVector, totalGradient, loss + penaltyValue, probe.On(batch))).StepSize;
        outcome = outcome with { StepSize = stepSize };
        if (Fatal(iteration, !double.IsFinite(stepSize), "step"))
        {
            return outcome with { NonFinite = "step" };
        }

        update.Update(shape, theta, directionVector, stepSize, next);
        if (Fatal(iteration, !AllFinite(next), "parameters"))
        {
            return outcome with { NonFinite = "parameters" };
        }

        next.CopyTo(theta, 0);
        return outcome;
    }

    /// <summary>
    /// Whether a non-finite <paramref name="quantity"/> ends the run now (policies stop and pascanu). Under the galvan
    /// policy the first one is recorded and reported, and the iteration goes on.
    /// </summary>
    private bool Fatal(long iteration, bool nonFinite, string quantity)
    {
        if (!nonFinite)
        {
            return false;
        }

        if (nanPolicy != NanPolicy.Galvan)
        {
            return true;
        }

        if (progress.FirstNonFiniteIteration is null)
        {
            (progress.FirstNonFiniteIteration, progress.FirstNonFiniteQuantity) = (iteration, quantity);
            sink.Warning(string.Create(CultureInfo.InvariantCulture,
                $"non-finite {quantity} at iteration {iteration}; NanPolicy galvan applies the update and stops at the next check."));
        }

        return false;
    }

    private double OmegaAlpha() => options.OmegaDecay ? omegaWeight / (1 + progress.Checks) : omegaWeight;

    /// <summary>A check (§13.1 step 6): training statistics of this iteration, monitors after the update, spectrum, best model, record, stop criteria.</summary>
    private (TrainingStatus? Status, string? Reason) Check(long iteration, Batch batch, IterationOutcome outcome)
    {
        int index = progress.Checks;
        TemporalGradient<T> gradient = outcome.Gradient;
        double gVar = gradient.GVar, dotsVar = gradient.DotsVar;
        IReadOnlyList<TemporalStepRecord> steps = history is { RecordsSteps: true } ? StepRecords(index, iteration, gradient) : [];

        long evalStart = clock.GetTimestamp();
        MonitorResult monitors = monitor.Evaluate(engine, model.Parameters);
        double evalSeconds = clock.GetElapsedTime(evalStart).TotalSeconds;
        SpectralStatistics spectrum = SpectralStatistics.Compute<T>(model.WRec, model.Shape.HiddenSize);

        bool improved = BestModelRule.Improves(description.Name == TaskName.Music, monitors.ValidError, monitors.ValidLoss, progress.BestValidError, progress.BestValidLoss);
        if (improved)
        {
            best = model.Clone();
            (progress.BestValidError, progress.BestValidLoss, progress.BestIteration, progress.ChecksSinceBest) =
                (monitors.ValidError, monitors.ValidLoss, iteration, 0);
        }
        else
        {
            progress.ChecksSinceBest++;
        }

        progress.MinValidError = double.IsNaN(progress.MinValidError) || monitors.ValidError < progress.MinValidError ? monitors.ValidError : progress.MinValidError;
        (progress.LastValidError, progress.LastValidLoss) = (monitors.ValidError, monitors.ValidLoss);

        double blockSeconds = clock.GetElapsedTime(blockStart).TotalSeconds;
        long window = Math.Max(1, progress.WindowIterations);
        Provenance provenance = Provenance.Of(backend, clock);
        CheckRecord record = columns.ApplyTo(new CheckRecord
        {
            Check = index,
            Iteration = iteration,
            Updates = iteration + 1,
            ElapsedSeconds = Elapsed(),
            BlockSeconds = blockSeconds,
            EvalSeconds = evalSeconds,
            MsPerIteration = 1000 * (blockSeconds - evalSeconds) / Math.Max(1, blockIterations),
            BatchLength = batch.Length,
            TrainLoss = outcome.Loss,
            GradNorm = outcome.GradNorm,
            TrainLossAvg = progress.WindowLoss / window,
            GradNormAvg = progress.WindowGradNorm / window,
            DirNorm = outcome.Direction.DirNorm,
            DirCos = outcome.Direction.DirCos,
            Switched = outcome.Direction.Switched,
            StepSize = outcome.StepSize,
            DbGNorm = outcome.Direction.DbGNorm,
            EquiCos = outcome.Direction.EquiCos,
            ValidLoss = monitors.ValidLoss,
            ValidError = monitors.ValidError,
            ValidErrorBest = progress.MinValidError,
            TrainMonitorLoss = monitors.TrainLoss,
            TrainMonitorLossFrameWeighted = monitors.TrainLossFrameWeighted,
            Rho = spectrum.Rho,
            MaxSingular = spectrum.MaxSingular,
            MinSingular = spectrum.MinSingular,
            SingularVar = spectrum.SingularVar,
            GVar = gVar,
            DotsVar = dotsVar,
            Omega = omegaWeight > 0 ? progress.WindowOmega / window : null,
            OmegaAlpha = omegaWeight > 0 ? outcome.OmegaAlpha : null,
            StepsInPast = omegaWeight > 0 ? progress.WindowStepsInPast / window : null,
            Penalty = outcome.Penalty,
            CurrentHiddenSize = model.Shape.HiddenSize,
            BackendDescription = provenance.BackendDescription,
            ToolVersion = provenance.ToolVersion,
            GitCommit = provenance.GitCommit,
            Timestamp = provenance.Timestamp,
        });
        progress.Checks = index + 1;
        progress.ResetWindow();
        checks.Add(record);
        history?.Write(record, steps);
        if (store is not null)
        {
            store.WriteCurrentModel(Stored(model, iteration));
            if (improved)
            {
                store.WriteBestModel(Stored(best!, iteration));
            }
        }

        Report(record);
        blockStart = clock.GetTimestamp();
        blockIterations = 0;

        bool solved = (description.Success is { } success && success.IsMet(monitors.ValidError))
            || (options.TargetLoss is { } target && monitors.ValidLoss <= target);
        return solved ? (TrainingStatus.Solved, null)
            : !spectrum.IsFinite ? (TrainingStatus.Diverged, progress.FirstNonFiniteQuantity ?? "parameters")
            : (null, null);
    }

    private static IReadOnlyList<TemporalStepRecord> StepRecords(int check, long iteration, TemporalGradient<T> gradient)
    {
        ReadOnlySpan<double> full = gradient.Norms, cos = gradient.Cosines;
        ReadOnlySpan<double> wRec = gradient.BlockNorms(VariableBlock.WRec), wIn = gradient.BlockNorms(VariableBlock.WIn),
            bRec = gradient.BlockNorms(VariableBlock.BRec), wOut = gradient.BlockNorms(VariableBlock.WOut), bOut = gradient.BlockNorms(VariableBlock.BOut);
        var rows = new TemporalStepRecord[gradient.Steps];
        for (int t = 0; t < rows.Length; t++)
        {
            rows[t] = new TemporalStepRecord(check, iteration, t, full[t], wRec[t], wIn[t], bRec[t], wOut[t], bOut[t], cos[t]);
        }

        return rows;
    }

    private void Report(CheckRecord record)
    {
        long totalChecks = options.Preset == TrainingPreset.Galvan ? ((maxIterations - 1) / checkEvery) + 1 : (maxIterations - 1) / checkEvery;
        double perIteration = (Elapsed() - elapsedBase) / Math.Max(1, record.Iteration + 1 - firstIteration);
        sink.Report(new ProgressUpdate(activity,
            string.Create(CultureInfo.InvariantCulture, $"check {record.Check + 1}/{totalChecks} loss={record.ValidLoss:F4} err={record.ValidError:G4}"),
            record.Iteration + 1, maxIterations, TimeSpan.FromSeconds(perIteration * (maxIterations - record.Iteration - 1)), Milestone: true));
    }

    private double Elapsed() => elapsedBase + clock.GetElapsedTime(processStart).TotalSeconds;

    private StoredModel Stored(RnnModel<T> network, long iteration) =>
        StoredModel.From(network, new ModelMetadata(options.Seed, description.Name.ToString(), iteration));

    private void WriteCheckpoint(TrainingStatus? status)
    {
        progress.ElapsedSeconds = Elapsed();
        HistoryPosition position = history?.Position ?? HistoryPosition.Start;
        store!.Write(new TrainingCheckpoint
        {
            Options = OptionsFingerprint.Of(options),
            Status = status,
            Progress = progress,
            HistoryRows = position.CheckRows,
            TemporalRows = position.TemporalRows,
            HiddenSize = model.Shape.HiddenSize,
            Parameters = Doubles(model.Parameters),
            BestHiddenSize = best?.Shape.HiddenSize ?? 0,
            BestParameters = best is null ? null : Doubles(best.Parameters),
            Direction = RuleStateData.From(direction.CaptureState()),
            Step = RuleStateData.From(step.CaptureState()),
            Update = RuleStateData.From(update.CaptureState()),
            TaskStreams = [.. task.CaptureState().Streams],
            InitializerStreams = [.. initializer.CaptureStreams()],
        });
        progress.ElapsedSeconds = elapsedBase;
    }

    private TrainingRunRecord Summary(TrainingStatus status, long iterations, long updates, long? divergedAt, string? reason)
    {
        if (store is not null)
        {
            store.WriteCurrentModel(Stored(model, iterations));
        }

        double elapsed = Elapsed();
        Provenance provenance = Provenance.Of(backend, clock);
        sink.Report(new ProgressUpdate(activity, $"{status} at iteration {iterations.ToString(CultureInfo.InvariantCulture)}", updates, maxIterations, TimeSpan.Zero,
            Milestone: true, Completed: true));
        return columns.ApplyTo(new TrainingRunRecord
        {
            Status = status,
            Iterations = iterations,
            Updates = updates,
            DivergedAt = divergedAt,
            Reason = reason,
            BestValidError = progress.BestValidError,
            BestValidLoss = progress.BestValidLoss,
            BestIteration = progress.BestIteration,
            FinalValidError = progress.LastValidError,
            FinalValidLoss = progress.LastValidLoss,
            Checks = progress.Checks,
            ElapsedSeconds = elapsed,
            MsPerIteration = 1000 * (elapsed - elapsedBase) / Math.Max(1, updates - firstIteration),
            DatasetDescription = monitor.Description,
            InitialRho = progress.InitialRho,
            InitialMaxSingular = progress.InitialMaxSingular,
            InitialMinSingular = progress.InitialMinSingular,
            InitialSingularVar = progress.InitialSingularVar,
            InputSize = description.InputSize,
            OutputSize = description.OutputSize,
            OutputFunction = description.OutputFunction,
            ParameterCount = model.Shape.ParameterCount,
            BackendDescription = provenance.BackendDescription,
            ToolVersion = provenance.ToolVersion,
            GitCommit = provenance.GitCommit,
            Timestamp = provenance.Timestamp,
            History = new CheckHistory(checks),
        });
    }

    private static bool AllFinite(ReadOnlySpan<T> values) => values.IsEmpty || T.IsFinite(TensorPrimitives.MaxMagnitude(values));

    private static double[] Doubles(T[] values) => [.. values.Select(double.CreateTruncating)];

    /// <summary>What one iteration produced (for its check record).</summary>
    private readonly record struct IterationOutcome(TemporalGradient<T> Gradient, double Loss, double GradNorm, double Penalty, double OmegaAlpha,
        DirectionInfo Direction, double StepSize, string? NonFinite);
}
