using System.Numerics;
using RnnTools.Core.Engine;

namespace RnnTools.Core.Training;

/// <summary>What a check evaluates (training.md §13.1 step 6): forward passes only, on the monitor's batches.</summary>
/// <typeparam name="T">float or double.</typeparam>
internal interface IValidationMonitor<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>The validation data in words (the summary's <c>DatasetDescription</c>).</summary>
    string Description { get; }

    /// <summary>Evaluates the monitors at <paramref name="parameters"/> with the engine's forward pass.</summary>
    MonitorResult Evaluate(RnnEngine<T> engine, ReadOnlySpan<T> parameters);
}
