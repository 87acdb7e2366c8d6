using System.Text;
using Festival.Application.Imports;
using Festival.Infrastructure.Imports;
using Microsoft.Extensions.Options;

namespace Festival.Infrastructure.Tests.Imports;

/// <summary>Reads bytes the way an upload is read: through the sniffing reader, from a stream that cannot seek.</summary>
internal static class ImportFiles
{
    public static Task<Result<ImportTable>> Read(byte[] content, string fileName = "upload.csv", ImportOptions? options = null) =>
        new TabularFileReader(Options.Create(options ?? new ImportOptions())).ReadAsync(new ForwardOnlyStream(content), fileName, CancellationToken.None);

    public static Task<Result<ImportTable>> Read(string text, string fileName = "upload.csv", ImportOptions? options = null) =>
        Read(Encoding.UTF8.GetBytes(text), fileName, options);

    public static string[][] Cells(ImportTable table) => table.Rows.Select(r => r.Cells.ToArray()).ToArray();

    /// <summary>A request body: read once, no seeking, no length.</summary>
    private sealed class ForwardOnlyStream(byte[] content) : MemoryStream(content, writable: false)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    }
}
