namespace Festival.Domain.Seasons;

public static class Ages
{
    /// <summary>Age in whole years on <paramref name="day"/>; someone born on 29 February turns a year older on 1 March.</summary>
    public static int On(DateOnly birthDate, DateOnly day)
    {
        var age = day.Year - birthDate.Year;
        if (day.Month < birthDate.Month || (day.Month == birthDate.Month && day.Day < birthDate.Day))
        {
            age--;
        }

        return age;
    }
}
