namespace Festival.Domain.Results;

/// <summary>
/// A mark as the scale reads it: <see cref="Text"/> as printed (<c>87</c>, <c>II</c>) and <see cref="Value"/> to compare
/// marks by, higher being better (the number itself, or for descriptors their rank counted from the lowest).
/// </summary>
public readonly record struct Mark(string Text, int Value);
