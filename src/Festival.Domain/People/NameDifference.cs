namespace Festival.Domain.People;

/// <summary>How two written names differ. <see cref="None"/>: the same name; <see cref="Other"/>: different names.</summary>
[Flags]
public enum NameDifference
{
    None = 0,
    Accents = 1,
    Spacing = 2,
    Order = 4,
    Other = 8,
}
