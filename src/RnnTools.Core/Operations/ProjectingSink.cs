using RnnTools.Core.Errors;

namespace RnnTools.Core.Operations;

/// <summary>
/// Forwards every report of an operation to another sink, emitting a projection of each record instead of the record
/// (e.g. Test-RnnGradient's <c>$true</c>/<c>$false</c> for a gradient-check record).
/// </summary>
/// <typeparam name="TRecord">The records the operation emits.</typeparam>
/// <typeparam name="TResult">What the inner sink receives.</typeparam>
/// <param name="inner">The sink that receives the projections and every other report.</param>
/// <param name="projection">Maps a record to what is emitted.</param>
public sealed class ProjectingSink<TRecord, TResult>(IOperationSink<TResult> inner, Func<TRecord, TResult> projection) : IOperationSink<TRecord>
{
    /// <inheritdoc />
    public void Emit(TRecord record) => inner.Emit(projection(record));

    /// <inheritdoc />
    public void Verbose(string message) => inner.Verbose(message);

    /// <inheritdoc />
    public void Warning(string message) => inner.Warning(message);

    /// <inheritdoc />
    public void Error(RnnToolsException error) => inner.Error(error);

    /// <inheritdoc />
    public bool ShouldProcess(string target, string action) => inner.ShouldProcess(target, action);

    /// <inheritdoc />
    public void Report(ProgressUpdate value) => inner.Report(value);
}
