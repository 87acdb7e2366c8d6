using System.Reflection;
using Festival.Application.Audit;

namespace Festival.Application.Tests.Audit;

public sealed class AuditEventTypesTests
{
    [Test]
    public void All_lists_every_audit_event_type_constant_once()
    {
        // The app lists the types without reflection; this test keeps that list complete.
        var constants = typeof(AuditEventTypes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!);

        Assert.That(AuditEventTypes.All, Is.EquivalentTo(constants).And.Unique);
    }
}
