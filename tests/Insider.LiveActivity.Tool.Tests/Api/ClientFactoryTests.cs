// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Tool.Api;
using Insider.LiveActivity.Tool.Composition;

namespace Insider.LiveActivity.Tool.Tests.Api;

public class ClientFactoryTests
{
    [Theory]
    [InlineData("not a url", "not an absolute URL")]
    [InlineData("http://api.example.com/", "https")]
    public void BadBaseAddress_IsAUsageError_NamingTheProblem(string baseAddress, string message)
    {
        var factory = new ClientFactory(Environment(("INSIDER_API_KEY", "k")));

        var create = () => factory.Create(new ClientSettings { BaseAddress = baseAddress });

        create.Should().Throw<ToolUsageException>().WithMessage($"*{message}*");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void MissingOrBlankKey_IsAUsageError_NamingTheVariable(string? key)
    {
        var factory = new ClientFactory(key is null ? Environment() : Environment(("INSIDER_API_KEY", key)));

        var create = () => factory.Create(new ClientSettings());

        create.Should().Throw<ToolUsageException>().WithMessage("*INSIDER_API_KEY*");
    }

    [Fact]
    public void BaseAddressOption_WinsOverTheVariable()
    {
        var factory = new ClientFactory(Environment(("INSIDER_API_KEY", "k"), ("INSIDER_BASE_ADDRESS", "not a url")));

        var create = () => factory.Create(new ClientSettings { BaseAddress = "http://127.0.0.1:5080/" });

        create.Should().NotThrow().Which.Dispose();
    }

    private static ToolEnvironment Environment(params (string Name, string Value)[] variables) =>
        new(name => variables.FirstOrDefault(variable => variable.Name == name).Value);
}
