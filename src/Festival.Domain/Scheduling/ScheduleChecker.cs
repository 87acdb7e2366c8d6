namespace Festival.Domain.Scheduling;

/// <summary>Checks a whole schedule against the problem's hard rules and soft goals.</summary>
public static class ScheduleChecker
{
    public static ScheduleCheck Check(ScheduleProblem problem, Schedule schedule) => new ScheduleEditor(problem, schedule).CheckAll();
}
