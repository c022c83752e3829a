using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StoryBot.Data.Entities;

namespace StoryBot.Data.Configurations;

internal sealed class LibraryUploadConfiguration : IEntityTypeConfiguration<LibraryUpload>
{
    public void Configure(EntityTypeBuilder<LibraryUpload> builder)
    {
        builder.HasIndex(u => new { u.GuildId, u.At });
    }
}
