namespace Festival.Domain.Syllabus;

public static class Money
{
    /// <summary>Whole cents, rounding half away from zero: fees are stored exactly.</summary>
    public static long ToCents(decimal amount) => (long)decimal.Round(amount * 100m, MidpointRounding.AwayFromZero);
}
