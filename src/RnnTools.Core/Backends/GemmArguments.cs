namespace RnnTools.Core.Backends;

/// <summary>Checks GEMM shapes and buffer lengths before any native call, so a wrong call fails in managed code.</summary>
internal static class GemmArguments
{
    /// <summary>Throws <see cref="ArgumentException"/> when the dimensions, leading dimensions or buffer lengths do not fit.</summary>
    public static void Validate(Transpose transA, Transpose transB, int m, int n, int k, int lda, int lengthA, int ldb,
        int lengthB, int ldc, int lengthC)
    {
        if (m < 0 || n < 0 || k < 0)
        {
            throw new ArgumentException($"GEMM dimensions must be non-negative (m={m}, n={n}, k={k}).");
        }

        (int rowsA, int colsA) = transA == Transpose.NoTrans ? (m, k) : (k, m);
        (int rowsB, int colsB) = transB == Transpose.NoTrans ? (k, n) : (n, k);
        Check("A", rowsA, colsA, lda, lengthA);
        Check("B", rowsB, colsB, ldb, lengthB);
        Check("C", m, n, ldc, lengthC);
    }

    /// <summary>The number of elements a stored [rows × cols] operand with leading dimension ld occupies.</summary>
    public static long Extent(int rows, int cols, int ld) => rows == 0 || cols == 0 ? 0 : ((long)(rows - 1) * ld) + cols;

    private static void Check(string name, int rows, int cols, int ld, int length)
    {
        if (ld < Math.Max(1, cols))
        {
            throw new ArgumentException($"GEMM leading dimension of {name} ({ld}) is smaller than its {cols} columns.");
        }

        if (Extent(rows, cols, ld) > length)
        {
            throw new ArgumentException(
                $"GEMM operand {name} [{rows} x {cols}, ld {ld}] needs {Extent(rows, cols, ld)} elements; the buffer has {length}.");
        }
    }
}
