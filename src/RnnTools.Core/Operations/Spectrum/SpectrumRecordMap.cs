using CsvHelper.Configuration;

namespace RnnTools.Core.Operations.Spectrum;

/// <summary>CSV columns of <see cref="SpectrumRecord"/>, in declaration order.</summary>
public sealed class SpectrumRecordMap : ClassMap<SpectrumRecord>
{
    /// <summary>Maps every property in declaration order.</summary>
    public SpectrumRecordMap()
    {
        Map(r => r.Backend).Index(0).Name(nameof(SpectrumRecord.Backend));
        Map(r => r.Rho).Index(1).Name(nameof(SpectrumRecord.Rho));
        Map(r => r.MaxSingular).Index(2).Name(nameof(SpectrumRecord.MaxSingular));
        Map(r => r.MinSingular).Index(3).Name(nameof(SpectrumRecord.MinSingular));
        Map(r => r.SingularVar).Index(4).Name(nameof(SpectrumRecord.SingularVar));
        Map(r => r.HochreiterTau).Index(5).Name(nameof(SpectrumRecord.HochreiterTau));
        Map(r => r.Step).Index(6).Name(nameof(SpectrumRecord.Step));
        Map(r => r.JacobianMean).Index(7).Name(nameof(SpectrumRecord.JacobianMean));
        Map(r => r.JacobianMax).Index(8).Name(nameof(SpectrumRecord.JacobianMax));
        Map(r => r.JacobianBound).Index(9).Name(nameof(SpectrumRecord.JacobianBound));
        Map(r => r.BackendDescription).Index(10).Name(nameof(SpectrumRecord.BackendDescription));
        Map(r => r.ToolVersion).Index(11).Name(nameof(SpectrumRecord.ToolVersion));
        Map(r => r.GitCommit).Index(12).Name(nameof(SpectrumRecord.GitCommit));
        Map(r => r.Timestamp).Index(13).Name(nameof(SpectrumRecord.Timestamp));
    }
}
