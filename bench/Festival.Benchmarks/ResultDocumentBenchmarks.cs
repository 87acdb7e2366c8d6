using BenchmarkDotNet.Attributes;
using Festival.Application.Entries;
using Festival.Application.Results;
using Festival.Application.Results.Documents;
using Festival.Domain.Results;
using Festival.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Festival.Benchmarks;

/// <summary>
/// What one PDF costs the outbox: a comment sheet and a certificate written by the app's own
/// <see cref="IResultDocuments"/> (PDFsharp, the shared layout and fonts), resolved from the real container. The sheet
/// carries a typical adjudicator's comments (about 700 characters) or a long one (about 4,000, over a page).
/// </summary>
[MicroJob]
public class ResultDocumentBenchmarks
{
    private const string Comment =
        "A confident opening with a clear sense of the pulse. The tone was warm in the lyrical passages, though the left hand " +
        "could be lighter where the melody moves to the middle voice. Phrasing was thoughtful, with shape to each line and good " +
        "breathing points. Watch the dynamics in the second section: the crescendo arrived too early, so the climax had less room " +
        "to grow. Pedalling was mostly clean; a few changes blurred the harmony. The ornaments were neat and in style. Memory was " +
        "secure and the stage presence calm and engaging. Next steps: slow practice of the running passage at bar 24, and listen " +
        "for the balance between the hands. A musical performance that communicated the character of the piece. Well done! ";

    private TestDatabase _database = null!;
    private ServiceProvider _services = null!;
    private IServiceScope _scope = null!;
    private IResultDocuments _documents = null!;
    private ResultSheet _sheet = null!;

    [Params(1, 6)]
    public int CommentParagraphs { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _database = new TestDatabase();
        _services = FestivalTestServices.Create(_database);
        _scope = _services.CreateScope();
        _documents = _scope.ServiceProvider.GetRequiredService<IResultDocuments>();
        var line = new ResultLine(
            1234, 56, "2105A", "Piano Solo, Grade 5, Baroque", "Piano", "Grade 5", [1], ["Anna Smith"],
            [new PieceLine("Minuet in G major", "J. S. Bach", 150), new PieceLine("Für Elise", "Ludwig van Beethoven", 190)],
            7, "Tess Teacher", "Northside School", "user-id", "87", 87, string.Concat(Enumerable.Repeat(Comment, CommentParagraphs)).Trim(),
            "Provincials", Placement.First, Appearance.Performed, Published: true);
        _sheet = new ResultSheet("Riverside Music Festival", "2027", line, "Jo Judge", "Silver", EarnsCertificate: true);
        if (CommentSheet().Length == 0 || Certificate().Length == 0)
        {
            throw new InvalidOperationException("The documents came back empty.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _scope.Dispose();
        _services.Dispose();
        _database.Dispose();
    }

    [Benchmark(Description = "Comment sheet PDF")]
    public byte[] CommentSheet() => _documents.CommentSheet(_sheet);

    [Benchmark(Description = "Certificate PDF")]
    public byte[] Certificate() => _documents.Certificate(_sheet);
}
