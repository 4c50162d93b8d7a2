using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace RnnTools.Core.Backends;

/// <summary>
/// The managed GEMM kernel: four rows of C at a time, two SIMD vectors wide, summing over k in a fixed order,
/// so every element of C is computed the same way whatever the thread count.
/// </summary>
internal static class ManagedGemm
{
    private const int RowBlock = 4;

    /// <summary>Computes C ← α·op(A)·op(B) + β·C for rows [rowStart, rowEnd) of C (arguments already validated).</summary>
    public static void Run<T>(Transpose transA, Transpose transB, int m, int n, int k, T alpha, ReadOnlySpan<T> a, int lda,
        ReadOnlySpan<T> b, int ldb, T beta, Span<T> c, int ldc, int threads)
        where T : unmanaged, INumber<T>
    {
        if (m == 0 || n == 0)
        {
            return;
        }

        T[]? packed = null;
        ReadOnlySpan<T> rowsOfB = b;
        int strideB = ldb;
        if (transB == Transpose.Trans && k > 0)
        {
            // Pack op(B) [k × n] row-major so that the inner loop reads contiguous rows.
            packed = ArrayPool<T>.Shared.Rent(k * n);
            for (int p = 0; p < k; p++)
            {
                for (int j = 0; j < n; j++)
                {
                    packed[(p * n) + j] = b[(j * ldb) + p];
                }
            }

            rowsOfB = packed.AsSpan(0, k * n);
            strideB = n;
        }

        try
        {
            int blocks = (m + RowBlock - 1) / RowBlock;
            if (threads <= 1 || blocks == 1)
            {
                RunRows(transA, 0, m, n, k, alpha, a, lda, rowsOfB, strideB, beta, c, ldc);
            }
            else
            {
                RunParallel(transA, m, n, k, alpha, a, lda, rowsOfB, strideB, beta, c, ldc, threads, blocks);
            }
        }
        finally
        {
            if (packed is not null)
            {
                ArrayPool<T>.Shared.Return(packed);
            }
        }
    }

    private static unsafe void RunParallel<T>(Transpose transA, int m, int n, int k, T alpha, ReadOnlySpan<T> a, int lda,
        ReadOnlySpan<T> b, int ldb, T beta, Span<T> c, int ldc, int threads, int blocks)
        where T : unmanaged, INumber<T>
    {
        int lengthA = a.Length, lengthB = b.Length, lengthC = c.Length;
        fixed (T* pa = a, pb = b, pc = c)
        {
            nint ia = (nint)pa, ib = (nint)pb, ic = (nint)pc;
            int chunks = Math.Min(threads, blocks);
            Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = threads }, chunk =>
            {
                int first = (int)((long)blocks * chunk / chunks) * RowBlock;
                int last = Math.Min(m, (int)((long)blocks * (chunk + 1) / chunks) * RowBlock);
                RunRows(transA, first, last, n, k, alpha, new ReadOnlySpan<T>((T*)ia, lengthA), lda,
                    new ReadOnlySpan<T>((T*)ib, lengthB), ldb, beta, new Span<T>((T*)ic, lengthC), ldc);
            });
        }
    }

    private static void RunRows<T>(Transpose transA, int rowStart, int rowEnd, int n, int k, T alpha, ReadOnlySpan<T> a,
        int lda, ReadOnlySpan<T> b, int ldb, T beta, Span<T> c, int ldc)
        where T : unmanaged, INumber<T>
    {
        int i = rowStart;
        for (; i + RowBlock <= rowEnd; i += RowBlock)
        {
            FourRows(transA, i, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
        }

        for (; i < rowEnd; i++)
        {
            OneRow(transA, i, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T ElementA<T>(ReadOnlySpan<T> a, Transpose transA, int lda, int i, int p) =>
        transA == Transpose.NoTrans ? a[(i * lda) + p] : a[(p * lda) + i];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T Finish<T>(T sum, T alpha, T beta, T previous)
        where T : INumber<T> =>
        T.IsZero(beta) ? alpha * sum : (alpha * sum) + (beta * previous);

    private static void FourRows<T>(Transpose transA, int i, int n, int k, T alpha, ReadOnlySpan<T> a, int lda,
        ReadOnlySpan<T> b, int ldb, T beta, Span<T> c, int ldc)
        where T : unmanaged, INumber<T>
    {
        int width = Vector<T>.Count;
        ref T bRef = ref MemoryMarshal.GetReference(b);
        int j = 0;
        for (; j + (2 * width) <= n; j += 2 * width)
        {
            Vector<T> s00 = Vector<T>.Zero, s01 = Vector<T>.Zero, s10 = Vector<T>.Zero, s11 = Vector<T>.Zero;
            Vector<T> s20 = Vector<T>.Zero, s21 = Vector<T>.Zero, s30 = Vector<T>.Zero, s31 = Vector<T>.Zero;
            for (int p = 0; p < k; p++)
            {
                ref T row = ref Unsafe.Add(ref bRef, (p * ldb) + j);
                Vector<T> b0 = Vector.LoadUnsafe(ref row);
                Vector<T> b1 = Vector.LoadUnsafe(ref Unsafe.Add(ref row, width));
                Vector<T> a0 = new(ElementA(a, transA, lda, i, p));
                Vector<T> a1 = new(ElementA(a, transA, lda, i + 1, p));
                Vector<T> a2 = new(ElementA(a, transA, lda, i + 2, p));
                Vector<T> a3 = new(ElementA(a, transA, lda, i + 3, p));
                s00 += a0 * b0; s01 += a0 * b1;
                s10 += a1 * b0; s11 += a1 * b1;
                s20 += a2 * b0; s21 += a2 * b1;
                s30 += a3 * b0; s31 += a3 * b1;
            }

            Store(c, (i * ldc) + j, width, s00, s01, alpha, beta);
            Store(c, ((i + 1) * ldc) + j, width, s10, s11, alpha, beta);
            Store(c, ((i + 2) * ldc) + j, width, s20, s21, alpha, beta);
            Store(c, ((i + 3) * ldc) + j, width, s30, s31, alpha, beta);
        }

        for (; j < n; j++)
        {
            for (int r = 0; r < RowBlock; r++)
            {
                T sum = T.Zero;
                for (int p = 0; p < k; p++)
                {
                    sum += ElementA(a, transA, lda, i + r, p) * b[(p * ldb) + j];
                }

                int at = ((i + r) * ldc) + j;
                c[at] = Finish(sum, alpha, beta, c[at]);
            }
        }
    }

    private static void OneRow<T>(Transpose transA, int i, int n, int k, T alpha, ReadOnlySpan<T> a, int lda,
        ReadOnlySpan<T> b, int ldb, T beta, Span<T> c, int ldc)
        where T : unmanaged, INumber<T>
    {
        int width = Vector<T>.Count;
        ref T bRef = ref MemoryMarshal.GetReference(b);
        int j = 0;
        for (; j + (2 * width) <= n; j += 2 * width)
        {
            Vector<T> s0 = Vector<T>.Zero, s1 = Vector<T>.Zero;
            for (int p = 0; p < k; p++)
            {
                ref T row = ref Unsafe.Add(ref bRef, (p * ldb) + j);
                Vector<T> ap = new(ElementA(a, transA, lda, i, p));
                s0 += ap * Vector.LoadUnsafe(ref row);
                s1 += ap * Vector.LoadUnsafe(ref Unsafe.Add(ref row, width));
            }

            Store(c, (i * ldc) + j, width, s0, s1, alpha, beta);
        }

        for (; j < n; j++)
        {
            T sum = T.Zero;
            for (int p = 0; p < k; p++)
            {
                sum += ElementA(a, transA, lda, i, p) * b[(p * ldb) + j];
            }

            int at = (i * ldc) + j;
            c[at] = Finish(sum, alpha, beta, c[at]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store<T>(Span<T> c, int at, int width, Vector<T> s0, Vector<T> s1, T alpha, T beta)
        where T : unmanaged, INumber<T>
    {
        ref T target = ref Unsafe.Add(ref MemoryMarshal.GetReference(c), at);
        Vector<T> va = new(alpha);
        if (T.IsZero(beta))
        {
            (va * s0).StoreUnsafe(ref target);
            (va * s1).StoreUnsafe(ref Unsafe.Add(ref target, width));
        }
        else
        {
            Vector<T> vb = new(beta);
            ((va * s0) + (vb * Vector.LoadUnsafe(ref target))).StoreUnsafe(ref target);
            ref T second = ref Unsafe.Add(ref target, width);
            ((va * s1) + (vb * Vector.LoadUnsafe(ref second))).StoreUnsafe(ref second);
        }
    }
}
