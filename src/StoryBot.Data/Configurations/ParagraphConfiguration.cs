using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StoryBot.Data.Entities;

namespace StoryBot.Data.Configurations;

internal sealed class ParagraphConfiguration : IEntityTypeConfiguration<Paragraph>
{
    public void Configure(EntityTypeBuilder<Paragraph> builder)
    {
        builder.HasIndex(p => new { p.ChapterId, p.Index }).IsUnique();
        builder.HasIndex(p => p.SceneId);
        builder.HasMany(p => p.DialogueLines).WithOne(d => d.Paragraph).HasForeignKey(d => d.ParagraphId).OnDelete(DeleteBehavior.Cascade);
    }
}
