using System.Globalization;
using CsvHelper.Configuration;

namespace RnnTools.Core.Csv;

/// <summary>
/// The CSV columns of a small table record: every public property, named as declared and in declaration order (the
/// table records of the experiments, whose column lists are their constructors).
/// </summary>
/// <typeparam name="TRecord">The table record.</typeparam>
public sealed class PropertyOrderMap<TRecord> : ClassMap<TRecord>
{
    /// <summary>Maps every property in declaration order.</summary>
    public PropertyOrderMap()
    {
        AutoMap(CultureInfo.InvariantCulture);
        int index = 0;
        foreach (MemberMap member in MemberMaps)
        {
            member.Index(index++).Name(member.Data.Member!.Name);
        }
    }
}
