using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StoryBot.Data.Entities;

namespace StoryBot.Data.Configurations;

internal sealed class SceneConfiguration : IEntityTypeConfiguration<Scene>
{
    public void Configure(EntityTypeBuilder<Scene> builder)
    {
        builder.HasIndex(s => new { s.ChapterId, s.Index }).IsUnique();
        builder.HasMany(s => s.Paragraphs).WithOne(p => p.Scene).HasForeignKey(p => p.SceneId).OnDelete(DeleteBehavior.Cascade);
    }
}
