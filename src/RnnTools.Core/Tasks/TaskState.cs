using RnnTools.Core.Random;

namespace RnnTools.Core.Tasks;

/// <summary>
/// The complete state of a task: the snapshots of every random stream it owns, in a fixed order. Restoring it makes
/// the task continue bit-identically (checkpoints, training.md §13.5).
/// </summary>
/// <param name="Streams">One snapshot per stream, in the task's own order.</param>
public sealed record TaskState(IReadOnlyList<NumpyRandomStateSnapshot> Streams);
