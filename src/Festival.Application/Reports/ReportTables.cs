using Festival.Application.Reports.Classes;
using Festival.Application.Reports.Fees;
using Festival.Application.Reports.People;
using Festival.Application.Reports.Repertoire;

namespace Festival.Application.Reports;

/// <summary>The one layout of each report as a downloadable table: the pages, the API and the command line all use these.</summary>
public static class ReportTables
{
    public static ReportTable Classes(ClassReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ReportTable($"Classes {report.Season}",
            ["Class", "Name", "Discipline", "Level", "Type", "Entries", "Fee", "Total fees", "Total seconds", "Total time"],
            [.. report.Classes.Items.Select(c => (IReadOnlyList<object?>)
                [c.Class, c.Name, c.Discipline, c.Level, c.Type, c.Entries, c.Fee, c.TotalFees, c.TotalSeconds, ReportText.Duration(c.TotalSeconds)])]);
    }

    public static ReportTable People(PeopleReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        // Participants' lists carry the season's photo and recording answer, so a printed list says who may be filmed.
        return report.Kind == PeopleReportKind.Participants
            ? new ReportTable($"{report.Kind} {report.Season}",
                ["Id", "Name", "Email", "Roles", "Entries", "Fees", "Photos and recordings"],
                [.. report.Rows.Items.Select(p => (IReadOnlyList<object?>)[p.Id, p.Name, p.Email, p.Roles, p.Entries, p.Fees, p.MediaConsent])])
            : new ReportTable($"{report.Kind} {report.Season}",
                ["Id", "Name", "Email", "Roles", "Entries", "Fees"],
                [.. report.Rows.Items.Select(p => (IReadOnlyList<object?>)[p.Id, p.Name, p.Email, p.Roles, p.Entries, p.Fees])]);
    }

    public static ReportTable Fees(FeesReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ReportTable($"Fees {report.Kind} {report.Season}",
            ["Invoice", "Name", "Email", "Entries", "Entry fees", "Discounts", "Registration fees", "Total", "Paid", "Credited", "Balance"],
            [.. report.Rows.Select(r => (IReadOnlyList<object?>)
                [r.InvoiceNumber, r.Name, r.Email, r.Entries, r.EntryFees, r.Discounts, r.RegistrationFees, r.Total, r.Paid, r.Credited, r.Balance])]);
    }

    public static ReportTable Repertoire(RepertoireReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ReportTable($"Repertoire {report.Season}",
            ["Id", "Title", "Composer", "Duration seconds", "Duration", "Entries", "Classes"],
            [.. report.Pieces.Items.Select(p => (IReadOnlyList<object?>)
                [p.Id, p.Title, p.Composer, p.DurationSeconds, ReportText.Duration(p.DurationSeconds), p.Entries, string.Join(" ", p.Classes)])]);
    }
}
