using CsvHelper.Configuration;

namespace RnnTools.Core.Operations.Gradients;

/// <summary>CSV columns of <see cref="GradientNormRecord"/>, in declaration order.</summary>
public sealed class GradientNormRecordMap : ClassMap<GradientNormRecord>
{
    /// <summary>Maps every property in declaration order.</summary>
    public GradientNormRecordMap()
    {
        Map(r => r.Task).Index(0).Name(nameof(GradientNormRecord.Task));
        Map(r => r.Variant).Index(1).Name(nameof(GradientNormRecord.Variant));
        Map(r => r.Mode).Index(2).Name(nameof(GradientNormRecord.Mode));
        Map(r => r.Length).Index(3).Name(nameof(GradientNormRecord.Length));
        Map(r => r.BatchSize).Index(4).Name(nameof(GradientNormRecord.BatchSize));
        Map(r => r.Seed).Index(5).Name(nameof(GradientNormRecord.Seed));
        Map(r => r.NValues).Index(6).Name(nameof(GradientNormRecord.NValues));
        Map(r => r.NPos).Index(7).Name(nameof(GradientNormRecord.NPos));
        Map(r => r.InnerTask).Index(8).Name(nameof(GradientNormRecord.InnerTask));
        Map(r => r.Dataset).Index(9).Name(nameof(GradientNormRecord.Dataset));
        Map(r => r.SplitMode).Index(10).Name(nameof(GradientNormRecord.SplitMode));
        Map(r => r.CropLength).Index(11).Name(nameof(GradientNormRecord.CropLength));
        Map(r => r.HiddenSize).Index(12).Name(nameof(GradientNormRecord.HiddenSize));
        Map(r => r.Activation).Index(13).Name(nameof(GradientNormRecord.Activation));
        Map(r => r.InitPreset).Index(14).Name(nameof(GradientNormRecord.InitPreset));
        Map(r => r.SpectralRadius).Index(15).Name(nameof(GradientNormRecord.SpectralRadius));
        Map(r => r.WRecInit).Index(16).Name(nameof(GradientNormRecord.WRecInit));
        Map(r => r.WInInit).Index(17).Name(nameof(GradientNormRecord.WInInit));
        Map(r => r.WOutInit).Index(18).Name(nameof(GradientNormRecord.WOutInit));
        Map(r => r.Precision).Index(19).Name(nameof(GradientNormRecord.Precision));
        Map(r => r.Backend).Index(20).Name(nameof(GradientNormRecord.Backend));
        Map(r => r.Step).Index(21).Name(nameof(GradientNormRecord.Step));
        Map(r => r.NormFull).Index(22).Name(nameof(GradientNormRecord.NormFull));
        Map(r => r.NormWRec).Index(23).Name(nameof(GradientNormRecord.NormWRec));
        Map(r => r.NormWIn).Index(24).Name(nameof(GradientNormRecord.NormWIn));
        Map(r => r.NormBRec).Index(25).Name(nameof(GradientNormRecord.NormBRec));
        Map(r => r.NormWOut).Index(26).Name(nameof(GradientNormRecord.NormWOut));
        Map(r => r.NormBOut).Index(27).Name(nameof(GradientNormRecord.NormBOut));
        Map(r => r.Cos).Index(28).Name(nameof(GradientNormRecord.Cos));
        Map(r => r.Loss).Index(29).Name(nameof(GradientNormRecord.Loss));
        Map(r => r.GradNorm).Index(30).Name(nameof(GradientNormRecord.GradNorm));
        Map(r => r.BackendDescription).Index(31).Name(nameof(GradientNormRecord.BackendDescription));
        Map(r => r.ToolVersion).Index(32).Name(nameof(GradientNormRecord.ToolVersion));
        Map(r => r.GitCommit).Index(33).Name(nameof(GradientNormRecord.GitCommit));
        Map(r => r.Timestamp).Index(34).Name(nameof(GradientNormRecord.Timestamp));
    }
}
