using System.Security.Claims;
using HoeWerktMijnStad.Web.Features.Bookings;
using HoeWerktMijnStad.Web.Features.PartnerSelfService;
using HoeWerktMijnStad.Web.Features.Schools;
using Microsoft.AspNetCore.Components.Authorization;

namespace HoeWerktMijnStad.Web.Features.Accounts;

/// <summary>Who is asking, once per request (ADR 0023): the signed-in principal, the teacher with their verified school,
/// and the partners they may edit. Components inject this instead of reading the authentication state and looking the
/// user up again; the answers are kept for the rest of the request.</summary>
public sealed class CurrentUser(AuthenticationStateProvider authentication, SchoolAccess schools, PartnerAccess partners)
{
    private Task<ClaimsPrincipal>? _principal;

    /// <summary>The principal; anonymous when nobody is signed in.</summary>
    public Task<ClaimsPrincipal> PrincipalAsync() => _principal ??= LoadAsync();

    /// <summary>The account's id, or null when nobody is signed in.</summary>
    public async Task<string?> IdAsync() => (await PrincipalAsync()).FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>The teacher with a verified school, or why they cannot act for one (ADR 0020).</summary>
    public async Task<(Applicant? Teacher, string Blocker)> TeacherAsync() => await schools.TeacherAsync(await PrincipalAsync());

    /// <summary>The partners the user may edit (all of them for the programme leader).</summary>
    public async Task<IReadOnlyList<EditablePartner>> EditablePartnersAsync() => await partners.EditableAsync(await PrincipalAsync());

    /// <summary>The partner with this web name if the user may edit it; without a name, their first.</summary>
    public async Task<EditablePartner?> EditablePartnerAsync(string? slug) => await partners.FindEditableAsync(await PrincipalAsync(), slug);

    private async Task<ClaimsPrincipal> LoadAsync() => (await authentication.GetAuthenticationStateAsync()).User;
}
