using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StoryBot.Data.Entities;

namespace StoryBot.Data.Configurations;

internal sealed class LibraryFileConfiguration : IEntityTypeConfiguration<LibraryFile>
{
    public void Configure(EntityTypeBuilder<LibraryFile> builder)
    {
        builder.HasIndex(f => f.SourcePath).IsUnique();
        builder.HasIndex(f => new { f.GuildId, f.Id });
        builder.HasIndex(f => f.StoryId);
        builder.Property(f => f.FileName).HasMaxLength(260);
        builder.HasOne(f => f.Story).WithMany().HasForeignKey(f => f.StoryId).OnDelete(DeleteBehavior.Cascade);
    }
}
