using Relais.Cli.Train;

namespace Relais.Cli.Tests.Train;

/// <summary>The committed signature model is reproducible: `relais train signatures` writes it byte for byte.</summary>
public sealed class SignatureModelTests
{
    [Fact]
    public void ShippedSignatureModel_IsWhatTrainingOnForgeAndGeneratedMailProduces()
    {
        var datasets = FindUp("shared/datasets");
        Assert.SkipWhen(datasets is null || !Directory.Exists(Path.Combine(datasets, "forge")), "shared/datasets/forge is not beside the repository");
        var shipped = FindUp("src/Relais.Engine/Signatures/signature-model.json")
            ?? throw new FileNotFoundException("The shipped signature model is not above the test directory.");
        using var folder = new TempFolder();
        var trained = Path.Combine(folder.Path, "signature-model.json");

        TrainSignaturesCommand.Run(datasets, trained, folds: 5, syntheticCount: 4000, seed: 20260, TextWriter.Null);

        Assert.Equal(File.ReadAllBytes(shipped), File.ReadAllBytes(trained));
    }

    private static string? FindUp(string relative)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relative);
            if (Directory.Exists(candidate) || File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
