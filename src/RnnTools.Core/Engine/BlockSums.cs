using System.Numerics;
using System.Runtime.InteropServices;

namespace RnnTools.Core.Engine;

/// <summary>Column sums of a row-major block, the per-step bias components Σ_b δ_{t,b} and Σ_b ε_{t,b}.</summary>
internal static class BlockSums
{
    /// <summary>destination[j] = Σ_i block[i·width + j] over <paramref name="rows"/> rows.</summary>
    public static void Columns<T>(ReadOnlySpan<T> block, int rows, int width, Span<T> destination)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        destination[..width].Clear();
        ref T target = ref MemoryMarshal.GetReference(destination);
        ref T source = ref MemoryMarshal.GetReference(block);
        int lanes = Vector<T>.Count;
        for (int i = 0; i < rows; i++)
        {
            nuint row = (nuint)(i * width);
            int j = 0;
            for (; j + lanes <= width; j += lanes)
            {
                (Vector.LoadUnsafe(ref target, (nuint)j) + Vector.LoadUnsafe(ref source, row + (nuint)j)).StoreUnsafe(ref target, (nuint)j);
            }

            for (; j < width; j++)
            {
                destination[j] += block[(int)row + j];
            }
        }
    }
}
