using RnnTools.Core.Errors;

namespace RnnTools.Cli.Infrastructure;

/// <summary>Opens the <c>--out</c> file of a command that writes one document (a batch): replaced, or refused with <c>--no-clobber</c>.</summary>
public static class OutputFile
{
    /// <summary>Creates (or replaces) the file, creating its folder.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.ResultFileExists"/> with no-clobber, or <see cref="ErrorIds.ResultWriteFailed"/>.</exception>
    public static FileStream Create(string path, bool noClobber)
    {
        if (noClobber && File.Exists(path))
        {
            throw new RnnToolsException(ErrorIds.ResultFileExists, ErrorKind.ResourceExists, $"{path}: the file exists and no-clobber was requested.", path);
        }

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
}
