namespace Festival.Domain.Results;

/// <summary>What a versioned save did.</summary>
public enum SaveOutcome
{
    /// <summary>The save was newer than what was kept, and is kept now.</summary>
    Applied,

    /// <summary>The same version with the same content arrived again (a retry): nothing to do.</summary>
    Duplicate,

    /// <summary>An older version (or the same version with other content) arrived after a newer one: not applied.</summary>
    Stale,
}
