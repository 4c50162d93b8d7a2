/*
 * libmkl_cpu_dispatch.so: lets MKL choose its kernels from the CPU's features on every x86-64 CPU.
 *
 * MKL 2020 runs its AVX-512 kernels only where this internal function says the CPU is Intel's; on AMD Zen 4/5,
 * which have AVX-512, it otherwise falls back to AVX2 at half the speed. RnnTools loads this library globally before
 * libmkl_rt (see MklCpuDispatch.cs), so MKL resolves the function here. MKL still checks the instruction sets.
 * Built by RnnTools.Core.csproj with the system C compiler where there is one.
 */
int mkl_serv_intel_cpu_true(void) { return 1; }
