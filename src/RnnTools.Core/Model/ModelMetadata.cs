namespace RnnTools.Core.Model;

/// <summary>The optional <c>meta</c> object of a model file (training.md §15); every field may be absent.</summary>
/// <param name="Seed">The run seed the model was initialised or trained with.</param>
/// <param name="Task">The task it was trained on.</param>
/// <param name="Iteration">The training iteration at save time.</param>
/// <param name="Initialization">A description of the initialisation (e.g. <c>galvan(spectral_radius=1.2)</c>).</param>
/// <param name="Statistics">Named statistics at save time (e.g. <c>ValidError</c>); empty when none.</param>
public sealed record ModelMetadata(long? Seed = null, string? Task = null, long? Iteration = null, string? Initialization = null,
    IReadOnlyDictionary<string, double>? Statistics = null)
{
    /// <summary>No metadata.</summary>
    public static ModelMetadata None { get; } = new();
}
