namespace Relais.Cli.Tests;

/// <summary>A scratch folder deleted at the end of the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder(string? name = null)
    {
        Root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "relais-cli-tests-" + Guid.NewGuid().ToString("N"));
        Path = name is null ? Root : System.IO.Path.Combine(Root, name);
        Directory.CreateDirectory(Path);
    }

    public string Root { get; }

    public string Path { get; }

    public string Write(string relative, string content)
    {
        var file = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, content);
        return file;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
