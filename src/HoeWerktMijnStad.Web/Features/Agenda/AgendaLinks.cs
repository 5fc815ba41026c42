using HoeWerktMijnStad.Web.Infrastructure.Security;
using Microsoft.AspNetCore.DataProtection;

namespace HoeWerktMijnStad.Web.Features.Agenda;

/// <summary>The key in a sign-up's links (confirm, see the online link, cancel): the sign-up's id, protected.</summary>
public sealed class AgendaLinks(IDataProtectionProvider provider) : ProtectedIds(provider, "HoeWerktMijnStad.AgendaLinks.v1")
{
    public static string PathFor(string token) => $"{AgendaLabels.Root}/aanmelding/{Uri.EscapeDataString(token)}";
}
