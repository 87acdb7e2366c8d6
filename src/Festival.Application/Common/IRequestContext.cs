namespace Festival.Application.Common;

/// <summary>Who is asking and from where, when a request came over HTTP; both null from the command line or a background job.</summary>
public interface IRequestContext
{
    /// <summary>The signed-in user's id, if any.</summary>
    string? UserId { get; }

    /// <summary>The client's IP address, if known.</summary>
    string? IpAddress { get; }
}
