namespace Festival.Application.Reports.Repertoire;

public sealed record RepertoireReport(string Season, PagedList<RepertoireReportRow> Pieces);

/// <summary>A piece: its duration as first timed, how many of the season's entries perform it, and in which classes (codes).</summary>
public sealed record RepertoireReportRow(int Id, string Title, string Composer, int DurationSeconds, int Entries, IReadOnlyList<string> Classes);
