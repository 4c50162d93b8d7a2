BeforeAll {
    . $PSScriptRoot/common.ps1
    $script:ModelPath = Join-Path $TestDrive 'm.json'
    New-RnnModel -InputSize 6 -HiddenSize 10 -OutputSize 4 -OutputFunction Softmax -SpectralRadius 1.1 | Export-RnnModel $script:ModelPath
}

Describe 'Get-RnnSpectrum' {
    Context 'statistics' {
        It 'reports Rho of a model file - parameter' {
            [math]::Round((Get-RnnSpectrum -ModelPath $script:ModelPath).Rho, 4) | Should -Be 1.1
        }
        It 'reports Rho of a model object - piped' {
            [math]::Round((Import-RnnModel $script:ModelPath | Get-RnnSpectrum).Rho, 4) | Should -Be 1.1
        }
        It 'reports one row per step on a batch - parameter' {
            $batch = Join-Path $TestDrive 'b.json'
            & (Join-Path $script:RepositoryRoot 'out/rnntools') task sample --task TemporalOrder --length 10 --batch-size 2 --out $batch
            $rows = @(Get-RnnSpectrum -ModelPath $script:ModelPath -BatchPath $batch)
            $rows.Count | Should -BeGreaterThan 9
            $rows[0].Step | Should -Be 0
        }
    }
    Context 'errors' {
        It 'needs a model - parameter' {
            { Get-RnnSpectrum } | Should -Throw -ErrorId 'InvalidHyperParameter,*'
        }
    }
}
