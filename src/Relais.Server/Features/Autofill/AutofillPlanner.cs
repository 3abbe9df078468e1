using Relais.Data.Model;
using Relais.Engine;
using Relais.Server.Features.Emails;

namespace Relais.Server.Features.Autofill;

/// <summary>What the planner did with one email's fields.</summary>
internal readonly record struct PlanOutcome(int Suggestions, int AutoApplied, int ManualReview);

/// <summary>
/// Turns one analysed email into CRM writes under the autofill policy (SPEC section 5): one
/// suggestion per field with that field's confidence; applied at once only when the confidence
/// reaches the threshold, the field is empty or autofill's own, and the mail is inbound, human,
/// from a sender neither blacklisted nor of the team's own addresses. New senders become people;
/// their organisation is matched by email domain, then by name, and created when absent, except for
/// public mail providers. Every write records its provenance. New rows are collected for a bulk
/// write; changes to people and organisations already in the CRM go through their tracked entities.
/// </summary>
internal sealed class AutofillPlanner(CrmState crm, Guid teamId, Guid? jobId, double threshold, DateTimeOffset now)
{
    private static readonly string Model = "relais-engine/" + EmailAnalyzer.Version;

    private readonly List<Interaction> _interactions = [];
    private readonly List<AutofillSuggestion> _suggestions = [];
    private readonly List<FieldProvenance> _provenance = [];
    private readonly List<Person> _people = [];
    private readonly List<Organisation> _organisations = [];
    private readonly List<PersonOrganisationLink> _links = [];

    private CrmState Crm => crm;
    private Guid TeamId => teamId;
    private Guid? JobId => jobId;
    private double Threshold => threshold;
    private DateTimeOffset Now => now;

    /// <summary>New rows, written in bulk after the tracked people and organisations they point at.</summary>
    public IReadOnlyList<Interaction> Interactions => _interactions;

    public IReadOnlyList<AutofillSuggestion> Suggestions => _suggestions;

    public IReadOnlyList<FieldProvenance> Provenance => _provenance;

    /// <summary>People, organisations and links this batch creates (written before the rows that point at them).</summary>
    public IReadOnlyList<Person> NewPeople => _people;

    public IReadOnlyList<Organisation> NewOrganisations => _organisations;

    public IReadOnlyList<PersonOrganisationLink> NewLinks => _links;

    public PlanOutcome Plan(EmailMessage email, EmailAnalysis analysis)
    {
        var sender = email.FromEmail;
        var person = sender is null ? null : crm.PersonByEmail(sender);
        var outcome = default(PlanOutcome);
        if (analysis.Automated is not null)
        {
            return outcome;
        }

        if (sender is not null && !crm.Own.Contains(sender) && !crm.Blacklist.Matches(sender))
        {
            var plan = new EmailPlan(this, email, analysis, sender);
            outcome = plan.Run(ref person);
        }

        var organisation = person is null ? null : crm.PrimaryLink(person.Id)?.OrganisationId;
        _interactions.Add(new Interaction
        {
            TeamId = teamId,
            Type = InteractionType.Email,
            PersonId = person?.Id,
            OrganisationId = organisation,
            EmailMessageId = email.Id,
            Direction = MessageDirection.Inbound,
            Title = Clip(string.IsNullOrWhiteSpace(email.Subject) ? "(sans objet)" : email.Subject.Trim(), 500),
            BodyExcerpt = analysis.Text.Length == 0 ? null : Clip(analysis.Text, 1000),
            Intent = EmailAnalysisJson.Code(analysis.Intent.Label),
            IntentConfidence = Math.Round(analysis.Intent.Confidence, 3),
            OccurredAt = email.SentAt ?? email.ReceivedAt,
            CreatedAt = now,
        });
        return outcome;
    }

    private static string Clip(string value, int max) => value.Length <= max ? value : value[..max];

    /// <summary>The planning of one email: its person, their fields, their organisation.</summary>
    private sealed class EmailPlan(AutofillPlanner owner, EmailMessage email, EmailAnalysis analysis, string sender)
    {
        private int _suggestions;
        private int _applied;
        private int _review;

        public PlanOutcome Run(ref Person? person)
        {
            var contact = analysis.Contact;
            var email_ = contact.Email is { } found && string.Equals(found.Value, sender, StringComparison.OrdinalIgnoreCase)
                ? found
                : new FieldValue(sender, 0.99, FieldSource.Header);
            if (person is null && email_.Confidence >= owner.Threshold)
            {
                person = new Person { TeamId = owner.TeamId, Email = sender, CreatedAt = owner.Now, UpdatedAt = owner.Now };
                owner._people.Add(person);
                owner.Crm.AddPerson(person);
                var suggestion = Suggest(SuggestionTarget.Person, person, null, "email", null, email_, SuggestionStatus.AutoApplied, null);
                Record(ProvenanceEntity.Person, person.Id, [new ColumnChange("email", null, sender)], suggestion);
            }

            foreach (var (field, value) in PersonValues(contact))
            {
                ConsiderPersonField(person, field, value);
            }

            ConsiderOrganisation(person, contact);
            return new PlanOutcome(_suggestions, _applied, _review);
        }

        private static IEnumerable<(string Field, FieldValue Value)> PersonValues(ContactFields c)
        {
            (string, FieldValue?)[] all =
            [
                ("first_name", c.FirstName), ("last_name", c.LastName), ("job_title", c.JobTitle),
                ("phone", c.Phone), ("mobile", c.Mobile), ("linkedin", c.Linkedin),
            ];
            return all.Where(p => p.Item2 is not null && !string.IsNullOrWhiteSpace(p.Item2.Value)).Select(p => (p.Item1, p.Item2!));
        }

        private void ConsiderPersonField(Person? person, string field, FieldValue value)
        {
            var suggested = value.Value.Trim();
            var current = person is null ? null : CrmFields.Get(person, field);
            if (CrmFields.Same(field, current, suggested))
            {
                return;
            }

            var blocked = person is null ? "new_contact" : Blocked(person.Id, field, current, value, suggested);
            if (blocked is null && field is "first_name" or "last_name" && !SenderAgreement.NameMatches(suggested, sender, email.FromName))
            {
                blocked = "unconfirmed_name";
            }

            if (blocked is null)
            {
                var suggestion = Suggest(SuggestionTarget.Person, person, null, field, current, value, SuggestionStatus.AutoApplied, null);
                Record(ProvenanceEntity.Person, person!.Id, CrmFields.Set(person, field, suggested), suggestion);
                person.UpdatedAt = owner.Now;
            }
            else if (!owner.Crm.IsWaiting(person?.Id.ToString() ?? sender, field, suggested))
            {
                Suggest(SuggestionTarget.Person, person, null, field, current, value, SuggestionStatus.Pending, blocked);
            }
        }

        private void ConsiderOrganisation(Person? person, ContactFields contact)
        {
            var domain = OwnAddresses.DomainOf(sender);
            if (PublicMailDomains.Contains(domain))
            {
                return;
            }

            var link = person is null ? null : owner.Crm.PrimaryLink(person.Id);
            var linked = link is null ? null : owner.Crm.Organisations.GetValueOrDefault(link.OrganisationId);
            var byDomain = owner.Crm.OrganisationByDomain(domain);
            var company = contact.Company is { } c && !string.IsNullOrWhiteSpace(c.Value) ? c : null;
            Organisation? organisation = linked;

            if (linked is null && company is not null && byDomain is not null && !SenderAgreement.Covers(byDomain.Name, company.Value))
            {
                // Another name at a known domain (a division, a subsidiary, a client named in the signature): a reviewer's call.
                if (!owner.Crm.IsWaiting(person?.Id.ToString() ?? sender, CrmFields.Company, company.Value))
                {
                    Suggest(SuggestionTarget.Person, person, owner.Crm.OrganisationByName(company.Value), CrmFields.Company, null, company, SuggestionStatus.Pending,
                        person is null ? "new_contact" : "other_organisation");
                }
            }
            else if (linked is null)
            {
                var resolved = byDomain ?? (company is null ? null : owner.Crm.OrganisationByName(company.Value));
                var value = company ?? (byDomain is null ? null : new FieldValue(byDomain.Name, 0.97, FieldSource.Domain));
                if (value is not null)
                {
                    organisation = ConsiderCompany(person, resolved, value, domain);
                }
            }
            else if (company is not null && byDomain?.Id != linked.Id
                && OrganisationNames.Normalize(company.Value) != linked.NormalizedName
                && !owner.Crm.IsWaiting(person!.Id.ToString(), CrmFields.Company, company.Value))
            {
                // Moving a person to another organisation is a reviewer's decision.
                Suggest(SuggestionTarget.Person, person, owner.Crm.OrganisationByName(company.Value), CrmFields.Company, linked.Name, company, SuggestionStatus.Pending, "other_organisation");
            }

            if (organisation is not null && person is not null && owner.Crm.PrimaryLink(person.Id)?.OrganisationId == organisation.Id)
            {
                ConsiderOrganisationField(organisation, "website", contact.Website);
                ConsiderOrganisationField(organisation, "address", contact.Address);
            }
        }

        private Organisation? ConsiderCompany(Person? person, Organisation? resolved, FieldValue value, string domain)
        {
            var name = value.Value.Trim();
            var blocked = person is null ? "new_contact"
                : value.Confidence < owner.Threshold ? "below_threshold"
                : name.Length > CrmFields.MaxLength(CrmFields.Company) ? "too_long"
                : resolved is null && !SenderAgreement.OrganisationMatches(name, domain) ? "unconfirmed_organisation"
                : null;
            if (blocked is not null || person is null)
            {
                if (!owner.Crm.IsWaiting(person?.Id.ToString() ?? sender, CrmFields.Company, name))
                {
                    Suggest(SuggestionTarget.Person, person, resolved, CrmFields.Company, null, value, SuggestionStatus.Pending, blocked);
                }

                return null;
            }

            var organisation = resolved;
            if (organisation is null)
            {
                organisation = new Organisation
                {
                    TeamId = owner.TeamId,
                    Name = name,
                    NormalizedName = OrganisationNames.Normalize(name),
                    Domain = domain,
                    Website = null,
                    CreatedAt = owner.Now,
                    UpdatedAt = owner.Now,
                };
                owner._organisations.Add(organisation);
                owner.Crm.AddOrganisation(organisation);
                Record(ProvenanceEntity.Organisation, organisation.Id, [new ColumnChange("name", null, name), new ColumnChange("domain", null, domain)], null);
            }

            var link = new PersonOrganisationLink { TeamId = owner.TeamId, PersonId = person.Id, OrganisationId = organisation.Id, JobTitle = person.JobTitle, IsPrimary = true };
            owner._links.Add(link);
            owner.Crm.AddLink(link);
            var suggestion = Suggest(SuggestionTarget.Person, person, organisation, CrmFields.Company, null, value, SuggestionStatus.AutoApplied, null);
            suggestion.AppliedValue = organisation.Name;
            Record(ProvenanceEntity.Person, person.Id, [new ColumnChange(CrmFields.Company, null, organisation.Name)], suggestion);
            return organisation;
        }

        private void ConsiderOrganisationField(Organisation organisation, string field, FieldValue? value)
        {
            if (value is null || string.IsNullOrWhiteSpace(value.Value))
            {
                return;
            }

            var suggested = value.Value.Trim();
            var current = CrmFields.Get(organisation, field);
            if (CrmFields.Same(field, current, suggested))
            {
                return;
            }

            // An organisation's fields come from the signatures of all its people, who disagree (offices, old
            // addresses, two spellings of a site): autofill fills them once; changing them is a reviewer's call.
            var blocked = current is not null ? "other_value" : Blocked(organisation.Id, field, current, value, suggested);
            if (blocked is null)
            {
                var suggestion = Suggest(SuggestionTarget.Organisation, null, organisation, field, current, value, SuggestionStatus.AutoApplied, null);
                Record(ProvenanceEntity.Organisation, organisation.Id, CrmFields.Set(organisation, field, suggested), suggestion);
                organisation.UpdatedAt = owner.Now;
            }
            else if (!owner.Crm.IsWaiting(organisation.Id.ToString(), field, suggested))
            {
                Suggest(SuggestionTarget.Organisation, null, organisation, field, current, value, SuggestionStatus.Pending, blocked);
            }
        }

        /// <summary>Why the value may not be written without review, or null when it may.</summary>
        private string? Blocked(Guid entityId, string column, string? current, FieldValue value, string suggested)
        {
            if (value.Confidence < owner.Threshold)
            {
                return "below_threshold";
            }

            if (suggested.Length > CrmFields.MaxLength(column))
            {
                return "too_long";
            }

            var last = owner.Crm.LastSource(entityId, column);
            if (last is ProvenanceSource.User or ProvenanceSource.Import || (current is not null && last is null))
            {
                return "user_value";
            }

            return null;
        }

        private AutofillSuggestion Suggest(
            SuggestionTarget target, Person? person, Organisation? organisation, string field, string? current, FieldValue value, SuggestionStatus status, string? reason)
        {
            var suggestion = new AutofillSuggestion
            {
                TeamId = owner.TeamId,
                EmailMessageId = email.Id,
                JobId = owner.JobId,
                TargetType = target,
                PersonId = person?.Id,
                OrganisationId = organisation?.Id,
                Field = field,
                CurrentValue = current is null ? null : Clip(current, 500),
                SuggestedValue = Clip(value.Value.Trim(), 500),
                Confidence = Math.Round(value.Confidence, 4),
                Model = Model,
                ValueSource = EmailAnalysisJson.Code(value.Source),
                Status = status,
                Reason = reason,
                AppliedValue = status == SuggestionStatus.AutoApplied ? Clip(value.Value.Trim(), 500) : null,
                CreatedAt = owner.Now,
            };
            owner._suggestions.Add(suggestion);
            _suggestions++;
            if (status == SuggestionStatus.AutoApplied)
            {
                _applied++;
            }
            else
            {
                _review++;
            }

            return suggestion;
        }

        private void Record(ProvenanceEntity kind, Guid entityId, IEnumerable<ColumnChange> changes, AutofillSuggestion? suggestion)
        {
            foreach (var change in changes)
            {
                owner._provenance.Add(new FieldProvenance
                {
                    TeamId = owner.TeamId,
                    EntityType = kind,
                    EntityId = entityId,
                    Field = change.Column,
                    Source = ProvenanceSource.Autofill,
                    EmailMessageId = email.Id,
                    SuggestionId = suggestion?.Id,
                    Model = Model,
                    Confidence = suggestion?.Confidence,
                    PreviousValue = change.Previous,
                    Value = change.Value,
                    SetAt = owner.Now,
                });
                owner.Crm.Wrote(entityId, change.Column, ProvenanceSource.Autofill);
            }
        }
    }
}
