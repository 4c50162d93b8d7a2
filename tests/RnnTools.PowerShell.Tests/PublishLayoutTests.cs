namespace RnnTools.PowerShell.Tests;

public sealed class PublishLayoutTests
{
    [Fact]
    public void ModuleProject_NeverShipsTheEngineStub()
    {
        string project = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "RnnTools.PowerShell", "RnnTools.PowerShell.csproj"));
        Assert.Contains("<PackageReference Include=\"PowerShellStandard.Library\" PrivateAssets=\"all\" ExcludeAssets=\"runtime\" />", project);
    }
}
