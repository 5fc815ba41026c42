using HoeWerktMijnStad.Data.Accounts;
using Microsoft.AspNetCore.Identity;

namespace HoeWerktMijnStad.Web.Features.Accounts;

/// <summary>A password check that always fails but costs what a real one costs, for the sign-ins that Identity refuses
/// without hashing (an unknown address, a locked account): their answer then takes as long as a wrong password's.</summary>
public static class EqualWork
{
    private static readonly AppUser Nobody = new();
    private static string? _hash;

    public static void VerifyDummyPassword(UserManager<AppUser> users, string password)
    {
        _hash ??= users.PasswordHasher.HashPassword(Nobody, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
        users.PasswordHasher.VerifyHashedPassword(Nobody, _hash, password);
    }
}
