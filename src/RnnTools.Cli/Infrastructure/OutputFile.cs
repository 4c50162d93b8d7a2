using System.Text;
using RnnTools.Core.Errors;

namespace RnnTools.Cli.Infrastructure;

/// <summary>Opens the <c>--out</c> file of a command that writes one document (a batch, a listing): replaced, or refused with <c>--no-clobber</c>.</summary>
public static class OutputFile
{
    /// <summary>Refuses an existing file when no-clobber is requested (checked before a command does its work).</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.ResultFileExists"/>.</exception>
    public static void RefuseExisting(string path, bool noClobber)
    {
        if (noClobber && File.Exists(path))
        {
            throw new RnnToolsException(ErrorIds.ResultFileExists, ErrorKind.ResourceExists, $"{path}: the file exists and no-clobber was requested.", path);
        }
    }

    /// <summary>Creates (or replaces) the file, creating its folder.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.ResultFileExists"/> with no-clobber, or <see cref="ErrorIds.ResultWriteFailed"/>.</exception>
    public static FileStream Create(string path, bool noClobber)
    {
        RefuseExisting(path, noClobber);
        try
        {
            string? directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }

            return new FileStream(path, noClobber ? FileMode.CreateNew : FileMode.Create, FileAccess.Write, FileShare.Read);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new RnnToolsException(ErrorIds.ResultWriteFailed, ErrorKind.WriteError, $"{path}: cannot write ({ex.Message}).", path, ex);
        }
    }

    /// <summary>Creates (or replaces) the file as UTF-8 text without BOM and with <c>\n</c> line endings.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.ResultFileExists"/> with no-clobber, or <see cref="ErrorIds.ResultWriteFailed"/>.</exception>
    public static StreamWriter CreateText(string path, bool noClobber) =>
        new(Create(path, noClobber), new UTF8Encoding(false)) { NewLine = "\n" };
}
