namespace Festival.Application.Reports.Classes;

/// <summary>One class with its entries, their performers and pieces; null when there is no such class.</summary>
public sealed record ClassDetailsQuery(int ClassId) : IRequest<ClassDetailsView?>;
