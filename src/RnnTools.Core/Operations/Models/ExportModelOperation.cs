using RnnTools.Core.Csv;
using RnnTools.Core.Errors;
using RnnTools.Core.Model;

namespace RnnTools.Core.Operations.Models;

/// <summary>
/// Writes a model file atomically after asking the sink (ShouldProcess): an existing file is replaced, refused with
/// NoClobber, and a read-only one is replaced only with Force.
/// </summary>
public sealed class ExportModelOperation
{
    /// <summary>Writes the file; emits the model when <see cref="ExportModelOptions.PassThru"/> is set and the file was written.</summary>
    /// <exception cref="RnnToolsException">
    /// <see cref="ErrorIds.ResultFileExists"/> (NoClobber), <see cref="ErrorIds.ResultWriteFailed"/> (read-only without Force, or an I/O failure).
    /// </exception>
    public void Run(ExportModelOptions options, IOperationSink<StoredModel> sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sink);
        options.Validate();
        cancellationToken.ThrowIfCancellationRequested();
        if (!sink.ShouldProcess(options.Path, "Write model file"))
        {
            return;
        }

        if (!options.NoClobber)
        {
            ReleaseReadOnly(options.Path, options.Force);
        }

        ModelFile.Write(options.Path, options.Model, options.NoClobber ? ResultFileMode.NoClobber : ResultFileMode.Overwrite);
        sink.Verbose($"wrote {options.Path} ({options.Model.Precision})");
        if (options.PassThru)
        {
            sink.Emit(options.Model);
        }
    }

    private static void ReleaseReadOnly(string path, bool force)
    {
        if (!File.Exists(path) || !File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly))
        {
            return;
        }

        if (!force)
        {
            throw new RnnToolsException(ErrorIds.ResultWriteFailed, ErrorKind.WriteError,
                $"{path}: the file is read-only; make it writable first, or use Export-RnnModel -Force.", path);
        }

        File.SetAttributes(path, File.GetAttributes(path) & ~FileAttributes.ReadOnly);
    }
}
