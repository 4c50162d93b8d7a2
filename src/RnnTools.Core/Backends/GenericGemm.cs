using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace RnnTools.Core.Backends;

/// <summary>GEMM for code generic over the precision (T is float or double); the type test is resolved by the JIT.</summary>
public static class GenericGemm
{
    /// <summary>C ← α·op(A)·op(B) + β·C in the precision T (float or double), row-major.</summary>
    /// <exception cref="NotSupportedException">T is neither float nor double.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Gemm<T>(this IComputeBackend backend, Transpose transA, Transpose transB, int m, int n, int k, T alpha,
        ReadOnlySpan<T> a, int lda, ReadOnlySpan<T> b, int ldb, T beta, Span<T> c, int ldc)
        where T : unmanaged
    {
        if (typeof(T) == typeof(float))
        {
            backend.Gemm(transA, transB, m, n, k, Unsafe.As<T, float>(ref alpha), MemoryMarshal.Cast<T, float>(a), lda,
                MemoryMarshal.Cast<T, float>(b), ldb, Unsafe.As<T, float>(ref beta), MemoryMarshal.Cast<T, float>(c), ldc);
        }
        else if (typeof(T) == typeof(double))
        {
            backend.Gemm(transA, transB, m, n, k, Unsafe.As<T, double>(ref alpha), MemoryMarshal.Cast<T, double>(a), lda,
                MemoryMarshal.Cast<T, double>(b), ldb, Unsafe.As<T, double>(ref beta), MemoryMarshal.Cast<T, double>(c), ldc);
        }
        else
        {
            throw new NotSupportedException($"GEMM supports float and double, not {typeof(T).Name}.");
        }
    }
}
