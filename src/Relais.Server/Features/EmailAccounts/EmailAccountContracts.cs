using System.ComponentModel.DataAnnotations;
using System.Net;
using Relais.Data.Model;

namespace Relais.Server.Features.EmailAccounts;

/// <summary>
/// The writable fields of a mailbox (POST creates, PUT replaces). The password is write-only: on PUT,
/// null keeps the stored one and an empty string removes it.
/// </summary>
public sealed record EmailAccountInput(
    [Required, StringLength(200)] string Name,
    [Required, StringLength(253)] string Host,
    [Required, StringLength(320)] string Username,
    [Range(1, 65535)] int? Port = null,
    TlsMode TlsMode = TlsMode.Tls,
    [StringLength(1000)] string? Password = null,
    [EmailAddress, StringLength(320)] string? Address = null,
    [MaxLength(20)] IReadOnlyList<string>? Folders = null,
    bool Consent = false,
    bool Active = true) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var host = Host?.Trim() ?? string.Empty;
        if (host.Length > 0 && Uri.CheckHostName(host) == UriHostNameType.Unknown)
        {
            yield return new ValidationResult("Give a host name or an IP address, without scheme or port (imap.example.fr).", [nameof(Host)]);
        }

        if (TlsMode == TlsMode.None && host.Length > 0 && !IsLoopback(host))
        {
            yield return new ValidationResult(
                "tls_mode 'none' sends the password in clear: it is only allowed for a server on this machine (127.0.0.1, ::1 or localhost). Use 'tls' or 'starttls'.",
                [nameof(TlsMode)]);
        }

        if (Folders is { } folders && folders.Any(f => string.IsNullOrWhiteSpace(f) || f.Length > 500))
        {
            yield return new ValidationResult("Each folder is a non-empty path of at most 500 characters; leave the list empty for the inbox and the sent folder.", [nameof(Folders)]);
        }
    }

    /// <summary>The port, or when none is given 993 for TLS and 143 otherwise.</summary>
    public int PortOrDefault() => Port ?? (TlsMode == TlsMode.Tls ? 993 : 143);

    public void ApplyTo(EmailAccount account)
    {
        account.Name = Name.Trim();
        account.Host = Host.Trim().ToLowerInvariant();
        account.Port = PortOrDefault();
        account.TlsMode = TlsMode;
        account.Username = Username.Trim();
        account.Address = Clean(Address)?.ToLowerInvariant() ?? (new EmailAddressAttribute().IsValid(account.Username) ? account.Username.ToLowerInvariant() : null);
        account.Folders = [.. (Folders ?? []).Select(f => f.Trim()).Distinct(StringComparer.Ordinal)];
        account.Consent = Consent;
        account.Active = Active;
    }

    internal static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>The sync state of one folder: messages up to <see cref="LastUid"/> are stored.</summary>
internal sealed record FolderStateResponse(string Path, FolderRole Role, long? UidValidity, long LastUid, DateTimeOffset? LastSyncAt);

/// <summary>A mailbox as the API shows it: never its password, only whether one is set.</summary>
internal sealed record EmailAccountResponse(
    Guid Id,
    string Name,
    string Host,
    int Port,
    TlsMode TlsMode,
    string Username,
    string? Address,
    bool HasPassword,
    IReadOnlyList<string> Folders,
    bool Consent,
    bool Active,
    DateTimeOffset? LastSyncAt,
    string? LastError,
    IReadOnlyList<FolderStateResponse> FolderStates,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static EmailAccountResponse Of(EmailAccount a, IEnumerable<EmailFolder> folders) => new(
        a.Id, a.Name, a.Host, a.Port, a.TlsMode, a.Username, a.Address, a.EncryptedSecret is not null, a.Folders, a.Consent, a.Active,
        a.LastSyncAt, a.LastError,
        [.. folders.OrderBy(f => f.Role).ThenBy(f => f.Path, StringComparer.Ordinal).Select(f => new FolderStateResponse(f.Path, f.Role, f.UidValidity, f.LastUid, f.LastSyncAt))],
        a.CreatedAt, a.UpdatedAt);
}

internal sealed record FolderInfo(string Path, FolderRole Role);

/// <summary>The answer of a connection test: a failure is an answer too (ok false, with what went wrong).</summary>
internal sealed record ConnectionTestResponse(bool Ok, IReadOnlyList<FolderInfo> Folders, string? Error);

/// <summary>What one sync did in one folder.</summary>
internal sealed record FolderReport(string Path, FolderRole Role)
{
    public int Fetched { get; set; }

    public int Stored { get; set; }

    public int Duplicates { get; set; }

    /// <summary>Messages over the size limit, left on the server.</summary>
    public int Skipped { get; set; }

    /// <summary>The folder's UIDVALIDITY changed, so it was read again from the start.</summary>
    public bool Reset { get; set; }

    public string? Error { get; set; }
}

/// <summary>What one sync of an account did: the totals, the counts per folder and the errors, if any.</summary>
internal sealed record SyncReport(bool Ok, int Fetched, int Stored, int Duplicates, IReadOnlyList<FolderReport> Folders, IReadOnlyList<string> Errors)
{
    public static SyncReport Of(IReadOnlyList<FolderReport> folders, IReadOnlyList<string> errors) =>
        new(errors.Count == 0, folders.Sum(f => f.Fetched), folders.Sum(f => f.Stored), folders.Sum(f => f.Duplicates), folders, errors);
}
