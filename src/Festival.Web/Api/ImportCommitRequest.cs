namespace Festival.Web.Api;

/// <summary>Commits a staged import whose preview had this <paramref name="Fingerprint"/>.</summary>
public sealed record ImportCommitRequest(string Fingerprint);
