using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StoryBot.Data.Entities;

namespace StoryBot.Data.Configurations;

internal sealed class GuildLibraryConfiguration : IEntityTypeConfiguration<GuildLibrary>
{
    public void Configure(EntityTypeBuilder<GuildLibrary> builder)
    {
        builder.HasKey(g => g.GuildId);
        builder.Property(g => g.GuildId).ValueGeneratedNever();
        builder.HasIndex(g => g.RemovedAt);
    }
}
