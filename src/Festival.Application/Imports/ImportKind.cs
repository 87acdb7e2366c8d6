namespace Festival.Application.Imports;

/// <summary>What a file holds, and so how it is planned and committed.</summary>
public enum ImportKind
{
    Syllabus,
    Entries,
}
