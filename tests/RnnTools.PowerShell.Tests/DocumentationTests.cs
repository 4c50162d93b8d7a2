using System.Management.Automation;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using RnnTools.PowerShell.Tests.Support;

namespace RnnTools.PowerShell.Tests;

/// <summary>
/// Every <c>Verb-Noun -Param</c> written in the README, the Pester files, the help examples and the about topic names an
/// exported cmdlet and one of its parameters (no PowerShell parser exists here, so the text is tokenised plainly).
/// </summary>
public sealed partial class DocumentationTests
{
    private static readonly string[] CommonParameters =
    [
        "Verbose", "Debug", "ErrorAction", "WarningAction", "InformationAction", "ProgressAction", "ErrorVariable", "WarningVariable",
        "InformationVariable", "OutVariable", "OutBuffer", "PipelineVariable",
    ];

    private static readonly string Root = FindRoot();

    public static TheoryData<string> Documents()
    {
        var documents = new TheoryData<string> { "README.md", "module/en-US/about_RnnTools.help.txt", "module/en-US/RnnTools.PowerShell.dll-Help.xml" };
        foreach (string file in Directory.GetFiles(Path.Combine(Root, "tests", "pester"), "*.ps1").Order(StringComparer.Ordinal))
        {
            documents.Add(Path.GetRelativePath(Root, file));
        }

        foreach (string file in Directory.GetFiles(Path.Combine(Root, "scripts"), "*.ps1").Order(StringComparer.Ordinal))
        {
            documents.Add(Path.GetRelativePath(Root, file));
        }

        return documents;
    }

    public static TheoryData<string> ReproductionScripts() =>
        [.. Directory.GetFiles(Path.Combine(Root, "scripts"), "Reproduce-*.ps1").Order(StringComparer.Ordinal).Select(file => Path.GetFileName(file))];

    /// <summary>The script conventions (conventions.md §5): one layout, so a reader knows every script from the first.</summary>
    [Theory]
    [MemberData(nameof(ReproductionScripts))]
    public void ReproductionScript_FollowsTheScriptConventions(string script)
    {
        string[] lines = File.ReadAllLines(Path.Combine(Root, "scripts", script));
        string id = script["Reproduce-".Length..^".ps1".Length];
        string text = string.Join('\n', lines);
        int param = Array.FindIndex(lines, line => line.StartsWith("param(", StringComparison.Ordinal));
        Assert.Equal(["#Requires -Version 7.4", "#Requires -Modules RnnTools", "<#"], lines[..3]);
        Assert.True(param > 3, "the script starts with its help comment and a param block");
        Assert.Equal(["#>", "[CmdletBinding(SupportsShouldProcess)]"], lines[(param - 2)..param]);
        Assert.Contains("[switch] $Smoke", lines[param], StringComparison.Ordinal);
        Assert.Equal(
            [
                "Set-StrictMode -Version Latest", "$ErrorActionPreference = 'Stop'", "$callerCulture = [System.Globalization.CultureInfo]::CurrentCulture",
                "[System.Globalization.CultureInfo]::CurrentCulture = [System.Globalization.CultureInfo]::InvariantCulture", "try {",
            ], lines[(param + 1)..(param + 6)]);
        Assert.Equal("finally { [System.Globalization.CultureInfo]::CurrentCulture = $callerCulture }", lines[^1]);
        Assert.Matches(@"\.NOTES\n[^#]*rnntools experiment run " + Regex.Escape(id) + @"\n", text);
        Assert.Contains("$PSCmdlet.ShouldProcess(", text, StringComparison.Ordinal);
        Assert.Contains($"'{id}.csv'", text, StringComparison.Ordinal);
        Assert.Contains("Export-Csv", text, StringComparison.Ordinal);
        Assert.All(lines.Where(line => line.Contains("Invoke-RnnTraining -", StringComparison.Ordinal) || line.Contains("Measure-GradientNorm -", StringComparison.Ordinal)),
            line => Assert.Contains(" -Seed ", line, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Document_EveryCmdletAndParameterExists(string document)
    {
        string path = Path.Combine(Root, document);
        IEnumerable<string> lines = path.EndsWith(".xml", StringComparison.Ordinal)
            ? XDocument.Load(path).Descendants(XName.Get("code", "http://schemas.microsoft.com/maml/dev/2004/10")).Select(code => code.Value)
            : File.ReadAllLines(path);
        List<string> problems = [.. Joined(lines).SelectMany(Problems)];
        Assert.True(problems.Count == 0, $"{document}:\n" + string.Join('\n', problems));
    }

    [Fact]
    public void Check_FindsUnknownCmdletsAndParameters()
    {
        Assert.Equal(["New-RnnTask has no parameter -Frobnicate", "Invoke-RnnNothing is not an exported cmdlet"],
            Problems("New-RnnTask -Name Xor -Frobnicate 1 | Invoke-RnnNothing"));
        Assert.Empty(Problems("$rows = @(Measure-GradientNorm Addition 10 -Seed 1) | Where-Object Step -EQ 0; Get-Help New-RnnTask -Full"));
        Assert.Empty(Problems("Export-RnnModel -Path $p -InputObject (New-RnnModel -InputSize 2 -OutputSize 1) -Force -WhatIf"));
    }

    private static IEnumerable<string> Problems(string line)
    {
        var levels = new Stack<(string? Command, bool Expecting)>();
        levels.Push((null, true));
        foreach (Match match in TokenPattern().Matches(line))
        {
            string token = match.Value;
            (string? command, bool expecting) = levels.Pop();
            switch (token)
            {
                case "(" or "{":
                    levels.Push((command, false));
                    levels.Push((null, true));
                    continue;
                case ")" or "}":
                    if (levels.Count > 0)
                    {
                        continue;
                    }

                    levels.Push((command, false));
                    continue;
                case "|" or ";":
                    levels.Push((null, true));
                    continue;
                case "=" or "&" or "." or "@":
                    levels.Push((command, true));
                    continue;
            }

            if (OurCmdletPattern().IsMatch(token) && CmdletCatalog.Cmdlets.All(c => !string.Equals(CmdletCatalog.FullName(c), token, StringComparison.OrdinalIgnoreCase)))
            {
                yield return $"{token} is not an exported cmdlet";
            }

            if (expecting && !token.StartsWith('$') && !token.StartsWith('-'))
            {
                command = token;
            }
            else if (ParameterPattern().IsMatch(token) && command is not null && OurCmdletPattern().IsMatch(command)
                && CmdletCatalog.Cmdlets.FirstOrDefault(c => string.Equals(CmdletCatalog.FullName(c), command, StringComparison.OrdinalIgnoreCase)) is { } cmdlet
                && !Accepts(cmdlet, token[1..]))
            {
                yield return $"{command} has no parameter {token}";
            }

            levels.Push((command, false));
        }
    }

    private static bool Accepts(Type cmdlet, string name) =>
        CmdletCatalog.Parameter(cmdlet, name) is not null
        || CommonParameters.Contains(name, StringComparer.OrdinalIgnoreCase)
        || (name is "WhatIf" or "Confirm" && cmdlet.GetCustomAttributesData().Single(a => a.AttributeType == typeof(CmdletAttribute))
            .NamedArguments.Any(a => a.MemberName == "SupportsShouldProcess" && a.TypedValue.Value is true));

    /// <summary>Lines with their backtick continuations joined.</summary>
    private static IEnumerable<string> Joined(IEnumerable<string> lines)
    {
        string pending = string.Empty;
        foreach (string line in lines.SelectMany(text => text.Split('\n')))
        {
            if (line.TrimEnd().EndsWith('`'))
            {
                pending += line.TrimEnd()[..^1] + " ";
                continue;
            }

            yield return (pending + line).Replace('`', ' ');
            pending = string.Empty;
        }
    }

    private static string FindRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "RnnTools.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("RnnTools.sln not found above the test binaries.");
    }

    [GeneratedRegex(@"[(){}|;]|'[^']*'|""[^""]*""|[^\s(){}|;]+")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"^(?:Get|New|Set|Add|Remove|Export|Import|Invoke|Measure|Test|Start|Stop|Wait)-(?:Rnn\w+|GradientNorm)$", RegexOptions.IgnoreCase)]
    private static partial Regex OurCmdletPattern();

    [GeneratedRegex(@"^-[A-Za-z]+$")]
    private static partial Regex ParameterPattern();
}
