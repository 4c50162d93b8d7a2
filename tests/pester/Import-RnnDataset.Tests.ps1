BeforeAll {
    . $PSScriptRoot/common.ps1
    $script:Dataset = Join-Path $TestDrive 'tiny.json'
    Set-Content -Path $script:Dataset -Value '{"train":[[[60],[62,64],[],[65]],[[40],[41],[42]]],"valid":[[[60],[61]]],"test":[[[21],[108]]]}'
}

Describe 'Import-RnnDataset' {
    Context 'statistics' {
        It 'reports the three splits - parameter' {
            @(Import-RnnDataset -Path $script:Dataset | ForEach-Object Split) | Should -Be @('train', 'valid', 'test')
        }
        It 'reports the three splits - piped' {
            @(Get-Item $script:Dataset | Import-RnnDataset | ForEach-Object Split) | Should -Be @('train', 'valid', 'test')
        }
        It 'counts the training steps' {
            (Import-RnnDataset $script:Dataset | Where-Object Split -EQ 'train').Steps | Should -Be 7
        }
    }
    Context 'a model' {
        It 'adds its NLL and backend to every split - piped' {
            $rows = @(New-RnnModel -InputSize 88 -OutputSize 88 -OutputFunction Logistic -Seed 13 | Import-RnnDataset -Path $script:Dataset -Backend Managed)
            $rows | ForEach-Object { $_.ModelNll | Should -BeGreaterThan 0; $_.Backend | Should -Be 'managed' }
        }
        It 'refuses a model that is not a music model' {
            { New-RnnModel -InputSize 2 -OutputSize 1 | Import-RnnDataset -Path $script:Dataset } | Should -Throw -ErrorId 'InvalidHyperParameter,*'
        }
    }
    Context 'errors' {
        It 'names a malformed file - parameter' {
            $bad = Join-Path $TestDrive 'bad.json'
            Set-Content -Path $bad -Value '{"train":[]}'
            { Import-RnnDataset -Path $bad } | Should -Throw -ErrorId 'InvalidInputFile,*'
        }
    }
}
