namespace RnnTools.Core.Training;

/// <summary>The monitors of one check, evaluated with the updated parameters.</summary>
/// <param name="ValidLoss">The validation loss (Music: the sequence-mean NLL per step).</param>
/// <param name="ValidError">The validation error (Music: the frame-weighted NLL per step).</param>
/// <param name="TrainLoss">Music with MonitorTrain: the sequence-mean NLL of the training split; else null.</param>
/// <param name="TrainLossFrameWeighted">Music with MonitorTrain: the frame-weighted NLL of the training split; else null.</param>
internal readonly record struct MonitorResult(double ValidLoss, double ValidError, double? TrainLoss, double? TrainLossFrameWeighted);
