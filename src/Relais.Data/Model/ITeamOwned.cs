namespace Relais.Data.Model;

/// <summary>Every row belongs to one team; queries are always scoped by it.</summary>
public interface ITeamOwned
{
    Guid TeamId { get; }
}
