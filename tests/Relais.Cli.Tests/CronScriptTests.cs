using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace Relais.Cli.Tests;

/// <summary>scripts/cron_autofill.sh against a real <c>relais serve</c>, with an API token, as system cron would run it.</summary>
public sealed class CronScriptTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task CronScript_ValidTokenAndNewMail_PrintsTheSummaryAndExitsZero()
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var server = _cli.RunAsync(["--urls", url], stop.Token);
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        await WaitForHealthAsync(http, server);
        var token = (await _cli.RunAsync("token", "create", "--team", "Démo", "--name", "cron", "--role", "manager")).Output.Trim();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var mail = new ByteArrayContent(Encoding.UTF8.GetBytes(
            "From: Paul Martin <paul.martin@acme-gestion.fr>\r\nTo: camille.bertrand@relais-demo.fr\r\nSubject: Devis\r\nMessage-ID: <cron-1@acme-gestion.fr>\r\n" +
            "Date: Mon, 1 Dec 2025 10:00:00 +0100\r\n\r\nBonjour,\r\nPourriez-vous m'envoyer un devis ?\r\n\r\nCordialement,\r\nPaul Martin\r\nDirecteur financier\r\nACME Gestion\r\n"));
        mail.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
        var upload = await http.PostAsync("/api/v1/emails", mail);

        var run = await ScriptAsync(url, token, "7", "10", "0.92");
        var refused = await ScriptAsync(url, "rls_not-a-token", "7", "10", "0.92");
        var badArgs = await ScriptAsync(url, token, "0", "10", "0.92");
        await stop.CancelAsync();
        await server;

        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("🔄 Starting Autofill Cron Job", run.Output, StringComparison.Ordinal);
        Assert.Contains("⚙️  Config: days_back=7, max_emails=10, threshold=0.92", run.Output, StringComparison.Ordinal);
        Assert.Contains("✅ Job completed successfully!", run.Output, StringComparison.Ordinal);
        Assert.Contains("📧 Emails processed: 1\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("🎯 Intents detected: 1 (+ 0 cached)", run.Output, StringComparison.Ordinal);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("HTTP 401", refused.Error, StringComparison.Ordinal);
        Assert.Equal(1, badArgs.ExitCode);
        Assert.Contains("days_back must be 1 to 365", badArgs.Error, StringComparison.Ordinal);
    }

    private static async Task<CliResult> ScriptAsync(string url, string token, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(Repository(), "scripts", "cron_autofill.sh"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["RELAIS_URL"] = url;
        start.Environment["RELAIS_API_TOKEN"] = token;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await output, await error);
    }

    private static string Repository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Relais.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root (Relais.slnx) is not above the test's folder.");
    }

    private static async Task WaitForHealthAsync(HttpClient http, Task<CliResult> server)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (server.IsCompleted)
            {
                throw new InvalidOperationException($"relais serve stopped early: {(await server).Error}");
            }

            try
            {
                await http.GetStringAsync("/api/v1/health");
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException("relais serve did not answer /api/v1/health within 30 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
