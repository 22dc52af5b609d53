namespace Insider.LiveActivity.Hosting.Tests.Infrastructure;

/// <summary>Shared by a crashing client and store: once one of them "dies", every later call of either hangs, as in a killed process.</summary>
public sealed class CrashSwitch
{
    private volatile bool _dead;

    public bool IsDead => _dead;

    public void Die() => _dead = true;
}
