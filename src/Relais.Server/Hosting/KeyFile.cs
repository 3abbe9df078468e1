namespace Relais.Server.Hosting;

/// <summary>
/// A random key kept as base64 in <c>DATA_DIR/keys/NAME</c>, owner-only (0600 in a 0700 directory),
/// created on first use. When several processes start at once, the first one to create the file
/// wins and the others read its key.
/// </summary>
internal static class KeyFile
{
    public static byte[] ReadOrCreate(string dataDir, string name, int length)
    {
        var directory = Path.Combine(dataDir, "keys");
        var path = Path.Combine(directory, name);
        if (!File.Exists(path))
        {
            Create(directory, path, length);
        }

        return Convert.FromBase64String(File.ReadAllText(path).Trim());
    }

    private static void Create(string directory, string path, int length)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var writer = new StreamWriter(path, options);
            writer.Write(Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(length)));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: use theirs.
        }
    }
}
