using System.Reflection;
using StackExchange.Redis;

namespace Insider.LiveActivity.Redis.Tests.Infrastructure;

/// <summary>
/// A multiplexer that reports itself connected and fails every command it is given with <see cref="Fault"/>, as a real one does
/// when its connection is lost while a command is on the wire (<see cref="RedisConnectionException"/>) or when it is disposed
/// between the limiter's "is it connected" check and the command (<see cref="ObjectDisposedException"/>). Both are races on a
/// real server; this makes them deterministic. Anything else it is asked throws <see cref="NotSupportedException"/>.
/// </summary>
public class FaultyConnection : DispatchProxy
{
    private static readonly MethodInfo FromException = typeof(Task).GetMethods()
        .Single(m => m.Name == nameof(Task.FromException) && m.IsGenericMethodDefinition);

    /// <summary>Gets the failure every command ends with.</summary>
    public Exception Fault { get; private set; } = new InvalidOperationException("no fault set");

    /// <summary>Creates a connected multiplexer whose commands fail with <paramref name="fault"/>.</summary>
    public static IConnectionMultiplexer Failing(Exception fault)
    {
        var connection = Create<IConnectionMultiplexer, FaultyConnection>();
        ((FaultyConnection)(object)connection).Fault = fault;
        return connection;
    }

    /// <inheritdoc />
    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        switch (targetMethod.Name)
        {
            case "get_IsConnected":
                return true;
            case nameof(IConnectionMultiplexer.GetDatabase):
                var database = Create<IDatabase, FaultyConnection>();
                ((FaultyConnection)(object)database).Fault = Fault;
                return database;
            case nameof(IDisposable.Dispose):
                return null;
        }

        if (targetMethod.ReturnType.IsGenericType && targetMethod.ReturnType.GetGenericTypeDefinition() == typeof(Task<>))
        {
            return FromException.MakeGenericMethod(targetMethod.ReturnType.GetGenericArguments()[0]).Invoke(null, [Fault]);
        }

        throw new NotSupportedException(targetMethod.Name + " is not faked");
    }
}
