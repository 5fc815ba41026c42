using HoeWerktMijnStad.Web.Features.Accounts;

namespace HoeWerktMijnStad.UnitTests;

public sealed class PasswordRulesTests
{
    [Theory]
    [InlineData("mijn fiets staat bij de brug")]
    [InlineData("Correct-Paard-Batterij-Niet")]
    [InlineData("zonder hoofdletters of cijfers")]
    public void A_long_password_needs_no_digits_or_symbols(string password) =>
        Assert.Empty(PasswordRules.Check(password, "sanne@school.example.nl", "Sanne de Vries"));

    [Theory]
    [InlineData("kort", "minstens 12 tekens")]
    [InlineData("wachtwoord123", "veel gebruikt")]
    [InlineData("Password1234", "veel gebruikt")]
    [InlineData("aaaaaaaaaaaaaaaa", "veel gebruikt")]
    [InlineData("sanne@school.example.nl", "e-mailadres of je naam")]
    [InlineData("ikbensannevries!", "e-mailadres of je naam")]
    [InlineData("mijn naam is Sanne de Vries", "e-mailadres of je naam")]
    public void A_weak_password_is_refused_with_a_reason(string password, string reason) =>
        Assert.Contains(PasswordRules.Check(password, "sanne@school.example.nl", "Sanne de Vries"), m => m.Contains(reason, StringComparison.Ordinal));

    [Fact]
    public void Very_long_passwords_up_to_128_characters_are_fine() =>
        Assert.Empty(PasswordRules.Check(string.Concat(Enumerable.Repeat("abcdefgh", 16)), "a@b.nl", "A"));

    [Fact]
    public void A_password_over_128_characters_is_refused() =>
        Assert.NotEmpty(PasswordRules.Check(string.Concat(Enumerable.Repeat("abcdefgh", 17)), "a@b.nl", "A"));
}
