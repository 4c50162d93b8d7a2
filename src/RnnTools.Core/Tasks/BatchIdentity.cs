namespace RnnTools.Core.Tasks;

/// <summary>The generator identity stored with a batch file (tasks.md §1.2); null where not applicable.</summary>
/// <param name="Task">The task name (e.g. "TemporalOrder").</param>
/// <param name="Variant">galvan, pascanu or hs1997.</param>
/// <param name="Mode">The TemporalOrder mode, or null.</param>
/// <param name="MinLength">T_min (Galvan) or the length argument (Pascanu).</param>
/// <param name="Seed">The task seed.</param>
public sealed record BatchIdentity(string? Task, string? Variant, string? Mode, int? MinLength, long? Seed);
