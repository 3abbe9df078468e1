using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace Relais.Cli.Tests;

public sealed class ServeTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task NoVerb_FreshDataDir_ServesHealthDocsAndTheDemoLogin()
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var server = _cli.RunAsync(["--urls", url], stop.Token);
        using var http = new HttpClient { BaseAddress = new Uri(url) };

        var health = await WaitForHealthAsync(http, server);
        var docs = await http.GetAsync("/api/v1/docs/");
        var login = await http.PostAsJsonAsync("/api/v1/auth/login", new { email = "admin@demo.relais", password = "relais-demo" });
        var token = (await login.Content.ReadFromJsonAsync<JsonObject>())!;
        await stop.CancelAsync();
        var exit = await server;

        Assert.Equal("""{"status":"ok"}""", health);
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal("bearer", token["token_type"]!.GetValue<string>());
        Assert.Equal(0, exit.ExitCode);
        Assert.True(File.Exists(Path.Combine(_cli.DataDir, "keys", "jwt-signing.key")));
    }

    private static async Task<string> WaitForHealthAsync(HttpClient http, Task<CliResult> server)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (server.IsCompleted)
            {
                throw new InvalidOperationException($"relais serve stopped early: {(await server).Error}");
            }

            try
            {
                return await http.GetStringAsync("/api/v1/health");
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException("relais serve did not answer /api/v1/health within 20 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
