// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts;

/// <summary>The kinds of type declaration the reader keeps.</summary>
internal enum SwiftDeclarationKind
{
    Struct,
    Class,
    Actor,
    Enum,
    Protocol,
    Extension,
}
