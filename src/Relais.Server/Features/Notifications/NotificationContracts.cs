using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Relais.Data.Model;
using Relais.Server.Api;

namespace Relais.Server.Features.Notifications;

public sealed record NotificationInput(
    [Required] Guid? UserId,
    [Required, StringLength(64, MinimumLength = 1)] string Kind,
    [Required, StringLength(300, MinimumLength = 1)] string Title,
    [StringLength(2000)] string? Message = null,
    [StringLength(500), SafeLink] string? Link = null);

public sealed record NotificationFilter
{
    [FromQuery(Name = "unread")]
    public bool? Unread { get; init; }
}

internal sealed record NotificationResponse(Guid Id, Guid UserId, string Kind, string Title, string? Message, string? Link, bool Read, DateTimeOffset CreatedAt)
{
    public static readonly Projection<Notification, NotificationResponse> Map = new(n => new NotificationResponse(
        n.Id, n.UserId, n.Kind, n.Title, n.Message, n.Link, n.Read, n.CreatedAt));
}
