using CsvHelper.Configuration;

namespace RnnTools.Core.Operations.Models;

/// <summary>CSV columns of <see cref="ModelInfoRecord"/>, in declaration order.</summary>
public sealed class ModelInfoRecordMap : ClassMap<ModelInfoRecord>
{
    /// <summary>Maps every property in declaration order.</summary>
    public ModelInfoRecordMap()
    {
        Map(r => r.InputSize).Index(0).Name(nameof(ModelInfoRecord.InputSize));
        Map(r => r.HiddenSize).Index(1).Name(nameof(ModelInfoRecord.HiddenSize));
        Map(r => r.OutputSize).Index(2).Name(nameof(ModelInfoRecord.OutputSize));
        Map(r => r.ParameterCount).Index(3).Name(nameof(ModelInfoRecord.ParameterCount));
        Map(r => r.Activation).Index(4).Name(nameof(ModelInfoRecord.Activation));
        Map(r => r.ActivationBeta).Index(5).Name(nameof(ModelInfoRecord.ActivationBeta));
        Map(r => r.OutputFunction).Index(6).Name(nameof(ModelInfoRecord.OutputFunction));
        Map(r => r.Precision).Index(7).Name(nameof(ModelInfoRecord.Precision));
        Map(r => r.Rho).Index(8).Name(nameof(ModelInfoRecord.Rho));
        Map(r => r.MaxSingular).Index(9).Name(nameof(ModelInfoRecord.MaxSingular));
        Map(r => r.MinSingular).Index(10).Name(nameof(ModelInfoRecord.MinSingular));
        Map(r => r.SingularVar).Index(11).Name(nameof(ModelInfoRecord.SingularVar));
        Map(r => r.HochreiterTau).Index(12).Name(nameof(ModelInfoRecord.HochreiterTau));
        Map(r => r.Seed).Index(13).Name(nameof(ModelInfoRecord.Seed));
    }
}
