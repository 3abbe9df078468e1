using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Relais.Data;
using Relais.Data.Model;
using Relais.Server.Api;
using Relais.Server.Features.Auth;
using Relais.Server.Features.Secrets;

namespace Relais.Server.Features.EmailAccounts;

internal static class EmailAccountsEndpoints
{
    public static RouteGroupBuilder MapEmailAccountsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(ApiExtensions.Prefix + "/email-accounts").WithTags("Email accounts").RequireAuthorization(Policies.Admin);
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:guid}", GetAsync);
        group.MapPost("/", CreateAsync);
        group.MapPut("/{id:guid}", UpdateAsync);
        group.MapDelete("/{id:guid}", DeleteAsync);
        group.MapPost("/{id:guid}/test", TestAsync).WithSummary("Connect, log in and list the folders a sync would read.");
        group.MapPost("/{id:guid}/sync", SyncAsync).WithSummary("Sync the mailbox now and answer what was stored.");
        return group;
    }

    private static async Task<Ok<List<EmailAccountResponse>>> ListAsync(RelaisDbContext db, CancellationToken cancellationToken)
    {
        var accounts = await db.EmailAccounts.AsNoTracking().OrderBy(a => a.Name).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        var folders = (await db.EmailFolders.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(f => f.AccountId);
        return TypedResults.Ok(accounts.Select(a => EmailAccountResponse.Of(a, folders[a.Id])).ToList());
    }

    private static async Task<Results<Ok<EmailAccountResponse>, NotFound>> GetAsync(Guid id, RelaisDbContext db, CancellationToken cancellationToken) =>
        await ResponseAsync(db, id, cancellationToken) is { } account ? TypedResults.Ok(account) : TypedResults.NotFound();

    private static async Task<Created<EmailAccountResponse>> CreateAsync(
        EmailAccountInput input, RelaisDbContext db, SecretBox secrets, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var account = new EmailAccount { Name = input.Name, Host = input.Host, Username = input.Username, CreatedAt = now, UpdatedAt = now };
        input.ApplyTo(account);
        SetPassword(account, input.Password, secrets);
        db.EmailAccounts.Add(account);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{ApiExtensions.Prefix}/email-accounts/{account.Id}", EmailAccountResponse.Of(account, []));
    }

    private static async Task<Results<Ok<EmailAccountResponse>, NotFound>> UpdateAsync(
        Guid id, EmailAccountInput input, RelaisDbContext db, SecretBox secrets, TimeProvider time, CancellationToken cancellationToken)
    {
        var account = await db.EmailAccounts.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (account is null)
        {
            return TypedResults.NotFound();
        }

        var mailbox = (account.Host, account.Port, account.Username);
        input.ApplyTo(account);
        SetPassword(account, input.Password, secrets);
        account.UpdatedAt = time.GetUtcNow();
        var states = await db.EmailFolders.Where(f => f.AccountId == id).ToListAsync(cancellationToken);

        // Another mailbox starts from nothing; a folder no longer synced drops its state.
        var stale = mailbox != (account.Host, account.Port, account.Username)
            ? states
            : account.Folders.Count > 0 ? [.. states.Where(f => !account.Folders.Contains(f.Path, StringComparer.Ordinal) && !IsInbox(f, account.Folders))] : [];
        db.EmailFolders.RemoveRange(stale);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(EmailAccountResponse.Of(account, states.Except(stale)));
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, RelaisDbContext db, CancellationToken cancellationToken) =>
        await Rows.RemoveAsync<EmailAccount>(db, id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Ok<ConnectionTestResponse>, NotFound>> TestAsync(
        Guid id, RelaisDbContext db, ImapConnector connector, CancellationToken cancellationToken)
    {
        var account = await db.EmailAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return account is null ? TypedResults.NotFound() : TypedResults.Ok(await connector.TestAsync(account, cancellationToken));
    }

    private static async Task<Results<Ok<SyncReport>, NotFound, Conflict<ProblemDetails>>> SyncAsync(
        Guid id, RelaisDbContext db, MailSync sync, CancellationToken cancellationToken)
    {
        var account = await db.EmailAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (account is null)
        {
            return TypedResults.NotFound();
        }

        if (!account.Consent)
        {
            return Conflict("The mailbox owner's consent is not recorded.", "Set consent to true once the owner has agreed to the analysis of this mailbox.");
        }

        return await sync.SyncAsync(account, cancellationToken) is { } report
            ? TypedResults.Ok(report)
            : Conflict("A sync of this mailbox is already running.", "Wait for it to finish; its result will show in last_sync_at and last_error.");
    }

    private static void SetPassword(EmailAccount account, string? password, SecretBox secrets)
    {
        if (password is not null)
        {
            account.EncryptedSecret = password.Length == 0 ? null : secrets.Seal(password, ImapConnector.SecretContext(account.Id));
        }
    }

    private static bool IsInbox(EmailFolder folder, List<string> configured) =>
        folder.Role == FolderRole.Inbox && configured.Contains("INBOX", StringComparer.OrdinalIgnoreCase);

    private static async Task<EmailAccountResponse?> ResponseAsync(RelaisDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var account = await db.EmailAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return account is null
            ? null
            : EmailAccountResponse.Of(account, await db.EmailFolders.AsNoTracking().Where(f => f.AccountId == id).ToListAsync(cancellationToken));
    }

    private static Conflict<ProblemDetails> Conflict(string title, string detail) => TypedResults.Conflict(new ProblemDetails
    {
        Status = StatusCodes.Status409Conflict,
        Title = title,
        Detail = detail,
    });
}
