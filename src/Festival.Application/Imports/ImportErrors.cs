using System.Globalization;

namespace Festival.Application.Imports;

/// <summary>Why a file could not be read, in words for the person who uploaded it.</summary>
public static class ImportErrors
{
    private const string Field = "file";

    public static Error Empty(string fileName) =>
        Error.Validation(Field, "import_empty", $"{fileName} is empty.");

    public static Error UnknownFormat(string fileName) =>
        Error.Validation(Field, "import_unknown_format",
            $"{fileName} is not a CSV, XLSX or PDF file. Save the spreadsheet as CSV (UTF-8) or as an Excel workbook (.xlsx) and try again.");

    public static Error FormatNotAccepted(string fileName, ImportFormat format, string layout) =>
        Error.Validation(Field, "import_format_not_accepted", $"{fileName} is a {format.ToString().ToUpperInvariant()} file, which cannot hold {layout}. Use CSV or XLSX.");

    public static Error TooLarge(string fileName, long maxBytes) =>
        Error.Validation(Field, "import_too_large", $"{fileName} is larger than the limit of {Megabytes(maxBytes)}. Split it into smaller files.");

    public static Error TooManyRows(string fileName, int maxRows) =>
        Error.Validation(Field, "import_too_many_rows",
            $"{fileName} has more than {maxRows.ToString("N0", CultureInfo.InvariantCulture)} rows, the most one import takes. Split it into smaller files.");

    public static Error TooManyColumns(string fileName, int maxColumns) =>
        Error.Validation(Field, "import_too_many_columns",
            $"{fileName} has more than {maxColumns.ToString("N0", CultureInfo.InvariantCulture)} columns, the most one import takes. Is it the right file?");

    public static Error NotUtf8(string fileName) =>
        Error.Validation(Field, "import_not_utf8",
            $"{fileName} is not UTF-8 text. In your spreadsheet, save it as \"CSV UTF-8\" and try again.");

    public static Error UnclosedQuote(string fileName, int row) =>
        Error.Validation(Field, "import_unclosed_quote",
            $"{fileName}: the quoted cell starting on row {row} is never closed (a \" is missing).");

    public static Error NoHeader(string fileName) =>
        Error.Validation(Field, "import_no_header", $"{fileName} has no header row: its first row must name the columns.");

    public static Error Unreadable(string fileName, string what) =>
        Error.Validation(Field, "import_unreadable", $"{fileName} could not be read: {what}");

    public static Error ZipBomb(string fileName) =>
        Error.Validation(Field, "import_zip_bomb",
            $"{fileName} unpacks to far more data than a spreadsheet holds, so it was not opened.");

    public static Error NoTableInPdf(string fileName) =>
        Error.Validation(Field, "import_pdf_no_table",
            $"{fileName} has no syllabus table that could be read: each class needs a line with its number, its description and its fee.");

    public static Error MissingColumns(IReadOnlyList<string> missing) =>
        Error.Validation(Field, "import_missing_columns", missing.Count == 1
            ? $"The column {missing[0]} is required but the file has no such header."
            : $"The columns {string.Join(", ", missing)} are required but the file has no such headers.");

    public static Error MissingAlternative(IReadOnlyList<string> alternatives) =>
        Error.Validation(Field, "import_missing_columns", $"The file needs one of the columns {string.Join(" or ", alternatives)}.");

    public static Error DuplicateColumn(string name, int first, int second) =>
        Error.Validation(Field, "import_duplicate_column",
            $"The column {name} appears twice (columns {first} and {second}); keep one.");

    private static string Megabytes(long bytes) =>
        bytes >= 1024 * 1024
            ? $"{(bytes / (1024d * 1024)).ToString("0.#", CultureInfo.InvariantCulture)} MB"
            : $"{bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes";
}
