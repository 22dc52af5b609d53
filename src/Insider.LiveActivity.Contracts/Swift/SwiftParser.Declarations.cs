// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts;

/// <content>Type declarations, extensions, type aliases, properties and enum cases.</content>
internal sealed partial class SwiftParser
{
    private void ParseDeclaration(SwiftTypeDeclaration? owner, HashSet<string> modifiers)
    {
        var token = Current;
        if (token.Kind != SwiftTokenKind.Identifier)
        {
            if (TryConsume(";"))
            {
                return;
            }

            throw new SwiftSyntaxException(token.Line, $"{token} does not start a declaration the reader understands");
        }

        switch (token.Text)
        {
            case "import":
                SkipStatement();
                break;
            case "struct":
                ParseType(owner, SwiftDeclarationKind.Struct);
                break;
            case "class":
                ParseType(owner, SwiftDeclarationKind.Class);
                break;
            case "actor":
                ParseType(owner, SwiftDeclarationKind.Actor);
                break;
            case "enum":
                ParseType(owner, SwiftDeclarationKind.Enum);
                break;
            case "protocol":
                ParseType(owner, SwiftDeclarationKind.Protocol);
                break;
            case "extension":
                ParseType(owner, SwiftDeclarationKind.Extension);
                break;
            case "typealias":
                ParseTypeAlias(owner);
                break;
            case "var" or "let":
                ParseProperties(owner, modifiers);
                break;
            case "case" when owner?.Kind == SwiftDeclarationKind.Enum:
                ParseCases(owner);
                break;
            case "init" or "func":
                NoteCustomCodable(owner);
                SkipFunction();
                break;
            case "deinit" or "subscript" or "associatedtype" or "operator" or "precedencegroup" or "macro":
                SkipFunction();
                break;
            default:
                throw new SwiftSyntaxException(token.Line, $"{token} does not start a declaration the reader understands");
        }
    }

    /// <summary>Marks a type whose own <c>init(from:)</c> or <c>encode(to:)</c> replaces the synthesized Codable.</summary>
    private void NoteCustomCodable(SwiftTypeDeclaration? owner)
    {
        if (owner is null || owner.Kind == SwiftDeclarationKind.Protocol)
        {
            return;
        }

        var custom = Current.Text == "init"
            ? PeekAt(1).Is("(") && PeekAt(2).Is("from")
            : PeekAt(1).Is("encode") && PeekAt(2).Is("(") && PeekAt(3).Is("to");
        owner.HasCustomCodable |= custom;
    }

    private void ParseType(SwiftTypeDeclaration? owner, SwiftDeclarationKind kind)
    {
        var line = Current.Line;
        Advance();
        var name = ExpectIdentifier();
        while (Current.Is(".") && PeekAt(1).Kind == SwiftTokenKind.Identifier)
        {
            Advance();
            name += "." + ExpectIdentifier();
        }

        if (Current.Is("<"))
        {
            SkipAngles();
        }

        var declaration = new SwiftTypeDeclaration(kind, name, _file, line);
        if (TryConsume(":"))
        {
            do
            {
                declaration.Inherited.Add(ParseTypeRef());
            }
            while (TryConsume(",") || TryConsume("&"));
        }

        while (!Current.Is("{") && Current.Kind != SwiftTokenKind.End)
        {
            Advance(); // a where clause
        }

        Expect("{");
        if (kind == SwiftDeclarationKind.Extension)
        {
            _module.Extensions.Add(declaration);
        }
        else if (owner is null)
        {
            _module.AddTopLevel(declaration);
        }
        else
        {
            declaration.Parent = owner;
            owner.NestedTypes.TryAdd(name, declaration);
        }

        if (_declarationDepth >= MaxNesting)
        {
            throw new SwiftSyntaxException(line, $"types nest deeper than {MaxNesting} levels");
        }

        _declarationDepth++;
        ParseMembers(declaration);
        _declarationDepth--;
    }

    private void ParseTypeAlias(SwiftTypeDeclaration? owner)
    {
        Advance();
        var name = ExpectIdentifier();
        if (Current.Is("<"))
        {
            SkipAngles();
        }

        Expect("=");
        var target = ParseTypeRef();
        if (owner is null)
        {
            _module.Aliases.TryAdd(name, target);
        }
        else
        {
            owner.TypeAliases.TryAdd(name, target);
        }
    }

    private void ParseProperties(SwiftTypeDeclaration? owner, HashSet<string> modifiers)
    {
        var isLet = Current.Text == "let";
        Advance();
        var untyped = 0; // names just before, without a type or an initial value: a later annotation applies to them too
        do
        {
            var line = Current.Line;
            if (Current.Is("("))
            {
                throw new SwiftSyntaxException(line, "a tuple pattern in a property declaration is not supported");
            }

            var name = ExpectIdentifier();
            var type = TryConsume(":") ? ParseTypeRef() : null;
            var hasInitializer = TryConsume("=");
            if (hasInitializer)
            {
                type ??= InferLiteralType();
                SkipExpression();
            }

            var computed = false;
            if (Current.Is("{") && !hasInitializer)
            {
                computed = PeekAt(1).Kind != SwiftTokenKind.Identifier || PeekAt(1).Text is not ("willSet" or "didSet");
                SkipBalanced();
            }

            if (owner is null)
            {
                continue;
            }

            if (type is not null)
            {
                // `var red, green, blue: Double`: in Swift the annotation is the type of every name before it.
                var properties = owner.Properties;
                for (var i = properties.Count - untyped; i < properties.Count; i++)
                {
                    properties[i] = properties[i] with { Type = type };
                }
            }

            untyped = type is null && !hasInitializer && !computed ? untyped + 1 : 0;
            owner.Properties.Add(new SwiftProperty(name, type, line)
            {
                IsStatic = modifiers.Contains("static") || modifiers.Contains("class"),
                IsLazy = modifiers.Contains("lazy"),
                IsLet = isLet,
                HasInitializer = hasInitializer,
                IsComputed = computed,
            });
        }
        while (TryConsume(","));
    }

    private void ParseCases(SwiftTypeDeclaration owner)
    {
        Advance();
        do
        {
            var name = ExpectIdentifier();
            var associated = Current.Is("(") ? ParseAssociatedValues() : [];
            string? raw = null;
            var isString = false;
            if (TryConsume("="))
            {
                var negative = TryConsume("-");
                var literal = Current;
                if (literal.Kind is not (SwiftTokenKind.String or SwiftTokenKind.Number) && !(literal.Text is "true" or "false"))
                {
                    throw new SwiftSyntaxException(literal.Line, $"the raw value of case '{name}' is not a literal");
                }

                raw = (negative ? "-" : string.Empty) + literal.Text;
                isString = literal.Kind == SwiftTokenKind.String;
                Advance();
            }

            owner.Cases.Add(new SwiftEnumCase(name, raw, isString, associated));
        }
        while (TryConsume(","));
    }

    private List<SwiftAssociatedValue> ParseAssociatedValues()
    {
        Expect("(");
        var values = new List<SwiftAssociatedValue>();
        while (!Current.Is(")"))
        {
            string? label = null;
            if (Current.Kind == SwiftTokenKind.Identifier && PeekAt(1).Is(":"))
            {
                label = Current.Text == "_" ? null : Current.Text;
                Advance();
                Advance();
            }
            else if (Current.Kind == SwiftTokenKind.Identifier && PeekAt(1).Kind == SwiftTokenKind.Identifier && PeekAt(2).Is(":"))
            {
                label = Current.Text == "_" ? null : Current.Text;
                Advance();
                Advance();
                Advance();
            }

            values.Add(new SwiftAssociatedValue(label, ParseTypeRef()));
            if (TryConsume("="))
            {
                SkipExpression(stopAtCloseParen: true);
            }

            if (!TryConsume(","))
            {
                break;
            }
        }

        Expect(")");
        return values;
    }
}
