using System.Collections.Concurrent;
using Festival.Application.Accounts.Register;

namespace Festival.Testing.DropIn;

/// <summary>What <see cref="LogRegistrationsHandler"/> saw.</summary>
public sealed class RegistrationLog
{
    public ConcurrentQueue<UserRegisteredNotification> Seen { get; } = new();
}
