using HoeWerktMijnStad.Web.Infrastructure.Security;
using Microsoft.AspNetCore.DataProtection;

namespace HoeWerktMijnStad.Web.Features.Family.Parties;

/// <summary>The key in a parent's links: the booking's id, protected (<see cref="ProtectedIds"/>).</summary>
public sealed class PartyLinks(IDataProtectionProvider provider) : ProtectedIds(provider, "HoeWerktMijnStad.PartyLinks.v1");
