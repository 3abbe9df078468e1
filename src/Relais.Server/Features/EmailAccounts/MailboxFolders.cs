using System.Collections.Frozen;
using System.Text;
using MailKit;
using MailKit.Net.Imap;
using Relais.Data.Model;

namespace Relais.Server.Features.EmailAccounts;

/// <summary>
/// The folders an account syncs: exactly its configured ones, or else the inbox and the sent folder,
/// found by SPECIAL-USE (<c>\Sent</c>) when the server has it, otherwise by its usual French or
/// English name, at the top or under the inbox.
/// </summary>
internal static class MailboxFolders
{
    private static readonly FrozenSet<string> SentNames = new[]
    {
        "Sent", "Sent Items", "Sent Messages", "Sent Mail", "Envoyés", "Éléments envoyés", "Messages envoyés",
    }.Select(Normalize).ToFrozenSet(StringComparer.Ordinal);

    public static async Task<IReadOnlyList<(IMailFolder Folder, FolderRole Role)>> ResolveAsync(
        ImapClient client, IReadOnlyList<string> configured, CancellationToken cancellationToken)
    {
        if (configured.Count > 0)
        {
            var folders = new List<(IMailFolder, FolderRole)>();
            foreach (var path in configured)
            {
                var folder = string.Equals(path, "INBOX", StringComparison.OrdinalIgnoreCase)
                    ? client.Inbox
                    : await client.GetFolderAsync(path, cancellationToken);
                folders.Add((folder, RoleOf(folder, client.Inbox)));
            }

            return folders;
        }

        var sent = await FindSentAsync(client, cancellationToken);
        return sent is null ? [(client.Inbox, FolderRole.Inbox)] : [(client.Inbox, FolderRole.Inbox), (sent, FolderRole.Sent)];
    }

    /// <summary>True for the usual names of a sent folder, also as "INBOX.Sent" or "INBOX/Envoyés", in any case.</summary>
    public static bool IsSentName(string fullName, char separator)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        var name = fullName;
        foreach (var prefix in new[] { $"INBOX{separator}", "INBOX.", "INBOX/" })
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                name = name[prefix.Length..];
                break;
            }
        }

        return SentNames.Contains(Normalize(name));
    }

    private static async Task<IMailFolder?> FindSentAsync(ImapClient client, CancellationToken cancellationToken)
    {
        if ((client.Capabilities & (ImapCapabilities.SpecialUse | ImapCapabilities.XList)) != 0 && client.GetFolder(SpecialFolder.Sent) is { } special)
        {
            return special;
        }

        var all = new List<IMailFolder>();
        foreach (var space in client.PersonalNamespaces.Count > 0 ? client.PersonalNamespaces : [new FolderNamespace('/', string.Empty)])
        {
            all.AddRange(await client.GetFoldersAsync(space, cancellationToken: cancellationToken));
        }

        // A top-level name wins over the same name under the inbox.
        return all.FirstOrDefault(f => f.Attributes.HasFlag(FolderAttributes.Sent))
            ?? all.Where(f => IsSentName(f.FullName, f.DirectorySeparator)).OrderBy(f => f.FullName.Length).FirstOrDefault();
    }

    private static FolderRole RoleOf(IMailFolder folder, IMailFolder inbox) =>
        ReferenceEquals(folder, inbox) || string.Equals(folder.FullName, inbox.FullName, StringComparison.OrdinalIgnoreCase) ? FolderRole.Inbox
        : folder.Attributes.HasFlag(FolderAttributes.Sent) || IsSentName(folder.FullName, folder.DirectorySeparator) ? FolderRole.Sent
        : FolderRole.Other;

    private static string Normalize(string name) => name.Trim().Normalize(NormalizationForm.FormC).ToUpperInvariant();
}
