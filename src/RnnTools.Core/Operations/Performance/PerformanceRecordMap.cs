using CsvHelper.Configuration;

namespace RnnTools.Core.Operations.Performance;

/// <summary>CSV columns of <see cref="PerformanceRecord"/>: Workload, Backend, Threads, MsPerIteration, Iterations, Gflops, then the provenance columns.</summary>
public sealed class PerformanceRecordMap : ClassMap<PerformanceRecord>
{
    /// <summary>Maps every property in declaration order.</summary>
    public PerformanceRecordMap()
    {
        Map(r => r.Workload).Index(0).Name(nameof(PerformanceRecord.Workload));
        Map(r => r.Backend).Index(1).Name(nameof(PerformanceRecord.Backend));
        Map(r => r.Threads).Index(2).Name(nameof(PerformanceRecord.Threads));
        Map(r => r.MsPerIteration).Index(3).Name(nameof(PerformanceRecord.MsPerIteration));
        Map(r => r.Iterations).Index(4).Name(nameof(PerformanceRecord.Iterations));
        Map(r => r.Gflops).Index(5).Name(nameof(PerformanceRecord.Gflops));
        Map(r => r.BackendDescription).Index(6).Name(nameof(PerformanceRecord.BackendDescription));
        Map(r => r.ToolVersion).Index(7).Name(nameof(PerformanceRecord.ToolVersion));
        Map(r => r.GitCommit).Index(8).Name(nameof(PerformanceRecord.GitCommit));
        Map(r => r.Timestamp).Index(9).Name(nameof(PerformanceRecord.Timestamp));
    }
}
