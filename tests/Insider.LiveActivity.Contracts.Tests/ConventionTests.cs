// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Reflection;

namespace Insider.LiveActivity.Contracts.Tests;

/// <summary>
/// Public types are sealed (or enums) in one namespace. The public surface itself is declared in the package's
/// PublicAPI.Shipped.txt / PublicAPI.Unshipped.txt and checked at build time by Microsoft.CodeAnalysis.PublicApiAnalyzers.
/// </summary>
public sealed class ConventionTests
{
    private static readonly Assembly Assembly = typeof(SwiftContract).Assembly;

    [Fact]
    public void PublicTypes_AreSealedOrEnums_InTheContractsNamespace()
    {
        var types = Assembly.GetExportedTypes();

        types.Should().OnlyContain(t => t.IsEnum || t.IsSealed);
        types.Select(t => t.Namespace).Should().OnlyContain(n => n == "Insider.LiveActivity.Contracts");
    }
}
