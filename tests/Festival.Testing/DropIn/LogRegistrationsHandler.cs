using Festival.Application.Accounts.Register;
using MediatR;

namespace Festival.Testing.DropIn;

/// <summary>
/// A reaction that lives in an assembly of its own and is registered by nobody: scanning the assembly is
/// all it takes for it to run. It is internal on purpose, since scanning must not skip non-public handlers.
/// </summary>
internal sealed class LogRegistrationsHandler(RegistrationLog log) : INotificationHandler<UserRegisteredNotification>
{
    public Task Handle(UserRegisteredNotification notification, CancellationToken cancellationToken)
    {
        log.Seen.Enqueue(notification);
        return Task.CompletedTask;
    }
}
