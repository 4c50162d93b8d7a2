namespace RnnTools.Core.Operations.Performance;

/// <summary>The speed of one workload, with the provenance that says what was measured.</summary>
/// <param name="Workload">The workload name.</param>
/// <param name="Backend">The backend that ran, lower case (mkl, openblas, managed).</param>
/// <param name="Threads">Threads per BLAS call.</param>
/// <param name="MsPerIteration">Mean wall time of one iteration, in milliseconds.</param>
/// <param name="Iterations">Iterations measured (after the warm-up).</param>
/// <param name="Gflops">6·T·B·(n_h² + n_h·n_in + n_h·n_out) per iteration over the time, in GFLOP/s (the plain gradient's count).</param>
/// <param name="BackendDescription">The backend's <c>Describe()</c> line (library, version, threading, dispatch path).</param>
/// <param name="ToolVersion">The tool version, without the commit.</param>
/// <param name="GitCommit">The commit the tool was built from, or empty.</param>
/// <param name="Timestamp">UTC time the measurement ended, ISO 8601.</param>
public sealed record PerformanceRecord(string Workload, string Backend, int Threads, double MsPerIteration, long Iterations, double Gflops,
    string BackendDescription, string ToolVersion, string GitCommit, string Timestamp);
