using Microsoft.AspNetCore.Identity;
using Relais.Data.Model;
using Relais.Demo.Roster;

namespace Relais.Demo;

/// <summary>The CRM as the demo team keeps it: slightly behind what the contacts' signatures say.</summary>
internal static class DemoCrmRows
{
    public static Dictionary<string, User> Users(Team team, DateTimeOffset now)
    {
        var hasher = new PasswordHasher<User>();
        var users = new Dictionary<string, User>();
        foreach (var member in DemoTeam.Users)
        {
            var user = new User
            {
                TeamId = team.Id,
                Email = member.Email,
                FullName = member.FullName,
                PasswordHash = "",
                Role = member.Role,
                CreatedAt = now.AddDays(-400),
            };
            user.PasswordHash = hasher.HashPassword(user, member.Password);
            users[member.Email] = user;
        }
        return users;
    }

    public static Dictionary<string, Organisation> Organisations(Team team, DateTimeOffset now) =>
        DemoOrganisations.All.Where(o => o.InCrm).Select((o, i) => new Organisation
        {
            TeamId = team.Id,
            Name = o.Name,
            NormalizedName = OrganisationNames.Normalize(o.Name),
            Domain = o.Domain,
            Website = o.Website,
            Phone = o.Phone,
            Address = o.Street,
            City = o.City,
            Postcode = o.Postcode,
            Country = o.Country,
            Type = o.Type,
            PipelineStage = o.PipelineStage,
            CreatedAt = now.AddDays(-380 + 9 * i),
            UpdatedAt = now.AddDays(-120 + 3 * i),
        }).ToDictionary(o => o.Domain!);

    public static Dictionary<string, Person> People(Team team, Dictionary<string, User> users, DateTimeOffset now) =>
        DemoRoster.Contacts.Where(c => c.InCrm).Select((c, i) => new Person
        {
            TeamId = team.Id,
            FirstName = c.FirstName,
            LastName = c.LastName,
            Email = c.Email,
            Phone = c.CrmKnowsPhone ? c.CrmPhone ?? c.Phone : null,
            Mobile = c.CrmKnowsMobile ? c.Mobile : null,
            JobTitle = c.CrmJobTitle ?? c.JobTitle,
            Linkedin = c.CrmKnowsLinkedin ? c.LinkedinUrl : null,
            Language = c.Language,
            Country = c.Org.Country,
            ConsentEmail = true,
            OwnerId = users[DemoTeam.OwnerOf(c).Email].Id,
            CreatedAt = now.AddDays(-360 + 5 * i),
            UpdatedAt = now.AddDays(-100 + i),
        }).ToDictionary(p => p.Email!);

    public static List<PersonOrganisationLink> Links(
        Team team, Dictionary<string, Person> people, Dictionary<string, Organisation> organisations) =>
    [
        .. DemoRoster.Contacts.Where(c => c.InCrm).Select(c => new PersonOrganisationLink
        {
            TeamId = team.Id,
            PersonId = people[c.Email].Id,
            OrganisationId = organisations[c.Org.Domain].Id,
            Role = RoleOf(c.JobTitle),
            JobTitle = c.CrmJobTitle ?? c.JobTitle,
            IsPrimary = true,
        }),
    ];

    /// <summary>The part the contact plays in the relationship, guessed from the title once, at import.</summary>
    private static string RoleOf(string title)
    {
        string[] deciders = ["Directeur", "Directrice", "Président", "Associé", "Head", "Chief", "Managing", "Responsable des"];
        if (deciders.Any(d => title.Contains(d, StringComparison.Ordinal)))
            return "decision_maker";
        if (title.Contains("Conseill", StringComparison.Ordinal) || title.Contains("Banquier", StringComparison.Ordinal))
            return "advisor";
        if (title.Contains("Analyst", StringComparison.Ordinal) || title.Contains("Research", StringComparison.Ordinal))
            return "analyst";
        return "contact";
    }
}
