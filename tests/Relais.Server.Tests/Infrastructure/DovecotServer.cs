using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MimeKit;

namespace Relais.Server.Tests.Infrastructure;

/// <summary>
/// A real Dovecot IMAP server on 127.0.0.1 for one test class: its own configuration, users,
/// maildirs, sockets and log in a temporary directory; plain login without TLS (loopback only); a
/// folder named "Sent" carries SPECIAL-USE \Sent, any other folder none. Each test takes its own
/// user (<see cref="AddUser"/>), so tests share the server but no mailbox.
/// </summary>
public sealed class DovecotServer : IAsyncLifetime
{
    public const string Binary = "/usr/sbin/dovecot";
    public const string Host = "127.0.0.1";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);
    private readonly string _root = Directory.CreateTempSubdirectory("relais-dovecot-").FullName;
    /// <summary>Mailboxes written before Dovecot starts: it reads its passwd-file again only when the file's mtime moves, in whole seconds.</summary>
    private const int Mailboxes = 200;

    private readonly Lock _usersLock = new();
    private readonly List<(string User, string Password)> _mailboxes = [];
    private Process? _process;
    private int _users;

    public int Port { get; private set; }

    private string ConfigPath => Path.Combine(_root, "dovecot.conf");

    private string LogPath => Path.Combine(_root, "dovecot.log");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Binary))
        {
            throw new InvalidOperationException(
                $"Dovecot is not installed ({Binary}): the IMAP tests need a real server. Run ./test.sh, which installs dovecot-imapd, or apt-get install dovecot-imapd.");
        }

        Port = FreePort();
        if (!OperatingSystem.IsWindows())
        {
            // Dovecot's own processes (users dovecot and dovenull when run as root) must reach their sockets and the maildirs.
            File.SetUnixFileMode(_root, (UnixFileMode)0b111_101_101);
            Directory.CreateDirectory(Path.Combine(_root, "mail"));
            File.SetUnixFileMode(Path.Combine(_root, "mail"), (UnixFileMode)0b1_111_111_111);
        }

        for (var i = 1; i <= Mailboxes; i++)
        {
            _mailboxes.Add((string.Create(CultureInfo.InvariantCulture, $"camille.bertrand{i}@relais-demo.fr"), Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12))));
        }

        await File.WriteAllLinesAsync(Path.Combine(_root, "passwd"), _mailboxes.Select(m => $"{m.User}:{{PLAIN}}{m.Password}"));
        await File.WriteAllTextAsync(ConfigPath, Configuration());
        var start = new ProcessStartInfo(Binary) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-F");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(ConfigPath);
        _process = Process.Start(start) ?? throw new InvalidOperationException("Dovecot did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilListeningAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { } process)
        {
            if (!process.HasExited)
            {
                // A clean stop first (the master ends its children), then the whole tree if it lingers.
                using var stop = Process.Start(Binary, ["-c", ConfigPath, "stop"])!;
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                try
                {
                    await stop.WaitForExitAsync(wait.Token);
                    await process.WaitForExitAsync(wait.Token);
                }
                catch (OperationCanceledException)
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync(CancellationToken.None);
                }
            }

            process.Dispose();
        }

        Directory.Delete(_root, recursive: true);
    }

    /// <summary>A mailbox no test used yet; its name is an address, as most providers' are.</summary>
    public (string User, string Password) AddUser()
    {
        lock (_usersLock)
        {
            return _users < _mailboxes.Count
                ? _mailboxes[_users++]
                : throw new InvalidOperationException($"The fixture has {Mailboxes} mailboxes; raise {nameof(Mailboxes)}.");
        }
    }

    /// <summary>Appends raw messages to <paramref name="folder"/> (created when missing), as a mail client would; returns their UIDs.</summary>
    public async Task<IReadOnlyList<uint>> AppendAsync((string User, string Password) mailbox, string folder, params string[] messages)
    {
        using var client = await ConnectAsync(mailbox);
        var target = string.Equals(folder, "INBOX", StringComparison.OrdinalIgnoreCase)
            ? client.Inbox
            : (await client.GetFoldersAsync(client.PersonalNamespaces[0])).FirstOrDefault(f => f.FullName == folder)
              ?? await client.GetFolder(client.PersonalNamespaces[0]).CreateAsync(folder, isMessageFolder: true)
              ?? throw new InvalidOperationException($"Dovecot did not create {folder}.");
        var uids = new List<uint>();
        var date = new DateTimeOffset(2025, 6, 2, 8, 0, 0, TimeSpan.Zero);
        foreach (var raw in messages)
        {
            using var message = MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw)));
            date = date.AddMinutes(7);
            var uid = await target.AppendAsync(new AppendRequest(message, MessageFlags.None, date));
            uids.Add(uid?.Id ?? throw new InvalidOperationException("Dovecot did not answer the UID (UIDPLUS)."));
        }

        await client.DisconnectAsync(quit: true);
        return uids;
    }

    public async Task<ImapClient> ConnectAsync((string User, string Password) mailbox)
    {
        var client = new ImapClient { Timeout = 15_000 };
        await client.ConnectAsync(Host, Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(mailbox.User, mailbox.Password);
        return client;
    }

    /// <summary>A port on which nothing listens (connections are refused at once).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilListeningAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"Dovecot exited at start (code {_process.ExitCode}): {LogTail()}");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(Host, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"Dovecot did not listen on {Host}:{Port} within {StartTimeout.TotalSeconds} s: {LogTail()}");
    }

    private string LogTail() => File.Exists(LogPath) ? string.Join(" | ", File.ReadLines(LogPath).TakeLast(10)) : "no log";

    private string Configuration()
    {
        var root = Environment.UserName == "root";
        var (internalUser, loginUser) = root ? ("dovecot", "dovenull") : (Environment.UserName, Environment.UserName);
        var internalGroup = root ? "default_internal_group = dovecot" : string.Empty;
        var (mailUid, mailGid) = root ? ("dovecot", "dovecot") : (Environment.UserName, OwnGroupId());
        return $$"""
            protocols = imap
            listen = {{Host}}
            base_dir = {{_root}}/run
            state_dir = {{_root}}/state
            log_path = {{LogPath}}
            ssl = no
            disable_plaintext_auth = no
            auth_mechanisms = plain login
            auth_failure_delay = 0
            default_internal_user = {{internalUser}}
            {{internalGroup}}
            default_login_user = {{loginUser}}
            first_valid_uid = 1
            first_valid_gid = 1
            mail_location = maildir:~/Maildir
            service imap-login {
              chroot =
              inet_listener imap {
                address = {{Host}}
                port = {{Port}}
              }
              inet_listener imaps {
                port = 0
              }
            }
            service anvil {
              chroot =
              # No auth penalty: the tests' wrong passwords would slow every later login from 127.0.0.1.
              unix_listener anvil-auth-penalty {
                mode = 0
              }
            }
            passdb {
              driver = passwd-file
              args = scheme=PLAIN username_format=%u {{_root}}/passwd
            }
            userdb {
              driver = static
              args = uid={{mailUid}} gid={{mailGid}} home={{_root}}/mail/%u
            }
            namespace inbox {
              inbox = yes
              separator = /
              mailbox Sent {
                special_use = \Sent
              }
            }

            """;
    }

    private static string OwnGroupId() =>
        File.ReadLines("/proc/self/status").First(l => l.StartsWith("Gid:", StringComparison.Ordinal)).Split('\t', StringSplitOptions.RemoveEmptyEntries)[1];
}
