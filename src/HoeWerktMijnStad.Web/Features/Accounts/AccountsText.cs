namespace HoeWerktMijnStad.Web.Features.Accounts;

/// <summary>The account pages' texts: AccountsText.resx (Dutch) and .en.resx.</summary>
public sealed class AccountsText;
