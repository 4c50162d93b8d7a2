using CsvHelper.Configuration;

namespace RnnTools.Core.Operations.Gradients;

/// <summary>CSV columns of <see cref="GradientCheckRecord"/>, in declaration order.</summary>
public sealed class GradientCheckRecordMap : ClassMap<GradientCheckRecord>
{
    /// <summary>Maps every property in declaration order.</summary>
    public GradientCheckRecordMap()
    {
        Map(r => r.Activation).Index(0).Name(nameof(GradientCheckRecord.Activation));
        Map(r => r.OutputFunction).Index(1).Name(nameof(GradientCheckRecord.OutputFunction));
        Map(r => r.LossKind).Index(2).Name(nameof(GradientCheckRecord.LossKind));
        Map(r => r.Seed).Index(3).Name(nameof(GradientCheckRecord.Seed));
        Map(r => r.Tolerance).Index(4).Name(nameof(GradientCheckRecord.Tolerance));
        Map(r => r.Backend).Index(5).Name(nameof(GradientCheckRecord.Backend));
        Map(r => r.MaxRelativeErrorWRec).Index(6).Name(nameof(GradientCheckRecord.MaxRelativeErrorWRec));
        Map(r => r.MaxRelativeErrorWIn).Index(7).Name(nameof(GradientCheckRecord.MaxRelativeErrorWIn));
        Map(r => r.MaxRelativeErrorWOut).Index(8).Name(nameof(GradientCheckRecord.MaxRelativeErrorWOut));
        Map(r => r.MaxRelativeErrorBRec).Index(9).Name(nameof(GradientCheckRecord.MaxRelativeErrorBRec));
        Map(r => r.MaxRelativeErrorBOut).Index(10).Name(nameof(GradientCheckRecord.MaxRelativeErrorBOut));
        Map(r => r.MaxRelativeError).Index(11).Name(nameof(GradientCheckRecord.MaxRelativeError));
        Map(r => r.Passed).Index(12).Name(nameof(GradientCheckRecord.Passed));
        Map(r => r.BackendDescription).Index(13).Name(nameof(GradientCheckRecord.BackendDescription));
        Map(r => r.ToolVersion).Index(14).Name(nameof(GradientCheckRecord.ToolVersion));
        Map(r => r.GitCommit).Index(15).Name(nameof(GradientCheckRecord.GitCommit));
        Map(r => r.Timestamp).Index(16).Name(nameof(GradientCheckRecord.Timestamp));
    }
}
