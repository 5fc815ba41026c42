using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Web.Features.Schools;
using Microsoft.AspNetCore.Identity;

namespace HoeWerktMijnStad.Web.Features.Accounts;

public enum AddressChangeOutcome { Changed, WrongPassword, LinkSpent }

/// <summary>The writes behind an account's address: registering (with the school request and the confirmation mail),
/// confirming it by the mailed link's button, and changing it. Each stores its parts together or not at all, on
/// Identity's own context (the scoped one its stores use).</summary>
public sealed class AccountAddresses(UserManager<AppUser> users, AppDbContext db, AccountEmails emails, SchoolLinks schoolLinks, TimeProvider clock)
{
    /// <summary>A new teacher account, or for an address that has one the same outcome and a mail to its owner, so the
    /// form tells nobody which addresses have an account. Returns Identity's refusals (weak password, ...), if any.</summary>
    public async Task<IReadOnlyList<IdentityError>> RegisterAsync(string name, string email, string password, int schoolId)
    {
        email = email.Trim();
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            emails.QueueRegistrationAttempt(db, existing.Email!, existing.DisplayName, emails.Link("/wachtwoord-vergeten"));
            await db.SaveChangesAsync();
            return [];
        }

        var user = new AppUser { UserName = email, Email = email, DisplayName = name.Trim(), CreatedAt = clock.GetUtcNow() };
        await using var transaction = await db.Database.BeginTransactionAsync();
        var created = await users.CreateAsync(user, password);
        if (created.Succeeded)
        {
            created = await users.AddToRoleAsync(user, Roles.Teacher);
        }

        if (!created.Succeeded)
        {
            return created.Errors.ToList();
        }

        await schoolLinks.RequestAsync(db, user, schoolId);
        var token = AccountEndpoints.EncodeToken(await users.GenerateEmailConfirmationTokenAsync(user));
        emails.QueueConfirmation(db, email, emails.Link($"/account/bevestigen?userId={Uri.EscapeDataString(user.Id)}&code={token}"));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return [];
    }

    /// <summary>Confirms the address (only by the button: opening the link changes nothing) and verifies a waiting
    /// school link when the address is on the school's domain. False when the link is spent or wrong.</summary>
    public async Task<bool> ConfirmAsync(AppUser user, string token)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (!(await users.ConfirmEmailAsync(user, token)).Succeeded)
        {
            return false;
        }

        await schoolLinks.AddressConfirmedAsync(db, user);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return true;
    }

    /// <summary>Moves the account to a new address with the mailed token and the current password; the old address
    /// hears of it, and a school link that rested on the old address's domain waits for the leader again.</summary>
    public async Task<AddressChangeOutcome> ChangeAsync(AppUser user, string newAddress, string token, string password)
    {
        if (!await users.CheckPasswordAsync(user, password))
        {
            return AddressChangeOutcome.WrongPassword;
        }

        var oldAddress = user.Email!;
        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await users.ChangeEmailAsync(user, newAddress, token);
        if (result.Succeeded)
        {
            result = await users.SetUserNameAsync(user, newAddress);
        }

        if (!result.Succeeded)
        {
            return AddressChangeOutcome.LinkSpent;
        }

        await schoolLinks.AddressConfirmedAsync(db, user);
        emails.QueueAddressChanged(db, oldAddress, user.DisplayName, newAddress, emails.Link("/account"));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return AddressChangeOutcome.Changed;
    }

    /// <summary>Mails the link that moves the account to a new address. An address that already has an account gets
    /// nothing, and the caller answers the same either way: the form tells nobody who has one.</summary>
    public async Task RequestChangeAsync(AppUser user, string newAddress)
    {
        newAddress = newAddress.Trim();
        if (await users.FindByEmailAsync(newAddress) is not null)
        {
            return;
        }

        var token = AccountEndpoints.EncodeToken(await users.GenerateChangeEmailTokenAsync(user, newAddress));
        emails.QueueEmailChange(db, newAddress,
            emails.Link($"/account/nieuw-adres?userId={Uri.EscapeDataString(user.Id)}&email={Uri.EscapeDataString(newAddress)}&code={token}"));
        await db.SaveChangesAsync();
    }

    /// <summary>Mails a reset link when the address has an account; the caller answers the same either way.</summary>
    public async Task SendResetAsync(string email)
    {
        if (await users.FindByEmailAsync(email.Trim()) is not { } user)
        {
            return;
        }

        var token = AccountEndpoints.EncodeToken(await users.GeneratePasswordResetTokenAsync(user));
        emails.QueuePasswordReset(db, user.Email!, user.DisplayName,
            emails.Link($"/wachtwoord-herstellen?email={Uri.EscapeDataString(user.Email!)}&code={token}"));
        await db.SaveChangesAsync();
    }
}
