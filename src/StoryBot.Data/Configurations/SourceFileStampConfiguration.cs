using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StoryBot.Data.Entities;

namespace StoryBot.Data.Configurations;

internal sealed class SourceFileStampConfiguration : IEntityTypeConfiguration<SourceFileStamp>
{
    public void Configure(EntityTypeBuilder<SourceFileStamp> builder)
    {
        // One stamp per chapter, gone with its chapter.
        builder.HasKey(s => s.ChapterId);
        builder.HasOne(s => s.Chapter).WithOne().HasForeignKey<SourceFileStamp>(s => s.ChapterId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.ContentHash).HasMaxLength(64);
    }
}
