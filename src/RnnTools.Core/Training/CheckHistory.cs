using System.Collections.ObjectModel;
using System.Globalization;

namespace RnnTools.Core.Training;

/// <summary>
/// The check records of a run (the <c>History</c> property of <see cref="TrainingRunRecord"/>): a read-only list whose
/// text form is "&lt;n&gt; checks", which is what Export-Csv writes for it (conventions.md §2.8).
/// </summary>
public sealed class CheckHistory : ReadOnlyCollection<CheckRecord>
{
    /// <summary>Wraps a list of checks (not copied).</summary>
    public CheckHistory(IList<CheckRecord> checks)
        : base(checks)
    {
    }

    /// <summary>No checks.</summary>
    public static new CheckHistory Empty { get; } = new([]);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Count} checks");
}
