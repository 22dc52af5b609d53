// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts;

/// <content>Type references: names, generics, <c>[T]</c>, <c>[K: V]</c>, tuples, functions, <c>?</c> and <c>!</c>.</content>
internal sealed partial class SwiftParser
{
    private SwiftTypeRef ParseTypeRef()
    {
        if (_typeDepth >= MaxNesting)
        {
            throw new SwiftSyntaxException(Current.Line, $"a type nests deeper than {MaxNesting} levels");
        }

        _typeDepth++;
        try
        {
            return ParseTypeRefCore();
        }
        finally
        {
            _typeDepth--;
        }
    }

    private SwiftTypeRef ParseTypeRefCore()
    {
        while (Current.Kind == SwiftTokenKind.Attribute || Current.Text is "some" or "any" or "inout" or "borrowing" or "consuming")
        {
            if (Current.Kind == SwiftTokenKind.Attribute)
            {
                SkipAttribute();
            }
            else
            {
                Advance();
            }
        }

        SwiftTypeRef type;
        if (TryConsume("["))
        {
            var first = ParseTypeRef();
            if (TryConsume(":"))
            {
                var value = ParseTypeRef();
                Expect("]");
                type = SwiftTypeRef.Dictionary(first, value);
            }
            else
            {
                Expect("]");
                type = SwiftTypeRef.Array(first);
            }
        }
        else if (Current.Is("("))
        {
            type = ParseTupleOrFunction();
        }
        else
        {
            type = ParseNamedType();
        }

        while (!Current.NewlineBefore && (Current.Is("?") || Current.Is("!")))
        {
            type = SwiftTypeRef.Optional(type, Current.Text);
            Advance();
        }

        return type;
    }

    private SwiftTypeRef ParseNamedType()
    {
        var name = ExpectIdentifier();
        while (Current.Is(".") && PeekAt(1).Kind == SwiftTokenKind.Identifier)
        {
            Advance();
            name += "." + ExpectIdentifier();
        }

        var arguments = new List<SwiftTypeRef>();
        if (Current.Is("<") && !Current.NewlineBefore)
        {
            Advance();
            do
            {
                arguments.Add(ParseTypeRef());
            }
            while (TryConsume(","));
            Expect(">");
        }

        return name is "Optional" or "Swift.Optional" && arguments.Count == 1
            ? SwiftTypeRef.Optional(arguments[0], "Optional")
            : SwiftTypeRef.Named(name, [.. arguments]);
    }

    private SwiftTypeRef ParseTupleOrFunction()
    {
        Expect("(");
        var elements = new List<SwiftTypeRef>();
        while (!Current.Is(")"))
        {
            if (Current.Kind == SwiftTokenKind.Identifier && PeekAt(1).Is(":"))
            {
                Advance();
                Advance();
            }
            else if (Current.Kind == SwiftTokenKind.Identifier && PeekAt(1).Kind == SwiftTokenKind.Identifier && PeekAt(2).Is(":"))
            {
                Advance();
                Advance();
                Advance();
            }

            elements.Add(ParseTypeRef());
            if (!TryConsume(","))
            {
                break;
            }
        }

        Expect(")");
        while (Current.Text is "async" or "throws" or "rethrows")
        {
            Advance();
        }

        if (TryConsume("->"))
        {
            elements.Add(ParseTypeRef());
            return new SwiftTypeRef(SwiftTypeRefKind.Function, string.Empty, elements);
        }

        return elements.Count == 1 ? elements[0] : new SwiftTypeRef(SwiftTypeRefKind.Tuple, string.Empty, elements);
    }
}
