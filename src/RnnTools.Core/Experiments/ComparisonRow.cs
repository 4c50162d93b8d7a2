namespace RnnTools.Core.Experiments;

/// <summary>One fold of galvan-tab4-4: the thesis' comparison columns with the reproduced 50-unit model.</summary>
/// <param name="Fold">Train or Test.</param>
/// <param name="StateOfArt">RNN-NADE (Pascanu et al. 2013, Table 1), as the thesis quotes it.</param>
/// <param name="VanillaRnn">Pascanu et al.'s MSGD+CR RNN, as the thesis quotes it.</param>
/// <param name="RnnTools">The reproduced 50-unit model (sequence mean), NaN until its run finished.</param>
public sealed record ComparisonRow(string Fold, double StateOfArt, double VanillaRnn, double RnnTools);
