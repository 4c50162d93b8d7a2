using CsvHelper.Configuration;

namespace RnnTools.Core.Operations.Tasks;

/// <summary>CSV columns of <see cref="TaskInfoRecord"/>, in declaration order.</summary>
public sealed class TaskInfoRecordMap : ClassMap<TaskInfoRecord>
{
    /// <summary>Maps every property in declaration order.</summary>
    public TaskInfoRecordMap()
    {
        Map(r => r.Task).Index(0).Name(nameof(TaskInfoRecord.Task));
        Map(r => r.Variant).Index(1).Name(nameof(TaskInfoRecord.Variant));
        Map(r => r.Mode).Index(2).Name(nameof(TaskInfoRecord.Mode));
        Map(r => r.InputSize).Index(3).Name(nameof(TaskInfoRecord.InputSize));
        Map(r => r.OutputSize).Index(4).Name(nameof(TaskInfoRecord.OutputSize));
        Map(r => r.OutputFunction).Index(5).Name(nameof(TaskInfoRecord.OutputFunction));
        Map(r => r.LossKind).Index(6).Name(nameof(TaskInfoRecord.LossKind));
        Map(r => r.MinimumLength).Index(7).Name(nameof(TaskInfoRecord.MinimumLength));
        Map(r => r.ErrorRule).Index(8).Name(nameof(TaskInfoRecord.ErrorRule));
        Map(r => r.SuccessRule).Index(9).Name(nameof(TaskInfoRecord.SuccessRule));
    }
}
