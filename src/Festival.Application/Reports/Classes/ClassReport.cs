namespace Festival.Application.Reports.Classes;

/// <summary>One page of the classes report, the totals of every class the filter keeps, and the values the filters offer.</summary>
public sealed record ClassReport(
    string Season,
    PagedList<ClassReportRow> Classes,
    ClassReportTotals Totals,
    IReadOnlyList<string> Disciplines,
    IReadOnlyList<string> Levels);

/// <summary>
/// A class with <see cref="Entries"/> entries: <see cref="TotalFees"/> is the sum of the fees its entries were made at;
/// <see cref="TotalSeconds"/> is the sum of their pieces' durations plus the class's adjudication and warm-up time per entry.
/// </summary>
public sealed record ClassReportRow(
    int Id,
    string Class,
    string Name,
    string Discipline,
    string Level,
    string Type,
    int Entries,
    decimal Fee,
    decimal TotalFees,
    long TotalSeconds);

public sealed record ClassReportTotals(int Classes, int Entries, decimal TotalFees, long TotalSeconds);
