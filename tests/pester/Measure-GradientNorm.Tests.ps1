BeforeAll { . $PSScriptRoot/common.ps1 }

Describe 'Measure-GradientNorm' {
    Context 'rows' {
        It 'echoes the seed - parameter' {
            Measure-GradientNorm Addition 10 -Seed 1 -BatchSize 2 -HiddenSize 4 | ForEach-Object Seed | Sort-Object -Unique | Should -Be 1
        }
        It 'echoes the seed - piped' {
            New-RnnTask -Name Addition -Length 10 -Seed 1 -BatchSize 2 | Measure-GradientNorm -HiddenSize 4 |
                ForEach-Object Seed | Sort-Object -Unique | Should -Be 1
        }
        It 'groups its rows by radius - parameter' {
            Measure-GradientNorm Addition 10 -SpectralRadius 0.8,1.2 -Seed 1 -BatchSize 2 -HiddenSize 4 | Group-Object SpectralRadius |
                Should -HaveCount 2
        }
        It 'numbers the steps from 0 - parameter' {
            $rows = @(Measure-GradientNorm TemporalOrder 10 -BatchSize 2 -HiddenSize 4)
            $rows[0].Step | Should -Be 0
            $rows[-1].Step | Should -Be ($rows.Count - 1)
        }
        It 're-binds its own rows read back from CSV - piped' {
            $csv = Join-Path $TestDrive 'norms.csv'
            Measure-GradientNorm Addition 10 -Seed 2 -BatchSize 2 -HiddenSize 4 -SpectralRadius 0.9 | Select-Object -First 1 | Export-Csv $csv
            $again = @(Import-Csv $csv | Measure-GradientNorm)
            $again[0].SpectralRadius | Should -Be 0.9
            $again[0].NormFull | Should -Be ([double](Import-Csv $csv).NormFull)
        }
        It 'measures a given model - piped' {
            $rows = New-RnnModel -InputSize 2 -HiddenSize 4 -OutputSize 1 | Measure-GradientNorm -Task Addition -Length 10 -BatchSize 2
            $rows[0].SpectralRadius | Should -BeNullOrEmpty
            $rows[0].HiddenSize | Should -Be 4
        }
    }
    Context 'culture' {
        It 'binds radii from strings with the invariant culture under de-DE - piped' {
            $previous = [cultureinfo]::CurrentCulture
            try {
                [cultureinfo]::CurrentCulture = 'de-DE'
                $rows = [pscustomobject]@{ Task = 'Addition'; Length = '10'; SpectralRadius = '0.8'; BatchSize = '2'; HiddenSize = '4' } | Measure-GradientNorm
                $rows[0].SpectralRadius | Should -Be 0.8
            }
            finally { [cultureinfo]::CurrentCulture = $previous }
        }
    }
    Context 'errors' {
        It 'refuses a radius out of range - parameter' {
            { Measure-GradientNorm Addition 10 -SpectralRadius -1 } | Should -Throw -ErrorId 'InvalidHyperParameter,*'
        }
        It 'refuses a model that does not fit the task - piped' {
            { New-RnnModel -InputSize 3 -HiddenSize 4 -OutputSize 1 | Measure-GradientNorm -Task Addition -Length 10 } |
                Should -Throw -ErrorId 'InvalidHyperParameter,*'
        }
    }
}
