namespace Festival.Application.People.Managed;

/// <summary>How an account holder is related to a person they add.</summary>
public enum Relationship
{
    /// <summary>The account holder themself.</summary>
    Myself,

    /// <summary>A child the account holder is the guardian of.</summary>
    Child,

    /// <summary>A student the account holder teaches.</summary>
    Student,
}
