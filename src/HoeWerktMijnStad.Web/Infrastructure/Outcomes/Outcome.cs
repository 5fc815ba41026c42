using Microsoft.Extensions.Localization;

namespace HoeWerktMijnStad.Web.Infrastructure.Outcomes;

/// <summary>Why a field or a whole form was refused, by code: the feature's resources hold the words, in every
/// language. <see cref="Field"/> is the input's name, or empty for the form as a whole.</summary>
public sealed record FieldError(string Field, string Code, params object[] Arguments)
{
    /// <summary>The resource type that holds <see cref="Code"/> when it is not the showing feature's own: a shared
    /// check (an image, a file) says its reasons in its own words, whichever feature asked.</summary>
    public Type? Source { get; init; }

    public static FieldError Form(string code, params object[] arguments) => new("", code, arguments);
}

/// <summary>What a feature class's state change did: done, or refused with the reasons (ADR 0023). A page shows
/// the reasons next to their fields and in the error summary; a service never returns sentences.</summary>
public sealed class Outcome
{
    public static readonly Outcome Done = new([]);

    private Outcome(IReadOnlyList<FieldError> errors) => Errors = errors;

    public IReadOnlyList<FieldError> Errors { get; }

    public bool Succeeded => Errors.Count == 0;

    /// <summary>The first reason, for pages that show one; null when done.</summary>
    public FieldError? FirstError => Errors.Count > 0 ? Errors[0] : null;

    public static Outcome Refused(string code, params object[] arguments) => new([FieldError.Form(code, arguments)]);

    public static Outcome Invalid(IReadOnlyList<FieldError> errors) =>
        errors.Count > 0 ? new(errors) : throw new ArgumentException("A refusal names at least one reason.", nameof(errors));

    public static implicit operator Outcome(FieldError error) => new([error]);
}

/// <summary>An outcome that, when done, carries what the change made (an id, a title).</summary>
public sealed class Outcome<T>
{
    private Outcome(T? value, IReadOnlyList<FieldError> errors) => (Value, Errors) = (value, errors);

    /// <summary>What was made; only meaningful when <see cref="Succeeded"/>.</summary>
    public T? Value { get; }

    public IReadOnlyList<FieldError> Errors { get; }

    public bool Succeeded => Errors.Count == 0;

    /// <summary>The first reason, for pages that show one; null when done.</summary>
    public FieldError? FirstError => Errors.Count > 0 ? Errors[0] : null;

    public static implicit operator Outcome<T>(T value) => new(value, []);

    public static implicit operator Outcome<T>(Outcome refused) =>
        refused.Succeeded ? throw new ArgumentException("Only a refusal converts; a done outcome carries its value.", nameof(refused)) : new(default, refused.Errors);

    public static implicit operator Outcome<T>(FieldError error) => new(default, [error]);
}

public static class OutcomeText
{
    /// <summary>The reason in the words of the current language; numbers in its format ("20.000" in Dutch).</summary>
    public static string Say(this IStringLocalizer text, FieldError error)
    {
        // the language's own number format: the formatting culture stays invariant for forms (ADR 0023)
        var language = System.Globalization.CultureInfo.GetCultureInfo(System.Globalization.CultureInfo.CurrentUICulture.Name);
        var words = error.Source is { } source ? SourceText(source, error.Code) : text[error.Code].Value;
        return string.Format(language, words, error.Arguments);
    }

    /// <summary>A shared check's words, from its own resources (embedded under its type's full name).</summary>
    private static string SourceText(Type source, string code) =>
        Sources.GetOrAdd(source, type => new System.Resources.ResourceManager(type.FullName!, type.Assembly)).GetString(code, System.Globalization.CultureInfo.CurrentUICulture) ?? code;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, System.Resources.ResourceManager> Sources = new();

    /// <summary>The first reason, for forms that show one line.</summary>
    public static string? FirstReason(this IStringLocalizer text, Outcome outcome) =>
        outcome.Succeeded ? null : text.Say(outcome.Errors[0]);
}
