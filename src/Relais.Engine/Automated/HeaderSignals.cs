using MimeKit;

namespace Relais.Engine.Automated;

/// <summary>What the headers and the MIME structure say about automated mail (RFC 3834, RFC 3464, RFC 2369).</summary>
internal readonly record struct HeaderSignals
{
    public bool DeliveryReport { get; init; }
    public bool DispositionReport { get; init; }
    public bool NullReturnPath { get; init; }

    /// <summary>The Auto-Submitted value when it is not "no" (auto-replied, auto-generated, auto-notified).</summary>
    public string? AutoSubmitted { get; init; }

    /// <summary>X-Autoreply, X-Autorespond, X-Autoresponder or Precedence: auto_reply.</summary>
    public bool AutoReplyHeader { get; init; }

    /// <summary>Precedence bulk/junk/list, List-Id, List-Unsubscribe.</summary>
    public bool ListOrBulk { get; init; }

    public static HeaderSignals Of(MimeMessage message)
    {
        var headers = message.Headers;
        var precedence = Value(headers, "Precedence")?.ToLowerInvariant();
        var autoSubmitted = Value(headers, "Auto-Submitted");
        var returnPath = Value(headers, "Return-Path");
        return new HeaderSignals
        {
            DeliveryReport = Reports.Has(message.Body, delivery: true),
            DispositionReport = Reports.Has(message.Body, delivery: false),
            NullReturnPath = returnPath is not null && IsNullPath(returnPath),
            AutoSubmitted = autoSubmitted is null || autoSubmitted.StartsWith("no", StringComparison.OrdinalIgnoreCase)
                ? null
                : autoSubmitted.ToLowerInvariant(),
            AutoReplyHeader = headers.Contains("X-Autoreply") || headers.Contains("X-Autorespond")
                || headers.Contains("X-Autoresponder") || headers.Contains("X-Auto-Reply") || precedence == "auto_reply",
            ListOrBulk = precedence is "bulk" or "junk" or "list" || headers.Contains("List-Id") || headers.Contains("List-Unsubscribe"),
        };
    }

    private static string? Value(HeaderList headers, string name)
    {
        var value = headers[name];
        return value is null ? null : value.Trim();
    }

    // "<>" as RFC 5321 writes the null reverse-path; some gateways write "< >" or "<<>>".
    private static bool IsNullPath(string value) => !value.AsSpan().ContainsAnyExcept("<> \t");
}

/// <summary>multipart/report parts: delivery status (bounces) or disposition notifications (read receipts).</summary>
internal static class Reports
{
    private const int MaxParts = 64;

    public static bool Has(MimeEntity? body, bool delivery)
    {
        if (body is MultipartReport report)
        {
            var type = report.ReportType ?? "";
            // Abuse feedback reports (RFC 5965) come back like bounces and are counted with them.
            if (delivery ? type.Contains("delivery-status", StringComparison.OrdinalIgnoreCase) || type.Contains("feedback-report", StringComparison.OrdinalIgnoreCase)
                         : type.Contains("disposition-notification", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        if (body is not Multipart)
        {
            return false;
        }

        var seen = 0;
        foreach (var part in body is Multipart m ? Flatten(m, 0) : [])
        {
            if (++seen > MaxParts)
            {
                break;
            }

            var ct = part.ContentType;
            if (delivery
                ? ct.IsMimeType("message", "delivery-status") || ct.IsMimeType("message", "global-delivery-status") || ct.IsMimeType("message", "feedback-report")
                : ct.IsMimeType("message", "disposition-notification"))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<MimeEntity> Flatten(Multipart multipart, int depth)
    {
        foreach (var child in multipart)
        {
            yield return child;
            if (child is Multipart nested && depth < 8)
            {
                foreach (var inner in Flatten(nested, depth + 1))
                {
                    yield return inner;
                }
            }
        }
    }
}
