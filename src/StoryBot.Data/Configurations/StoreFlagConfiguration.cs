using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StoryBot.Data.Entities;

namespace StoryBot.Data.Configurations;

internal sealed class StoreFlagConfiguration : IEntityTypeConfiguration<StoreFlag>
{
    public void Configure(EntityTypeBuilder<StoreFlag> builder)
    {
        builder.HasKey(f => f.Key);
        builder.Property(f => f.Key).HasMaxLength(100);
    }
}
