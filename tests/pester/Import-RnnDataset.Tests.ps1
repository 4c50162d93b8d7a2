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
    Context 'errors' {
        It 'names a malformed file - parameter' {
            $bad = Join-Path $TestDrive 'bad.json'
            Set-Content -Path $bad -Value '{"train":[]}'
            { Import-RnnDataset -Path $bad } | Should -Throw -ErrorId 'InvalidInputFile,*'
        }
    }
}
