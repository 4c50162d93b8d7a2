using RnnTools.PowerShell.Infrastructure;

namespace RnnTools.PowerShell.Tests.Support;

/// <summary>Path resolvers for cmdlets constructed in tests (the stub has no session state to resolve PowerShell paths).</summary>
public static class IdentityPaths
{
    /// <summary>Sets an identity resolver on <paramref name="cmdlet"/> and returns it.</summary>
    public static T With<T>(T cmdlet)
        where T : class
    {
        SetResolver(cmdlet, path => path);
        return cmdlet;
    }

    /// <summary>Sets a resolver that prefixes <c>/ps/</c>, to show that a path went through resolution.</summary>
    public static T Marked<T>(T cmdlet)
        where T : class
    {
        SetResolver(cmdlet, path => "/ps/" + path);
        return cmdlet;
    }

    private static void SetResolver(object cmdlet, Func<string, string> resolver) =>
        cmdlet.GetType().GetProperty(nameof(RnnOperationCmdlet<object, object>.PathResolver), System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!
            .SetValue(cmdlet, resolver);
}
