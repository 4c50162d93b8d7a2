namespace RnnTools.Core.Backends;

/// <summary>
/// cuBLAS GEMMs (opt-in, never chosen automatically, and unverified: no GPU was available to test it). Each call copies
/// its operands to the device and C back; cuBLAS is column-major, so a row-major C = op(A)·op(B) is computed as
/// Cᵀ = op(B)ᵀ·op(A)ᵀ.
/// </summary>
public sealed unsafe class CudaBackend : IComputeBackend
{
    private readonly CudaFunctions functions;
    private readonly nint handle;
    private readonly string description;
    private readonly object gate = new();

    internal CudaBackend(CudaFunctions functions, nint handle, string description)
    {
        this.functions = functions;
        this.handle = handle;
        this.description = description;
    }

    /// <inheritdoc />
    public BackendKind Kind => BackendKind.Cuda;

    /// <inheritdoc />
    public int Threads => 1;

    /// <inheritdoc />
    public string Describe() => description;

    /// <inheritdoc />
    public void Gemm(Transpose transA, Transpose transB, int m, int n, int k, float alpha, ReadOnlySpan<float> a, int lda,
        ReadOnlySpan<float> b, int ldb, float beta, Span<float> c, int ldc)
    {
        GemmArguments.Validate(transA, transB, m, n, k, lda, a.Length, ldb, b.Length, ldc, c.Length);
        if (m == 0 || n == 0)
        {
            return;
        }

        lock (gate)
        {
            fixed (float* pa = a, pb = b, pc = c)
            {
                Device device = Upload(transA, transB, m, n, k, lda, ldb, ldc, pa, pb, pc, sizeof(float), beta != 0);
                try
                {
                    Check(functions.Sgemm(handle, Op(transB), Op(transA), n, m, k, &alpha, (float*)device.B, ldb,
                        (float*)device.A, lda, &beta, (float*)device.C, ldc), "cublasSgemm_v2");
                    Download(device, pc);
                }
                finally
                {
                    Release(device);
                }
            }
        }
    }

    /// <inheritdoc />
    public void Gemm(Transpose transA, Transpose transB, int m, int n, int k, double alpha, ReadOnlySpan<double> a, int lda,
        ReadOnlySpan<double> b, int ldb, double beta, Span<double> c, int ldc)
    {
        GemmArguments.Validate(transA, transB, m, n, k, lda, a.Length, ldb, b.Length, ldc, c.Length);
        if (m == 0 || n == 0)
        {
            return;
        }

        lock (gate)
        {
            fixed (double* pa = a, pb = b, pc = c)
            {
                Device device = Upload(transA, transB, m, n, k, lda, ldb, ldc, pa, pb, pc, sizeof(double), beta != 0);
                try
                {
                    Check(functions.Dgemm(handle, Op(transB), Op(transA), n, m, k, &alpha, (double*)device.B, ldb,
                        (double*)device.A, lda, &beta, (double*)device.C, ldc), "cublasDgemm_v2");
                    Download(device, pc);
                }
                finally
                {
                    Release(device);
                }
            }
        }
    }

    private static int Op(Transpose transpose) => transpose == Transpose.NoTrans ? 0 : 1;

    private static void Check(int status, string call)
    {
        if (status != 0)
        {
            throw new InvalidOperationException($"{call} failed with status {status}.");
        }
    }

    private Device Upload(Transpose transA, Transpose transB, int m, int n, int k, int lda, int ldb, int ldc, void* a,
        void* b, void* c, int elementSize, bool readC)
    {
        (int rowsA, int colsA) = transA == Transpose.NoTrans ? (m, k) : (k, m);
        (int rowsB, int colsB) = transB == Transpose.NoTrans ? (k, n) : (n, k);
        var device = new Device
        {
            BytesA = (nuint)(GemmArguments.Extent(rowsA, colsA, lda) * elementSize),
            BytesB = (nuint)(GemmArguments.Extent(rowsB, colsB, ldb) * elementSize),
            BytesC = (nuint)(GemmArguments.Extent(m, n, ldc) * elementSize),
        };
        try
        {
            device.A = Allocate(device.BytesA);
            device.B = Allocate(device.BytesB);
            device.C = Allocate(device.BytesC);
            Check(functions.Memcpy(device.A, a, device.BytesA, CudaFunctions.HostToDevice), "cudaMemcpy");
            Check(functions.Memcpy(device.B, b, device.BytesB, CudaFunctions.HostToDevice), "cudaMemcpy");
            if (readC)
            {
                Check(functions.Memcpy(device.C, c, device.BytesC, CudaFunctions.HostToDevice), "cudaMemcpy");
            }

            return device;
        }
        catch
        {
            Release(device);
            throw;
        }
    }

    private void* Allocate(nuint bytes)
    {
        void* pointer = null;
        Check(functions.Malloc(&pointer, Math.Max(bytes, 1)), "cudaMalloc");
        return pointer;
    }

    private void Download(Device device, void* c) =>
        Check(functions.Memcpy(c, device.C, device.BytesC, CudaFunctions.DeviceToHost), "cudaMemcpy");

    private void Release(Device device)
    {
        foreach (nint pointer in new[] { (nint)device.A, (nint)device.B, (nint)device.C })
        {
            if (pointer != 0)
            {
                functions.Free((void*)pointer);
            }
        }
    }

    private struct Device
    {
        public void* A;
        public void* B;
        public void* C;
        public nuint BytesA;
        public nuint BytesB;
        public nuint BytesC;
    }
}
