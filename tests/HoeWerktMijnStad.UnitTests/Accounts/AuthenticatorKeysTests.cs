using HoeWerktMijnStad.Web.Features.Accounts.TwoFactor;

namespace HoeWerktMijnStad.UnitTests.Accounts;

public sealed class AuthenticatorKeysTests
{
    [Fact]
    public void The_key_is_shown_in_lower_case_groups_of_four() =>
        Assert.Equal("hwms demo prog ramm", AuthenticatorKeys.Readable("HWMSDEMOPROGRAMM"));

    [Fact]
    public void The_app_link_names_the_site_and_the_account() =>
        Assert.Equal("otpauth://totp/Hoe%20Werkt%20Mijn%20Stad:a%40b.nl?secret=ABCD&issuer=Hoe%20Werkt%20Mijn%20Stad&digits=6",
            AuthenticatorKeys.Uri("a@b.nl", "ABCD"));

    [Theory]
    [InlineData("123 456", "123456")]
    [InlineData(" 123-456 ", "123456")]
    public void A_code_may_be_typed_with_spaces_or_a_dash(string typed, string code) =>
        Assert.Equal(code, AuthenticatorKeys.Normalize(typed));

    [Theory]
    [InlineData("abcde-fghjk", "ABCDE-FGHJK")]
    [InlineData("ABCDE FGHJK", "ABCDE-FGHJK")]
    [InlineData("abcdefghjk", "ABCDE-FGHJK")]
    public void A_recovery_code_may_be_typed_in_lower_case_or_without_its_dash(string typed, string code) =>
        Assert.Equal(code, AuthenticatorKeys.NormalizeRecoveryCode(typed));
}
