using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Emit;
using Festival.Application.Accounts.Register;
using MediatR;

namespace Festival.Benchmarks;

/// <summary>
/// Assemblies holding <c>n</c> distinct no-op <see cref="INotificationHandler{UserRegisteredNotification}"/> classes,
/// emitted at run time, so "32 handlers dropped in" are 32 real types found by the same scanning as the app's own.
/// </summary>
public static class HandlerAssemblies
{
    private static readonly ConcurrentDictionary<int, Assembly> Emitted = new();

    public static Assembly WithNoOpHandlers(int count) => Emitted.GetOrAdd(count, Emit);

    private static Assembly Emit(int count)
    {
        var name = new AssemblyName($"Festival.Benchmarks.DropIn{count}");
        var assembly = AssemblyBuilder.DefineDynamicAssembly(name, AssemblyBuilderAccess.Run);
        var module = assembly.DefineDynamicModule(name.Name!);
        var contract = typeof(INotificationHandler<UserRegisteredNotification>);
        var handle = contract.GetMethod(nameof(INotificationHandler<UserRegisteredNotification>.Handle))!;
        var completed = typeof(Task).GetProperty(nameof(Task.CompletedTask))!.GetMethod!;
        for (var i = 0; i < count; i++)
        {
            var type = module.DefineType($"Festival.Benchmarks.DropIn.NoOpHandler{i:D3}",
                TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class, typeof(object), [contract]);
            type.DefineDefaultConstructor(MethodAttributes.Public);
            var method = type.DefineMethod(handle.Name,
                MethodAttributes.Public | MethodAttributes.Virtual | MethodAttributes.Final | MethodAttributes.HideBySig | MethodAttributes.NewSlot,
                typeof(Task), [typeof(UserRegisteredNotification), typeof(CancellationToken)]);
            var il = method.GetILGenerator();
            il.Emit(OpCodes.Call, completed);
            il.Emit(OpCodes.Ret);
            type.DefineMethodOverride(method, handle);
            type.CreateType();
        }

        return assembly;
    }
}
