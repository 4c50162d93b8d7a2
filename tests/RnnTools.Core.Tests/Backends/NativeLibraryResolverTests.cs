using RnnTools.Core.Backends;

namespace RnnTools.Core.Tests.Backends;

public sealed class NativeLibraryResolverTests
{
    [Fact]
    public void Search_OverrideThatFails_IsFinalAndSaysSo()
    {
        NativeLoadResult result = NativeLibraryResolver.Search(NativeLibraryName.Mkl, "/nonexistent/libmkl_rt.so", []);
        Assert.False(result.IsLoaded);
        Assert.Equal(2, result.Attempts.Count);
        Assert.StartsWith("/nonexistent/libmkl_rt.so: not found", result.Attempts[0]);
        Assert.Contains("RNNTOOLS_MKL_PATH is set", result.Attempts[1]);
    }

    [Fact]
    public void Search_NoOverride_TriesEveryFileNameOfEveryFolderThenSystemNames()
    {
        using var temporary = new TemporaryDirectory("resolver");
        string folder = temporary.Path;
        var library = new NativeLibraryName("nothing", "RNNTOOLS_NOTHING_PATH", ["libnothing-a.so", "libnothing-b.so"], "nothing to install");
        File.WriteAllText(Path.Combine(folder, "libnothing-a.so"), "not a library");
        NativeLoadResult result = NativeLibraryResolver.Search(library, null, [folder]);
        Assert.False(result.IsLoaded);
        Assert.Equal(3, result.Attempts.Count);
        Assert.Contains(Path.Combine(folder, "libnothing-a.so"), result.Attempts[0]);
        Assert.StartsWith("libnothing-a.so:", result.Attempts[1]);
        Assert.StartsWith("libnothing-b.so:", result.Attempts[2]);
    }

    [Fact]
    public void Load_OpenBlasWhenInstalled_ReportsWhereItLoadedFrom()
    {
        NativeLoadResult result = NativeLibraryResolver.Load(NativeLibraryName.OpenBlas);
        Assert.Equal(result.IsLoaded, result.LoadedFrom is not null);
        Assert.NotEmpty(result.Attempts);
    }
}
