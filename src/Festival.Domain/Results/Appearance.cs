namespace Festival.Domain.Results;

/// <summary>Whether an entry came to perform, as the session clerk records it.</summary>
public enum Appearance
{
    Expected = 0,
    Late = 1,
    Performed = 2,

    /// <summary>Did not appear: no mark, no placement.</summary>
    Scratched = 3,
}
