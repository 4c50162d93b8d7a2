BeforeAll { . $PSScriptRoot/common.ps1 }

Describe 'New-RnnTask' {
    Context 'task objects' {
        It 'returns the options given - parameter' {
            $task = New-RnnTask -Name TemporalOrder -Length 200 -Seed 13
            $task.Task | Should -Be 'TemporalOrder'
            $task.Length | Should -Be 200
            $task.Seed | Should -Be 13
            $task.Variant | Should -Be 'Galvan'
        }
        It 'returns the options given - piped' {
            $task = [pscustomobject]@{ Task = 'Addition'; Length = '50'; Seed = '7'; Variant = 'Pascanu' } | New-RnnTask
            $task.Task | Should -Be 'Addition'
            $task.Length | Should -Be 50
            $task.Variant | Should -Be 'Pascanu'
        }
        It 'makes one object per piped row - piped' {
            @(13..15 | ForEach-Object { [pscustomobject]@{ Task = 'Xor'; Seed = $_ } } | New-RnnTask) | Should -HaveCount 3
        }
        It 'reads back its own Export-Csv rows - piped' {
            $csv = Join-Path $TestDrive 'tasks.csv'
            New-RnnTask -Name Addition -Length 50 -Seed 3 | Export-Csv $csv
            $task = Import-Csv $csv | New-RnnTask
            $task.Seed | Should -Be 3
            $task.Strict | Should -BeFalse
            $task.InnerTask | Should -BeNullOrEmpty
            $task.ErrorThreshold | Should -BeNullOrEmpty
        }
        It 'binds into Measure-GradientNorm - piped' {
            New-RnnTask -Name Addition -Length 10 -Seed 1 -BatchSize 2 | Measure-GradientNorm -HiddenSize 4 |
                ForEach-Object Seed | Sort-Object -Unique | Should -Be 1
        }
    }
    Context 'culture' {
        It 'parses ErrorThreshold with the invariant culture under de-DE - piped' {
            $previous = [cultureinfo]::CurrentCulture
            try {
                [cultureinfo]::CurrentCulture = 'de-DE'
                ([pscustomobject]@{ Task = 'Addition'; ErrorThreshold = '0.25' } | New-RnnTask).ErrorThreshold | Should -Be 0.25
            }
            finally { [cultureinfo]::CurrentCulture = $previous }
        }
    }
    Context 'errors' {
        It 'refuses a variant the task does not define - parameter' {
            { New-RnnTask -Name TemporalOrder3 } | Should -Throw -ErrorId 'InvalidHyperParameter,*'
        }
        It 'refuses a missing dataset - parameter' {
            { New-RnnTask -Name Music -Dataset (Join-Path $TestDrive 'none.json') } | Should -Throw -ErrorId 'InvalidInputFile,*'
        }
        It 'refuses a negative length - parameter' {
            { New-RnnTask -Name Addition -Length -5 } | Should -Throw -ErrorId 'ParameterArgumentValidationError*'
        }
    }
}
