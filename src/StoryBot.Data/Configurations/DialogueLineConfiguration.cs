using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StoryBot.Data.Entities;

namespace StoryBot.Data.Configurations;

internal sealed class DialogueLineConfiguration : IEntityTypeConfiguration<DialogueLine>
{
    public void Configure(EntityTypeBuilder<DialogueLine> builder)
    {
        builder.HasIndex(d => d.ParagraphId);
        builder.HasIndex(d => d.ChapterId);
        builder.HasIndex(d => d.SpeakerId);
        builder.Property(d => d.SpeakerMention).HasMaxLength(200);
        builder.Property(d => d.Sieve).HasMaxLength(100);
        builder.HasOne(d => d.Chapter).WithMany().HasForeignKey(d => d.ChapterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(d => d.Speaker).WithMany().HasForeignKey(d => d.SpeakerId).OnDelete(DeleteBehavior.SetNull);
    }
}
