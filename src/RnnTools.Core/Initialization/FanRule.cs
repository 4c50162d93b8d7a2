namespace RnnTools.Core.Initialization;

/// <summary>The variance rules of training.md §6.2 (fan_in = columns, fan_out = rows).</summary>
public enum FanRule
{
    /// <summary><c>xavier</c> (fan-in form, LeCun): variance 1/fan_in.</summary>
    Xavier,

    /// <summary><c>glorot-avg</c> (Glorot &amp; Bengio 2010): variance 2/(fan_in + fan_out).</summary>
    GlorotAverage,

    /// <summary><c>he</c> (He et al. 2015): variance 2/fan_in.</summary>
    He,
}
