namespace RnnTools.Core.Tasks;

/// <summary>How music training batches are built (tasks.md §5.3).</summary>
public enum SplitMode
{
    /// <summary>Seeded random crops of one common length, at most <c>CropLength</c> steps.</summary>
    Split,

    /// <summary>Whole sequences, zero-padded to the longest, masked on their real steps.</summary>
    Full,
}
