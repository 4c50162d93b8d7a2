using System.Reflection;
using RnnTools.Core.Backends;
using RnnTools.Core.Model;

namespace RnnTools.Core.Training;

/// <summary>
/// The values of a run's hyper-parameter columns (<see cref="HyperParameterColumns"/>): the resolved options, with the
/// activation, backend and threads the run actually used. Copied into every record the run emits.
/// </summary>
internal sealed class HyperParameterValues
{
    private readonly object?[] values;

    /// <summary>Reads the values from resolved options and what the run resolved itself.</summary>
    public HyperParameterValues(TrainingOptions resolved, Activation activation, BackendKind backend, int threads)
    {
        values = [.. HyperParameterColumns.Names.Select(name => name switch
        {
            nameof(TrainingOptions.Activation) => activation,
            nameof(TrainingOptions.Backend) => backend,
            nameof(TrainingOptions.Threads) => threads,
            _ => HyperParameterColumns.Property<TrainingOptions>(name).GetValue(resolved),
        })];
    }

    /// <summary>Sets the hyper-parameter columns of a freshly created record (before anyone else sees it).</summary>
    public TRecord ApplyTo<TRecord>(TRecord record)
        where TRecord : class
    {
        PropertyInfo[] properties = Properties<TRecord>.All;
        for (int i = 0; i < properties.Length; i++)
        {
            properties[i].SetValue(record, values[i]);
        }

        return record;
    }

    private static class Properties<TRecord>
    {
        public static readonly PropertyInfo[] All = [.. HyperParameterColumns.Names.Select(HyperParameterColumns.Property<TRecord>)];
    }
}
