using Microsoft.EntityFrameworkCore;
using Relais.Data;
using Relais.Data.Model;
using Relais.Engine;
using Relais.Server.Features.Ai;

namespace Relais.Server.Features.Routing;

/// <summary>Builds what routing reads for a stored email (its interaction and analysis) or a pasted one (analysed on the spot).</summary>
internal static class RoutedEmails
{
    /// <summary>
    /// A stored email with its interaction (tracked when <paramref name="tracked"/>, for a real run); without one
    /// (not processed yet, or automated), a stand-in carrying the stored analysis, for a dry run.
    /// </summary>
    public static async Task<RoutedEmail?> StoredAsync(RelaisDbContext db, Guid emailId, CancellationToken cancellationToken, bool tracked = false)
    {
        var email = await db.EmailMessages.AsNoTracking().SingleOrDefaultAsync(e => e.Id == emailId, cancellationToken);
        if (email is null)
        {
            return null;
        }

        var interactions = tracked ? db.Interactions : db.Interactions.AsNoTracking();
        var analysis = await db.Analyses.AsNoTracking().Where(a => a.EmailMessageId == emailId)
            .Select(a => new { a.Intent, a.IntentConfidence, a.Automated, a.Text }).FirstOrDefaultAsync(cancellationToken);
        var interaction = await interactions.SingleOrDefaultAsync(i => i.EmailMessageId == emailId, cancellationToken)
            ?? new Interaction
            {
                TeamId = email.TeamId, Type = InteractionType.Email, EmailMessageId = tracked ? null : email.Id, PersonId = email.PersonId,
                Title = email.Subject ?? "(sans objet)", Intent = analysis?.Automated is null ? analysis?.Intent : null,
                IntentConfidence = analysis?.IntentConfidence, OccurredAt = email.SentAt ?? email.ReceivedAt,
            };
        var body = analysis?.Text ?? await db.EmailContents.Where(c => c.EmailMessageId == emailId).Select(c => c.TextBody).FirstOrDefaultAsync(cancellationToken);
        var person = await PersonAsync(db, interaction.PersonId ?? email.PersonId, cancellationToken);
        var organisation = await OrganisationAsync(db, interaction.OrganisationId, cancellationToken);
        return new RoutedEmail(
            interaction, email.FromEmail, email.FromName, email.Subject, body, email.MessageIdHeader, email.ThreadId,
            person, organisation?.Name, organisation?.PipelineStage, null, email.SentAt ?? email.ReceivedAt, analysis?.Automated is not null);
    }

    /// <summary>A pasted email: a stand-in interaction with the engine's intent, the sender looked up in the CRM.</summary>
    public static async Task<RoutedEmail> PastedAsync(
        RelaisDbContext db, Guid teamId, AnalyzeRequest input, EmailAnalysis analysis, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sender = input.FromEmail?.Trim().ToLowerInvariant();
        var personId = sender is null ? null : await db.People.Where(p => p.Email == sender).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
        var person = await PersonAsync(db, personId, cancellationToken);
        var organisationId = personId is null ? null : await db.PersonOrganisationLinks.Where(l => l.PersonId == personId)
            .OrderByDescending(l => l.IsPrimary).Select(l => (Guid?)l.OrganisationId).FirstOrDefaultAsync(cancellationToken);
        var organisation = await OrganisationAsync(db, organisationId, cancellationToken);
        var human = analysis.Automated is null;
        var interaction = new Interaction
        {
            TeamId = teamId, Type = InteractionType.Email, PersonId = personId, OrganisationId = organisationId,
            Title = input.Subject ?? "(sans objet)", Intent = human ? EmailAnalysisJson.Code(analysis.Intent.Label) : null,
            IntentConfidence = human ? Math.Round(analysis.Intent.Confidence, 3) : null, OccurredAt = now,
        };
        return new RoutedEmail(
            interaction, sender, input.FromName, input.Subject, analysis.Text, null, null, person,
            organisation?.Name, organisation?.PipelineStage, analysis.Contact.Company?.Value, now, !human);
    }

    private static async Task<RoutedPerson?> PersonAsync(RelaisDbContext db, Guid? id, CancellationToken cancellationToken) =>
        id is null ? null : await db.People.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new RoutedPerson(p.Id, p.FirstName, p.LastName, p.OwnerId, p.Unsubscribed)).FirstOrDefaultAsync(cancellationToken);

    private static async Task<Organisation?> OrganisationAsync(RelaisDbContext db, Guid? id, CancellationToken cancellationToken) =>
        id is null ? null : await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
}
