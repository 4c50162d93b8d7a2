BeforeAll { . $PSScriptRoot/common.ps1 }

Describe 'New-RnnModel' {
    Context 'initialisation' {
        It 'creates the sizes asked for - parameter' {
            $model = New-RnnModel -InputSize 6 -HiddenSize 8 -OutputSize 4 -OutputFunction Softmax
            $model.InputSize | Should -Be 6
            $model.HiddenSize | Should -Be 8
            $model.OutputFunction | Should -Be 'Softmax'
            $model.Precision | Should -Be 'Float32'
        }
        It 'creates the sizes asked for - piped' {
            $model = [pscustomobject]@{ InputSize = '2'; HiddenSize = '5'; OutputSize = '1' } | New-RnnModel
            $model.HiddenSize | Should -Be 5
        }
        It 'scales W_rec to the spectral radius - parameter' {
            (New-RnnModel -InputSize 2 -HiddenSize 10 -OutputSize 1 -SpectralRadius 0.9 | Get-RnnSpectrum).Rho | Should -BeGreaterThan 0.899999
        }
        It 'parses the spectral radius invariantly under de-DE - piped' {
            $previous = [cultureinfo]::CurrentCulture
            try {
                [cultureinfo]::CurrentCulture = 'de-DE'
                $rho = ([pscustomobject]@{ InputSize = 2; HiddenSize = 10; OutputSize = 1; SpectralRadius = '0.8' } | New-RnnModel | Get-RnnSpectrum).Rho
                [math]::Round($rho, 6) | Should -Be 0.8
            }
            finally { [cultureinfo]::CurrentCulture = $previous }
        }
    }
    Context 'errors' {
        It 'refuses an unknown initialiser - parameter' {
            { New-RnnModel -InputSize 2 -OutputSize 1 -WRecInit frobnicate } | Should -Throw -ErrorId 'InvalidHyperParameter,*'
        }
    }
}
