namespace RnnTools.Core.Engine;

/// <summary>Grows preallocated buffers when a larger batch arrives; never shrinks them.</summary>
internal static class Workspace
{
    /// <summary>Replaces <paramref name="array"/> by a new one when it holds fewer than <paramref name="length"/> items.</summary>
    public static TItem[] Ensure<TItem>(ref TItem[] array, long length)
    {
        if (array.LongLength < length)
        {
            array = new TItem[length];
        }

        return array;
    }
}
