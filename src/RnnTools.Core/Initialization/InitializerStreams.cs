using RnnTools.Core.Random;

namespace RnnTools.Core.Initialization;

/// <summary>
/// Hands out the NumPy-compatible streams of a model's initialisers (training.md §5: each initialiser owns a stream
/// seeded with its seed) and remembers them, in the order they were opened, so a checkpoint can capture them and a
/// restore can hand the same states back to initialisers built again in the same order.
/// </summary>
public sealed class InitializerStreams
{
    private readonly List<NumpyRandomState> opened = [];
    private readonly Queue<NumpyRandomStateSnapshot> replay;

    /// <summary>Creates a set whose streams start fresh from their seeds.</summary>
    public InitializerStreams()
        : this([])
    {
    }

    private InitializerStreams(IEnumerable<NumpyRandomStateSnapshot> snapshots)
    {
        replay = new Queue<NumpyRandomStateSnapshot>(snapshots);
    }

    /// <summary>The number of captured states not yet handed back by <see cref="Open"/> (0 once a restore is complete).</summary>
    public int PendingRestores => replay.Count;

    /// <summary>A set that hands back the captured states, in order, instead of fresh streams.</summary>
    public static InitializerStreams Restore(IEnumerable<NumpyRandomStateSnapshot> snapshots) => new(snapshots);

    /// <summary>A new stream seeded with <paramref name="seed"/> (or the next captured state when restoring).</summary>
    public NumpyRandomState Open(uint seed)
    {
        NumpyRandomState stream = replay.Count > 0 ? NumpyRandomState.Restore(replay.Dequeue()) : new NumpyRandomState(seed);
        opened.Add(stream);
        return stream;
    }

    /// <summary>The current state of every stream opened so far, in opening order (for checkpoints).</summary>
    public IReadOnlyList<NumpyRandomStateSnapshot> Capture() => [.. opened.Select(stream => stream.Snapshot())];
}
