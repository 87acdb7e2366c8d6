namespace Festival.Application.Imports;

/// <summary>What an import does to one kind of record: <c>Entries: 12 created, 3 updated, 40 unchanged</c>.</summary>
public sealed record ImportCount(string Records, int Created, int Updated, int Unchanged);
