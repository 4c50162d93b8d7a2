namespace RnnTools.Core.Tasks;

/// <summary>Which published definition of a task to generate (tasks.md §1.5).</summary>
public enum TaskVariant
{
    /// <summary>Galvan's thesis-time generators (tasks.md §2), the default.</summary>
    Galvan,

    /// <summary>Pascanu, Mikolov and Bengio's generators of pascanur/trainingRNNs (tasks.md §3).</summary>
    Pascanu,

    /// <summary>Hochreiter and Schmidhuber (1997), experiments 4 and 5 (tasks.md §4).</summary>
    Hs1997,
}
