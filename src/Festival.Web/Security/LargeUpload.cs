namespace Festival.Web.Security;

/// <summary>
/// Marks an endpoint that takes an uploaded file: its body may be as large as <c>Festival:Imports:MaxBytes</c> (plus the
/// multipart framing) instead of the 1 MiB every other endpoint accepts.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class LargeUploadAttribute : Attribute
{
    /// <summary>Room for the multipart boundaries, headers and small fields around the file itself.</summary>
    public const long MultipartOverhead = 64 * 1024;
}
