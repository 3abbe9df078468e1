namespace Relais.Demo.Mailbox;

/// <summary>Opening and closing sentences around the body, independent of the intent.</summary>
internal static class Greetings
{
    public static string Open(MailContext c, bool severalRecipients)
    {
        var first = c.RecipientFirstName;
        var last = c.FromTeam ? c.Contact.LastName : c.Member.LastName;
        var female = (c.FromTeam ? c.Contact.Gender : c.Member.Gender) == 'F';
        if (severalRecipients && c.Rng.Chance(0.4))
            return c.Fr ? "Bonjour à tous," : c.Rng.Pick(["Hi all,", "Dear all,"]);
        string[] options = c.Fr
            ? [$"Bonjour {first},", $"Bonjour {first},", $"Bonjour {(female ? "Madame" : "Monsieur")} {last},",
                female ? "Chère Madame," : "Cher Monsieur,", $"{(female ? "Chère" : "Cher")} {first},", "Bonjour,", $"{first},", "Madame, Monsieur,"]
            : [$"Hi {first},", $"Dear {first},", $"Dear {(female ? "Ms" : "Mr")} {last},", $"Hello {first},", $"{first},", $"Good morning {first},", "Hi,"];
        return c.Rng.Pick(options);
    }

    /// <summary>An optional first sentence ("J'espère que vous allez bien."), empty most of the time.</summary>
    public static string? LeadIn(MailContext c) => c.Rng.Next(10) switch
    {
        0 => c.Fr ? "J'espère que vous allez bien." : "I hope you are well.",
        1 => c.Fr ? "J'espère que vous avez passé un bon week-end." : "Hope you had a good weekend.",
        2 => c.Fr ? c.Fill("Je fais suite à notre conversation téléphonique de {weekday}.") : c.Fill("Further to our call on {weekday}."),
        _ => null,
    };

    /// <summary>An optional last sentence; requests get a "looking forward to your answer".</summary>
    public static string? Close(MailContext c, bool asksForReply)
    {
        if (c.Rng.Chance(0.45))
            return null;
        string[] options = (c.Fr, asksForReply) switch
        {
            (true, true) =>
            [
                "Dans l'attente de votre retour,", "Merci par avance pour votre retour.", "Je reste à votre disposition pour en discuter.",
                "Merci d'avance.", "N'hésitez pas à me dire ce qui vous arrange.",
            ],
            (true, false) => ["Je reste à votre disposition pour toute question.", "Belle fin de semaine.", "Bonne journée."],
            (false, true) => ["Looking forward to hearing from you.", "Many thanks in advance.", "Let me know what works for you.", "Happy to discuss."],
            (false, false) => ["Have a great day.", "Speak soon.", "Any questions, just let me know."],
        };
        return c.Rng.Pick(options);
    }
}
