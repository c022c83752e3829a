using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StoryBot.Data.Entities;

namespace StoryBot.Data.Configurations;

internal sealed class StoryConfiguration : IEntityTypeConfiguration<Story>
{
    public void Configure(EntityTypeBuilder<Story> builder)
    {
        builder.Property(s => s.Slug).HasMaxLength(200);
        // A slug is unique within its library: once in the shared library, once per server.
        builder.HasIndex(s => s.Slug).IsUnique().HasFilter("GuildId IS NULL");
        builder.HasIndex(s => new { s.GuildId, s.Slug }).IsUnique().HasFilter("GuildId IS NOT NULL");
        builder.Property(s => s.Title).HasMaxLength(500).UseCollation("NOCASE");
        builder.HasIndex(s => s.Title);
        builder.Property(s => s.Author).HasMaxLength(200);
        builder.Property(s => s.SourceUrl).HasMaxLength(2000);
        builder.Property(s => s.Series).HasMaxLength(500);
        builder.Property(s => s.Language).HasMaxLength(100);
        builder.HasMany(s => s.Tags).WithOne(t => t.Story).HasForeignKey(t => t.StoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Chapters).WithOne(c => c.Story).HasForeignKey(c => c.StoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Characters).WithOne(c => c.Story).HasForeignKey(c => c.StoryId).OnDelete(DeleteBehavior.Cascade);
    }
}
