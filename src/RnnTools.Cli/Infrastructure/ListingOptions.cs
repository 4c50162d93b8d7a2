using System.CommandLine;

namespace RnnTools.Cli.Infrastructure;

/// <summary>The options of a command that prints a listing: <c>--format</c>, <c>--out</c> and <c>--no-clobber</c> (see <see cref="CommandContext.PrintListing{TRecord}"/>).</summary>
public static class ListingOptions
{
    /// <summary>Adds the options to <paramref name="command"/>; the first format is the default.</summary>
    public static Command AddTo(Command command, params OutputFormat[] formats)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(CommonOptions.Format(formats));
        command.Options.Add(CommonOptions.Out("Write the listing to this file (in the --format given) instead of stdout."));
        command.Options.Add(CommonOptions.NoClobber());
        return command;
    }
}
