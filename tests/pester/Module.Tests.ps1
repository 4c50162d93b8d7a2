BeforeAll { . $PSScriptRoot/common.ps1 }

Describe 'RnnTools module' {
    Context 'manifest' {
        It 'exports exactly the compiled cmdlets' {
            $module = Get-Module RnnTools
            $compiled = $module.ImplementingAssembly.GetTypes() |
                Where-Object { $_.IsSubclassOf([System.Management.Automation.PSCmdlet]) -and -not $_.IsAbstract } |
                ForEach-Object { $a = $_.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0]; "$($a.VerbName)-$($a.NounName)" }
            @($module.ExportedCmdlets.Keys | Sort-Object) | Should -Be @($compiled | Sort-Object)
        }
        It 'requires PowerShell 7.4 Core' {
            $manifest = Import-PowerShellDataFile $script:ManifestPath
            $manifest.PowerShellVersion | Should -Be '7.4'
            $manifest.CompatiblePSEditions | Should -Be @('Core')
        }
    }
    Context 'help' {
        BeforeDiscovery { $script:commands = @(Get-Command -Module RnnTools | ForEach-Object Name) }
        It '<_> has a synopsis and two examples' -ForEach $script:commands {
            $help = Get-Help $_ -Full
            $help.Synopsis | Should -Not -BeNullOrEmpty
            @($help.Examples.Example).Count | Should -BeGreaterOrEqual 2
        }
    }
    Context 'about topic' {
        It 'names the error ids and the cmdlets' {
            $about = Get-Help about_RnnTools | Out-String
            $about | Should -Match 'InvalidHyperParameter'
            $about | Should -Match 'Measure-GradientNorm'
        }
    }
    Context 'format views' {
        It 'shows a task object as a table' {
            (New-RnnTask -Name Xor | Format-Table | Out-String) | Should -Match 'Task\s+Variant\s+Mode\s+Length'
        }
    }
    Context 'tab completion' {
        It 'completes task names' {
            $line = 'New-RnnTask -Name Temp'
            (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Contain 'TemporalOrder3'
        }
        It 'completes initialiser names' {
            $line = 'New-RnnModel -WRecInit orth'
            (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Contain 'orthogonal'
        }
        It 'completes workload names' {
            $line = 'Measure-RnnPerformance -Workload add'
            (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Contain 'addition-100'
        }
    }
}
