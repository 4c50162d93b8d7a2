namespace RnnTools.Core.Datasets.Pickle;

/// <summary>The only globals a dataset pickle may name; each is a constructor of data, never code that runs.</summary>
internal enum PickleGlobal
{
    /// <summary><c>numpy.core.multiarray scalar</c>: a NumPy scalar from a dtype and its raw bytes.</summary>
    NumpyScalar,

    /// <summary><c>numpy dtype</c>: a NumPy data type from its type code.</summary>
    NumpyDtype,
}
