using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StoryBot.Data.Entities;

namespace StoryBot.Data.Configurations;

internal sealed class ChapterConfiguration : IEntityTypeConfiguration<Chapter>
{
    public void Configure(EntityTypeBuilder<Chapter> builder)
    {
        builder.HasIndex(c => new { c.SourcePath, c.Part }).IsUnique();
        builder.HasIndex(c => c.ContentHash);
        builder.HasIndex(c => new { c.StoryId, c.Number });
        builder.Property(c => c.ContentHash).HasMaxLength(64).IsFixedLength();
        builder.Property(c => c.SettingsHash).HasMaxLength(64).IsFixedLength();
        builder.Property(c => c.EncodingName).HasMaxLength(40);
        builder.Property(c => c.SourceUrl).HasMaxLength(2000);
        builder.HasMany(c => c.Scenes).WithOne(s => s.Chapter).HasForeignKey(s => s.ChapterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Paragraphs).WithOne(p => p.Chapter).HasForeignKey(p => p.ChapterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Notes).WithOne(n => n.Chapter).HasForeignKey(n => n.ChapterId).OnDelete(DeleteBehavior.Cascade);
    }
}
