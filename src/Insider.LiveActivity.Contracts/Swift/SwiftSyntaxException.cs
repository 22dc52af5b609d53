// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts;

/// <summary>Thrown inside the reader when a declaration cannot be understood; always caught and turned into a problem.</summary>
internal sealed class SwiftSyntaxException(int line, string message) : Exception(message)
{
    public int Line { get; } = line;
}
