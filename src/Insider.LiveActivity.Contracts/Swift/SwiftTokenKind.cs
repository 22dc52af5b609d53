// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts;

/// <summary>The kinds of token the Swift reader distinguishes.</summary>
internal enum SwiftTokenKind
{
    Identifier,
    Number,
    String,
    Punctuation,
    Attribute,
    Directive,
    End,
}
