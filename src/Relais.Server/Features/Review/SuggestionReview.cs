using Microsoft.EntityFrameworkCore;
using Relais.Data;
using Relais.Data.Model;
using Relais.Server.Features.Autofill;
using Relais.Server.Features.Emails;

namespace Relais.Server.Features.Review;

/// <summary>
/// The reviewer's actions on suggestions (SPEC section 5): approve writes the suggested value,
/// correct writes the reviewer's, reject writes nothing, undo restores what an auto-apply replaced.
/// Each write records provenance (a reviewer's value is the user's: autofill never overwrites it);
/// each action records <c>ai_feedback</c>. One SaveChanges per action.
/// </summary>
internal sealed class SuggestionReview(RelaisDbContext db, ITeamScope scope, TimeProvider time)
{
    public const string PredictionType = "signature";

    public async Task<ReviewError> ApproveAsync(Guid id, Guid? userId, CancellationToken cancellationToken) =>
        await ReviewAsync(id, SuggestionStatus.Approved, null, null, null, userId, cancellationToken);

    public async Task<ReviewError> CorrectAsync(Guid id, string value, string? notes, Guid? userId, CancellationToken cancellationToken) =>
        await ReviewAsync(id, SuggestionStatus.Corrected, value.Trim(), null, notes, userId, cancellationToken);

    public async Task<ReviewError> RejectAsync(Guid id, string? reason, string? notes, Guid? userId, CancellationToken cancellationToken) =>
        await ReviewAsync(id, SuggestionStatus.Rejected, null, reason, notes, userId, cancellationToken);

    public async Task<ReviewError> UndoAsync(Guid id, Guid? userId, CancellationToken cancellationToken)
    {
        var suggestion = await db.AutofillSuggestions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (suggestion is null)
        {
            return ReviewError.NotFound;
        }

        if (suggestion.Status != SuggestionStatus.AutoApplied)
        {
            return ReviewError.NotAutoApplied;
        }

        var now = time.GetUtcNow();
        var writes = await db.FieldProvenance.Where(p => p.SuggestionId == id && p.Source == ProvenanceSource.Autofill).ToListAsync(cancellationToken);
        var error = suggestion.Field == CrmFields.Company
            ? await UndoLinkAsync(suggestion, cancellationToken)
            : await RestoreAsync(suggestion, writes, userId, now, cancellationToken);
        if (error != ReviewError.None)
        {
            return error;
        }

        suggestion.Status = SuggestionStatus.Undone;
        suggestion.ReviewerId = userId;
        suggestion.ReviewedAt = now;
        AddFeedback(suggestion, FeedbackOutcome.Rejected, null, FeedbackCategories.ForRejection(suggestion.Field, null), "undo of an auto-apply", userId, now);
        await db.SaveChangesAsync(cancellationToken);
        return ReviewError.None;
    }

    private async Task<ReviewError> ReviewAsync(
        Guid id, SuggestionStatus outcome, string? correction, string? reason, string? notes, Guid? userId, CancellationToken cancellationToken)
    {
        var suggestion = await db.AutofillSuggestions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (suggestion is null)
        {
            return ReviewError.NotFound;
        }

        if (suggestion.Status != SuggestionStatus.Pending)
        {
            return ReviewError.NotPending;
        }

        var now = time.GetUtcNow();
        if (outcome != SuggestionStatus.Rejected)
        {
            var value = correction ?? suggestion.SuggestedValue;
            var error = await WriteAsync(suggestion, value, userId, now, cancellationToken);
            if (error != ReviewError.None)
            {
                return error;
            }

            suggestion.AppliedValue = value;
        }

        suggestion.Status = outcome;
        suggestion.ReviewerId = userId;
        suggestion.ReviewedAt = now;
        if (outcome == SuggestionStatus.Rejected)
        {
            suggestion.Reason = reason ?? suggestion.Reason;
        }

        var (feedback, categories) = outcome switch
        {
            SuggestionStatus.Approved => (FeedbackOutcome.Accepted, new List<string>()),
            SuggestionStatus.Corrected => (FeedbackOutcome.Corrected, FeedbackCategories.ForCorrection(suggestion.Field, suggestion.SuggestedValue, correction!)),
            _ => (FeedbackOutcome.Rejected, FeedbackCategories.ForRejection(suggestion.Field, reason)),
        };
        AddFeedback(suggestion, feedback, correction, categories, notes ?? reason, userId, now);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await Metrics.MetricsCounters.CountReviewAsync(db, TeamId, outcome, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ReviewError.None;
    }

    private async Task<ReviewError> WriteAsync(AutofillSuggestion suggestion, string value, Guid? userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (suggestion.TargetType == SuggestionTarget.Organisation)
        {
            var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == suggestion.OrganisationId, cancellationToken);
            if (organisation is null)
            {
                return ReviewError.NoTarget;
            }

            Record(ProvenanceEntity.Organisation, organisation.Id, CrmFields.Set(organisation, suggestion.Field, value), suggestion, userId, now);
            organisation.UpdatedAt = now;
            return ReviewError.None;
        }

        var sender = await db.EmailMessages.Where(e => e.Id == suggestion.EmailMessageId).Select(e => e.FromEmail).SingleAsync(cancellationToken);
        var person = await PersonForAsync(suggestion, sender, userId, now, cancellationToken);
        suggestion.PersonId = person.Id;
        if (suggestion.Field == CrmFields.Company)
        {
            await LinkAsync(person, suggestion, value, sender, userId, now, cancellationToken);
        }
        else
        {
            Record(ProvenanceEntity.Person, person.Id, CrmFields.Set(person, suggestion.Field, value), suggestion, userId, now);
        }

        person.UpdatedAt = now;
        return ReviewError.None;
    }

    /// <summary>The suggestion's person; a sender not in the CRM yet becomes one when a reviewer approves their first field.</summary>
    private async Task<Person> PersonForAsync(AutofillSuggestion suggestion, string? sender, Guid? userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var person = suggestion.PersonId is { } id
            ? await db.People.SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            : sender is null ? null : await db.People.FirstOrDefaultAsync(p => p.Email == sender, cancellationToken);
        if (person is not null)
        {
            return person;
        }

        person = new Person { TeamId = TeamId, Email = sender, CreatedAt = now, UpdatedAt = now };
        db.People.Add(person);
        if (sender is not null)
        {
            Record(ProvenanceEntity.Person, person.Id, [new ColumnChange("email", null, sender)], suggestion, userId, now);
        }

        return person;
    }

    private async Task LinkAsync(Person person, AutofillSuggestion suggestion, string name, string? sender, Guid? userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var domain = sender is null ? null : OwnAddresses.DomainOf(sender);
        var companyDomain = domain is null || PublicMailDomains.Contains(domain) ? null : domain;
        var normalized = OrganisationNames.Normalize(name);
        var organisation = (suggestion.OrganisationId is { } orgId ? await db.Organisations.SingleOrDefaultAsync(o => o.Id == orgId, cancellationToken) : null)
            ?? await db.Organisations.FirstOrDefaultAsync(o => o.NormalizedName == normalized, cancellationToken)
            ?? (companyDomain is null ? null : await db.Organisations.FirstOrDefaultAsync(o => o.Domain == companyDomain, cancellationToken));
        if (organisation is null)
        {
            organisation = new Organisation { TeamId = TeamId, Name = name, NormalizedName = normalized, Domain = companyDomain, CreatedAt = now, UpdatedAt = now };
            db.Organisations.Add(organisation);
        }

        var links = await db.PersonOrganisationLinks.Where(l => l.PersonId == person.Id).ToListAsync(cancellationToken);
        var previous = links.FirstOrDefault(l => l.IsPrimary);
        links.ForEach(l => l.IsPrimary = false);
        var link = links.FirstOrDefault(l => l.OrganisationId == organisation.Id);
        if (link is null)
        {
            link = new PersonOrganisationLink { TeamId = TeamId, PersonId = person.Id, OrganisationId = organisation.Id, JobTitle = person.JobTitle };
            db.PersonOrganisationLinks.Add(link);
        }

        link.IsPrimary = true;
        var previousName = previous is null ? null : await db.Organisations.Where(o => o.Id == previous.OrganisationId).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken);
        suggestion.OrganisationId = organisation.Id;
        Record(ProvenanceEntity.Person, person.Id, [new ColumnChange(CrmFields.Company, previousName, organisation.Name)], suggestion, userId, now);
    }

    private async Task<ReviewError> RestoreAsync(AutofillSuggestion suggestion, List<FieldProvenance> writes, Guid? userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (suggestion.TargetType == SuggestionTarget.Organisation)
        {
            var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == suggestion.OrganisationId, cancellationToken);
            if (organisation is null)
            {
                return ReviewError.NoTarget;
            }

            if (!CrmFields.Same(suggestion.Field, CrmFields.Get(organisation, suggestion.Field), suggestion.AppliedValue))
            {
                return ReviewError.ChangedSince;
            }

            var previous = suggestion.Field == "address"
                ? PostalAddress.Join(Previous(writes, "address"), Previous(writes, "postcode"), Previous(writes, "city"))
                : Previous(writes, suggestion.Field);
            Record(ProvenanceEntity.Organisation, organisation.Id, CrmFields.Set(organisation, suggestion.Field, previous), suggestion, userId, now);
            organisation.UpdatedAt = now;
            return ReviewError.None;
        }

        var person = await db.People.SingleOrDefaultAsync(p => p.Id == suggestion.PersonId, cancellationToken);
        if (person is null)
        {
            return ReviewError.NoTarget;
        }

        if (!CrmFields.Same(suggestion.Field, CrmFields.Get(person, suggestion.Field), suggestion.AppliedValue))
        {
            return ReviewError.ChangedSince;
        }

        Record(ProvenanceEntity.Person, person.Id, CrmFields.Set(person, suggestion.Field, Previous(writes, suggestion.Field)), suggestion, userId, now);
        person.UpdatedAt = now;
        return ReviewError.None;
    }

    private async Task<ReviewError> UndoLinkAsync(AutofillSuggestion suggestion, CancellationToken cancellationToken)
    {
        var link = await db.PersonOrganisationLinks.SingleOrDefaultAsync(l => l.PersonId == suggestion.PersonId && l.OrganisationId == suggestion.OrganisationId, cancellationToken);
        if (link is null)
        {
            return ReviewError.ChangedSince;
        }

        db.PersonOrganisationLinks.Remove(link);
        db.FieldProvenance.Add(new FieldProvenance
        {
            TeamId = TeamId, EntityType = ProvenanceEntity.Person, EntityId = link.PersonId, Field = CrmFields.Company, Source = ProvenanceSource.User,
            SuggestionId = suggestion.Id, EmailMessageId = suggestion.EmailMessageId, PreviousValue = suggestion.AppliedValue, Value = null, SetAt = time.GetUtcNow(),
        });
        return ReviewError.None;
    }

    private static string? Previous(List<FieldProvenance> writes, string column) => writes.FirstOrDefault(w => w.Field == column)?.PreviousValue;

    private void Record(ProvenanceEntity kind, Guid entityId, IEnumerable<ColumnChange> changes, AutofillSuggestion suggestion, Guid? userId, DateTimeOffset now)
    {
        foreach (var change in changes)
        {
            db.FieldProvenance.Add(new FieldProvenance
            {
                TeamId = TeamId,
                EntityType = kind,
                EntityId = entityId,
                Field = change.Column,
                Source = ProvenanceSource.User,
                UserId = userId,
                EmailMessageId = suggestion.EmailMessageId,
                SuggestionId = suggestion.Id,
                Model = suggestion.Model,
                Confidence = suggestion.Confidence,
                PreviousValue = change.Previous,
                Value = change.Value,
                SetAt = now,
            });
        }
    }

    private void AddFeedback(
        AutofillSuggestion suggestion, FeedbackOutcome outcome, string? corrected, List<string> categories, string? notes, Guid? userId, DateTimeOffset now) =>
        db.AiFeedback.Add(new AiFeedback
        {
            TeamId = TeamId,
            UserId = userId,
            PredictionType = PredictionType,
            SuggestionId = suggestion.Id,
            EmailMessageId = suggestion.EmailMessageId,
            Field = suggestion.Field,
            Model = suggestion.Model,
            OriginalValue = suggestion.SuggestedValue,
            OriginalConfidence = suggestion.Confidence,
            CorrectedValue = corrected,
            Outcome = outcome,
            ErrorCategories = categories,
            Notes = notes,
            CreatedAt = now,
        });

    private Guid TeamId => scope.TeamId ?? throw new InvalidOperationException("Reviews need a team scope.");
}
