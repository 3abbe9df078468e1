namespace Relais.Engine.Contacts;

/// <summary>What a word can be in a signature; a word may be several kinds at once.</summary>
[Flags]
internal enum WordKind
{
    None = 0,
    Stop = 1 << 0,
    Closing = 1 << 1,
    Greeting = 1 << 2,
    Title = 1 << 3,
    TitleModifier = 1 << 4,
    Company = 1 << 5,
    Department = 1 << 6,
    Street = 1 << 7,
    PostBox = 1 << 8,
    PhoneLabel = 1 << 9,
    MobileLabel = 1 << 10,
    FaxLabel = 1 << 11,
    EmailLabel = 1 << 12,
    HomeLabel = 1 << 13,
    Particle = 1 << 14,
    Disclaimer = 1 << 15,
    Tagline = 1 << 16,
    State = 1 << 17,
    Country = 1 << 18,
    FirstName = 1 << 19,
    Function = 1 << 20,
    Switchboard = 1 << 21,
    Honorific = 1 << 22,
    Credential = 1 << 23,
    Direct = 1 << 24,
}
