using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoeWerktMijnStad.Data.Accounts;

internal sealed class EditorInvitationConfiguration : IEntityTypeConfiguration<EditorInvitation>
{
    public void Configure(EntityTypeBuilder<EditorInvitation> builder)
    {
        builder.ToTable("editor_invitations");
        builder.Property(i => i.Email).HasMaxLength(256);
        builder.Property(i => i.Name).HasMaxLength(200);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => new { i.State, i.CreatedAt });
        builder.HasOne(i => i.Partner).WithMany().HasForeignKey(i => i.PartnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(i => i.InvitedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(i => i.AcceptedById).OnDelete(DeleteBehavior.SetNull);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_editor_invitations_email_lower", "email = lower(email) AND email LIKE '%_@_%'");
            t.HasCheckConstraint("ck_editor_invitations_token", "octet_length(token_hash) = 32");
            t.HasCheckConstraint("ck_editor_invitations_closed", "(state = 'pending') = (closed_at IS NULL)");
            t.HasCheckConstraint("ck_editor_invitations_expiry", "expires_at > created_at");
        });
    }
}
