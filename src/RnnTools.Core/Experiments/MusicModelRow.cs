namespace RnnTools.Core.Experiments;

/// <summary>One model of galvan-tab4-3: the best model of a MuseData run evaluated on the test and training splits (full mode).</summary>
/// <param name="HiddenSize">n_h.</param>
/// <param name="BestIteration">The iteration of the best check (lowest validation loss).</param>
/// <param name="ValidSeqMean">Its validation NLL per step, sequence mean (the monitored figure).</param>
/// <param name="TestSeqMean">Test NLL per step, mean over sequences (Galvan's figure).</param>
/// <param name="TrainSeqMean">Training NLL per step, mean over sequences.</param>
/// <param name="TestFrameWeighted">Test NLL per step, frame-weighted.</param>
/// <param name="TrainFrameWeighted">Training NLL per step, frame-weighted.</param>
/// <param name="Iterations">Iterations the run trained.</param>
public sealed record MusicModelRow(int HiddenSize, long? BestIteration, double ValidSeqMean, double TestSeqMean, double TrainSeqMean, double TestFrameWeighted,
    double TrainFrameWeighted, long Iterations);
