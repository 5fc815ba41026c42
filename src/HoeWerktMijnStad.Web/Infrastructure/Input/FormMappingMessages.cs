using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Components.Forms.Mapping;

namespace HoeWerktMijnStad.Web.Infrastructure.Input;

/// <summary>Blazor maps a posted form onto the page's input class before the page runs. A value that does not fit
/// its property (<c>Pupils=abc</c>, a 10,000-digit number, <c>Checked=-1</c>) becomes a validation message in
/// English that repeats the whole attempted value ("The value '…' is not valid for 'Pupils'."); a list or a list
/// element none of whose fields mapped comes out as null, and pages that index it failed with a 500. This decorator
/// of the framework's mapper gives every such field a Dutch message instead, and mends the lists (ADR 0024). The typed text stays in the field: the
/// framework keeps the attempted value.</summary>
public sealed class FormMappingMessages(IFormValueMapper inner) : IFormValueMapper
{
    public bool CanMap(Type valueType, string scopeName, string? formName) => inner.CanMap(valueType, scopeName, formName);

    public void Map(FormValueMappingContext context)
    {
        var report = context.OnError;
        if (report is not null)
        {
            context.OnError = (key, _, attempted) => report(key, Message(TypeAt(context.ValueType, context.ParameterName, key)), attempted);
        }

        inner.Map(context);
        if (context.Result is { } result)
        {
            MendLists(result, depth: 0);
        }
    }

    /// <summary>The Dutch message for a value that does not fit a property of <paramref name="type"/>.</summary>
    public static FormattableString Message(Type? type) =>
        FormattableStringFactory.Create("{0}", (Nullable.GetUnderlyingType(type ?? typeof(string)) ?? type) switch
        {
            { } t when t == typeof(int) || t == typeof(long) || t == typeof(short) || t == typeof(decimal) || t == typeof(double) || t == typeof(float)
                => "Vul hier een getal in, zonder letters of tekens, bijvoorbeeld 12.",
            { } t when t == typeof(DateTime) || t == typeof(DateOnly) || t == typeof(DateTimeOffset) => "Vul hier een bestaande datum in.",
            { } t when t == typeof(TimeOnly) => "Vul hier een tijd in, bijvoorbeeld 09:30.",
            { } t when t == typeof(bool) => "Vink dit vakje aan of laat het leeg.",
            { IsEnum: true } => "Kies een van de mogelijkheden.",
            { } t when t == typeof(Guid) => "Dit formulier is niet meer geldig. Laad de pagina opnieuw en vul het nog eens in.",
            _ => "Deze waarde kunnen we niet lezen. Vul het veld opnieuw in.",
        });

    /// <summary>The type of the property a form key ("Input.Confirmations[0].Checked") names, or null.</summary>
    private static Type? TypeAt(Type root, string prefix, string key)
    {
        var path = key.StartsWith(prefix + ".", StringComparison.Ordinal) ? key[(prefix.Length + 1)..] : key;
        var type = root;
        foreach (var part in path.Split('.'))
        {
            var name = part;
            var bracket = name.IndexOf('[', StringComparison.Ordinal);
            var indexed = bracket >= 0;
            if (indexed)
            {
                name = name[..bracket];
            }

            type = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType;
            if (type is null)
            {
                return null;
            }

            if (indexed)
            {
                type = ElementType(type);
                if (type is null)
                {
                    return null;
                }
            }
        }

        return type;
    }

    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType() : type.IsGenericType ? type.GetGenericArguments()[^1] : null;

    /// <summary>A list none of whose elements mapped comes out as null, and an element none of whose fields mapped
    /// comes out as a null element: pages index these lists, so make them empty lists and drop the null elements.</summary>
    private static void MendLists(object owner, int depth)
    {
        var type = owner.GetType();
        if (depth > 4 || type.Assembly != typeof(FormMappingMessages).Assembly)
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0))
        {
            if (!typeof(IList).IsAssignableFrom(property.PropertyType) || property.PropertyType.IsArray)
            {
                continue;
            }

            if (property.GetValue(owner) is not IList list)
            {
                if (property.CanWrite && property.PropertyType.GetConstructor(Type.EmptyTypes) is { } constructor)
                {
                    property.SetValue(owner, constructor.Invoke(null));
                }

                continue;
            }

            for (var i = list.Count - 1; i >= 0; i--)
            {
                if (list[i] is null)
                {
                    list.RemoveAt(i);
                }
                else
                {
                    MendLists(list[i]!, depth + 1);
                }
            }
        }
    }
}

public static class FormMappingMessagesSetup
{
    /// <summary>Wraps the framework's form mapper (registered by AddRazorComponents, so call this after it).</summary>
    public static WebApplicationBuilder AddHwmsFormMapping(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var original = services.Last(d => d.ServiceType == typeof(IFormValueMapper));
        var implementation = original.ImplementationType
            ?? throw new InvalidOperationException("The framework's form mapper is no longer registered by its type; FormMappingMessages cannot wrap it.");
        services.Remove(original);
        services.Add(new ServiceDescriptor(implementation, implementation, original.Lifetime));
        services.Add(new ServiceDescriptor(typeof(IFormValueMapper),
            provider => new FormMappingMessages((IFormValueMapper)provider.GetRequiredService(implementation)), original.Lifetime));
        return builder;
    }
}
