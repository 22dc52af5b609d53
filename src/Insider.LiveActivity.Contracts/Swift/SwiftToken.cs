// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts;

/// <summary>A Swift token: its kind, text (a string literal's decoded value), line, and whether a line break precedes it.</summary>
internal readonly record struct SwiftToken(SwiftTokenKind Kind, string Text, int Line, bool NewlineBefore)
{
    public bool Is(string punctuationOrWord) =>
        (Kind is SwiftTokenKind.Punctuation or SwiftTokenKind.Identifier) && string.Equals(Text, punctuationOrWord, StringComparison.Ordinal);

    public override string ToString() => Kind == SwiftTokenKind.End ? "end of file" : $"'{Text}' (line {Line})";
}
