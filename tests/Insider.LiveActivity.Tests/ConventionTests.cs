// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Reflection;
using System.Runtime.Versioning;

namespace Insider.LiveActivity.Tests;

/// <summary>Rules every public type of the Insider.LiveActivity assembly follows, and which build of it the tests run against.</summary>
public sealed class ConventionTests
{
    private static readonly Assembly Library = typeof(LiveActivityClient).Assembly;

    private static IEnumerable<Type> PublicTypes => Library.GetExportedTypes();

    [Fact]
    public void PublicTypes_AreSealedAbstractStaticEnumInterfaceOrTheExceptionBase()
    {
        var open = PublicTypes.Where(t =>
            !(t.IsSealed || t.IsAbstract || t.IsEnum || t.IsInterface || t.IsValueType || typeof(Delegate).IsAssignableFrom(t) || t == typeof(LiveActivityException)));

        open.Should().BeEmpty();
    }

    [Fact]
    public void PublicAsyncMethods_EndWithCancellationToken()
    {
        var methods = PublicTypes
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal));

        methods.Should().NotBeEmpty();
        methods.Where(m => m.GetParameters().LastOrDefault()?.ParameterType != typeof(CancellationToken))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .Should().BeEmpty();
    }

    [Fact]
    public void PublicExceptions_DeriveFromLiveActivityException()
    {
        var exceptions = PublicTypes.Where(t => typeof(Exception).IsAssignableFrom(t));

        exceptions.Should().HaveCountGreaterThan(10);
        exceptions.Should().OnlyContain(t => typeof(LiveActivityException).IsAssignableFrom(t));
    }

    [Fact]
    public void PublicExceptions_HaveTheThreeStandardConstructors()
    {
        var exceptions = PublicTypes.Where(t => typeof(Exception).IsAssignableFrom(t));

        exceptions.Should().OnlyContain(t =>
            t.GetConstructor(Type.EmptyTypes) != null
            && t.GetConstructor(new[] { typeof(string) }) != null
            && t.GetConstructor(new[] { typeof(string), typeof(Exception) }) != null);
    }

    [Fact]
    public void Client_ImplementsInterface()
    {
        typeof(ILiveActivityClient).IsAssignableFrom(typeof(LiveActivityClient)).Should().BeTrue();
    }

    [Fact]
    public void LibraryUnderTest_IsTheExpectedBuild()
    {
        var framework = Library.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName;

#if TARGETS_NETSTANDARD
        framework.Should().Be(".NETStandard,Version=v2.0");
#elif TARGETS_NET8
        framework.Should().Be(".NETCoreApp,Version=v8.0");
#else
        framework.Should().Be(".NETCoreApp,Version=v10.0");
#endif
    }
}
