using Microsoft.EntityFrameworkCore;
using Relais.Data.Model;

namespace Relais.Cli.Tests.Autofill;

/// <summary><c>relais import</c> and <c>relais autofill run</c> on the embedded database, as an operator types them.</summary>
public sealed class ImportAndRunTests : IDisposable
{
    private readonly CliRunner _cli = new();
    private readonly TempFolder _mail = new();

    public void Dispose()
    {
        _cli.Dispose();
        _mail.Dispose();
    }

    private static string Message(int i, string from) => $"From: Contact {i} <{from}>\r\nTo: ventes@acme-gestion.fr\r\nSubject: Demande {i}\r\n" +
        $"Message-ID: <import-{i}@example.test>\r\nDate: Mon, 1 Dec 2025 10:{i:00}:00 +0100\r\n\r\nBonjour,\r\n\r\nPourriez-vous nous faire un devis ?\r\n\r\n" +
        $"Cordialement,\r\nJean Dupont\r\nDirecteur commercial\r\nBanque Dupont\r\nTél. : +33 1 42 68 53 {i:00}\r\n";

    [Fact]
    public async Task ImportThenRun_EmlFolderAndMbox_StoresEachOnceAndPrintsTheSummary()
    {
        Assert.Equal(0, (await _cli.RunAsync("user", "create", "--team", "Banque", "--email", "admin@banque.test", "--password", "mot de passe sûr", "--role", "admin")).ExitCode);
        _mail.Write("eml/a.eml", Message(1, "jean.dupont@banque-dupont.fr"));
        _mail.Write("eml/b/b.eml", Message(2, "jean.dupont@banque-dupont.fr"));
        var mbox = _mail.Write("all.mbox", string.Concat(Enumerable.Range(1, 3).Select(i => "From x@y Mon Dec  1 10:00:00 2025\n" + Message(i, "jean.dupont@banque-dupont.fr").Replace("\r\n", "\n", StringComparison.Ordinal) + "\n")));

        var first = await _cli.RunAsync("import", Path.Combine(_mail.Path, "eml"));
        var second = await _cli.RunAsync("import", mbox);
        var run = await _cli.RunAsync("autofill", "run", "--days-back", "1", "--max-emails", "100");
        await using var db = _cli.OpenDatabase();
        var person = await db.People.SingleAsync();

        Assert.Equal(0, first.ExitCode);
        Assert.StartsWith("Imported 2 messages: 2 stored, 0 already there", first.Output, StringComparison.Ordinal);
        Assert.StartsWith("Imported 3 messages: 1 stored, 2 already there", second.Output, StringComparison.Ordinal);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("📧 Emails processed: 3\n", run.Output, StringComparison.Ordinal);
        Assert.Equal(3, await db.EmailMessages.CountAsync(e => e.AnalysisState == AnalysisState.Done));
        Assert.Equal("jean.dupont@banque-dupont.fr", person.Email);
        Assert.Equal("Dupont", person.LastName);
    }

    [Theory]
    [InlineData("import", "/no/such/folder", "relais import: no such file or folder: /no/such/folder")]
    [InlineData("autofill", "--days-back=0", "relais autofill run: --days-back takes 1 to 365")]
    public async Task BadInput_OneLineOnStderrExitOne(string verb, string argument, string message)
    {
        await _cli.RunAsync("user", "create", "--team", "Banque", "--email", "admin@banque.test", "--password", "mot de passe sûr", "--role", "admin");

        var result = verb == "import" ? await _cli.RunAsync("import", argument) : await _cli.RunAsync("autofill", "run", argument);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith(message, result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Trim().Split('\n'));
    }
}
