using System.Globalization;
using RnnTools.Core.Backends;
using RnnTools.Core.Datasets;
using RnnTools.Core.Engine;
using RnnTools.Core.Model;

namespace RnnTools.Core.Training;

/// <summary>
/// The NLL of a trained music model (88 inputs, 88 logistic outputs) on the sequences of a split, in double precision on
/// one backend: how <c>dataset info --model</c> and galvan-tab4-3 score a best model on the test and training splits.
/// </summary>
internal sealed class MusicModelScorer
{
    private readonly RnnModel<double> model;
    private readonly MusicNll<double> nll;

    /// <summary>Creates the scorer of a model that <see cref="Mismatch"/> accepts.</summary>
    public MusicModelScorer(RnnModel<double> model, IComputeBackend backend)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(backend);
        this.model = model;
        Backend = backend;
        nll = new MusicNll<double>(new RnnEngine<double>(backend, EngineConfiguration.For(model)));
    }

    /// <summary>The backend of the forward passes.</summary>
    public IComputeBackend Backend { get; }

    /// <summary>Why a model cannot be scored on music (its sizes and output function), or null when it can.</summary>
    public static string? Mismatch(RnnModel<double> model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.Shape.InputSize == PianoRoll.Keys && model.Shape.OutputSize == PianoRoll.Keys && model.OutputFunction == OutputFunction.Logistic
            ? null
            : string.Create(CultureInfo.InvariantCulture,
                $"the model has n_in = {model.Shape.InputSize}, n_out = {model.Shape.OutputSize} and {model.OutputFunction} outputs; a music model has {PianoRoll.Keys} inputs and {PianoRoll.Keys} logistic outputs.");
    }

    /// <summary>The NLL per predicted step over the sequences, as the sequence mean and frame-weighted.</summary>
    public NllAggregator Measure(IReadOnlyList<int[][]> sequences) => nll.Measure(model.Parameters, sequences);
}
