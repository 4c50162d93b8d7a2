using System.Globalization;

namespace RnnTools.Tests.Support;

/// <summary>Switches the current culture (e.g. de-DE) for the life of the scope.</summary>
public sealed class CultureScope : IDisposable
{
    private readonly CultureInfo previous = CultureInfo.CurrentCulture;

    /// <summary>Switches to <paramref name="name"/>.</summary>
    public CultureScope(string name) => CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);

    /// <inheritdoc />
    public void Dispose() => CultureInfo.CurrentCulture = previous;
}
