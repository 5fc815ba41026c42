using HoeWerktMijnStad.Web.Infrastructure.Email;
using MailKit.Net.Smtp;

namespace HoeWerktMijnStad.UnitTests.Email;

public sealed class SmtpRefusalTests
{
    [Theory]
    [InlineData(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable, true)]        // 550 no such user
    [InlineData(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.UserNotLocalTryAlternatePath, true)] // 551
    [InlineData(SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.TransactionFailed, true)]           // 554 refused content
    [InlineData(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxBusy, false)]              // 450
    [InlineData(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.ErrorInProcessing, false)]        // 451 greylisting
    [InlineData(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.InsufficientStorage, false)]      // 452 mailbox full
    [InlineData(SmtpErrorCode.SenderNotAccepted, SmtpStatusCode.MailboxUnavailable, false)]          // 550 for our own sender: our set-up, not this mail
    [InlineData(SmtpErrorCode.UnexpectedStatusCode, SmtpStatusCode.CommandUnrecognized, false)]      // 500 to some command
    public void Only_a_5xx_refusal_of_the_recipient_or_the_message_gives_the_mail_up(SmtpErrorCode error, SmtpStatusCode status, bool permanent) =>
        Assert.Equal(permanent, SmtpMailTransport.IsPermanent(new SmtpCommandException(error, status, "refused")));
}
