BeforeAll {
    . $PSScriptRoot/common.ps1
    # A short TemporalOrder run that solves within a few hundred iterations (as the xunit tests use).
    $script:Small = @{ Length = 10; HiddenSize = 20; BatchSize = 50; ValidationSize = 500 }
}

Describe 'Invoke-RnnTraining' {
    Context 'summary' {
        It 'solves a short temporal-order task - parameter' {
            $run = Invoke-RnnTraining -Task TemporalOrder @Small -LearningRate 0.03 -CheckEvery 50 -MaxIterations 1000
            $run.Status | Should -Be 'Solved'
            $run.BestValidError | Should -BeLessOrEqual 0.01
        }
        It 'solves a short temporal-order task - piped' {
            $run = [pscustomobject]@{ Task = 'TemporalOrder'; Length = 10; Seed = 13 } | Invoke-RnnTraining -HiddenSize 20 -LearningRate 0.03 -BatchSize 50 -ValidationSize 500 -CheckEvery 50
            $run.Status | Should -Be 'Solved'
        }
        It 'echoes the seed - parameter' {
            (Invoke-RnnTraining TemporalOrder 10 -Seed 14 -MaxIterations 5).Seed | Should -Be 14
        }
        It 'echoes the seed - piped' {
            (13..14 | ForEach-Object { [pscustomobject]@{ Task = 'TemporalOrder'; Length = 10; Seed = $_ } } | Invoke-RnnTraining -MaxIterations 5 | ForEach-Object Seed) | Should -Be @(13, 14)
        }
    }

    Context 'history' {
        It 'holds one record per check - parameter' {
            $run = Invoke-RnnTraining -Task TemporalOrder -Length 10 -MaxIterations 101 -CheckEvery 50
            $run.History | Should -HaveCount 3
            "$($run.History)" | Should -Be '3 checks'
        }
        It 'expands into a table of checks - piped' {
            $checks = Invoke-RnnTraining -Task TemporalOrder -Length 10 -MaxIterations 101 -CheckEvery 50 | Select-Object -ExpandProperty History
            @($checks | ForEach-Object Iteration) | Should -Be @(0, 50, 100)
        }
        It 'appends the checks and their temporal components to files - parameter' {
            $checks = Join-Path TestDrive: 'checks.csv'
            $temporal = Join-Path TestDrive: 'temporal.csv'
            Invoke-RnnTraining -Task TemporalOrder -Length 10 -MaxIterations 101 -CheckEvery 50 -HistoryPath $checks -TemporalPath $temporal | Out-Null
            @(Import-Csv $checks | ForEach-Object Iteration) | Should -Be @('0', '50', '100')
            @(Import-Csv $temporal | Where-Object Iteration -EQ 100 | ForEach-Object Step)[0] | Should -Be '0'
        }
        It 'writes no history files with -WhatIf - parameter' {
            $temporal = Join-Path TestDrive: 'whatif-temporal.csv'
            Invoke-RnnTraining -Task TemporalOrder -Length 10 -MaxIterations 5 -TemporalPath $temporal -WhatIf | Out-Null
            Test-Path $temporal | Should -BeFalse
        }
    }

    Context 'culture' {
        It 'reads strings with the invariant culture - piped' {
            $before = [cultureinfo]::CurrentCulture
            try {
                [cultureinfo]::CurrentCulture = 'de-DE'
                $run = [pscustomobject]@{ Task = 'TemporalOrder'; Length = '10'; LearningRate = '0.03' } | Invoke-RnnTraining -MaxIterations 5
                $run.LearningRate | Should -Be 0.03
            }
            finally { [cultureinfo]::CurrentCulture = $before }
        }
    }

    Context 'checkpoints' {
        It 'writes none with -WhatIf - parameter' {
            $folder = Join-Path TestDrive: 'whatif'
            Invoke-RnnTraining -Task TemporalOrder -Length 10 -MaxIterations 5 -CheckpointPath $folder -WhatIf | Out-Null
            Test-Path $folder | Should -BeFalse
        }
        It 'resumes to the same end as a straight run - parameter' {
            $folder = Join-Path TestDrive: 'resume'
            $straight = Invoke-RnnTraining -Task TemporalOrder @Small -MaxIterations 150 -CheckEvery 10 -LearningRate 0.003
            Invoke-RnnTraining -Task TemporalOrder @Small -MaxIterations 100 -CheckEvery 10 -LearningRate 0.003 -CheckpointPath $folder | Out-Null
            $resumed = Invoke-RnnTraining -Task TemporalOrder @Small -MaxIterations 150 -CheckEvery 10 -LearningRate 0.003 -CheckpointPath $folder -Resume
            $resumed.FinalValidLoss | Should -Be $straight.FinalValidLoss
            $resumed.Iterations | Should -Be 150
        }
    }

    Context 'errors' {
        It 'rejects an unknown direction - parameter' {
            { Invoke-RnnTraining -Task TemporalOrder -Direction sideways } | Should -Throw -ErrorId 'InvalidHyperParameter,*'
        }
        It 'warns about a divergence instead of failing - parameter' {
            $run = Invoke-RnnTraining -Task Addition -Length 10 -StepRule Constant -LearningRate 1e30 -WarningVariable warnings -WarningAction SilentlyContinue
            $run.Status | Should -Be 'Diverged'
            $warnings | Should -Not -BeNullOrEmpty
        }
    }
}
