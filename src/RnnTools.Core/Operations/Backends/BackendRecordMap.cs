using CsvHelper.Configuration;

namespace RnnTools.Core.Operations.Backends;

/// <summary>CSV columns of <see cref="BackendRecord"/>: Backend, Available, Description, Reason.</summary>
public sealed class BackendRecordMap : ClassMap<BackendRecord>
{
    /// <summary>Maps every property in declaration order.</summary>
    public BackendRecordMap()
    {
        Map(r => r.Backend).Index(0).Name(nameof(BackendRecord.Backend));
        Map(r => r.Available).Index(1).Name(nameof(BackendRecord.Available));
        Map(r => r.Description).Index(2).Name(nameof(BackendRecord.Description));
        Map(r => r.Reason).Index(3).Name(nameof(BackendRecord.Reason));
    }
}
